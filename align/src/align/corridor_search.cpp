// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor_search.hpp"

#include <tandem/error.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tandem::align::detail {
namespace {

constexpr double infinite = std::numeric_limits<double>::infinity();
constexpr std::uint8_t no_move = 0xFF;

/// Cell storage of a corridor: row i's cells start at offset[i].
class CorridorCells {
public:
    explicit CorridorCells(const Corridor& corridor) : m_corridor(corridor), m_offset(corridor.low.size() + 1) {
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

void check_stop(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw Cancelled();
    }
}

} // namespace

Corridor Corridor::full(std::uint32_t n, std::uint32_t m) {
    return {std::vector<std::uint32_t>(n + 1, 0), std::vector<std::uint32_t>(n + 1, m)};
}

std::size_t Corridor::cells() const noexcept {
    std::size_t total = 0;
    for (std::size_t i = 0; i < low.size(); ++i) {
        total += high[i] - low[i] + 1;
    }
    return total;
}

std::vector<Move> link_moves(unsigned max_link) {
    std::vector<Move> moves{{1, 0}, {0, 1}};
    for (unsigned a = 1; a <= max_link; ++a) {
        for (unsigned b = 1; b <= max_link; ++b) {
            moves.push_back({static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b)});
        }
    }
    return moves;
}

std::vector<PathLink> search_corridor(std::uint32_t n, std::uint32_t m, const Corridor& corridor,
                                      const std::vector<Move>& moves, const MoveCosts& costs,
                                      bool posteriors, std::stop_token stop, double temperature) {
    const double inverse_temperature = 1.0 / temperature;
    const CorridorCells cells(corridor);
    std::vector<double> best(cells.size(), infinite);
    std::vector<std::uint8_t> back(cells.size(), no_move);
    // Forward log-sums: −log of the summed probability of all paths reaching a cell.
    std::vector<double> forward(posteriors ? cells.size() : 0, infinite);
    best[0] = 0.0;
    if (posteriors) {
        forward[0] = 0.0;
    }
    std::vector<double> step_costs(moves.size());
    // Per move, the row a link ending in row i starts from: its columns and first cell (the
    // corridor's bounds looked up once per row, not once per cell).
    struct SourceRow {
        bool exists = false;
        std::uint32_t low = 0, high = 0;
        std::size_t start = 0;
    };
    std::vector<SourceRow> source_rows(moves.size());
    for (std::uint32_t i = 0; i <= n; ++i) {
        if ((i & 255U) == 0) {
            check_stop(stop);
        }
        for (std::size_t k = 0; k < moves.size(); ++k) {
            const auto source = moves[k].source;
            source_rows[k] = source <= i ? SourceRow{true, corridor.low[i - source],
                                                     corridor.high[i - source],
                                                     cells.row_start(i - source)}
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
                const auto from = row.start + (column - row.low);
                if (best[from] == infinite) {
                    continue;
                }
                const double step = costs.cost(i, j, move);
                step_costs[k] = step;
                if (best[from] + step < best_cost) {
                    best_cost = best[from] + step;
                    best_move = static_cast<std::uint8_t>(k);
                }
                if (posteriors) {
                    lowest_forward = std::min(lowest_forward, forward[from] + step * inverse_temperature);
                }
            }
            best[here] = best_cost;
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
    if (end == CorridorCells::npos || best[end] == infinite) {
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
    // Backward log-sums, then P(link) = exp(−(α(start) + cost + β(end) − α(n, m))).
    std::vector<double> backward(cells.size(), infinite);
    backward[end] = 0.0;
    for (std::uint32_t i = n + 1; i-- > 0;) {
        if ((i & 255U) == 0) {
            check_stop(stop);
        }
        for (std::uint32_t j = corridor.high[i] + 1; j-- > corridor.low[i];) {
            const auto here = cells.index(i, j);
            if (here == end || forward[here] == infinite) {
                continue;
            }
            double lowest = infinite;
            for (std::size_t k = 0; k < moves.size(); ++k) {
                const auto move = moves[k];
                step_costs[k] = infinite;
                if (i + move.source > n || j + move.target > m) {
                    continue;
                }
                const auto to = cells.index(i + move.source, j + move.target);
                if (to == CorridorCells::npos || backward[to] == infinite) {
                    continue;
                }
                step_costs[k] = costs.cost(i + move.source, j + move.target, move) * inverse_temperature + backward[to];
                lowest = std::min(lowest, step_costs[k]);
            }
            if (lowest < infinite) {
                double sum = 0.0;
                for (const double value : step_costs) {
                    if (value < infinite) {
                        sum += std::exp(lowest - value);
                    }
                }
                backward[here] = lowest - std::log(sum);
            }
        }
    }
    const double total = forward[end];
    for (auto& link : path) {
        const auto from = cells.index(link.source, link.target);
        const auto to = cells.index(link.source + link.move.source, link.target + link.move.target);
        const double step = costs.cost(link.source + link.move.source,
                                       link.target + link.move.target, link.move);
        link.posterior = std::clamp(std::exp(total - forward[from] - step * inverse_temperature - backward[to]), 0.0, 1.0);
    }
    return path;
}

Corridor corridor_around(const std::vector<PathBox>& boxes, std::uint32_t n, std::uint32_t m,
                         std::uint32_t margin) {
    std::vector<std::uint32_t> raw_low(n + 1, m);
    std::vector<std::uint32_t> raw_high(n + 1, 0);
    for (const auto& box : boxes) {
        for (auto i = box.row_begin; i <= box.row_end; ++i) {
            raw_low[i] = std::min(raw_low[i], box.column_begin);
            raw_high[i] = std::max(raw_high[i], box.column_end);
        }
    }
    Corridor corridor{std::vector<std::uint32_t>(n + 1), std::vector<std::uint32_t>(n + 1)};
    for (std::uint32_t i = 0; i <= n; ++i) {
        const auto low = raw_low[i];
        const auto high = raw_high[i];
        corridor.low[i] = low >= margin ? low - margin : 0;
        corridor.high[i] = std::min(m, high + margin);
    }
    corridor.low[0] = 0;
    corridor.high[n] = m;
    for (std::uint32_t i = 1; i <= n; ++i) {
        corridor.low[i] = std::max(corridor.low[i], corridor.low[i - 1]);
        corridor.high[i] = std::max(corridor.high[i], corridor.high[i - 1]);
    }
    return corridor;
}

Corridor refine_corridor(const std::vector<PathLink>& coarse_path, std::uint32_t n, std::uint32_t m,
                         std::uint32_t margin) {
    std::vector<PathBox> boxes;
    boxes.reserve(coarse_path.size());
    for (const auto& link : coarse_path) {
        boxes.push_back({std::min(2 * link.source, n),
                         std::min(2 * (link.source + link.move.source), n),
                         std::min(2 * link.target, m),
                         std::min(2 * (link.target + link.move.target), m)});
    }
    return corridor_around(boxes, n, m, margin);
}

bool reaches_corridor_side(const std::vector<PathLink>& path, const Corridor& corridor,
                           std::uint32_t m) {
    return std::any_of(path.begin(), path.end(), [&](const PathLink& link) {
        const auto i = link.source + link.move.source;
        const auto j = link.target + link.move.target;
        return (j == corridor.low[i] && j > 0) || (j == corridor.high[i] && j < m);
    });
}

} // namespace tandem::align::detail
