// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Reading plain-text files in any common encoding into NFC UTF-8.
#pragma once

#include <tandem/error.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::formats {

/// A decoded text file.
struct DecodedText {
    std::string text;                     ///< NFC UTF-8 with LF line endings, BOM removed
    std::string encoding;                 ///< the encoding it was read in (`UTF-8`, `windows-1251` …)
    bool detected = false;                ///< the encoding was guessed by charset detection
    std::vector<Diagnostic> diagnostics;  ///< guesses made while reading
};

/// Decodes the bytes of a file named @p name (for messages).
/// UTF-8 with or without BOM, UTF-16/32 LE/BE with BOM, otherwise ICU charset detection
/// (windows-1251, KOI8-R, windows-1252 …) unless @p encoding names the encoding.
/// Throws Error(empty_input) for an empty file, Error(binary_input) for a binary one and
/// ParseError(encoding) with line and column for bytes that do not decode.
[[nodiscard]] DecodedText decode_text(std::string_view bytes, const std::string& name,
                                      const std::string& encoding = {});

/// Reads and decodes the file at @p path; throws Error(io) when it cannot be read.
[[nodiscard]] DecodedText read_text_file(const std::filesystem::path& path,
                                         const std::string& encoding = {});

/// Reads the raw bytes of a file (up to a safety limit); throws Error(io) or Error(limit).
[[nodiscard]] std::string read_file_bytes(const std::filesystem::path& path);

} // namespace tandem::formats
