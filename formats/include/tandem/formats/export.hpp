// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Writing an alignment in any output format, to a stream or atomically to a file.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/formats/atomic_file.hpp>
#include <tandem/formats/format.hpp>
#include <tandem/formats/tmx.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
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

/// The files of one export, opened as temporary files when constructed (so a bad folder shows at
/// once) and renamed into place by commit(): for XCES and InterText the alignment and its two
/// sentence documents beside it (see alignment_files()), named relative to the alignment.
class ExportFiles {
public:
    /// Calls @p write with a stream into @p file; a caller may interpose (progress, cancellation).
    using WriteThrough =
        std::function<void(AtomicFile& file, const std::function<void(std::ostream&)>& write)>;

    /// Opens the files for @p path in @p format; throws Error(io) when one cannot be created.
    ExportFiles(const std::filesystem::path& path, Format format, const align::Bitext& bitext);

    /// Writes @p data into every file, each through @p through (directly when empty).
    void write(const ExportData& data, const ExportOptions& options,
               const WriteThrough& through = {});
    /// Renames every file onto its destination.
    void commit();

private:
    Format m_format;
    std::unique_ptr<AtomicFile> m_source; ///< XCES and InterText only
    std::unique_ptr<AtomicFile> m_target; ///< XCES and InterText only
    std::unique_ptr<AtomicFile> m_alignment;
    std::string m_source_name;
    std::string m_target_name;
};

/// Writes @p data in @p format to @p path atomically: the file is complete or untouched. For XCES
/// and InterText the two sentence documents are written beside it too (see alignment_files()),
/// and the alignment names them relative to itself.
void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options = {});

} // namespace tandem::formats
