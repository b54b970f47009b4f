// SPDX-License-Identifier: GPL-3.0-or-later
// The fixture of the window tests: a real workbench window with the sample pair aligned, and the
// ways a user drives it (shortcuts, keys, clicks).
#pragma once

#include "../test_paths.hpp"
#include "wx_runtime.hpp"

#include "bitext_view.hpp"
#include "main_frame.hpp"

#include <wx/app.h>
#include <wx/event.h>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>

#include <unistd.h>

namespace tandem::test {

/// A file of the sample pair, as the window takes it.
inline wxString sample(const char* name) {
    return wxString::FromUTF8((sample_dir / name).string());
}

/// A folder for this process's output files.
inline std::filesystem::path temporary_folder() {
    auto folder =
        std::filesystem::temp_directory_path() / ("tandem-gui-tests-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    return folder;
}

/// A frame with the sample pair opened and aligned.
struct OpenSample {
    gui::MainFrame* frame = nullptr;

    OpenSample() {
        start_wx();
        frame = new gui::MainFrame(gui::WorkbenchSettings{}, false);
        frame->Show();
        frame->OpenPair(sample("source.ru.txt"), sample("target.en.txt"));
        BOOST_TEST_REQUIRE(frame->IsBusy());
        BOOST_TEST_REQUIRE(wait_until([&] { return !frame->IsBusy(); }));
        BOOST_TEST_REQUIRE(frame->GetLastError().ToStdString() == "");
        BOOST_TEST_REQUIRE(frame->GetModel() != nullptr);
    }
    ~OpenSample() {
        frame->Destroy();
        wxTheApp->Yield(true);
    }
    OpenSample(const OpenSample&) = delete;
    OpenSample& operator=(const OpenSample&) = delete;

    /// Runs the menu command whose shortcut is @p key + @p flags.
    void press(int key, int flags = wxACCEL_NORMAL) const {
        const int id = menu_id_for_key(*frame, key, flags);
        BOOST_TEST_REQUIRE(id != -1, "no menu item has this shortcut");
        wxCommandEvent event(wxEVT_MENU, id);
        event.SetEventObject(frame);
        frame->ProcessWindowEvent(event);
    }
    /// Sends @p key (with Shift when @p shift) to the table, as typing there does.
    void type_in_table(int key, bool shift = false) const {
        wxKeyEvent event(wxEVT_KEY_DOWN);
        event.m_keyCode = key;
        event.SetShiftDown(shift);
        frame->GetView().ProcessWindowEvent(event);
    }
    /// Repaints the table now.
    void paint() const {
        frame->GetView().Refresh();
        frame->GetView().Update();
        wxTheApp->Yield(true);
    }
    /// Waits for an export or save started by the window to be written.
    void wait_for_writing() const {
        BOOST_TEST_REQUIRE(wait_until([&] { return !frame->IsWriting(); }));
    }
};

} // namespace tandem::test
