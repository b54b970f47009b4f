// SPDX-License-Identifier: GPL-3.0-or-later
// Turning a dictionary entry's headword and one translation phrase into word pairs.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <string_view>
#include <vector>

namespace tandem::lexicon::detail {

/// @p text without the spaces, tabs and carriage returns at either end.
[[nodiscard]] std::string_view trim_blanks(std::string_view text);

/// The pieces of @p text between any of the @p separators, trimmed, empty ones left out.
[[nodiscard]] std::vector<std::string_view> split_phrases(std::string_view text,
                                                          std::string_view separators);

/// The words of @p phrase, split at white space, with ASCII punctuation trimmed off each end.
[[nodiscard]] std::vector<std::string_view> phrase_words(std::string_view phrase);

/// Adds the word pairs of @p headword translated by @p translation: a one-word side is paired with
/// each word (of three letters or more) of a phrase of up to three words on the other side;
/// longer phrases give nothing, since their words are rarely translations of the headword.
void add_phrase_pair(Dictionary& dictionary, std::string_view headword,
                     std::string_view translation, Direction direction);

} // namespace tandem::lexicon::detail
