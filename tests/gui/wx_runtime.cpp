// SPDX-License-Identifier: GPL-3.0-or-later
#include "wx_runtime.hpp"

#include "workbench_app.hpp"

#include <wx/app.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/frame.h>
#include <wx/image.h>
#include <wx/menu.h>

#include <memory>
#include <thread>

namespace tandem::test {
namespace {

int menu_id_in(wxMenu& menu, int key, int flags) {
    for (auto* item : menu.GetMenuItems()) {
        if (item->IsSubMenu()) {
            if (const int id = menu_id_in(*item->GetSubMenu(), key, flags); id != -1) {
                return id;
            }
            continue;
        }
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel && accel->GetKeyCode() == key && accel->GetFlags() == flags) {
            return item->GetId();
        }
    }
    return -1;
}

} // namespace

void start_wx() {
    static const bool started = [] {
        static char name[] = "gui_tests";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        wxApp::SetInstance(new wxApp);
        if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
            return false;
        }
        wxInitAllImageHandlers();
        wxConfigBase::Set(new wxFileConfig(wxT("tandem-gui-tests"), wxString(),
                                           wxFileName::CreateTempFileName(wxT("tandem-gui-tests")),
                                           wxString(), wxCONFIG_USE_LOCAL_FILE));
        gui::InitTranslations(wxLANGUAGE_ENGLISH_US);
        return true;
    }();
    BOOST_TEST_REQUIRE(started, "wxWidgets could not start: is there a display (xvfb-run)?");
}

bool wait_until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!done() && std::chrono::steady_clock::now() < deadline) {
        wxTheApp->Yield(true);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    wxTheApp->Yield(true);
    return done();
}

int menu_id_for_key(wxFrame& frame, int key, int flags) {
    auto* bar = frame.GetMenuBar();
    for (std::size_t i = 0; bar && i < bar->GetMenuCount(); ++i) {
        if (const int id = menu_id_in(*bar->GetMenu(i), key, flags); id != -1) {
            return id;
        }
    }
    return -1;
}

} // namespace tandem::test
