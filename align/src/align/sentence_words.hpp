// SPDX-License-Identifier: GPL-3.0-or-later
// The words of each sentence of one document, analysed once per alignment run: case-folded forms,
// Snowball stems, number values, and the sentence marks the structure signal reads.
#pragma once

#include <tandem/text/document.hpp>

#include <cstdint>
#include <stop_token>
#include <string>
#include <vector>

namespace tandem::align::detail {

/// Bit flags of what a sentence ends or is marked with.
enum SentenceMark : std::uint8_t {
    mark_question = 1U << 0U,      ///< holds `?` (or `？`, `¿`)
    mark_exclamation = 1U << 1U,   ///< holds `!` (or `！`, `¡`)
    mark_speaker_label = 1U << 2U, ///< a speaker label segment
    mark_stage_note = 1U << 3U,    ///< a stage note segment (`(Via interpreter)`, `(Laughter.)`)
};

/// One distinct token form of a document.
struct WordType {
    std::string folded;       ///< case-folded form (digits only for numbers)
    std::uint32_t stem = 0;   ///< index into SentenceWords::stems
    bool number = false;      ///< a number token
    std::uint32_t length = 0; ///< code points of the folded form
};

/// The analysed words of one document.
struct SentenceWords {
    std::vector<WordType> types;         ///< distinct token forms
    std::vector<std::string> stems;      ///< distinct stems
    std::vector<std::uint32_t> starts;   ///< sentence s owns type ids [starts[s], starts[s+1])
    std::vector<std::uint32_t> words;    ///< distinct type ids per sentence, sorted
    std::vector<double> characters;      ///< code points per sentence
    std::vector<std::uint8_t> marks;     ///< SentenceMark flags per sentence

    /// Number of sentences.
    [[nodiscard]] std::size_t size() const noexcept { return characters.size(); }
};

/// Tokenizes, folds and stems every sentence of @p document (Snowball for its language when there
/// is one). Throws Cancelled when @p stop is requested.
[[nodiscard]] SentenceWords analyse_words(const text::Document& document, std::stop_token stop);

} // namespace tandem::align::detail
