// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings_dialog.hpp"

#include "wx_text.hpp"

#include <tandem/text/language.hpp>

#include <wx/checkbox.h>
#include <wx/fontpicker.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace tandem::gui {

SettingsDialog::SettingsDialog(wxWindow* parent, const WorkbenchSettings& settings)
    : wxDialog(parent, wxID_ANY, _("Settings"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_settings(settings) {
    auto* grid = new wxFlexGridSizer(2, wxSize(10, 8));
    grid->AddGrowableCol(1, 1);
    grid->AddGrowableRow(2, 1);
    const auto label = [&](const wxString& text) {
        grid->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL);
    };
    label(_("Default source language:"));
    m_source_language = new wxTextCtrl(this, wxID_ANY, settings.source_language);
    m_source_language->SetHint(_("guess"));
    grid->Add(m_source_language, 1, wxEXPAND);
    label(_("Default target language:"));
    m_target_language = new wxTextCtrl(this, wxID_ANY, settings.target_language);
    m_target_language->SetHint(_("guess"));
    grid->Add(m_target_language, 1, wxEXPAND);
    label(_("Extra dictionaries\n(one file per line):"));
    m_dictionaries = new wxTextCtrl(
        this, wxID_ANY,
        wxJoin(wxArrayString(settings.dictionaries.size(), settings.dictionaries.data()), wxT('\n'),
               0),
        wxDefaultPosition, wxSize(420, 80), wxTE_MULTILINE);
    grid->Add(m_dictionaries, 1, wxEXPAND);
    label(_("Largest link side (sentences):"));
    m_max_link = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                                wxSP_ARROW_KEYS, 1, 6, static_cast<int>(settings.max_link));
    grid->Add(m_max_link, 0);
    label(_("Low-confidence threshold:"));
    m_low_confidence =
        new wxSpinCtrlDouble(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                             wxSP_ARROW_KEYS, 0.0, 1.0, settings.low_confidence, 0.05);
    m_low_confidence->SetDigits(2);
    grid->Add(m_low_confidence, 0);
    label(_("Table font:"));
    m_font = new wxFontPickerCtrl(
        this, wxID_ANY,
        settings.font.IsOk() ? settings.font : wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
    grid->Add(m_font, 0);
    label(_("Autosave for crash recovery (seconds, 0: off):"));
    m_autosave =
        new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                       wxSP_ARROW_KEYS, 0, 3600, static_cast<int>(settings.autosave_seconds));
    grid->Add(m_autosave, 0);
    grid->AddSpacer(0);
    m_show_ids = new wxCheckBox(this, wxID_ANY, _("Show sentence ids"));
    m_show_ids->SetValue(settings.show_sentence_ids);
    grid->Add(m_show_ids, 0);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, 12);
    top->Add(new wxStaticText(this, wxID_ANY,
                              _("Engine settings apply to the next alignment; the threshold and "
                                "the font apply at once.")),
             0, wxLEFT | wxRIGHT, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(top);
}

bool SettingsDialog::TransferDataFromWindow() {
    for (const auto* control : {m_source_language, m_target_language}) {
        const auto tag = FromWx(control->GetValue().Strip(wxString::both));
        if (!tag.empty() && !text::is_valid_language_tag(tag)) {
            wxMessageBox(wxString::Format(_("'%s' is not a language tag (e.g. ru, en, pt-BR)."),
                                          control->GetValue()),
                         _("Settings"), wxOK | wxICON_WARNING, this);
            return false;
        }
    }
    m_settings.source_language = m_source_language->GetValue().Strip(wxString::both);
    m_settings.target_language = m_target_language->GetValue().Strip(wxString::both);
    m_settings.dictionaries.clear();
    for (const auto& line : wxSplit(m_dictionaries->GetValue(), wxT('\n'), 0)) {
        if (!line.Strip(wxString::both).empty()) {
            m_settings.dictionaries.push_back(line.Strip(wxString::both));
        }
    }
    m_settings.max_link = static_cast<unsigned>(m_max_link->GetValue());
    m_settings.low_confidence = m_low_confidence->GetValue();
    m_settings.font = m_font->GetSelectedFont();
    m_settings.show_sentence_ids = m_show_ids->GetValue();
    m_settings.autosave_seconds = static_cast<unsigned>(m_autosave->GetValue());
    return true;
}

} // namespace tandem::gui
