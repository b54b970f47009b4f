// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// A review report as one self-contained HTML file: no scripts, fonts or images from elsewhere.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>

#include <iosfwd>
#include <span>

namespace tandem::formats {

/// Writes a summary (links per type, markers per kind and severity) and a table of the links in
/// parallel columns: link number (an `#l<n>` anchor), type, confidence, status, the two texts
/// with the bytes markers point at highlighted, and each marker with its explanation. The page
/// is XHTML-compatible HTML5 and prints on paper (print style sheet, no row split across pages).
void write_html_report(std::ostream& out, const align::Bitext& bitext,
                       const align::Alignment& alignment,
                       std::span<const divergence::Marker> markers = {});

} // namespace tandem::formats
