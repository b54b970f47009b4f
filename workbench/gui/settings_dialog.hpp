// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Tools → Settings: languages, dictionaries, link size limit, marker threshold, font.
#pragma once

#include "settings.hpp"

#include <wx/dialog.h>

class wxCheckBox;
class wxFontPickerCtrl;
class wxSpinCtrl;
class wxSpinCtrlDouble;
class wxTextCtrl;

namespace tandem::gui {

/// The settings dialog; edits a copy of the settings.
class SettingsDialog : public wxDialog {
  public:
    /// Shows @p settings for editing.
    SettingsDialog(wxWindow* parent, const WorkbenchSettings& settings);
    /// The edited settings (valid after the dialog returned wxID_OK).
    [[nodiscard]] const WorkbenchSettings& GetSettings() const noexcept { return m_settings; }

  private:
    bool TransferDataFromWindow() override;

    WorkbenchSettings m_settings;
    wxTextCtrl* m_source_language = nullptr;
    wxTextCtrl* m_target_language = nullptr;
    wxTextCtrl* m_dictionaries = nullptr;
    wxSpinCtrl* m_max_link = nullptr;
    wxSpinCtrlDouble* m_low_confidence = nullptr;
    wxFontPickerCtrl* m_font = nullptr;
    wxCheckBox* m_show_ids = nullptr;
    wxSpinCtrl* m_autosave = nullptr;
};

} // namespace tandem::gui
