// SPDX-License-Identifier: GPL-3.0-or-later
// The cost of one candidate link: a sum of separately computed signals, each a negative log-odds
// in nats, so that the search and the posterior over links read one calibrated number.
#pragma once

#include "lexical_bags.hpp"
#include "sentence_words.hpp"

#include <tandem/align/alignment.hpp>
#include <tandem/align/gale_church.hpp>

#include <cstdint>
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
    /// The cost of @p count sentences of merged spans that share (next to) no word with the other side
    /// although they have words that could (a sentence merged in that should have been a gap).
    [[nodiscard]] double orphan_cost(unsigned count) const noexcept;
    /// True when source sentence @p s has words that could meet the target side but only
    /// @p matched of their weight meets the target span it is merged into (next to nothing).
    [[nodiscard]] bool source_orphan(std::uint32_t s, double matched) const noexcept;
    /// The same for target sentence @p t merged into a source span.
    [[nodiscard]] bool target_orphan(std::uint32_t t, double matched) const noexcept;
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
    /// rather than part of a neighbour's merge.
    void fit_gap_rates(const std::vector<Link>& first_pass);

    /// The length model in use.
    [[nodiscard]] const LengthModel& length_model() const noexcept { return m_length; }
    /// Code points per source sentence.
    [[nodiscard]] const std::vector<double>& source_characters() const noexcept { return m_source.characters; }
    /// Code points per target sentence.
    [[nodiscard]] const std::vector<double>& target_characters() const noexcept { return m_target.characters; }

private:
    const SentenceWords& m_source;
    const SentenceWords& m_target;
    const LexicalBags* m_bags;
    LengthModel m_length;
    std::vector<double> m_source_characters, m_target_characters; // prefix sums
    std::vector<double> m_source_mass, m_target_mass;             // prefix sums
    double m_skip = 6.0;
    double m_source_skip = 6.0;
    double m_target_skip = 6.0;
};

} // namespace tandem::align::detail
