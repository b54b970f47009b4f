// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Turning normalised text into a Document of sentences.
#pragma once

#include <tandem/text/document.hpp>

#include <string>
#include <string_view>

namespace tandem::text {

/// Splits @p text (NFC UTF-8, LF line endings) into paragraphs at blank lines and paragraphs into
/// sentences with ICU's sentence rules for @p language, ICU's abbreviation suppressions and our
/// own per-language exceptions. Speaker labels, stage notes and headings become segments of
/// their own. Never uses the process or UI locale.
[[nodiscard]] Document segment_text(std::string text, std::string language, std::string name);

/// Takes @p text as already segmented: sentence i is line i (0-based), empty lines included;
/// roles are still recognised per line. Blank lines do not start paragraphs here: a line
/// holding only white space is an (empty) sentence.
[[nodiscard]] Document segment_lines(std::string text, std::string language, std::string name);

/// The role a standalone segment plays: a speaker label, a stage note, a heading or speech.
[[nodiscard]] SentenceRole classify_segment(std::string_view segment);

} // namespace tandem::text
