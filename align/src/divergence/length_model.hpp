// SPDX-License-Identifier: GPL-3.0-or-later
// The pair's own length model and the compressions and expansions it reveals.
#pragma once

#include "analysis_state.hpp"

#include <algorithm>
#include <cmath>

namespace tandem::divergence::detail {

/// The length model of Gale & Church (1993), fitted to the pair's own links: a
/// target of `ratio × s` characters for `s` source characters, with a variance
/// of `variance × s`.
struct LengthModel {
    double ratio = 1.0;
    double variance = 6.8; ///< Gale & Church's s² for characters

    /// How many standard deviations @p t is from what @p s source characters
    /// predict.
    [[nodiscard]] double z(double s, double t) const {
        return (t - ratio * s) / std::sqrt(std::max(s, 1.0) * variance);
    }
};

/// The length model fitted robustly (median ratio, median absolute deviation)
/// on the links of the analysed alignment; Gale & Church's defaults when it has
/// fewer than ten usable links.
[[nodiscard]] LengthModel calibrate_lengths(const AnalysisState& state);

/// Adds a compression or expansion marker when link @p k's target length is far
/// from what the model predicts.
void check_length(AnalysisState& state, std::size_t k, const align::Link& link,
                  const LengthModel& model);

} // namespace tandem::divergence::detail
