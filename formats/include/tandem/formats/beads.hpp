// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The beads format of gold alignments: one link per line, `[source ids]:[target ids]`, 0-based,
/// e.g. `[6, 7]:[9]` (2-1), `[]:[51]` (0-1), `[106]:[]` (1-0).
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/align/scoring.hpp>

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace tandem::formats {

/// Parses beads text; throws ParseError with line and column naming @p name on a malformed line.
/// Blank lines are skipped.
[[nodiscard]] std::vector<align::IndexLink> parse_beads(std::string_view text,
                                                        const std::string& name);

/// Reads a beads file (UTF-8).
[[nodiscard]] std::vector<align::IndexLink> read_beads(const std::filesystem::path& path);

/// The links of @p alignment as index lists.
[[nodiscard]] std::vector<align::IndexLink> to_index_links(const align::Alignment& alignment);

/// Converts index links to an Alignment for documents of the given sizes: every link must be
/// contiguous and the links ordered, non-crossing and covering; throws Error(parse) otherwise.
[[nodiscard]] align::Alignment to_alignment(const std::vector<align::IndexLink>& links,
                                            std::size_t source_size, std::size_t target_size,
                                            const std::string& name);

/// Writes one link per line.
void write_beads(std::ostream& out, const align::Alignment& alignment);

} // namespace tandem::formats
