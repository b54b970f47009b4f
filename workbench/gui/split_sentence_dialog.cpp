// SPDX-License-Identifier: GPL-3.0-or-later
#include "split_sentence_dialog.hpp"

#include "wx_text.hpp"

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <utility>

namespace tandem::gui {

SplitSentenceDialog::SplitSentenceDialog(wxWindow* parent, std::vector<SentenceChoice> sentences)
    : wxDialog(parent, wxID_ANY, _("Split sentence"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_sentences(std::move(sentences)) {
    wxArrayString labels;
    for (const auto& choice : m_sentences) {
        labels.Add(wxString::Format(choice.side == session::Side::source ? _("Source sentence %u")
                                                                         : _("Target sentence %u"),
                                    choice.sentence + 1));
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    m_choice = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, labels);
    m_choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent& event) {
        SelectSentence(static_cast<std::size_t>(event.GetSelection()));
    });
    m_text = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(560, 120),
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    // Editable, so that GTK shows the caret, but the text itself never changes: typing is
    // swallowed and anything pasted is taken back.
    m_text->Bind(wxEVT_CHAR, [](wxKeyEvent& event) {
        switch (event.GetKeyCode()) {
        case WXK_LEFT:
        case WXK_RIGHT:
        case WXK_UP:
        case WXK_DOWN:
        case WXK_HOME:
        case WXK_END:
        case WXK_PAGEUP:
        case WXK_PAGEDOWN:
        case WXK_TAB:
        case WXK_RETURN:
        case WXK_ESCAPE:
            event.Skip();
            break;
        default:
            break;
        }
    });
    m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        const auto index = static_cast<std::size_t>(std::max(m_choice->GetSelection(), 0));
        const auto caret = m_text->GetInsertionPoint();
        m_text->ChangeValue(ToWx(m_sentences[index].text));
        m_text->SetInsertionPoint(std::min(caret, m_text->GetLastPosition()));
    });
    sizer->Add(m_choice, 0, wxEXPAND | wxALL, 8);
    sizer->Add(
        new wxStaticText(this, wxID_ANY, _("Put the caret where the sentence should be cut:")), 0,
        wxLEFT | wxRIGHT, 8);
    sizer->Add(m_text, 1, wxEXPAND | wxALL, 8);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(sizer);
    SelectSentence(0);
    m_text->SetFocus();
}

void SplitSentenceDialog::SelectSentence(std::size_t index) {
    if (index >= m_sentences.size()) {
        return;
    }
    m_choice->SetSelection(static_cast<int>(index));
    const auto text = ToWx(m_sentences[index].text);
    m_text->ChangeValue(text);
    // Start at the white space nearest the middle: the usual place of a cut.
    const auto middle = text.length() / 2;
    auto caret = text.find(wxT(' '), middle);
    if (caret == wxString::npos) {
        caret = middle;
    }
    SetCaret(static_cast<long>(caret));
}

void SplitSentenceDialog::SetCaret(long characters) {
    m_text->SetInsertionPoint(characters);
}

std::optional<SentenceCut> SplitSentenceDialog::GetCut() const {
    const auto index = m_choice->GetSelection();
    if (index == wxNOT_FOUND) {
        return std::nullopt;
    }
    const auto& choice = m_sentences[static_cast<std::size_t>(index)];
    const auto caret = static_cast<std::size_t>(m_text->GetInsertionPoint());
    const auto bytes = FromWx(ToWx(choice.text).Left(caret)).size();
    if (bytes == 0 || bytes >= choice.text.size()) {
        return std::nullopt;
    }
    return SentenceCut{choice.side, choice.sentence, bytes};
}

} // namespace tandem::gui
