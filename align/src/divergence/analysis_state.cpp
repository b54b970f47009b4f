// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis_state.hpp"

#include <cmath>
#include <cstdio>

namespace tandem::divergence::detail {

void AnalysisState::add(MarkerKind kind, Severity severity, std::size_t link,
                        std::vector<TextSpan> source_spans, std::vector<TextSpan> target_spans,
                        std::string explanation) {
    markers.push_back({kind, severity, link, std::move(source_spans), std::move(target_spans),
                       std::move(explanation)});
}

bool AnalysisState::uncertain(const align::Link& link) const {
    constexpr double sure = 0.9;
    return link.confidence < sure || link.source.size() != 1 || link.target.size() != 1;
}

std::vector<const align::Link*> AnalysisState::neighbours(std::size_t k) const {
    std::vector<const align::Link*> result;
    if (k > 0) {
        result.push_back(&alignment.links[k - 1]);
    }
    if (k + 1 < alignment.links.size()) {
        result.push_back(&alignment.links[k + 1]);
    }
    return result;
}

TextSpan AnalysisState::whole(const text::Document& document, text::SentenceIndex i) {
    return {i, {0, document.sentences[i].text.size()}};
}

std::vector<TextSpan> AnalysisState::spans(const text::Document& document, align::Span span) {
    std::vector<TextSpan> result;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        result.push_back(whole(document, i));
    }
    return result;
}

std::string quoted(std::string_view text) {
    // Appended piece by piece: GCC 12 reports a false -Wrestrict on `"'" + std::string(text)`.
    std::string result;
    result.reserve(text.size() + 2);
    result += '\'';
    result += text;
    result += '\'';
    return result;
}

std::string format_value(double value) {
    char buffer[64];
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
    }
    return buffer;
}

std::string describe_number(std::string_view written, double value) {
    const std::string formatted = format_value(value);
    return written == formatted ? formatted : quoted(written) + " (" + formatted + ")";
}

} // namespace tandem::divergence::detail
