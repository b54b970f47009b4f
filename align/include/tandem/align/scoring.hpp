// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Scoring an alignment against gold links, as in the Text+Berg / Vecalign / Bertalign papers.
///
/// - **strict**: a produced link is correct only if it equals a gold link exactly;
/// - **lax**: a produced link is correct if its source ids and its target ids each overlap the
///   same single gold link;
/// - precision is over all produced links (a 1-0 or 0-1 link is correct only if that exact null
///   link is in the gold); recall is over gold links with sentences on both sides;
/// - counts are summed over all documents of a set before P, R and F1 are computed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tandem::align {

/// A link as a gold file states it: sentence indices on each side (not necessarily contiguous).
struct IndexLink {
    std::vector<std::uint32_t> source; ///< source sentence indices
    std::vector<std::uint32_t> target; ///< target sentence indices
    friend bool operator==(const IndexLink&, const IndexLink&) = default;
};

/// Counts behind precision and recall, summable over documents.
struct ScoreCounts {
    std::size_t produced = 0;          ///< produced links (precision denominator)
    std::size_t produced_strict = 0;   ///< produced links equal to a gold link
    std::size_t produced_lax = 0;      ///< produced links overlapping one gold link on both sides
    std::size_t gold = 0;              ///< gold links with both sides (recall denominator)
    std::size_t gold_strict = 0;       ///< of those, produced exactly
    std::size_t gold_lax = 0;          ///< of those, overlapped on both sides by one produced link

    ScoreCounts& operator+=(const ScoreCounts& other);
};

/// Precision, recall and F1 for strict and lax matching.
struct Scores {
    double strict_precision = 0, strict_recall = 0, strict_f1 = 0;
    double lax_precision = 0, lax_recall = 0, lax_f1 = 0;
};

/// Counts for one document pair.
[[nodiscard]] ScoreCounts count_matches(const std::vector<IndexLink>& gold,
                                        const std::vector<IndexLink>& test);

/// P, R and F1 from summed counts (0 where a denominator is 0).
[[nodiscard]] Scores compute_scores(const ScoreCounts& counts);

} // namespace tandem::align
