// SPDX-License-Identifier: GPL-3.0-or-later
// Coarse-to-fine search (Thompson & Koehn 2019, Vecalign): halve both documents into blocks of
// sentences until the grid is small, align the blocks on length and rare shared words, then
// refine the path one level at a time inside a narrow corridor. Linear time and memory. A region
// being re-aligned has a better coarse path than blocks give: the links it has (its guide).
#pragma once

#include "corridor_search.hpp"
#include "lexical_bags.hpp"
#include "link_scorer.hpp"

#include <tandem/align/alignment.hpp>

#include <functional>
#include <stop_token>

namespace tandem::align::detail {

/// A rectangle of the bitext searched on its own (between fixed links).
struct Region {
    std::uint32_t source_begin = 0, source_end = 0; ///< source sentences [begin, end)
    std::uint32_t target_begin = 0, target_end = 0; ///< target sentences [begin, end)
    std::vector<Link> guide{}; ///< links now covering it (AlignRegion::guide), or empty
};

/// How the search runs.
struct SearchSettings {
    unsigned max_link = 3;          ///< largest side of a link at the finest level
    unsigned threads = 1;           ///< workers for the lexical cache
    std::uint32_t margin = 6;       ///< corridor half-width added at each refinement, and the
                                    ///< first one around a guide
    std::size_t coarsest_cells = 4'000'000; ///< grids up to this size are searched in full
    double temperature = 2.0;       ///< of the link posteriors (see search_corridor()); set so
                                    ///< that links above 0.9 are right ≥ 90 % of the time on the
                                    ///< development gold sets
};

/// The best path through @p region, with absolute sentence indices, and with @p posteriors each
/// link's posterior probability (else 1). A region of at most coarsest_cells cells is searched
/// in full, or, when it has a guide and the corridor of margin sentences either side of it
/// holds at most half of its cells, in that corridor, doubled while the best path reaches its
/// side. Throws Error(invalid_argument) when the guide does not cover the region exactly.
[[nodiscard]] std::vector<PathLink> align_region(const Region& region, const LinkScorer& scorer,
                                                 const LexicalBags* bags,
                                                 const SearchSettings& settings, bool posteriors,
                                                 std::stop_token stop);

} // namespace tandem::align::detail
