// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// TMX 1.4b output (LISA OSCAR), valid against the TMX 1.4b DTD, and TMX 1.1-1.4b input.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/formats/import.hpp>

#include <filesystem>
#include <iosfwd>
#include <span>
#include <string>

namespace tandem::formats {

/// Choices for TMX output.
struct TmxOptions {
    /// Leave 1-0 and 0-1 links out (most TM tools want two languages per unit). By default they
    /// are written as one-`tuv` units with an `x-tandem-gap` prop naming the empty side.
    bool skip_gaps = false;
    /// `creationdate` as `YYYYMMDDThhmmssZ`; empty means now (UTC).
    std::string creation_date;
};

/// The current UTC time as `YYYYMMDDThhmmssZ`.
[[nodiscard]] std::string tmx_timestamp_now();

/// Streams @p alignment of @p bitext as TMX: one `tu` per link in document order with a `tuid`,
/// props for the link type, confidence and review status, each marker of the link as an
/// `x-tandem-marker` prop (`kind severity explanation`) with its explanation also as a note, and
/// for a side of several sentences an `x-tandem-lengths` prop in its `tuv` (their byte lengths) so
/// that read_tmx() restores the sentences.
void write_tmx(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
               std::span<const divergence::Marker> markers = {}, const TmxOptions& options = {});

/// Reads a TMX 1.1-1.4b file (UTF-8 with or without BOM, UTF-16 with BOM, US-ASCII with character
/// references) as a bitext: one link per `tu` holding the source or the target language (one
/// sentence per `tuv`, or as many as our own `x-tandem-lengths` says). Inline codes become
/// placeholders (`⟨1⟩`, `⟨/1⟩`, `⟨2/⟩`, `⟨hi⟩`); notes and foreign props are kept per unit; our own
/// props restore confidence, status and markers. Departures from the DTD and the TMX rules are
/// diagnostics with line and column; malformed XML is a ParseError.
[[nodiscard]] ImportedAlignment read_tmx(const std::filesystem::path& path,
                                         const ImportOptions& options = {});

} // namespace tandem::formats
