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
/// Weight, in links, of Gale & Church's 1-2 (and 2-1) rate against the splits (merges) a first
/// pass finds: more than the gaps' because a first pass searches links of at most two sentences
/// a side, so its 1-2 links also stand for wider ones and for splits it got wrong (at 100 links
/// Text+Berg lost a point of strict F1).
constexpr double split_prior_links = 300.0;
/// Percentile of the lexical coverage of a first pass's 1-1 links that both target sentences of
/// a 1-2 link (both source sentences of a 2-1 link) must reach to count as a split (a merge).
constexpr double split_support_percentile = 0.2;

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

/// The marks structure_cost() compares.
constexpr unsigned all_marks =
    mark_question | mark_exclamation | mark_speaker_label | mark_stage_note;

/// The structure signal of a link whose sides hold @p source_marks and @p target_marks.
double structure_cost(unsigned source_marks, unsigned target_marks) {
    double cost = 0.0;
    for (const auto mark : {mark_question, mark_exclamation, mark_speaker_label, mark_stage_note}) {
        const bool in_source = (source_marks & mark) != 0;
        const bool in_target = (target_marks & mark) != 0;
        if (in_source != in_target) {
            cost += mark_mismatch;
        } else if (in_source) {
            cost -= mark_match;
        }
    }
    return cost;
}

/// @p cost of every pair of arguments from 0 to @p last, computed once: the search asks per link.
template <unsigned last, typename Cost>
std::array<std::array<double, last + 1>, last + 1> tabulate(Cost cost) {
    std::array<std::array<double, last + 1>, last + 1> table{};
    for (unsigned source = 0; source <= last; ++source) {
        for (unsigned target = 0; target <= last; ++target) {
            table[source][target] = cost(source, target);
        }
    }
    return table;
}

/// structure_cost() for every pair of mark sets.
const auto structure_table = tabulate<all_marks>(structure_cost);

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

/// The priors for every link type up to 4-4.
const auto prior_table = tabulate<link_prior_sides>(type_prior);

} // namespace

double link_type_prior(unsigned source_sentences, unsigned target_sentences) noexcept {
    return prior_table[std::min(source_sentences, link_prior_sides)]
                      [std::min(target_sentences, link_prior_sides)];
}

LinkScorer::LinkScorer(const SentenceWords& source, const SentenceWords& target,
                       const LexicalBags* bags, LengthModel length_model)
    : m_source(source), m_target(target), m_bags(bags), m_length(length_model),
      m_source_characters(prefix_sums(source.characters)),
      m_target_characters(prefix_sums(target.characters)), m_prior(prior_table) {
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
    cost.prior = m_prior[std::min(a, link_prior_sides)][std::min(b, link_prior_sides)];
    cost.length = length_cost(m_length, m_source_characters[s + a] - m_source_characters[s],
                              m_target_characters[t + b] - m_target_characters[t]);
    if (m_bags != nullptr) {
        const double source_mass = m_source_mass[s + a] - m_source_mass[s];
        const double target_mass = m_target_mass[t + b] - m_target_mass[t];
        const double shared = std::min({matched, source_mass, target_mass});
        // Dice's coefficient over word weights (Dice 1945), as hunalign's similarity.
        cost.lexical = -lexical_scale * 2.0 * shared / (source_mass + target_mass + lexical_smoothing);
    }
    cost.structure = structure_table[span_marks(m_source.marks, s, a) & all_marks]
                                    [span_marks(m_target.marks, t, b) & all_marks];
    return cost;
}

double LinkScorer::unmatched_cost(std::uint32_t s, std::span<const double> row_sums,
                                  std::uint32_t t,
                                  std::span<const double> column_sums) const noexcept {
    if (m_bags == nullptr) {
        return 0.0;
    }
    // The evidence against the sentences of one side (from @p first, sharing @p sums with the
    // other span), in units of orphan_penalty: each unmatched sentence counts as one, or with
    // @p graded a lighter one in proportion to its weight; all but the heaviest when every
    // sentence of the side is unmatched.
    const auto unmatched = [](const std::vector<double>& mass, std::uint32_t first,
                              std::span<const double> sums, bool graded) {
        if (sums.size() < 2) {
            return 0.0;
        }
        double total = 0.0;
        double heaviest = 0.0;
        std::size_t count = 0;
        for (std::size_t k = 0; k < sums.size(); ++k) {
            const double own = mass[first + k + 1] - mass[first + k];
            const double weight =
                own >= evidence_mass ? 1.0 : (graded ? own / evidence_mass : 0.0);
            if (weight > 0.0 && sums[k] < orphan_share * own) {
                total += weight;
                heaviest = std::max(heaviest, weight);
                ++count;
            }
        }
        return count == sums.size() ? total - heaviest : total;
    };
    return orphan_penalty * (unmatched(m_source_mass, s, row_sums, m_source_omits) +
                             unmatched(m_target_mass, t, column_sums, false));
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
    m_source_omits = false;
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
    // What the total lengths imply (Gale & Church's model applied to the whole documents): a
    // target shorter than the fitted ratio expects renders only that share of the source.
    const double expected_target = m_length.ratio * m_source_characters.back();
    const double target_total = m_target_characters.back();
    if (expected_target > 0.0 && target_total > 0.0) {
        source_gaps = std::max(source_gaps, (1.0 - target_total / expected_target) *
                                                static_cast<double>(m_source.size()));
        target_gaps = std::max(target_gaps, (1.0 - expected_target / target_total) *
                                                static_cast<double>(m_target.size()));
    }
    // The rate of each direction with a Dirichlet prior at the reference rate.
    const double links = static_cast<double>(first_pass.size()) + gap_prior_links;
    const auto fitted = [&](double gaps) {
        const double rate = (gaps + gap_prior_links * gap_reference_rate) / links;
        return m_skip - std::log(std::max(1.0, rate / gap_reference_rate));
    };
    m_source_skip = fitted(source_gaps);
    m_target_skip = fitted(target_gaps);
    m_source_omits = m_source_skip < m_skip;
}

double LinkScorer::supported_merge_excess(const std::vector<Link>& pass, bool target_side) const {
    if (m_bags == nullptr) {
        return 0.0;
    }
    // The merged side's sentences of a link, and each one's mass and evidence against the other
    // side's first sentence.
    const auto merged = [&](const Link& link) { return target_side ? link.target : link.source; };
    const auto single = [&](const Link& link) { return target_side ? link.source : link.target; };
    const auto mass = [&](std::uint32_t k) {
        return target_side ? m_bags->target_mass(k) : m_bags->source_mass(k);
    };
    const auto matched = [&](std::uint32_t k, std::uint32_t other) {
        return target_side ? m_bags->matched(other, k) : m_bags->matched(k, other);
    };
    // The lexical coverage of the merged side's sentences of the pass's 1-1 links.
    std::vector<double> coverage;
    for (const auto& link : pass) {
        const auto k = merged(link).begin;
        if (link.source.size() == 1 && link.target.size() == 1 && mass(k) >= evidence_mass) {
            coverage.push_back(matched(k, single(link).begin) / mass(k));
        }
    }
    if (coverage.empty()) {
        return 0.0;
    }
    const auto index = static_cast<std::size_t>(split_support_percentile *
                                                static_cast<double>(coverage.size() - 1));
    std::nth_element(coverage.begin(), coverage.begin() + static_cast<std::ptrdiff_t>(index),
                     coverage.end());
    const double supported_share = coverage[index];
    double linked = 0.0;
    double merges = 0.0;
    for (const auto& link : pass) {
        if (link.source.empty() || link.target.empty()) {
            continue;
        }
        linked += 1.0;
        if (single(link).size() != 1 || merged(link).size() != 2) {
            continue;
        }
        const auto supported = [&](std::uint32_t k) {
            return mass(k) >= evidence_mass &&
                   matched(k, single(link).begin) >= supported_share * mass(k);
        };
        merges += supported(merged(link).begin) && supported(merged(link).begin + 1) ? 1.0 : 0.0;
    }
    // Gale & Church's 1-2 (= 2-1) share among two-sided links of up to two sentences a side.
    double two_sided = 0.0;
    for (unsigned a = 1; a <= 2; ++a) {
        for (unsigned b = 1; b <= 2; ++b) {
            two_sided += std::exp(-prior_table[a][b]);
        }
    }
    const double reference = std::exp(-prior_table[1][2]) / two_sided;
    const double rate = (merges + split_prior_links * reference) / (linked + split_prior_links);
    return std::log(rate / reference);
}

void LinkScorer::fit_split_rate(const std::vector<Link>& first_pass) {
    const double lowered = std::max(0.0, supported_merge_excess(first_pass, true));
    for (unsigned b = 2; b <= link_prior_sides; ++b) {
        m_prior[1][b] = prior_table[1][b] - lowered;
    }
}

void LinkScorer::fit_merge_rate(const std::vector<Link>& first_pass) {
    if (!m_source_omits) {
        return;
    }
    const double lowered = std::min(0.0, supported_merge_excess(first_pass, false));
    for (unsigned a = 2; a <= link_prior_sides; ++a) {
        m_prior[a][1] = prior_table[a][1] - lowered;
    }
}

} // namespace tandem::align::detail
