// SPDX-License-Identifier: GPL-3.0-or-later
// Compression and expansion: W. Gale & K. Church, "A program for aligning
// sentences in bilingual corpora", Computational Linguistics 19 (1993), with
// ratio and variance fitted on the pair itself.
#include "length_model.hpp"

#include <string>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

LengthModel calibrate_lengths(const AnalysisState& state) {
    std::vector<std::pair<double, double>> lengths;
    double source_total = 0.0;
    double target_total = 0.0;
    for (const auto& link : state.alignment.links) {
        const auto s = static_cast<double>(code_points(state.bitext.source, link.source));
        const auto t = static_cast<double>(code_points(state.bitext.target, link.target));
        if (s >= 20.0 && t >= 20.0) {
            lengths.emplace_back(s, t);
            source_total += s;
            target_total += t;
        }
    }
    LengthModel model;
    constexpr std::size_t min_links = 10;
    if (lengths.size() < min_links) {
        if (source_total > 0.0) {
            model.ratio = target_total / source_total;
            model.variance *= model.ratio;
        }
        return model;
    }
    // Median and median absolute deviation (scaled to a normal sigma): robust to
    // the very divergences we are looking for.
    const auto median = [](std::vector<double> values) {
        const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
        std::nth_element(values.begin(), middle, values.end());
        return *middle;
    };
    std::vector<double> ratios;
    for (const auto& [s, t] : lengths) {
        ratios.push_back(t / s);
    }
    model.ratio = median(ratios);
    std::vector<double> residuals;
    for (const auto& [s, t] : lengths) {
        residuals.push_back((t - model.ratio * s) / std::sqrt(s));
    }
    const double centre = median(residuals);
    for (double& r : residuals) {
        r = std::fabs(r - centre);
    }
    constexpr double mad_to_sigma = 1.4826;
    constexpr double min_variance = 0.5;
    const double sigma = mad_to_sigma * median(residuals);
    // No wider than Gale & Church's variance of careful translations: a rendition irregular
    // throughout (an interpretation) must not hide its outliers by widening its own spread.
    const double translation_variance = LengthModel{}.variance * model.ratio;
    model.variance = std::min(std::max(min_variance, sigma * sigma), translation_variance);
    return model;
}

void check_length(AnalysisState& state, std::size_t k, const align::Link& link,
                  const LengthModel& model) {
    const std::size_t s = code_points(state.bitext.source, link.source);
    const std::size_t t = code_points(state.bitext.target, link.target);
    if (std::max(s, t) < state.settings.min_length || s == 0 || t == 0) {
        return;
    }
    const double z = model.z(static_cast<double>(s), static_cast<double>(t));
    if (std::fabs(z) < state.settings.length_notice_z) {
        return;
    }
    const Severity severity =
        std::fabs(z) >= state.settings.length_warning_z ? Severity::warning : Severity::notice;
    auto source_spans = AnalysisState::spans(state.bitext.source, link.source);
    auto target_spans = AnalysisState::spans(state.bitext.target, link.target);
    const double expected = model.ratio * static_cast<double>(s);
    const std::string figures = "The target has " + std::to_string(t) + " characters where about " +
                                format_value(std::round(expected)) + " are usual for " +
                                std::to_string(s) + " source characters in this pair";
    if (z < 0) {
        state.add(MarkerKind::compression, severity, k, std::move(source_spans),
                  std::move(target_spans), figures + ": a reduced or summarised rendition.");
    } else {
        state.add(MarkerKind::expansion, severity, k, std::move(source_spans),
                  std::move(target_spans), figures + ": an expanded rendition.");
    }
}

} // namespace tandem::divergence::detail
