// SPDX-License-Identifier: GPL-3.0-or-later
// Dynamic programming over link types (Gale & Church 1993) restricted to a corridor of cells
// around an expected path, as in Vecalign's coarse-to-fine search (Thompson & Koehn 2019): memory
// and time grow with the number of corridor cells, never with n × m.
#pragma once

#include "../large_buffer.hpp"

#include <tandem/error.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stop_token>
#include <type_traits>
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
    /// A number x such that p + x ≤ p + cost(i, j, move) in floating point for every path cost p
    /// (true of cost()'s own sum with a non-negative term left out, as rounding is monotonic),
    /// cheaper to compute: the search without posteriors skips a link whose bound cannot beat the
    /// best link found into its cell. The default, −∞, skips nothing.
    [[nodiscard]] virtual double lower_bound(std::uint32_t /*i*/, std::uint32_t /*j*/,
                                             Move /*move*/) const {
        return -std::numeric_limits<double>::infinity();
    }
};

/// One link of the best path.
struct PathLink {
    std::uint32_t source = 0; ///< first source sentence
    std::uint32_t target = 0; ///< first target sentence
    Move move;                ///< sentences on each side
    double posterior = 1.0;   ///< probability of the link under the model (when asked for)
};

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

/// What search_corridor() keeps while it runs.
namespace search_internals {

/// The cost of a cell no path reaches.
inline constexpr double infinite = std::numeric_limits<double>::infinity();
/// The back pointer of a cell no path reaches.
inline constexpr std::uint8_t no_move = 0xFF;

/// Cell storage of a corridor: row i's cells start at offset[i].
class CorridorCells {
public:
    explicit CorridorCells(const Corridor& corridor)
        : m_corridor(corridor), m_offset(corridor.low.size() + 1) {
        for (std::size_t i = 0; i < corridor.low.size(); ++i) {
            m_offset[i + 1] = m_offset[i] + (corridor.high[i] - corridor.low[i] + 1);
        }
    }
    [[nodiscard]] std::size_t size() const noexcept { return m_offset.back(); }
    /// Index of row i's first cell, (i, low[i]).
    [[nodiscard]] std::size_t row_start(std::uint32_t i) const noexcept { return m_offset[i]; }
    /// Index of cell (i, j), or npos outside the corridor.
    [[nodiscard]] std::size_t index(std::uint32_t i, std::uint32_t j) const noexcept {
        if (j < m_corridor.low[i] || j > m_corridor.high[i]) {
            return npos;
        }
        return m_offset[i] + (j - m_corridor.low[i]);
    }
    static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

private:
    const Corridor& m_corridor;
    std::vector<std::size_t> m_offset;
};

/// One value per corridor cell of the last few rows a sweep reached (a ring of rows, each as
/// wide as the widest row): a dynamic programme reads back no further than its longest move, and
/// memory that is never newly touched costs no page faults.
class RowRing {
public:
    RowRing(const Corridor& corridor, std::uint32_t depth) : m_slots(depth + 1) {
        for (std::size_t i = 0; i < corridor.low.size(); ++i) {
            m_width = std::max<std::size_t>(m_width, corridor.high[i] - corridor.low[i] + 1);
        }
        m_values.resize(m_slots * m_width);
    }
    /// Row i's values, column low[i] first.
    [[nodiscard]] double* row(std::uint32_t i) noexcept {
        return m_values.data() + (i % m_slots) * m_width;
    }
    /// row(i), every value set to ∞ (unreached).
    double* clear_row(std::uint32_t i) noexcept {
        double* values = row(i);
        std::fill_n(values, m_width, infinite);
        return values;
    }

private:
    std::size_t m_slots;
    std::size_t m_width = 0;
    std::vector<double> m_values;
};

/// Throws Cancelled when @p stop is requested.
inline void check_stop(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw Cancelled();
    }
}

} // namespace search_internals

/// The cheapest path from (0, 0) to (n, m) inside @p corridor, and with @p posteriors each link's
/// marginal probability by the forward–backward algorithm (Rabiner 1989) over the same corridor,
/// with costs divided by @p temperature (above 1 flattens over-confident costs).
/// @p costs is a MoveCosts; a final class is called directly, without virtual dispatch, as the
/// search asks for a cost per cell and link type.
/// Throws Cancelled when @p stop is requested, Error(internal) when no path exists.
template <typename Costs>
[[nodiscard]] std::vector<PathLink> search_corridor(std::uint32_t n, std::uint32_t m,
                                                    const Corridor& corridor,
                                                    const std::vector<Move>& moves,
                                                    const Costs& costs, bool posteriors,
                                                    std::stop_token stop, double temperature = 1.0) {
    static_assert(std::is_base_of_v<MoveCosts, Costs>);
    using search_internals::check_stop;
    using search_internals::CorridorCells;
    using search_internals::infinite;
    using search_internals::no_move;
    using search_internals::RowRing;
    const double inverse_temperature = 1.0 / temperature;
    const CorridorCells cells(corridor);
    std::uint8_t depth = 0;
    for (const auto move : moves) {
        depth = std::max(depth, move.source);
    }
    // Best costs are read back only as far as the longest move reaches: a few rows kept.
    RowRing best(corridor, depth);
    tandem::detail::LargeVector<std::uint8_t> back(cells.size(), no_move);
    // Forward log-sums: −log of the summed probability of all paths reaching a cell.
    tandem::detail::LargeVector<double> forward(posteriors ? cells.size() : 0, infinite);
    if (posteriors) {
        forward[0] = 0.0;
    }
    std::vector<double> step_costs(moves.size());
    // Per move, the row a link ending in row i starts from: its columns, first cell and best
    // costs (the corridor's bounds looked up once per row, not once per cell).
    struct SourceRow {
        bool exists = false;
        std::uint32_t low = 0, high = 0;
        std::size_t start = 0;
        const double* best = nullptr;
    };
    std::vector<SourceRow> source_rows(moves.size());
    for (std::uint32_t i = 0; i <= n; ++i) {
        if ((i & 255U) == 0) {
            check_stop(stop);
        }
        double* const best_here = best.clear_row(i);
        if (i == 0) {
            best_here[0] = 0.0;
        }
        for (std::size_t k = 0; k < moves.size(); ++k) {
            const auto source = moves[k].source;
            source_rows[k] = source <= i ? SourceRow{true, corridor.low[i - source],
                                                     corridor.high[i - source],
                                                     cells.row_start(i - source),
                                                     best.row(i - source)}
                                         : SourceRow{};
        }
        auto here = cells.row_start(i);
        for (std::uint32_t j = corridor.low[i]; j <= corridor.high[i]; ++j, ++here) {
            if (i == 0 && j == 0) {
                continue;
            }
            double best_cost = infinite;
            std::uint8_t best_move = no_move;
            double lowest_forward = infinite;
            for (std::size_t k = 0; k < moves.size(); ++k) {
                step_costs[k] = infinite;
                const auto move = moves[k];
                const auto& row = source_rows[k];
                if (!row.exists || move.target > j) {
                    continue;
                }
                const auto column = j - move.target;
                if (column < row.low || column > row.high) {
                    continue;
                }
                const double reached = row.best[column - row.low];
                if (reached == infinite) {
                    continue;
                }
                // Without posteriors only the best link matters: one whose lower bound already
                // reaches the best so far cannot win (x + bound ≤ x + cost in floating point too,
                // as rounding is monotonic), and the first of equal links still wins.
                if (!posteriors && reached + costs.lower_bound(i, j, move) >= best_cost) {
                    continue;
                }
                const double step = costs.cost(i, j, move);
                step_costs[k] = step;
                if (reached + step < best_cost) {
                    best_cost = reached + step;
                    best_move = static_cast<std::uint8_t>(k);
                }
                if (posteriors) {
                    const auto from = row.start + (column - row.low);
                    lowest_forward = std::min(lowest_forward, forward[from] + step * inverse_temperature);
                }
            }
            best_here[j - corridor.low[i]] = best_cost;
            back[here] = best_move;
            if (posteriors && lowest_forward < infinite) {
                double sum = 0.0;
                for (std::size_t k = 0; k < moves.size(); ++k) {
                    if (step_costs[k] < infinite) {
                        const auto from = source_rows[k].start +
                                          (j - moves[k].target - source_rows[k].low);
                        sum += std::exp(lowest_forward - forward[from] - step_costs[k] * inverse_temperature);
                    }
                }
                forward[here] = lowest_forward - std::log(sum);
            }
        }
    }
    const auto end = cells.index(n, m);
    if (end == CorridorCells::npos || best.row(n)[m - corridor.low[n]] == infinite) {
        throw Error(ErrorCode::internal, "no alignment path inside the search corridor");
    }
    std::vector<PathLink> path;
    for (std::uint32_t i = n, j = m; i > 0 || j > 0;) {
        const auto move = moves[back[cells.index(i, j)]];
        i -= move.source;
        j -= move.target;
        path.push_back({i, j, move, 1.0});
    }
    std::reverse(path.begin(), path.end());
    if (!posteriors) {
        return path;
    }
    // Backward log-sums, kept for the rows the longest move reaches; each link's
    // P(link) = exp(−(α(start) + cost + β(end) − α(n, m))) is taken once its end row is done.
    const double total = forward[end];
    RowRing backward(corridor, depth);
    auto unscored = path.size();
    for (std::uint32_t i = n + 1; i-- > 0;) {
        if ((i & 255U) == 0) {
            check_stop(stop);
        }
        double* const backward_here = backward.clear_row(i);
        for (std::uint32_t j = corridor.high[i] + 1; j-- > corridor.low[i];) {
            const auto here = cells.index(i, j);
            if (here == end) {
                backward_here[j - corridor.low[i]] = 0.0;
                continue;
            }
            if (forward[here] == infinite) {
                continue;
            }
            double lowest = infinite;
            for (std::size_t k = 0; k < moves.size(); ++k) {
                const auto move = moves[k];
                step_costs[k] = infinite;
                if (i + move.source > n || j + move.target > m) {
                    continue;
                }
                const auto to_row = i + move.source;
                const auto to_column = j + move.target;
                if (to_column < corridor.low[to_row] || to_column > corridor.high[to_row]) {
                    continue;
                }
                const double after = backward.row(to_row)[to_column - corridor.low[to_row]];
                if (after == infinite) {
                    continue;
                }
                step_costs[k] = costs.cost(to_row, to_column, move) * inverse_temperature + after;
                lowest = std::min(lowest, step_costs[k]);
            }
            if (lowest < infinite) {
                double sum = 0.0;
                for (const double value : step_costs) {
                    if (value < infinite) {
                        sum += std::exp(lowest - value);
                    }
                }
                backward_here[j - corridor.low[i]] = lowest - std::log(sum);
            }
        }
        for (; unscored > 0 && path[unscored - 1].source + path[unscored - 1].move.source == i;
             --unscored) {
            auto& link = path[unscored - 1];
            const auto from = cells.index(link.source, link.target);
            const auto to_column = link.target + link.move.target;
            const double step = costs.cost(i, to_column, link.move);
            link.posterior = std::clamp(
                std::exp(total - forward[from] - step * inverse_temperature -
                         backward_here[to_column - corridor.low[i]]),
                0.0, 1.0);
        }
    }
    return path;
}

} // namespace tandem::align::detail
