// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Writing an alignment in any output format, to a stream or atomically to a file.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/formats/format.hpp>
#include <tandem/formats/tmx.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <iosfwd>
#include <span>
#include <string>

namespace tandem::formats {

/// What to export: the bitext, its alignment and the divergence markers found on it.
struct ExportData {
    const align::Bitext& bitext;                       ///< both documents
    const align::Alignment& alignment;                 ///< the links
    std::span<const divergence::Marker> markers = {};  ///< sorted by link
    std::span<const session::Bookmark> bookmarks = {}; ///< project files and InterText `mark`
    const align::AlignOptions* settings = nullptr;     ///< project files; defaults when null
};

/// Per-format choices.
struct ExportOptions {
    TmxOptions tmx; ///< TMX choices
    /// XCES/InterText written to a stream: the document paths the alignment names
    /// (export_alignment() writes the documents and names them itself).
    std::string source_document = "source.xml";
    std::string target_document = "target.xml"; ///< see source_document
};

/// Writes @p data in @p format to @p out: for XCES and InterText only the alignment file.
void write_alignment(std::ostream& out, Format format, const ExportData& data,
                     const ExportOptions& options = {});

/// Writes @p data in @p format to @p path atomically: the file is complete or untouched. For XCES
/// and InterText the two sentence documents are written beside it too (see alignment_files()),
/// and the alignment names them relative to itself.
void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options = {});

} // namespace tandem::formats
