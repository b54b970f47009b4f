// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor_search.hpp"

#include <algorithm>

namespace tandem::align::detail {

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
