// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Writing an export or a project from a snapshot, on a worker thread: the window takes the
/// snapshot and opens the files (cheap, and errors such as a missing folder show at once), a
/// worker writes (long on 200k links), with progress and cancellation. Output stays atomic:
/// every file is formats::AtomicFile, committed only when all of them are written.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/formats/export.hpp>
#include <tandem/formats/format.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <stop_token>
#include <vector>

namespace tandem::gui {

/// What an export writes, copied (the documents shared) so the window can go on editing.
struct ExportSnapshot {
    std::shared_ptr<const align::Bitext> bitext; ///< both documents
    align::Alignment alignment;                  ///< the links
    std::vector<divergence::Marker> markers;     ///< sorted by link
    std::vector<session::Bookmark> bookmarks;    ///< sorted by link
};

/// One export in progress: files opened at construction, written by Write().
class ExportWriter {
  public:
    /// Opens @p path (and, for XCES and InterText, the two sentence documents beside it) as
    /// temporary files; throws Error(io) when a file cannot be created.
    ExportWriter(std::filesystem::path path, formats::Format format, ExportSnapshot snapshot);
    ~ExportWriter();
    ExportWriter(const ExportWriter&) = delete;
    ExportWriter& operator=(const ExportWriter&) = delete;

    /// Writes everything and commits the files; calls @p progress (0..1, an estimate from the
    /// text size and link count) every megabyte or so. Throws Cancelled when @p stop is requested
    /// before the files are committed (they are then removed, the destinations untouched).
    void Write(std::stop_token stop, const std::function<void(double)>& progress);

  private:
    [[nodiscard]] double EstimatedBytes() const;

    formats::Format m_format;
    ExportSnapshot m_snapshot;
    formats::ExportFiles m_files;
};

} // namespace tandem::gui
