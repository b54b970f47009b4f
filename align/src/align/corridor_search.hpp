// SPDX-License-Identifier: GPL-3.0-or-later
// Dynamic programming over link types (Gale & Church 1993) restricted to a corridor of cells
// around an expected path, as in Vecalign's coarse-to-fine search (Thompson & Koehn 2019): memory
// and time grow with the number of corridor cells, never with n × m.
#pragma once

#include <cstdint>
#include <stop_token>
#include <vector>

namespace tandem::align::detail {

/// Allowed columns per row: cell (i, j) is searched when low[i] ≤ j ≤ high[i], for i in 0 … n.
/// Both bounds never decrease; low[0] = 0 and high[n] = m.
struct Corridor {
    std::vector<std::uint32_t> low;  ///< first allowed column per row
    std::vector<std::uint32_t> high; ///< last allowed column per row

    /// Every cell of an (n+1) × (m+1) grid.
    [[nodiscard]] static Corridor full(std::uint32_t n, std::uint32_t m);
    /// Number of cells.
    [[nodiscard]] std::size_t cells() const noexcept;
};

/// A link type: sentences taken on each side.
struct Move {
    std::uint8_t source = 0; ///< source sentences
    std::uint8_t target = 0; ///< target sentences
};

/// 1-0, 0-1 and every a-b with 1 ≤ a, b ≤ @p max_link.
[[nodiscard]] std::vector<Move> link_moves(unsigned max_link);

/// The cost of a link ending at cell (i, j) that takes @p move.
class MoveCosts {
public:
    virtual ~MoveCosts() = default;
    /// Cost of linking source [i − move.source, i) with target [j − move.target, j).
    [[nodiscard]] virtual double cost(std::uint32_t i, std::uint32_t j, Move move) const = 0;
};

/// One link of the best path.
struct PathLink {
    std::uint32_t source = 0; ///< first source sentence
    std::uint32_t target = 0; ///< first target sentence
    Move move;                ///< sentences on each side
    double posterior = 1.0;   ///< probability of the link under the model (when asked for)
};

/// The cheapest path from (0, 0) to (n, m) inside @p corridor, and with @p posteriors each link's
/// marginal probability by the forward–backward algorithm (Rabiner 1989) over the same corridor,
/// with costs divided by @p temperature (above 1 flattens over-confident costs).
/// Throws Cancelled when @p stop is requested, Error(internal) when no path exists.
[[nodiscard]] std::vector<PathLink> search_corridor(std::uint32_t n, std::uint32_t m,
                                                    const Corridor& corridor,
                                                    const std::vector<Move>& moves,
                                                    const MoveCosts& costs, bool posteriors,
                                                    std::stop_token stop, double temperature = 1.0);

/// The cells a path passes through in one link: rows [row_begin, row_end] × columns
/// [column_begin, column_end], both ends included (the corners the link joins).
struct PathBox {
    std::uint32_t row_begin = 0, row_end = 0;       ///< first and last row
    std::uint32_t column_begin = 0, column_end = 0; ///< first and last column
};

/// The corridor through @p boxes (a path of links from (0, 0) to (n, m)), widened by @p margin
/// columns on each side of every row, for a grid of n × m sentences.
[[nodiscard]] Corridor corridor_around(const std::vector<PathBox>& boxes, std::uint32_t n,
                                       std::uint32_t m, std::uint32_t margin);

/// The corridor one level finer than @p coarse_path (whose blocks are pairs of sentences), widened
/// by @p margin columns on each side of every row, for a grid of n × m sentences.
[[nodiscard]] Corridor refine_corridor(const std::vector<PathLink>& coarse_path, std::uint32_t n,
                                       std::uint32_t m, std::uint32_t margin);

/// True when a link of @p path ends on a side of @p corridor that is not a side of the n × m
/// grid: a better path may leave the corridor there (the test of banded alignment, which widens
/// the band until the best path stays inside it; Fickett 1984).
[[nodiscard]] bool reaches_corridor_side(const std::vector<PathLink>& path, const Corridor& corridor,
                                         std::uint32_t m);

} // namespace tandem::align::detail
