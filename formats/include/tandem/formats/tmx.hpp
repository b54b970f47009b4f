// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// TMX 1.4b output (LISA OSCAR), valid against the TMX 1.4b DTD.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>

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
/// props for the link type, confidence and review status, and each marker of the link as an
/// `x-tandem-marker` prop with its explanation as a note.
void write_tmx(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
               std::span<const divergence::Marker> markers = {}, const TmxOptions& options = {});

} // namespace tandem::formats
