// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of one candidate link: a sum of separately computed signals, each a negative log-odds
// in nats, so that the search and the posterior over links read one calibrated number.
#pragma once

#include "lexical_bags.hpp"
#include "sentence_words.hpp"

#include <tandem/align/alignment.hpp>
#include <tandem/align/gale_church.hpp>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace tandem::align::detail {

/// The signals of one link's cost, in nats (lower is better).
struct LinkCost {
    double prior = 0;     ///< −log P(link type)
    double length = 0;    ///< Gale & Church (1993) length mismatch
    double lexical = 0;   ///< −reward for shared words (dictionary, learned, identical, cognates, numbers)
    double structure = 0; ///< question/exclamation marks and speaker labels agreeing or not
    double skip = 0;      ///< the gap cost of a 1-0 or 0-1 link

    /// The link's cost: the sum of the signals.
    [[nodiscard]] double total() const noexcept { return prior + length + lexical + structure + skip; }
};

/// −log of the Gale & Church (1993, table 5) link-type prior, extended to 3-sentence sides.
[[nodiscard]] double link_type_prior(unsigned source_sentences, unsigned target_sentences) noexcept;
/// Largest side the link-type priors tell apart (wider sides share its prior).
inline constexpr unsigned link_prior_sides = 4;

/// Scores candidate links of one bitext.
class LinkScorer {
public:
    /// @p bags may be null (no lexical evidence at all).
    LinkScorer(const SentenceWords& source, const SentenceWords& target, const LexicalBags* bags,
               LengthModel length_model);

    /// The cost of linking source [s, s+a) with target [t, t+b) (a, b ≥ 1) whose sentences share
    /// @p matched concept weight (summed over sentence pairs).
    [[nodiscard]] LinkCost cost(std::uint32_t s, unsigned a, std::uint32_t t, unsigned b,
                                double matched) const noexcept;
    /// The cost of the sentences of a merged span that share (next to) no word with the other
    /// side although they have words that could: such a sentence is more likely a gap (an
    /// interpreter's omission) than part of the merge. @p row_sums holds, for each source sentence
    /// from @p s, the weight it shares with the target span; @p column_sums the same for the target
    /// sentences from @p t. Only a side that merges sentences is judged, by each sentence's
    /// marginal evidence: when no sentence of that side meets the other, the link as a whole has
    /// weak evidence (its lexical cost says so) and one of them carries it, so all but one pay.
    /// A sentence with less word weight than about two content words is not expected to share
    /// any and pays nothing, except on the source side of a bitext that leaves source sentences
    /// out (fit_gap_rates()): there its missing words are evidence in proportion to its weight,
    /// since such a short sentence merged into a neighbour's link is where an omission hides.
    [[nodiscard]] double unmatched_cost(std::uint32_t s, std::span<const double> row_sums,
                                        std::uint32_t t,
                                        std::span<const double> column_sums) const noexcept;
    /// The cost of leaving one sentence unlinked as calibrate_skip() set it.
    [[nodiscard]] double skip_cost() const noexcept { return m_skip; }
    /// The cost of a 1-0 link (a source sentence left unlinked).
    [[nodiscard]] double source_skip_cost() const noexcept { return m_source_skip; }
    /// The cost of a 0-1 link (a target sentence left unlinked).
    [[nodiscard]] double target_skip_cost() const noexcept { return m_target_skip; }
    /// Sets the skip cost as Thompson & Koehn (2019) do: a low percentile of the costs of random
    /// 1-1 pairs, so that a sentence is left out when every link it could join looks random.
    void calibrate_skip(double percentile);
    /// Re-estimates how often this bitext leaves a source or a target sentence out from the links
    /// of a first pass, as Gale & Church (1993) estimated their link-type priors from aligned text
    /// (one Viterbi step of EM, with a Dirichlet prior at a reference rate): the calibrated skip
    /// cost serves bitexts that leave out up to the reference share of their links; a direction
    /// whose rate is higher (an interpretation, an abridged translation) has its skip cost lowered
    /// by the log of the excess, so that a sentence with no evidence either way becomes a gap
    /// rather than part of a neighbour's merge. A pass hides omissions in merges, so the count of
    /// each direction is at least what the documents' total lengths imply under the fitted length
    /// ratio: a target shorter than ratio × source characters leaves that share of the source's
    /// sentences out (and a longer one adds that share of its own).
    void fit_gap_rates(const std::vector<Link>& first_pass);
    /// Re-estimates the prior of links that render one source sentence as several target
    /// sentences (1-2, 1-3 …) from the 1-2 links of a first pass, the same Viterbi step of EM: a
    /// translation into a language of shorter sentences splits far more often than Gale & Church's
    /// 4.5 % (21 % of the Chinese–English gold links). Only 1-2 links whose two target sentences
    /// meet the source sentence as well as most of the pass's 1-1 links do (the 20th percentile of
    /// their lexical coverage) count, so that a target sentence merged in by chance (an addition)
    /// teaches nothing; the rate only rises above Gale & Church's. Source-side merges are left
    /// alone here: in an interpretation they are where omitted source sentences hide, and learning
    /// them would turn omissions into merges (fit_merge_rate() only ever lowers their prior).
    void fit_split_rate(const std::vector<Link>& first_pass);
    /// The source-side counterpart of fit_split_rate() for a bitext that leaves source sentences
    /// out (fit_gap_rates() lowered the 1-0 cost; call it first): the prior of links that render
    /// several source sentences as one target sentence (2-1, 3-1 …) is re-estimated from the
    /// pass's 2-1 links whose two source sentences both meet the target sentence, and only
    /// lowered. Such a pass hides omissions in merges, which then teach nothing; where merges
    /// the words support are rarer than Gale & Church's 4.5 %, a sentence with no evidence either
    /// way becomes a gap rather than part of a neighbour's merge. A bitext that leaves out no more
    /// than the reference share keeps Gale & Church's prior (a free translation merges freely).
    void fit_merge_rate(const std::vector<Link>& first_pass);

    /// The length model in use.
    [[nodiscard]] const LengthModel& length_model() const noexcept { return m_length; }
    /// Code points per source sentence.
    [[nodiscard]] const std::vector<double>& source_characters() const noexcept { return m_source.characters; }
    /// Code points per target sentence.
    [[nodiscard]] const std::vector<double>& target_characters() const noexcept { return m_target.characters; }

private:
    /// log(rate / Gale & Church's rate) of the pass's links that render one sentence as two on
    /// @p target_side (1-2 links, or 2-1 links when false) whose two sentences both meet the
    /// other side's sentence as well as most of the pass's 1-1 links do (the
    /// split_support_percentile of their coverage), the rate among two-sided links with a
    /// Dirichlet prior at Gale & Church's; 0 without lexical evidence.
    [[nodiscard]] double supported_merge_excess(const std::vector<Link>& pass,
                                                bool target_side) const;

    const SentenceWords& m_source;
    const SentenceWords& m_target;
    const LexicalBags* m_bags;
    LengthModel m_length;
    std::vector<double> m_source_characters, m_target_characters; // prefix sums
    std::vector<double> m_source_mass, m_target_mass;             // prefix sums
    double m_skip = 6.0;
    double m_source_skip = 6.0;
    double m_target_skip = 6.0;
    /// fit_gap_rates() found the source leaving out more sentences than the reference share.
    bool m_source_omits = false;
    /// −log P(a-b link), Gale & Church's as fit_split_rate() and fit_merge_rate() left them.
    std::array<std::array<double, link_prior_sides + 1>, link_prior_sides + 1> m_prior;
};

} // namespace tandem::align::detail
