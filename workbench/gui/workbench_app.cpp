// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench_app.hpp"

#include "bitext_view.hpp"
#include "main_frame.hpp"
#include "wx_text.hpp"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

#include <iostream>

namespace tandem::gui {

void InitTranslations(wxLanguage language) {
    static const bool prefixes_added = [] {
        // The build tree first, so a freshly built program finds its catalog before installation.
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxT(TANDEM_BUILD_LOCALE_DIR));
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxT(TANDEM_INSTALL_LOCALE_DIR));
        return true;
    }();
    static_cast<void>(prefixes_added);
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);
    translations->SetLanguage(language);
    translations->AddStdCatalog();
    translations->AddCatalog(wxT("tandem-workbench"));
}

void WorkbenchApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(wxString(), wxT("screenshot"),
                     _("open and align SOURCE and TARGET, save the window as a PNG to FILE, exit"),
                     wxCMD_LINE_VAL_STRING);
    parser.AddParam(_("SOURCE TARGET | PROJECT"), wxCMD_LINE_VAL_STRING,
                    wxCMD_LINE_PARAM_OPTIONAL | wxCMD_LINE_PARAM_MULTIPLE);
}

bool WorkbenchApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    if (!wxApp::OnCmdLineParsed(parser)) {
        return false;
    }
    for (std::size_t i = 0; i < parser.GetParamCount(); ++i) {
        m_files.Add(parser.GetParam(i));
    }
    if (m_files.size() > 2) {
        parser.Usage();
        return false;
    }
    if (parser.Found(wxT("screenshot"), &m_screenshot) && m_files.size() != 2) {
        std::cerr << "tandem-workbench: --screenshot needs SOURCE and TARGET\n";
        return false;
    }
    return true;
}

bool WorkbenchApp::OnInit() {
    SetAppName(wxT("tandem-workbench"));
    SetVendorName(wxT("Tandem"));
    // Settings in $XDG_CONFIG_HOME/tandem-workbench.conf: the traditional layout puts the
    // settings file at ~/.tandem-workbench, the very path of the user data folder that holds the
    // recovery file, and then one of the two cannot be written.
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    // wxFileConfig does not create $XDG_CONFIG_HOME (~/.config) when a new account lacks it.
    wxFileName::Mkdir(wxStandardPaths::Get().GetUserConfigDir(), wxS_DIR_DEFAULT,
                      wxPATH_MKDIR_FULL);
    wxUILocale::UseDefault();
    InitTranslations();
    if (!wxApp::OnInit()) {
        return false;
    }
    wxInitAllImageHandlers();
    WorkbenchSettings settings;
    settings.Load(*wxConfigBase::Get());
    const bool screenshot = !m_screenshot.empty();
    auto* frame = new MainFrame(std::move(settings), !screenshot);
    frame->Show();
    if (screenshot) {
        frame->SetJobFinishedCallback([this, frame] { TakeScreenshot(*frame); });
    }
    if (m_files.size() == 2) {
        frame->OpenPair(m_files[0], m_files[1]);
    } else if (m_files.size() == 1) {
        frame->OpenSingle(m_files[0]);
    } else if (!screenshot && wxFileExists(MainFrame::DefaultRecoveryFile())) {
        // The last session ended without closing the window: offer its autosaved edits.
        if (wxMessageBox(_("Tandem was not closed normally last time. Restore the unsaved edits?"),
                         _("Restore unsaved edits"), wxYES_NO | wxYES_DEFAULT | wxICON_QUESTION,
                         frame) == wxYES) {
            frame->RestoreRecovery(MainFrame::DefaultRecoveryFile());
        } else {
            wxRemoveFile(MainFrame::DefaultRecoveryFile());
        }
    }
    return true;
}

void WorkbenchApp::TakeScreenshot(MainFrame& frame) {
    if (!frame.GetLastError().empty() || !frame.GetModel()) {
        std::cerr << "tandem-workbench: " << FromWx(frame.GetLastError()) << '\n';
        m_exit_code = 1;
        frame.Close(true);
        return;
    }
    // Show what a reviewer sees: the first issue selected, its markers in the detail pane.
    if (const auto issue = frame.GetModel()->NextIssue(std::nullopt, true)) {
        frame.SelectLink(*issue);
    }
    // Give GTK a moment to lay out and paint everything before reading the screen.
    auto* timer = new wxTimer;
    timer->Bind(wxEVT_TIMER, [this, &frame, timer](wxTimerEvent&) {
        frame.Update();
        if (!frame.SaveScreenshot(m_screenshot)) {
            std::cerr << "tandem-workbench: could not write " << FromWx(m_screenshot) << '\n';
            m_exit_code = 1;
        }
        delete timer;
        frame.Close(true);
    });
    timer->StartOnce(700);
}

int WorkbenchApp::OnRun() {
    const int code = wxApp::OnRun();
    return m_exit_code != 0 ? m_exit_code : code;
}

} // namespace tandem::gui
