// SPDX-License-Identifier: GPL-3.0-or-later
// Omissions and additions: gaps (1-0, 0-1 links) and gaps hidden inside merges
// and splits; and the lexical coverage of a link, which the compression check
// shares.
#pragma once

#include "length_model.hpp"

#include <optional>

namespace tandem::divergence::detail {

/// Sentences of a link's larger side that the lengths show were not rendered at
/// all, though the engine put them in a merge or a split.
struct Absorbed {
    std::optional<text::SentenceIndex> source; ///< an omitted source sentence
    std::optional<text::SentenceIndex> target; ///< an added target sentence
};

/// The coverage of the text sentences of @p link's source (target, unless @p source_side) by its
/// other side, summed. Numbers in digits count as content words, covered unless a number marker
/// added since @p first_marker finds no counterpart for them.
[[nodiscard]] Coverage link_coverage(AnalysisState& state, const align::Link& link,
                                     bool source_side, std::size_t first_marker);

/// An omission marker for every source sentence of 1-0 link @p k (@p source_side), or an
/// addition marker for every target sentence of 0-1 link @p k: a warning, a notice for sentences
/// of two words or fewer and for those that are not speech (labels, headings).
void check_gap(AnalysisState& state, std::size_t k, const align::Link& link, bool source_side);

/// Finds a gap hidden inside n-m link @p k: the link's length ratio is far off
/// the pair's norm and becomes normal without one sentence (Gale & Church 1993
/// reasoning on one link). Number and name markers of that sentence added since
/// @p first_marker lower the bar, and are replaced by the omission or addition
/// they are part of.
Absorbed check_absorbed(AnalysisState& state, std::size_t k, const align::Link& link,
                        const LengthModel& model, std::size_t first_marker);

/// The one text sentence of @p link's source (target, unless @p source_side) with at least
/// three words none of which has a counterpart on the other side (or one only, where the link's
/// other sentences cover a share at least 1 / absorbed_lexical_share times larger), while every
/// other one is covered: a sentence the merge (split) holds but its other side does not render.
/// A word counts only when no other sentence of the link has its stem (competitive linking,
/// Melamed 2000); numbers in digits count as words, with a counterpart unless a number marker
/// added since @p first_marker says otherwise.
std::optional<text::SentenceIndex> lexically_unrendered(AnalysisState& state,
                                                        const align::Link& link, bool source_side,
                                                        std::size_t first_marker);

/// Merge and split information markers, counted without stage notes and
/// absorbed gaps.
void check_shape(AnalysisState& state, std::size_t k, const align::Link& link,
                 const Absorbed& absorbed);

} // namespace tandem::divergence::detail
