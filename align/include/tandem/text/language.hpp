// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Language tags and guessing a document's language.
#pragma once

#include <string>
#include <string_view>

namespace tandem::text {

/// A guessed language with how sure the guess is.
struct LanguageGuess {
    std::string tag;         ///< BCP 47 tag, `und` when nothing could be guessed
    double confidence = 0.0; ///< in [0, 1]
};

/// Guesses the language of UTF-8 @p text from its script, and for Latin, Cyrillic and Arabic
/// script text from its most frequent function words.
[[nodiscard]] LanguageGuess guess_language(std::string_view text);

/// True when @p tag is a well-formed BCP 47 tag (ICU's parser).
[[nodiscard]] bool is_valid_language_tag(std::string_view tag);

/// The primary language subtag, lower-cased (`pt-BR` → `pt`).
[[nodiscard]] std::string primary_language(std::string_view tag);

/// True for languages written without spaces between words (Chinese, Japanese, Thai …): merged
/// sentences are joined with no space.
[[nodiscard]] bool writes_without_spaces(std::string_view tag);

} // namespace tandem::text
