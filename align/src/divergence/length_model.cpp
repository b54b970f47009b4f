// SPDX-License-Identifier: GPL-3.0-or-later
// Compression and expansion: W. Gale & K. Church, "A program for aligning
// sentences in bilingual corpora", Computational Linguistics 19 (1993), with
// ratio and variance fitted on the pair itself; compression also by lexical
// coverage, the reduced and summarised renditions of C. Wadensjö, Interpreting
// as Interaction (1998) and the omissions of parts of H. C. Barik (1975).
#include "length_model.hpp"

#include "gap_check.hpp"

#include <string>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

namespace {

/// A median of @p values (the upper one of an even count).
double median(std::vector<double> values) {
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

} // namespace

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

RenditionNorm calibrate_renditions(AnalysisState& state, const LengthModel& lengths) {
    struct Supported {
        Coverage coverage;
        double s = 0.0;
        double t = 0.0;
    };
    // Fewer content words make the share too coarse to rank a link by.
    constexpr std::size_t min_content = 3;
    std::vector<Supported> links;
    for (const auto& link : state.alignment.links) {
        if (link.source.empty() || link.target.empty()) {
            continue;
        }
        const Coverage coverage = link_coverage(state, link, true, state.markers.size());
        if (coverage.content >= min_content) {
            links.push_back({coverage,
                             static_cast<double>(code_points(state.bitext.source, link.source)),
                             static_cast<double>(code_points(state.bitext.target, link.target))});
        }
    }
    RenditionNorm norm{lengths};
    constexpr std::size_t min_links = 3;
    if (links.size() < min_links) {
        return norm;
    }
    const auto share = [](const Coverage& c) {
        return static_cast<double>(c.covered) / static_cast<double>(c.content);
    };
    std::vector<double> shares;
    for (const auto& link : links) {
        shares.push_back(share(link.coverage));
    }
    // The lower median: with few links, the middle one belongs to the supported half.
    std::sort(shares.begin(), shares.end());
    const double supported_share = shares[(shares.size() - 1) / 2];
    std::size_t content = 0;
    std::size_t covered = 0;
    std::vector<double> ratios;
    for (const auto& link : links) {
        if (share(link.coverage) >= supported_share) {
            content += link.coverage.content;
            covered += link.coverage.covered;
            // As calibrate_lengths: lengths below 20 characters give ratios too coarse to use.
            if (link.s >= 20.0 && link.t >= 20.0) {
                ratios.push_back(link.t / link.s);
            }
        }
    }
    norm.coverage = static_cast<double>(covered) / static_cast<double>(content);
    if (!ratios.empty()) {
        const double ratio = median(std::move(ratios));
        // Gale & Church's variance grows with the ratio (per source character).
        norm.lengths.variance *= ratio / norm.lengths.ratio;
        norm.lengths.ratio = ratio;
    }
    return norm;
}

double shortfall_z(const RenditionNorm& norm, double s, double t, std::size_t content,
                   std::size_t covered) {
    // The rendered share f from the lengths: t ~ N(f r s, v s).
    const double expected = norm.lengths.ratio * std::max(s, 1.0);
    const double length_share = t / expected;
    const double length_variance = norm.lengths.variance * std::max(s, 1.0) / (expected * expected);
    // A reduced rendition is shorter than a full one: a target of full length whose words lack
    // counterparts renders its source otherwise (a substitution, a paraphrase), not less of it.
    if (content == 0 || norm.coverage <= 0.0 || length_share >= 1.0) {
        return (1.0 - length_share) / std::sqrt(length_variance);
    }
    // From the coverage: covered ~ N(f p n, φ p (1 - p) n), the binomial variance of a full
    // rendition times the overdispersion of careful translations (words of one sentence miss the
    // dictionary together; 1.25 measured on the gold sets and WMT22 news, docs/divergences.md).
    constexpr double careful_dispersion = 1.25;
    constexpr double max_coverage = 0.95; // keeps the binomial variance above zero
    const double p = std::min(norm.coverage, max_coverage);
    const auto n = static_cast<double>(content);
    const double coverage_share = static_cast<double>(covered) / (p * n);
    const double coverage_variance = careful_dispersion * (1.0 - p) / (p * n);
    // Words are the direct measure of what is rendered, length a proxy that also counts what is
    // not content (a speaker's hesitations, repetitions, false starts). A target whose words are
    // all there (as many covered as the norm has) while its length says significantly less (at
    // the 5 % level) dropped only such material: it is no reduction. Otherwise both estimates
    // count: the dictionary may simply lack the words a target seems to miss.
    constexpr double disagreement_z = 1.96;
    if (coverage_share >= 1.0 &&
        coverage_share - length_share >
            disagreement_z * std::sqrt(length_variance + coverage_variance)) {
        return 0.0;
    }
    const double weight = 1.0 / length_variance + 1.0 / coverage_variance;
    const double share =
        (length_share / length_variance + coverage_share / coverage_variance) / weight;
    return (1.0 - share) * std::sqrt(weight);
}

void check_length(AnalysisState& state, std::size_t k, const align::Link& link,
                  const LengthModel& model, const RenditionNorm& norm, std::size_t first_marker) {
    const std::size_t s = code_points(state.bitext.source, link.source);
    const std::size_t t = code_points(state.bitext.target, link.target);
    if (std::max(s, t) < state.settings.min_length || s == 0 || t == 0) {
        return;
    }
    const auto source_length = static_cast<double>(s);
    const auto target_length = static_cast<double>(t);
    const bool shorter = target_length < norm.lengths.ratio * source_length;
    const Coverage coverage = shorter ? link_coverage(state, link, true, first_marker) : Coverage{};
    const double shortfall =
        shortfall_z(norm, source_length, target_length, coverage.content, coverage.covered);
    const double excess = model.z(source_length, target_length);
    const bool compressed = shortfall >= state.settings.length_notice_z;
    if (!compressed && excess < state.settings.length_notice_z) {
        return;
    }
    const Severity severity = (compressed ? shortfall : excess) >= state.settings.length_warning_z
                                  ? Severity::warning
                                  : Severity::notice;
    auto source_spans = AnalysisState::spans(state.bitext.source, link.source);
    auto target_spans = AnalysisState::spans(state.bitext.target, link.target);
    const auto characters = [&](const LengthModel& lengths) {
        return "The target has " + std::to_string(t) + " characters where about " +
               format_value(std::round(lengths.ratio * source_length)) + " are usual for " +
               std::to_string(s) + " source characters in this pair";
    };
    if (compressed) {
        std::string figures = characters(norm.lengths);
        if (coverage.content > 0 && norm.coverage > 0.0) {
            const double usual = std::round(norm.coverage * static_cast<double>(coverage.content));
            figures += ", and " + std::to_string(coverage.covered) + " of the source's " +
                       std::to_string(coverage.content) + " content words " +
                       (coverage.covered == 1 ? "has" : "have") + " a counterpart where about " +
                       format_value(usual) + (usual == 1.0 ? " is" : " are") + " usual";
        }
        state.add(MarkerKind::compression, severity, k, std::move(source_spans),
                  std::move(target_spans), figures + ": a reduced or summarised rendition.");
    } else {
        state.add(MarkerKind::expansion, severity, k, std::move(source_spans),
                  std::move(target_spans), characters(model) + ": an expanded rendition.");
    }
}

} // namespace tandem::divergence::detail
