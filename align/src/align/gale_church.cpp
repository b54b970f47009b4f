// SPDX-License-Identifier: GPL-3.0-or-later
// Gale & Church (1993): the length difference δ = (l2 − c·l1) / sqrt(l1·s²) is standard normal
// for true translations; the cost of a link is −log of the two-tailed probability of |δ|.
#include <tandem/align/gale_church.hpp>

#include <algorithm>
#include <cmath>

namespace tandem::align {

LengthModel estimate_length_model(std::size_t source_characters, std::size_t target_characters) {
    LengthModel model;
    if (source_characters > 0 && target_characters > 0) {
        model.ratio = static_cast<double>(target_characters) / static_cast<double>(source_characters);
    }
    // G&C measured s² = 6.8 for c ≈ 1; the spread grows with the ratio.
    model.variance = 6.8 * std::max(model.ratio, 0.1);
    return model;
}

double length_cost(const LengthModel& model, double source_characters, double target_characters) {
    const double mean = (source_characters + target_characters / model.ratio) / 2.0;
    const double scale = std::sqrt(std::max(mean, 1.0) * model.variance);
    const double delta = (target_characters - source_characters * model.ratio) / scale;
    // Two-tailed tail probability of the standard normal: P(|Z| ≥ |δ|) = erfc(|δ|/√2).
    const double probability = std::erfc(std::abs(delta) / std::sqrt(2.0));
    return -std::log(std::max(probability, 1e-300));
}

} // namespace tandem::align
