// SPDX-License-Identifier: GPL-3.0-or-later
#include "coarse_to_fine.hpp"

#include "../large_buffer.hpp"

#include <tandem/error.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>
#include <thread>

namespace tandem::align::detail {
namespace {

using tandem::detail::LargeVector;

/// Reward per unit of rare-word weight shared by two blocks: hapax pairs are the anchors of
/// Moore (2002) and of Bertalign's first step (Liu & Zhu 2022).
constexpr double anchor_reward = 1.0;

/// Largest side of a link between blocks (the coarse levels search links up to 2-2).
constexpr unsigned coarse_side = 2;

/// Costs at a coarse level: Gale–Church on block lengths, plus shared rare words.
class BlockCosts final : public MoveCosts {
public:
    BlockCosts(const Region& region, unsigned level, const std::vector<double>& source_characters,
               const std::vector<double>& target_characters, const LinkScorer& scorer,
               const LexicalBags* bags)
        : m_scorer(scorer) {
        m_source = block_prefix(source_characters, region.source_begin, region.source_end, level);
        m_target = block_prefix(target_characters, region.target_begin, region.target_end, level);
        // link_type_prior() is a call into another translation unit, and cost() and
        // lower_bound() ask for a prior some ten million times per alignment (0.8 % of a run):
        // the few this level uses are kept here.
        for (unsigned a = 0; a <= coarse_side; ++a) {
            for (unsigned b = 0; b <= coarse_side; ++b) {
                m_prior[a][b] = link_type_prior(a, b);
            }
        }
        // A 1-0 link's cost depends on its row alone and a 0-1 link's on its column alone (no
        // anchor lies in an empty span): computed once each, not once per cell.
        const auto& model = m_scorer.length_model();
        m_row_skip.assign(m_source.size(), 0.0);
        for (std::size_t i = 1; i < m_source.size(); ++i) {
            m_row_skip[i] = m_prior[1][0] + length_cost(model, m_source[i] - m_source[i - 1], 0.0);
        }
        m_column_skip.assign(m_target.size(), 0.0);
        for (std::size_t j = 1; j < m_target.size(); ++j) {
            m_column_skip[j] =
                m_prior[0][1] + length_cost(model, 0.0, m_target[j] - m_target[j - 1]);
        }
        m_anchor_rows.assign(m_source.size(), {});
        if (bags == nullptr) {
            return;
        }
        // Rare matches are in source order: visit only the region's rows.
        const auto& rare_matches = bags->rare_matches();
        const auto first = std::lower_bound(
            rare_matches.begin(), rare_matches.end(), region.source_begin,
            [](const RareMatch& match, std::uint32_t source) { return match.source < source; });
        for (auto rare_match = first;
             rare_match != rare_matches.end() && rare_match->source < region.source_end;
             ++rare_match) {
            const auto& rare = *rare_match;
            if (rare.target < region.target_begin || rare.target >= region.target_end) {
                continue;
            }
            const auto row = (rare.source - region.source_begin) >> level;
            const auto column = (rare.target - region.target_begin) >> level;
            m_anchor_rows[row].emplace_back(column, rare.weight);
        }
    }

    [[nodiscard]] double cost(std::uint32_t i, std::uint32_t j, Move move) const override {
        if (move.target == 0 && move.source == 1) {
            return m_row_skip[i];
        }
        if (move.source == 0 && move.target == 1) {
            return m_column_skip[j];
        }
        const double source = m_source[i] - m_source[i - move.source];
        const double target = m_target[j] - m_target[j - move.target];
        return less_anchors(m_prior[move.source][move.target] +
                                length_cost(m_scorer.length_model(), source, target),
                            i, j, move);
    }

    /// cost() with the length cost, never negative, left out (the same sums in the same order).
    [[nodiscard]] double lower_bound(std::uint32_t i, std::uint32_t j, Move move) const override {
        if (move.source == 0 || move.target == 0) {
            return cost(i, j, move);
        }
        return less_anchors(m_prior[move.source][move.target], i, j, move);
    }

    [[nodiscard]] std::uint32_t rows() const noexcept { return static_cast<std::uint32_t>(m_source.size() - 1); }
    [[nodiscard]] std::uint32_t columns() const noexcept { return static_cast<std::uint32_t>(m_target.size() - 1); }

private:
    /// @p result less the reward of the anchors inside the link.
    [[nodiscard]] double less_anchors(double result, std::uint32_t i, std::uint32_t j,
                                      Move move) const {
        for (auto row = i - move.source; row < i; ++row) {
            for (const auto& [column, weight] : m_anchor_rows[row]) {
                if (column >= j - move.target && column < j) {
                    result -= anchor_reward * weight;
                }
            }
        }
        return result;
    }

    static std::vector<double> block_prefix(const std::vector<double>& characters,
                                            std::uint32_t begin, std::uint32_t end, unsigned level) {
        std::vector<double> prefix{0.0};
        const std::uint32_t block = 1U << level;
        for (std::uint32_t first = begin; first < end; first += block) {
            double sum = 0.0;
            for (std::uint32_t s = first; s < std::min(end, first + block); ++s) {
                sum += characters[s];
            }
            prefix.push_back(prefix.back() + sum);
        }
        return prefix;
    }

    const LinkScorer& m_scorer;
    std::vector<double> m_source, m_target;
    std::array<std::array<double, coarse_side + 1>, coarse_side + 1> m_prior{};
    std::vector<double> m_row_skip;    // cost of the 1-0 link ending at row i
    std::vector<double> m_column_skip; // cost of the 0-1 link ending at column j
    std::vector<std::vector<std::pair<std::uint32_t, float>>> m_anchor_rows;
};

constexpr unsigned max_side = 4;

/// Costs at the sentence level: every signal, with the lexical matches of each sentence pair
/// near the corridor computed once (in parallel) and summed for merged spans.
class SentenceCosts final : public MoveCosts {
public:
    SentenceCosts(const Region& region, const Corridor& corridor, unsigned max_link,
                  const LinkScorer& scorer, const LexicalBags* bags, unsigned threads,
                  bool memoize, const std::stop_token& stop)
        : m_region(region), m_scorer(scorer), m_max_link(max_link) {
        const auto n = region.source_end - region.source_begin;
        const auto m = region.target_end - region.target_begin;
        if (memoize) {
            m_cell_low = corridor.low;
            m_cell_high = corridor.high;
            m_cell_offset.assign(n + 2, 0);
            for (std::uint32_t i = 0; i <= n; ++i) {
                m_cell_offset[i + 1] = m_cell_offset[i] + (corridor.high[i] - corridor.low[i] + 1);
            }
            const auto entries = m_cell_offset.back() * max_link * max_link;
            if (entries <= memo_limit) {
                m_memo.assign(entries, std::numeric_limits<double>::quiet_NaN());
            }
        }
        m_low.resize(n);
        m_offset.assign(n + 1, 0);
        for (std::uint32_t s = 0; s < n; ++s) {
            const auto low = corridor.low[s + 1];
            const auto high = corridor.high[std::min(n, s + max_link)];
            m_low[s] = low >= max_link ? low - max_link : 0;
            const auto top = std::min(m, high);
            m_offset[s + 1] = m_offset[s] + (top > m_low[s] ? top - m_low[s] : 0);
        }
        m_matched.assign(m_offset.back(), 0.0F);
        if (bags == nullptr) {
            return;
        }
        const auto fill = [&](std::uint32_t first, std::uint32_t last) {
            std::vector<float> scratch;
            for (auto s = first; s < last; ++s) {
                if ((s & 1023U) == 0 && stop.stop_requested()) {
                    return;
                }
                const auto row = std::span<float>(m_matched).subspan(
                    m_offset[s], m_offset[s + 1] - m_offset[s]);
                bags->matched_row(region.source_begin + s, region.target_begin + m_low[s], row,
                                  scratch);
            }
        };
        const unsigned workers = std::max(1U, std::min(threads, n / 2048 + 1));
        if (workers == 1) {
            fill(0, n);
        } else {
            std::vector<std::jthread> pool;
            for (unsigned w = 0; w < workers; ++w) {
                pool.emplace_back(fill, static_cast<std::uint32_t>(std::uint64_t{n} * w / workers),
                                  static_cast<std::uint32_t>(std::uint64_t{n} * (w + 1) / workers));
            }
        }
        if (stop.stop_requested()) {
            throw Cancelled();
        }
    }

    [[nodiscard]] double cost(std::uint32_t i, std::uint32_t j, Move move) const override {
        if (move.target == 0) {
            return m_scorer.source_skip_cost();
        }
        if (move.source == 0) {
            return m_scorer.target_skip_cost();
        }
        if (m_memo.empty() || j < m_cell_low[i] || j > m_cell_high[i]) {
            return link_cost(i, j, move);
        }
        double& known = m_memo[(m_cell_offset[i] + (j - m_cell_low[i])) * m_max_link * m_max_link +
                               (move.source - 1U) * m_max_link + (move.target - 1U)];
        if (std::isnan(known)) {
            known = link_cost(i, j, move);
        }
        return known;
    }

private:
    /// The cost of an a-b link (a, b ≥ 1) ending at cell (i, j).
    [[nodiscard]] double link_cost(std::uint32_t i, std::uint32_t j, Move move) const {
        double matched = 0.0;
        std::array<double, max_side> row_sums{};
        std::array<double, max_side> column_sums{};
        for (unsigned a = 0; a < move.source; ++a) {
            for (unsigned b = 0; b < move.target; ++b) {
                const double value = lookup(i - move.source + a, j - move.target + b);
                matched += value;
                row_sums[a] += value;
                column_sums[b] += value;
            }
        }
        const auto source_begin = m_region.source_begin + i - move.source;
        const auto target_begin = m_region.target_begin + j - move.target;
        double cost = m_scorer.cost(source_begin, move.source, target_begin, move.target, matched).total();
        if (move.source + move.target > 2) {
            cost += m_scorer.unmatched_cost(source_begin, {row_sums.data(), move.source},
                                            target_begin, {column_sums.data(), move.target});
        }
        return cost;
    }

    [[nodiscard]] double lookup(std::uint32_t s, std::uint32_t t) const noexcept {
        if (t < m_low[s]) {
            return 0.0;
        }
        const auto k = m_offset[s] + (t - m_low[s]);
        return k < m_offset[s + 1] ? m_matched[k] : 0.0;
    }

    Region m_region;
    const LinkScorer& m_scorer;
    std::vector<std::uint32_t> m_low;
    std::vector<std::size_t> m_offset;
    LargeVector<float> m_matched;
    // The search's forward and backward passes (Rabiner 1989) ask for the same link costs: with
    // posteriors each is computed once and kept per corridor cell and link type, when the table
    // fits memo_limit entries, 64 MB (a region between confirmed links does, and a whole
    // document of up to about 40 000 sentences; a longer one computes them twice instead of
    // holding hundreds of megabytes).
    static constexpr std::size_t memo_limit = std::size_t{1} << 23U;
    unsigned m_max_link;
    std::vector<std::uint32_t> m_cell_low, m_cell_high;
    std::vector<std::size_t> m_cell_offset;
    mutable LargeVector<double> m_memo;
};

std::uint32_t halve(std::uint32_t size) { return (size + 1) / 2; }

/// The guide's links as boxes in @p region's own indices (none without a guide). Throws
/// Error(invalid_argument) when they do not cover the region exactly, in order.
std::vector<PathBox> guide_boxes(const Region& region) {
    std::vector<PathBox> boxes;
    if (region.guide.empty()) {
        return boxes;
    }
    boxes.reserve(region.guide.size());
    auto source = region.source_begin;
    auto target = region.target_begin;
    for (const Link& link : region.guide) {
        if (link.source.begin != source || link.target.begin != target ||
            link.source.end < source || link.target.end < target ||
            link.source.end > region.source_end || link.target.end > region.target_end ||
            (link.source.end == source && link.target.end == target)) {
            throw Error(ErrorCode::invalid_argument,
                        "a region's guide must cover the region with ordered links");
        }
        boxes.push_back({source - region.source_begin, link.source.end - region.source_begin,
                         target - region.target_begin, link.target.end - region.target_begin});
        source = link.source.end;
        target = link.target.end;
    }
    if (source != region.source_end || target != region.target_end) {
        throw Error(ErrorCode::invalid_argument,
                    "a region's guide must cover the region with ordered links");
    }
    return boxes;
}

} // namespace

std::vector<PathLink> align_region(const Region& region, const LinkScorer& scorer,
                                   const LexicalBags* bags, const SearchSettings& settings,
                                   bool posteriors, std::stop_token stop) {
    const auto n = region.source_end - region.source_begin;
    const auto m = region.target_end - region.target_begin;
    const auto boxes = guide_boxes(region);
    unsigned levels = 0;
    for (std::uint64_t rows = n, columns = m;
         rows * columns > settings.coarsest_cells && rows > 1 && columns > 1; ++levels) {
        rows = halve(static_cast<std::uint32_t>(rows));
        columns = halve(static_cast<std::uint32_t>(columns));
    }
    const auto search_sentences = [&](const Corridor& corridor) {
        const SentenceCosts costs(region, corridor, settings.max_link, scorer, bags,
                                  settings.threads, posteriors, stop);
        return search_corridor(n, m, corridor, link_moves(settings.max_link), costs, posteriors,
                               stop, settings.temperature);
    };
    std::vector<PathLink> path;
    if (levels > 0) {
        const auto& source_characters = scorer.source_characters();
        const auto& target_characters = scorer.target_characters();
        for (unsigned level = levels; level > 0; --level) {
            const BlockCosts costs(region, level, source_characters, target_characters, scorer,
                                   bags);
            const auto corridor = level == levels ? Corridor::full(costs.rows(), costs.columns())
                                                  : refine_corridor(path, costs.rows(),
                                                                    costs.columns(), settings.margin);
            path = search_corridor(costs.rows(), costs.columns(), corridor,
                                   link_moves(coarse_side), costs, false, stop);
        }
        path = search_sentences(refine_corridor(path, n, m, settings.margin));
    } else if (boxes.empty()) {
        path = search_sentences(Corridor::full(n, m));
    } else {
        // The links being replaced are the coarse path: search near them, as the whole-document
        // search does near its block path, widening the band wherever the answer might leave it.
        // (A first band of max_link sentences left one of 129 regions of 1984 ro-en, shifted by
        // 10 rows, unrepaired in engine_realign; margin repairs them all.)
        const auto full_cells = (std::size_t{n} + 1) * (std::size_t{m} + 1);
        for (auto margin = settings.margin;; margin *= 2) {
            const auto corridor = corridor_around(boxes, n, m, margin);
            if (2 * corridor.cells() > full_cells) {
                path = search_sentences(Corridor::full(n, m));
                break;
            }
            path = search_sentences(corridor);
            if (!reaches_corridor_side(path, corridor, m)) {
                break;
            }
        }
    }
    for (auto& link : path) {
        link.source += region.source_begin;
        link.target += region.target_begin;
    }
    return path;
}

} // namespace tandem::align::detail
