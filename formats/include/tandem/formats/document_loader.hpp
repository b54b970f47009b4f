// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// From a file on disk to a segmented Document: decoding, language, segmentation.
#pragma once

#include <tandem/error.hpp>
#include <tandem/text/document.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace tandem::formats {

/// How to load one side of a bitext.
struct LoadOptions {
    std::string language;  ///< BCP 47 tag; empty means guess it from the text
    std::string encoding;  ///< empty means detect it
    bool segmented = false; ///< one sentence per line (sentence i is line i)
};

/// A loaded document with what was guessed on the way.
struct LoadedDocument {
    text::Document document;             ///< the segmented document
    bool language_guessed = false;        ///< the language was not given
    double language_confidence = 1.0;     ///< how sure the guess is
    std::vector<Diagnostic> diagnostics;  ///< notes on guesses (encoding, language)
};

/// Reads, decodes, normalises and segments a plain-text file.
/// Throws Error/ParseError naming the file for unreadable, empty, binary or undecodable input,
/// and Error(invalid_argument) for a malformed language tag.
[[nodiscard]] LoadedDocument load_text_document(const std::filesystem::path& path,
                                                const LoadOptions& options = {});

} // namespace tandem::formats
