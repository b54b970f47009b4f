// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Asks where to split a sentence: the sentences of a link to choose from, the chosen one shown
/// with a caret that marks the cut.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/session/change.hpp>

#include <wx/dialog.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace tandem::gui {

/// One sentence the dialog offers.
struct SentenceChoice {
    session::Side side = session::Side::source; ///< its document
    align::SentenceIndex sentence = 0;          ///< its index in that document
    std::string text;                           ///< UTF-8
};

/// Where to cut (what EditSession::split_sentence() takes).
struct SentenceCut {
    session::Side side = session::Side::source; ///< the document
    align::SentenceIndex sentence = 0;          ///< the sentence
    std::size_t byte_offset = 0;                ///< bytes into the sentence's text
};

/// The modal "Split sentence" dialog.
class SplitSentenceDialog : public wxDialog {
  public:
    /// Offers @p sentences (not empty); the first is shown with the caret near its middle.
    SplitSentenceDialog(wxWindow* parent, std::vector<SentenceChoice> sentences);

    /// Shows sentence @p index of the choices.
    void SelectSentence(std::size_t index);
    /// Puts the caret @p characters into the shown sentence.
    void SetCaret(long characters);
    /// The cut at the caret; nullopt when the caret is at either end.
    [[nodiscard]] std::optional<SentenceCut> GetCut() const;

  private:
    std::vector<SentenceChoice> m_sentences;
    wxChoice* m_choice = nullptr;
    wxTextCtrl* m_text = nullptr;
};

} // namespace tandem::gui
