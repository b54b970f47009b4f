// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers are the classic "problem trigger" of interpreting (Braun & Clarici
// 1996, Mead 2015): the values of a link's numbers are compared whatever their
// form (digits with the language's separators, words read with ICU's spell-out
// rules, scales, percentages, ordinals).
#include "number_check.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace tandem::divergence::detail {
namespace {

/// One number of a link's side.
struct Found {
    text::SentenceIndex sentence;
    const text::NumberMention* mention;
    bool used = false;
};

std::vector<Found> numbers_in(const std::vector<SentenceFacts>& facts, align::Span span) {
    std::vector<Found> found;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        for (const auto& mention : facts[i].numbers) {
            found.push_back({i, &mention});
        }
    }
    return found;
}

bool same_value(double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

/// True when a link next to @p k has @p value on the side @p facts describe.
bool in_neighbour(const AnalysisState& state, std::size_t k, bool source_side, double value) {
    for (const align::Link* neighbour : state.neighbours(k)) {
        const auto found = numbers_in(source_side ? state.source_facts : state.target_facts,
                                      source_side ? neighbour->source : neighbour->target);
        if (std::any_of(found.begin(), found.end(),
                        [&](const Found& f) { return same_value(f.mention->value, value); })) {
            return true;
        }
    }
    return false;
}

std::string_view written(const text::Document& document, const Found& found) {
    return std::string_view(document.sentences[found.sentence].text)
        .substr(found.mention->bytes.begin, found.mention->bytes.size());
}

/// Significant digits of @p value (`20000` → 1, `12.5` → 3): how round a number is.
std::size_t significant_digits(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.10g", std::fabs(value));
    std::string digits;
    for (const char* c = buffer; *c != '\0' && *c != 'e'; ++c) {
        if (*c >= '0' && *c <= '9' && (*c != '0' || !digits.empty())) {
            digits += *c;
        }
    }
    while (!digits.empty() && digits.back() == '0') {
        digits.pop_back();
    }
    return digits.size();
}

/// True when @p hedged (`about 12`) approximates @p exact (12.5): close, and rounder.
bool approximates(const text::NumberMention& hedged, const text::NumberMention& exact,
                  double tolerance) {
    const double a = hedged.value;
    const double b = exact.value;
    const double difference = std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b));
    return difference <= tolerance && significant_digits(a) < significant_digits(b);
}

TextSpan span_of(const Found& found) {
    return TextSpan{found.sentence, found.mention->bytes};
}

} // namespace

void check_numbers(AnalysisState& state, std::size_t k, const align::Link& link) {
    auto source_numbers = numbers_in(state.source_facts, link.source);
    auto target_numbers = numbers_in(state.target_facts, link.target);
    if (source_numbers.empty() && target_numbers.empty()) {
        return;
    }
    const text::Document& source = state.bitext.source;
    const text::Document& target = state.bitext.target;
    // Equal values match whatever their form (27 = двадцать семь, 12,5 = 12.5).
    for (auto& s : source_numbers) {
        for (auto& t : target_numbers) {
            if (!t.used && same_value(s.mention->value, t.mention->value)) {
                s.used = t.used = true;
                break;
            }
        }
    }
    // A rounder value close to its counterpart that one side hedges is an approximation (12,5 →
    // `about 12`). When both sides hedge (`более 25` → `more than 28`), or the hedged value is no
    // rounder (`около 20%` → `around 23%`), it is a different value.
    for (auto& s : source_numbers) {
        for (auto& t : target_numbers) {
            if (s.used || t.used) {
                continue;
            }
            const bool approximated =
                s.mention->approximate != t.mention->approximate &&
                (t.mention->approximate
                     ? approximates(*t.mention, *s.mention, state.settings.approximation_tolerance)
                     : approximates(*s.mention, *t.mention,
                                    state.settings.approximation_tolerance));
            if (approximated) {
                s.used = t.used = true;
                state.add(MarkerKind::number, Severity::notice, k, {span_of(s)}, {span_of(t)},
                          describe_number(written(source, s), s.mention->value) +
                              " in the source is approximated as " +
                              describe_number(written(target, t), t.mention->value) +
                              " in the target.");
            }
        }
    }
    // What is left on both sides: different values, paired in order of
    // appearance.
    auto t_it = target_numbers.begin();
    for (auto& s : source_numbers) {
        if (s.used || s.mention->date_part) {
            continue;
        }
        while (t_it != target_numbers.end() && (t_it->used || t_it->mention->date_part)) {
            ++t_it;
        }
        if (t_it == target_numbers.end()) {
            break;
        }
        if (state.uncertain(link) && (in_neighbour(state, k, false, s.mention->value) ||
                                      in_neighbour(state, k, true, t_it->mention->value))) {
            continue; // the counterpart may be across a link boundary the engine
                      // guessed
        }
        s.used = t_it->used = true;
        state.add(MarkerKind::number, Severity::error, k, {span_of(s)}, {span_of(*t_it)},
                  describe_number(written(source, s), s.mention->value) + " in the source, " +
                      describe_number(written(target, *t_it), t_it->mention->value) +
                      " in the target.");
    }
    for (auto& s : source_numbers) {
        if (s.used || (state.uncertain(link) && in_neighbour(state, k, false, s.mention->value))) {
            continue;
        }
        // Small numbers in words, hedged numbers and date fields are often rendered
        // otherwise
        // (`both`, `thousands of`, `March`): a notice, not a warning.
        constexpr double small = 10.0;
        const bool minor = s.mention->date_part || s.mention->approximate ||
                           (s.mention->spelled_out && s.mention->value <= small);
        state.add(MarkerKind::number, minor ? Severity::notice : Severity::warning, k, {span_of(s)},
                  {},
                  describe_number(written(source, s), s.mention->value) +
                      " in the source has no counterpart in the target.");
    }
    for (auto& t : target_numbers) {
        if (t.used || (state.uncertain(link) && in_neighbour(state, k, true, t.mention->value))) {
            continue;
        }
        state.add(MarkerKind::number, Severity::notice, k, {}, {span_of(t)},
                  describe_number(written(target, t), t.mention->value) +
                      " in the target has no counterpart in the source.");
    }
}

} // namespace tandem::divergence::detail
