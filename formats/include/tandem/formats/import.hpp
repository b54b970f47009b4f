// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Reading an aligned bitext from a file another tool (or Tandem) wrote: TMX, XCES, InterText,
/// TEI, TSV or a project file, chosen by content.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/error.hpp>
#include <tandem/formats/format.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tandem::formats {

/// What a file said about one link (or about the whole file) beyond the alignment itself.
struct UnitInfo {
    std::string id;                                         ///< `tuid`, link `id`; may be empty
    std::vector<std::string> notes;                         ///< `<note>` texts, in order
    std::vector<std::pair<std::string, std::string>> props; ///< foreign `<prop type>` and values
    friend bool operator==(const UnitInfo&, const UnitInfo&) = default;
};

/// An aligned bitext read from a file, ready for review.
struct ImportedAlignment {
    align::Bitext bitext;                     ///< both documents, one sentence per segment
    align::Alignment alignment;               ///< ordered, non-crossing, covering
    std::vector<divergence::Marker> markers;  ///< markers the file carried, sorted by link
    std::vector<UnitInfo> units;              ///< per link (parallel to the links), or empty
    std::vector<session::Bookmark> bookmarks; ///< bookmarks the file carried (InterText `mark`)
    UnitInfo header;                          ///< file-level notes and props
    std::vector<std::string> languages;       ///< every language in the file, first use first
    std::vector<Diagnostic> diagnostics;      ///< problems that did not stop the reading
};

/// Which side an XCES `xtargets="a;b"` lists first.
enum class XcesOrder {
    detect,       ///< the order in which the ids resolve (a `cesAlign` root means source first)
    source_first, ///< OPUS and Uplug: fromDoc ids, then toDoc ids
    target_first, ///< InterText: toDoc ids, then fromDoc ids
};

/// Choices for reading.
struct ImportOptions {
    std::string source_language; ///< TMX: language of the source side (empty: srclang or first)
    std::string target_language; ///< TMX: language of the target side (empty: next language)
    XcesOrder xces_order = XcesOrder::detect; ///< XCES/InterText id order
};

/// The format of @p path from its content (the root element, or a TSV header), else its extension.
[[nodiscard]] std::optional<Format> detect_format(const std::filesystem::path& path);

/// Reads @p path in @p format (detected when nullopt). Throws Error(unsupported) for formats
/// that cannot be read (`txt`, `html`) and ParseError with file:line:col for malformed files.
[[nodiscard]] ImportedAlignment read_alignment(const std::filesystem::path& path,
                                               std::optional<Format> format = std::nullopt,
                                               const ImportOptions& options = {});

} // namespace tandem::formats
