// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// A tab-separated table of links, one per line after a header line:
/// `source_ids  target_ids  link  confidence  status  source_text  target_text`.
/// Ids are space-separated Sentence ids; in text cells `\t`, `\n`, `\r` and `\\` are escaped and
/// `\s` separates the sentences of a merged side, so the table reads back exactly.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/formats/import.hpp>

#include <filesystem>
#include <iosfwd>

namespace tandem::formats {

/// The header line write_tsv() starts with (without the newline).
inline constexpr const char* tsv_header =
    "source_ids\ttarget_ids\tlink\tconfidence\tstatus\tsource_text\ttarget_text";

/// Writes the table.
void write_tsv(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment);

/// Reads a table write_tsv() wrote; languages are guessed from the text. Throws ParseError with
/// line and column for a malformed line.
[[nodiscard]] ImportedAlignment read_tsv(const std::filesystem::path& path);

} // namespace tandem::formats
