// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// A plain-text, side-by-side rendering of an alignment for reading in a terminal or editor.
#pragma once

#include <tandem/align/alignment.hpp>

#include <cstddef>
#include <iosfwd>

namespace tandem::formats {

/// Writes each link as a header line (number, type, confidence) and the two sides wrapped in
/// two columns of @p column_width display cells, separated by `│`; a missing side shows `—`.
void write_side_by_side(std::ostream& out, const align::Bitext& bitext,
                        const align::Alignment& alignment, std::size_t column_width = 58);

} // namespace tandem::formats
