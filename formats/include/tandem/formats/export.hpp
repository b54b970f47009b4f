// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Writing an alignment in any output format, to a stream or atomically to a file.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/formats/format.hpp>
#include <tandem/formats/tmx.hpp>

#include <filesystem>
#include <iosfwd>
#include <span>

namespace tandem::formats {

/// What to export: the bitext, its alignment and the divergence markers found on it.
struct ExportData {
    const align::Bitext& bitext;                         ///< both documents
    const align::Alignment& alignment;                   ///< the links
    std::span<const divergence::Marker> markers = {};    ///< sorted by link
};

/// Per-format choices.
struct ExportOptions {
    TmxOptions tmx; ///< TMX choices
};

/// Writes @p data in @p format to @p out. Throws Error(unsupported) for a format that cannot be
/// written to a single stream.
void write_alignment(std::ostream& out, Format format, const ExportData& data,
                     const ExportOptions& options = {});

/// Writes @p data in @p format to @p path atomically: the file is complete or untouched.
void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options = {});

} // namespace tandem::formats
