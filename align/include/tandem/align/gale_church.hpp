// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The length model of Gale & Church (1993), "A program for aligning sentences in bilingual
/// corpora", Computational Linguistics 19(1).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace tandem::align {

/// Parameters of the length model, estimated from the pair being aligned.
struct LengthModel {
    double ratio = 1.0;    ///< expected target characters per source character
    double variance = 6.8; ///< variance of the length difference per source character (G&C: 6.8)
};

/// Estimates the length ratio from the total lengths of both sides (G&C's c) and keeps the
/// published variance, scaled so that the model stays calibrated when the ratio is far from 1.
[[nodiscard]] LengthModel estimate_length_model(std::size_t source_characters,
                                                std::size_t target_characters);

/// −log P(match | lengths): G&C's distance for a source span of @p source_characters against a
/// target span of @p target_characters, without the link-type prior. Symmetric in spirit:
/// 0-length spans on one side are handled by the caller's gap costs.
[[nodiscard]] double length_cost(const LengthModel& model, double source_characters,
                                 double target_characters);

/// Re-estimates ratio and variance from linked span lengths (pairs of source and target
/// characters, gaps left out), the maximum-likelihood fit of G&C's model to a first-pass
/// alignment; falls back to @p fallback when fewer than 10 pairs are given.
[[nodiscard]] LengthModel fit_length_model(const std::vector<std::pair<double, double>>& linked,
                                           const LengthModel& fallback);

} // namespace tandem::align
