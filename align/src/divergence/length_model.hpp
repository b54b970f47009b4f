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

/// What a full rendition of the source looks like in this pair, fitted on its
/// lexically supported links (those whose share of source content words with a
/// counterpart is at least the pair's median): the length model with their
/// length ratio, and their share of covered content words. A rendition reduced
/// throughout (an interpretation) is thus measured against its own close
/// renditions, not against its average.
struct RenditionNorm {
    LengthModel lengths;
    double coverage = 0.0; ///< share of source content words with a counterpart; 0: unknown
};

/// The rendition norm of the analysed alignment; @p lengths (the coverage
/// unknown) when it has fewer than three links with three source content words.
[[nodiscard]] RenditionNorm calibrate_renditions(AnalysisState& state, const LengthModel& lengths);

/// How many standard deviations the share of the source that a link renders
/// falls short of a full rendition, estimated from @p s source and @p t target
/// characters and from @p covered of @p content source content words with a
/// counterpart: the two estimates of the rendered share combined by their
/// inverse variances (the likelihood-ratio test of one shared share against 1).
/// A target no shorter than the norm predicts is judged by its length alone.
[[nodiscard]] double shortfall_z(const RenditionNorm& norm, double s, double t, std::size_t content,
                                 std::size_t covered);

/// Adds a compression marker when link @p k renders much less of its source than
/// the rendition norm predicts (length and lexical coverage together), or an
/// expansion marker when its target is far longer than the length model predicts.
/// Number markers added since @p first_marker count as uncovered numbers.
void check_length(AnalysisState& state, std::size_t k, const align::Link& link,
                  const LengthModel& model, const RenditionNorm& norm, std::size_t first_marker);

} // namespace tandem::divergence::detail
