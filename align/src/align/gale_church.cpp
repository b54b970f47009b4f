// SPDX-License-Identifier: GPL-3.0-or-later
// Gale & Church (1993): the length difference δ = (l2 − c·l1) / sqrt(l1·s²) is standard normal
// for true translations; the cost of a link is −log of the two-tailed probability of |δ|.
#include <tandem/align/gale_church.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

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

namespace {

/// −log P(|Z| ≥ δ) for the standard normal, tabulated once: erfc and log dominate the search.
/// The values live inside the object (a table at a fixed address, no pointer to follow).
class TailTable {
public:
    TailTable() {
        for (std::size_t k = 0; k <= steps; ++k) {
            m_values[k] = exact(static_cast<double>(k) * step);
        }
    }
    [[nodiscard]] double operator()(double delta) const noexcept {
        const double position = std::abs(delta) / step;
        if (position >= static_cast<double>(steps)) {
            // Mills' ratio: P(|Z| ≥ δ) ≈ 2φ(δ)/δ far in the tail.
            const double x = std::abs(delta);
            return x * x / 2.0 + std::log(x * std::sqrt(std::numbers::pi / 2.0));
        }
        const auto k = static_cast<std::size_t>(position);
        const double fraction = position - static_cast<double>(k);
        return m_values[k] + fraction * (m_values[k + 1] - m_values[k]);
    }

private:
    static double exact(double delta) {
        const double probability = std::erfc(delta / std::sqrt(2.0));
        return -std::log(std::max(probability, 1e-300));
    }
    static constexpr double step = 1.0 / 256.0;
    static constexpr std::size_t steps = 30 * 256;
    std::array<double, steps + 1> m_values{};
};

const TailTable tail_table;

} // namespace

double length_cost(const LengthModel& model, double source_characters, double target_characters) {
    const double mean = (source_characters + target_characters / model.ratio) / 2.0;
    const double scale = std::sqrt(std::max(mean, 1.0) * model.variance);
    const double delta = (target_characters - source_characters * model.ratio) / scale;
    // Two-tailed tail probability of the standard normal: P(|Z| ≥ |δ|) = erfc(|δ|/√2).
    return tail_table(delta);
}

} // namespace tandem::align

namespace tandem::align {

LengthModel fit_length_model(const std::vector<std::pair<double, double>>& linked,
                             const LengthModel& fallback) {
    constexpr std::size_t minimum_pairs = 10;
    if (linked.size() < minimum_pairs) {
        return fallback;
    }
    double source_total = 0.0;
    double target_total = 0.0;
    for (const auto& [source, target] : linked) {
        source_total += source;
        target_total += target;
    }
    if (source_total <= 0.0 || target_total <= 0.0) {
        return fallback;
    }
    LengthModel model;
    model.ratio = target_total / source_total;
    // s² = Σ (l2 − c·l1)² / Σ mean length, matching the scale length_cost() divides by.
    double squares = 0.0;
    double means = 0.0;
    for (const auto& [source, target] : linked) {
        const double difference = target - source * model.ratio;
        squares += difference * difference;
        means += std::max((source + target / model.ratio) / 2.0, 1.0);
    }
    model.variance = std::clamp(squares / means, 0.5 * fallback.variance, 4.0 * fallback.variance);
    return model;
}

} // namespace tandem::align
