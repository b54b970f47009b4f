// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Tandem project files (`.tandem`): a versioned XML file holding everything a review session
/// needs to continue where it stopped. Loading a project restores exactly what was saved.
///
/// Layout (version 1):
/// ```
/// <tandem-project version="1" generator="Tandem 0.1.0">
///  <settings max-link use-dictionaries learn-lexicon threads>
///   <dictionary>PATH</dictionary> <fixed-link source="B E" target="B E" confidence status/>
///  </settings>
///  <document side="source|target" name language>
///   <text xml:space="preserve"><part>…</part>…</text>   (parts of at most 1 MiB)
///   <sentence id begin end role paragraph/>…
///  </document>
///  <links><link source="B E" target="B E" confidence status/>…</links>
///  <markers><marker link kind severity><span side sentence begin end/>…
///   <explanation>…</explanation></marker>…</markers>
///  <bookmarks><bookmark link>NOTE</bookmark>…</bookmarks>
/// </tandem-project>
/// ```
/// Spans are half-open sentence index ranges `begin end`; sentence ranges are byte offsets into
/// the document text; confidences are written in their shortest exact decimal form.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <iosfwd>
#include <span>
#include <vector>

namespace tandem::formats {

/// The format version write_project() writes; read_project() reads versions up to this one.
inline constexpr int project_version = 1;

/// Everything a project file holds.
struct Project {
    align::Bitext bitext;                     ///< both documents with their segmentation
    align::Alignment alignment;               ///< links with confidence and review status
    std::vector<divergence::Marker> markers;  ///< divergence markers, sorted by link
    std::vector<session::Bookmark> bookmarks; ///< the reviewer's bookmarks
    align::AlignOptions settings;             ///< the engine settings the alignment was made with
};

/// Writes @p project as XML.
void write_project(std::ostream& out, const Project& project);

/// Writes a project from its parts without copying them (streaming, for large bitexts).
void write_project(std::ostream& out, const align::Bitext& bitext,
                   const align::Alignment& alignment, std::span<const divergence::Marker> markers,
                   std::span<const session::Bookmark> bookmarks,
                   const align::AlignOptions& settings);

/// Writes @p project to @p path atomically.
void save_project(const std::filesystem::path& path, const Project& project);

/// Reads a project file. Throws ParseError with line and column for malformed content (ranges
/// outside the text, links breaking the alignment invariants, unknown names) and
/// Error(unsupported) for a file from a newer Tandem.
[[nodiscard]] Project read_project(const std::filesystem::path& path);

} // namespace tandem::formats
