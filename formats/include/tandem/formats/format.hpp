// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The file formats Tandem reads and writes, and choosing one from a name or an extension.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::formats {

/// An alignment file format.
enum class Format {
    tmx,       ///< TMX 1.4b translation memory
    beads,     ///< one link per line `[i, j]:[k]` (the gold files' format)
    txt,       ///< side-by-side text for reading
    xces,      ///< XCES cesAlign (OPUS convention)
    intertext, ///< InterText's cesAlign variant
    tei,       ///< TEI P5 linkGrp
    tsv,       ///< tab-separated table
    html,      ///< self-contained review report
    tandem,    ///< Tandem project file
};

/// The format's name as used by `--format` (`tmx`, `beads` …).
[[nodiscard]] std::string_view to_string(Format format) noexcept;
/// Parses a `--format` name; nullopt when unknown.
[[nodiscard]] std::optional<Format> format_from_name(std::string_view name);
/// Infers a format from @p path's extension (`.tmx`, `.beads`, `.txt`, `.xml` → xces …).
[[nodiscard]] std::optional<Format> format_from_extension(const std::filesystem::path& path);
/// Whether the format stores divergence markers (so a writer needs them computed).
[[nodiscard]] bool carries_markers(Format format) noexcept;
/// Every format name, for help texts.
[[nodiscard]] std::vector<std::string_view> format_names();

} // namespace tandem::formats
