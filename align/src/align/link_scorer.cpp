// SPDX-License-Identifier: GPL-3.0-or-later
#include "link_scorer.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace tandem::align::detail {
namespace {

/// Reward (in nats) for sentences whose words all match: the lexical signal's scale. Set so that
/// a well-matched pair outweighs a 2-sigma length mismatch (hunalign weighs its dictionary score
/// against the length score the same way; Varga et al. 2005).
constexpr double lexical_scale = 16.0;
/// Prior mass added to the Dice denominator so that one shared word in a tiny sentence is not
/// taken as a perfect match.
constexpr double lexical_smoothing = 2.0;
/// Cost when one side asks a question or exclaims and the other does not.
constexpr double mark_mismatch = 2.0;
/// Skipping a sentence costs this many times the chosen percentile of random-pair costs, so two
/// skips cost about three random links: tuned on the development gold sets, once for all pairs.
constexpr double skip_scale = 1.43;
/// Cost of a sentence merged into a link although none of its words meets the other side: such a
/// sentence is more likely a gap (an interpreter's omission) than part of a merge.
constexpr double orphan_penalty = 2.0;
/// Word weight (about two content words) above which a sentence is expected to share some.
constexpr double evidence_mass = 4.0;
/// Share of its word weight below which a merged sentence counts as unmatched.
constexpr double orphan_share = 0.1;
/// Reward when both do.
constexpr double mark_match = 0.5;
/// Share of links that are 1-0 (or 0-1) up to which the calibrated skip cost serves a bitext as it
/// is: free translations leave that many sentences out (Text+Berg's gold has 10 % 0-1 links).
constexpr double gap_reference_rate = 0.1;
/// Weight, in links, of the reference rate against the gaps a first pass finds (the Dirichlet
/// prior's strength): a short text keeps close to the reference, a long one shows its own rate.
constexpr double gap_prior_links = 100.0;

std::vector<double> prefix_sums(const std::vector<double>& values) {
    std::vector<double> sums(values.size() + 1, 0.0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        sums[i + 1] = sums[i] + values[i];
    }
    return sums;
}

std::uint8_t span_marks(const std::vector<std::uint8_t>& marks, std::uint32_t begin, unsigned count) {
    std::uint8_t result = 0;
    for (unsigned k = 0; k < count; ++k) {
        result |= marks[begin + k];
    }
    return result;
}

} // namespace

namespace {

double type_prior(unsigned source_sentences, unsigned target_sentences) {
    const unsigned small = std::min(source_sentences, target_sentences);
    const unsigned large = std::max(source_sentences, target_sentences);
    if (small == 0) {
        return -std::log(0.0099 / 2.0);
    }
    if (large == 1) {
        return -std::log(0.89);
    }
    if (small == 1 && large == 2) {
        return -std::log(0.089 / 2.0);
    }
    if (small == 2 && large == 2) {
        return -std::log(0.011);
    }
    if (small == 1 && large == 3) {
        return -std::log(0.005);
    }
    return -std::log(0.001);
}

constexpr unsigned largest_side = 4;

/// The priors for every link type up to 4-4, computed once: the search asks for them per cell.
const auto prior_table = [] {
    std::array<std::array<double, largest_side + 1>, largest_side + 1> table{};
    for (unsigned a = 0; a <= largest_side; ++a) {
        for (unsigned b = 0; b <= largest_side; ++b) {
            table[a][b] = type_prior(a, b);
        }
    }
    return table;
}();

} // namespace

double link_type_prior(unsigned source_sentences, unsigned target_sentences) noexcept {
    return prior_table[std::min(source_sentences, largest_side)][std::min(target_sentences, largest_side)];
}

LinkScorer::LinkScorer(const SentenceWords& source, const SentenceWords& target,
                       const LexicalBags* bags, LengthModel length_model)
    : m_source(source), m_target(target), m_bags(bags), m_length(length_model),
      m_source_characters(prefix_sums(source.characters)),
      m_target_characters(prefix_sums(target.characters)) {
    if (m_bags != nullptr) {
        std::vector<double> source_mass(source.size()), target_mass(target.size());
        for (std::uint32_t s = 0; s < source.size(); ++s) {
            source_mass[s] = m_bags->source_mass(s);
        }
        for (std::uint32_t t = 0; t < target.size(); ++t) {
            target_mass[t] = m_bags->target_mass(t);
        }
        m_source_mass = prefix_sums(source_mass);
        m_target_mass = prefix_sums(target_mass);
    }
}

LinkCost LinkScorer::cost(std::uint32_t s, unsigned a, std::uint32_t t, unsigned b,
                          double matched) const noexcept {
    LinkCost cost;
    cost.prior = link_type_prior(a, b);
    cost.length = length_cost(m_length, m_source_characters[s + a] - m_source_characters[s],
                              m_target_characters[t + b] - m_target_characters[t]);
    if (m_bags != nullptr) {
        const double source_mass = m_source_mass[s + a] - m_source_mass[s];
        const double target_mass = m_target_mass[t + b] - m_target_mass[t];
        const double shared = std::min({matched, source_mass, target_mass});
        // Dice's coefficient over word weights (Dice 1945), as hunalign's similarity.
        cost.lexical = -lexical_scale * 2.0 * shared / (source_mass + target_mass + lexical_smoothing);
    }
    const auto source_marks = span_marks(m_source.marks, s, a);
    const auto target_marks = span_marks(m_target.marks, t, b);
    for (const auto mark : {mark_question, mark_exclamation, mark_speaker_label, mark_stage_note}) {
        const bool in_source = (source_marks & mark) != 0;
        const bool in_target = (target_marks & mark) != 0;
        if (in_source != in_target) {
            cost.structure += mark_mismatch;
        } else if (in_source) {
            cost.structure -= mark_match;
        }
    }
    return cost;
}

double LinkScorer::orphan_cost(unsigned count) const noexcept {
    return orphan_penalty * count;
}

bool LinkScorer::source_orphan(std::uint32_t s, double matched) const noexcept {
    if (m_bags == nullptr) {
        return false;
    }
    const double mass = m_source_mass[s + 1] - m_source_mass[s];
    return mass >= evidence_mass && matched < orphan_share * mass;
}

bool LinkScorer::target_orphan(std::uint32_t t, double matched) const noexcept {
    if (m_bags == nullptr) {
        return false;
    }
    const double mass = m_target_mass[t + 1] - m_target_mass[t];
    return mass >= evidence_mass && matched < orphan_share * mass;
}

void LinkScorer::calibrate_skip(double percentile) {
    const auto n = static_cast<std::uint32_t>(m_source.size());
    const auto m = static_cast<std::uint32_t>(m_target.size());
    if (n == 0 || m == 0) {
        return;
    }
    // A fixed linear congruential sequence keeps the sample, and so the result, deterministic.
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    const auto next = [&state](std::uint32_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>((state >> 33U) % bound);
    };
    std::vector<double> costs;
    constexpr int samples = 2000;
    costs.reserve(samples);
    for (int k = 0; k < samples; ++k) {
        const auto s = next(n);
        const auto t = next(m);
        const double matched = m_bags != nullptr ? m_bags->matched(s, t) : 0.0;
        costs.push_back(cost(s, 1, t, 1, matched).total());
    }
    const auto index = static_cast<std::size_t>(percentile * static_cast<double>(costs.size() - 1));
    std::nth_element(costs.begin(), costs.begin() + static_cast<std::ptrdiff_t>(index), costs.end());
    m_skip = std::max(costs[index] * skip_scale, 1.0);
    m_source_skip = m_skip;
    m_target_skip = m_skip;
}

void LinkScorer::fit_gap_rates(const std::vector<Link>& first_pass) {
    double source_gaps = 0.0;
    double target_gaps = 0.0;
    for (const auto& link : first_pass) {
        if (link.target.empty()) {
            source_gaps += static_cast<double>(link.source.size());
        } else if (link.source.empty()) {
            target_gaps += static_cast<double>(link.target.size());
        }
    }
    // The rate of each direction with a Dirichlet prior at the reference rate.
    const double links = static_cast<double>(first_pass.size()) + gap_prior_links;
    const auto fitted = [&](double gaps) {
        const double rate = (gaps + gap_prior_links * gap_reference_rate) / links;
        return m_skip - std::log(std::max(1.0, rate / gap_reference_rate));
    };
    m_source_skip = fitted(source_gaps);
    m_target_skip = fitted(target_gaps);
}

} // namespace tandem::align::detail
