// SPDX-License-Identifier: GPL-3.0-or-later
#include "open_dialog.hpp"

#include "wx_text.hpp"

#include <tandem/text/language.hpp>

#include <wx/combobox.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace tandem::gui {
namespace {

wxArrayString CommonLanguages() {
    wxArrayString tags;
    for (const auto* tag : {"ar", "cs", "de", "en", "es", "fr", "he", "hu", "is", "it", "ja",
                            "ko", "nl", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "zh"}) {
        tags.Add(wxString::FromUTF8(tag));
    }
    return tags;
}

const wxString file_wildcard = wxT("Text files (*.txt)|*.txt|All files (*)|*");

} // namespace

OpenDialog::OpenDialog(wxWindow* parent, const WorkbenchSettings& settings, const wxString& source,
                       const wxString& target)
    : wxDialog(parent, wxID_ANY, _("Open a source and a target"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* grid = new wxFlexGridSizer(3, wxSize(8, 6));
    grid->AddGrowableCol(1, 1);
    const auto add_side = [&](const wxString& title, const wxString& path, const wxString& language,
                              wxFilePickerCtrl*& picker, wxComboBox*& combo, wxStaticText*& note) {
        grid->Add(new wxStaticText(this, wxID_ANY, title), 0, wxALIGN_CENTER_VERTICAL);
        picker = new wxFilePickerCtrl(this, wxID_ANY, path, title, file_wildcard, wxDefaultPosition,
                                      wxSize(420, -1),
                                      wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
        grid->Add(picker, 1, wxEXPAND);
        combo = new wxComboBox(this, wxID_ANY, language, wxDefaultPosition, wxSize(90, -1),
                               CommonLanguages());
        combo->SetToolTip(_("Language (BCP 47 tag); empty: guess from the text"));
        grid->Add(combo, 0);
        grid->AddSpacer(0);
        note = new wxStaticText(this, wxID_ANY, wxString());
        note->SetForegroundColour(wxColour(0x6A, 0x70, 0x79));
        grid->Add(note, 0);
        grid->AddSpacer(0);
        picker->Bind(wxEVT_FILEPICKER_CHANGED, &OpenDialog::OnFileChanged, this);
    };
    add_side(_("Source:"), source, settings.source_language, m_source_picker, m_source_language,
             m_source_note);
    add_side(_("Target:"), target, settings.target_language, m_target_picker, m_target_language,
             m_target_note);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Dictionary:")), 0, wxALIGN_CENTER_VERTICAL);
    m_dictionary_picker = new wxFilePickerCtrl(
        this, wxID_ANY, wxString(), _("Extra dictionary"),
        wxT("Dictionaries (*.index;*.tsv;*.dic)|*.index;*.tsv;*.dic|All files (*)|*"),
        wxDefaultPosition, wxDefaultSize, wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
    grid->Add(m_dictionary_picker, 1, wxEXPAND);
    grid->AddSpacer(0);
    grid->AddSpacer(0);
    auto* dictionary_note =
        new wxStaticText(this, wxID_ANY,
                         _("Optional. Installed FreeDict dictionaries for the language pair are "
                           "used automatically,\n"
                           "together with the dictionaries listed in Settings."));
    dictionary_note->SetForegroundColour(wxColour(0x6A, 0x70, 0x79));
    grid->Add(dictionary_note, 0);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM,
             12);
    SetSizerAndFit(top);
    if (!source.empty()) {
        GuessLanguage(m_source_picker, m_source_language, m_source_note);
    }
    if (!target.empty()) {
        GuessLanguage(m_target_picker, m_target_language, m_target_note);
    }
}

void OpenDialog::OnFileChanged(wxFileDirPickerEvent& event) {
    if (event.GetEventObject() == m_source_picker) {
        GuessLanguage(m_source_picker, m_source_language, m_source_note);
    } else {
        GuessLanguage(m_target_picker, m_target_language, m_target_note);
    }
}

void OpenDialog::GuessLanguage(wxFilePickerCtrl* picker, wxComboBox* language, wxStaticText* note) {
    const auto path = picker->GetPath();
    if (path.empty()) {
        return;
    }
    try {
        const auto guess = GuessFileLanguage(WxToPath(path));
        if (guess.tag != "und") {
            language->SetValue(ToWx(guess.tag));
        }
        note->SetLabel(wxString::Format(_("Detected: %s (%.0f%% sure)"), ToWx(guess.tag),
                                        guess.confidence * 100.0));
    } catch (const std::exception& error) {
        note->SetLabel(DescribeError(error).title);
    }
    Layout();
}

bool OpenDialog::TransferDataFromWindow() {
    if (m_source_picker->GetPath().empty() || m_target_picker->GetPath().empty()) {
        wxMessageBox(_("Choose both a source and a target file."), _("Open"), wxOK | wxICON_WARNING,
                     this);
        return false;
    }
    for (const auto* combo : {m_source_language, m_target_language}) {
        const auto tag = FromWx(combo->GetValue().Strip(wxString::both));
        if (!tag.empty() && !text::is_valid_language_tag(tag)) {
            wxMessageBox(wxString::Format(_("'%s' is not a language tag (e.g. ru, en, pt-BR)."),
                                          combo->GetValue()),
                         _("Open"), wxOK | wxICON_WARNING, this);
            return false;
        }
    }
    return true;
}

AlignmentRequest OpenDialog::GetRequest(const WorkbenchSettings& settings) const {
    AlignmentRequest request;
    settings.ApplyTo(request);
    request.source_path = WxToPath(m_source_picker->GetPath());
    request.target_path = WxToPath(m_target_picker->GetPath());
    request.source_language = FromWx(m_source_language->GetValue().Strip(wxString::both));
    request.target_language = FromWx(m_target_language->GetValue().Strip(wxString::both));
    if (!m_dictionary_picker->GetPath().empty()) {
        request.align.dictionaries.push_back(WxToPath(m_dictionary_picker->GetPath()));
        request.divergence.dictionaries = request.align.dictionaries;
    }
    return request;
}

} // namespace tandem::gui
