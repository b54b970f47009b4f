// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Finding divergence markers on an alignment (automatic, edited or imported).
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>

#include <vector>

namespace tandem::divergence {

/// Thresholds of the analysis; defaults are calibrated on real data (see docs/divergences.md).
struct DivergenceSettings {
    double low_confidence = 0.5; ///< links below this confidence get a low-confidence marker
};

/// Every marker on @p alignment of @p bitext, sorted by link, then by kind.
[[nodiscard]] std::vector<Marker> find_divergences(const align::Bitext& bitext,
                                                   const align::Alignment& alignment,
                                                   const DivergenceSettings& settings = {});

} // namespace tandem::divergence
