// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// File → Open: a source and a target file, their languages (pre-filled by detection) and an
/// optional extra dictionary.
#pragma once

#include "alignment_job.hpp"
#include "settings.hpp"

#include <wx/dialog.h>

class wxComboBox;
class wxFilePickerCtrl;
class wxFileDirPickerEvent;
class wxStaticText;

namespace tandem::gui {

/// The Open dialog.
class OpenDialog : public wxDialog {
  public:
    /// Pre-fills the pickers with @p source / @p target (may be empty).
    OpenDialog(wxWindow* parent, const WorkbenchSettings& settings, const wxString& source = {},
               const wxString& target = {});
    /// What the user chose, with the engine settings of @p settings applied.
    [[nodiscard]] AlignmentRequest GetRequest(const WorkbenchSettings& settings) const;

  private:
    void OnFileChanged(wxFileDirPickerEvent& event);
    void GuessLanguage(wxFilePickerCtrl* picker, wxComboBox* language, wxStaticText* note);
    bool TransferDataFromWindow() override;

    wxFilePickerCtrl* m_source_picker = nullptr;
    wxFilePickerCtrl* m_target_picker = nullptr;
    wxComboBox* m_source_language = nullptr;
    wxComboBox* m_target_language = nullptr;
    wxStaticText* m_source_note = nullptr;
    wxStaticText* m_target_note = nullptr;
    wxFilePickerCtrl* m_dictionary_picker = nullptr;
};

} // namespace tandem::gui
