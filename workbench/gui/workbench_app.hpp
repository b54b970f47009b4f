// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The application object: command line, translations, settings, the main window.
#pragma once

#include <wx/app.h>
#include <wx/language.h>
#include <wx/string.h>

class wxCmdLineParser;

namespace tandem::gui {

class MainFrame;

/// Installs translations (wx's own and the `tandem-workbench` catalog) for @p language, replacing
/// any installed before; looks in the build tree first, then in the installed locale folder.
void InitTranslations(wxLanguage language = wxLANGUAGE_DEFAULT);

/// `tandem-workbench [SOURCE TARGET | PROJECT]`, `tandem-workbench --screenshot FILE.png SOURCE
/// TARGET`.
class WorkbenchApp : public wxApp {
  public:
    bool OnInit() override;
    int OnRun() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;

  private:
    void TakeScreenshot(MainFrame& frame);

    wxArrayString m_files;
    wxString m_screenshot;
    int m_exit_code = 0;
};

} // namespace tandem::gui
