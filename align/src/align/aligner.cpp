// SPDX-License-Identifier: GPL-3.0-or-later
// Dynamic programming over link types (Gale & Church 1993), restricted to a band around the
// diagonal so memory grows with n·band rather than n·m.
#include <tandem/align/aligner.hpp>

#include <tandem/align/gale_church.hpp>
#include <tandem/error.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tandem::align {
namespace {

constexpr double infinite_cost = std::numeric_limits<double>::infinity();

/// −log prior of a link type (Gale & Church 1993, table 5), spread to larger links.
double type_penalty(std::uint32_t source, std::uint32_t target) {
    if (source == 1 && target == 1) {
        return -std::log(0.89);
    }
    if (source == 0 || target == 0) {
        return -std::log(0.0099 / 2.0);
    }
    if ((source == 2 && target == 1) || (source == 1 && target == 2)) {
        return -std::log(0.089 / 2.0);
    }
    if (source == 2 && target == 2) {
        return -std::log(0.011);
    }
    return -std::log(0.001);
}

std::vector<double> prefix_lengths(const text::Document& document) {
    std::vector<double> prefix(document.size() + 1, 0.0);
    for (std::size_t i = 0; i < document.size(); ++i) {
        prefix[i + 1] =
            prefix[i] + static_cast<double>(text::count_code_points(document.sentences[i].text));
    }
    return prefix;
}

struct Cell {
    double cost = infinite_cost;
    std::uint8_t source_step = 0;
    std::uint8_t target_step = 0;
};

/// A band of DP cells: row i keeps columns [first[i], first[i] + width).
class Band {
public:
    Band(std::size_t rows, std::size_t columns, std::size_t width)
        : m_columns(columns), m_width(std::min(width, columns + 1)), m_first(rows + 1),
          m_cells((rows + 1) * m_width) {
        for (std::size_t i = 0; i <= rows; ++i) {
            const double centre = rows == 0 ? 0.0
                                            : static_cast<double>(i) * static_cast<double>(columns) /
                                                  static_cast<double>(rows);
            const auto half = static_cast<double>(m_width / 2);
            const double lowest = std::clamp(centre - half, 0.0,
                                             static_cast<double>(columns + 1 - m_width));
            m_first[i] = static_cast<std::size_t>(lowest);
        }
    }
    Cell* at(std::size_t i, std::size_t j) {
        if (j < m_first[i] || j >= m_first[i] + m_width || j > m_columns) {
            return nullptr;
        }
        return &m_cells[i * m_width + (j - m_first[i])];
    }
    [[nodiscard]] std::size_t first(std::size_t i) const { return m_first[i]; }
    [[nodiscard]] std::size_t last(std::size_t i) const {
        return std::min(m_first[i] + m_width, m_columns + 1);
    }

private:
    std::size_t m_columns;
    std::size_t m_width;
    std::vector<std::size_t> m_first;
    std::vector<Cell> m_cells;
};

} // namespace

Alignment align(const Bitext& bitext, const AlignOptions& options, std::stop_token stop,
                const ProgressCallback& progress) {
    const std::size_t n = bitext.source.size();
    const std::size_t m = bitext.target.size();
    const unsigned max_link = std::clamp(options.max_link, 1U, 4U);
    const auto source_prefix = prefix_lengths(bitext.source);
    const auto target_prefix = prefix_lengths(bitext.target);
    const LengthModel model = estimate_length_model(static_cast<std::size_t>(source_prefix.back()),
                                                    static_cast<std::size_t>(target_prefix.back()));

    const std::size_t difference = n > m ? n - m : m - n;
    const std::size_t width = 2 * (difference + 60 + std::max(n, m) / 20) + 1;
    Band band(n, m, width);
    band.at(0, 0)->cost = 0.0;
    for (std::size_t i = 0; i <= n; ++i) {
        if (stop.stop_requested()) {
            throw Cancelled();
        }
        if (progress && (i % 1024 == 0)) {
            progress({"aligning", static_cast<double>(i) / static_cast<double>(n + 1)});
        }
        for (std::size_t j = band.first(i); j < band.last(i); ++j) {
            Cell* cell = band.at(i, j);
            for (unsigned a = 0; a <= max_link && a <= i; ++a) {
                for (unsigned b = 0; b <= max_link && b <= j; ++b) {
                    if ((a == 0 && b == 0) || ((a == 0 || b == 0) && a + b > 1)) {
                        continue;
                    }
                    const Cell* from = band.at(i - a, j - b);
                    if (from == nullptr || from->cost == infinite_cost) {
                        continue;
                    }
                    const double source_chars = source_prefix[i] - source_prefix[i - a];
                    const double target_chars = target_prefix[j] - target_prefix[j - b];
                    const double cost = from->cost + type_penalty(a, b) +
                                        length_cost(model, source_chars, target_chars);
                    if (cost < cell->cost) {
                        *cell = {cost, static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b)};
                    }
                }
            }
        }
    }

    const Cell* end = band.at(n, m);
    if (end == nullptr || end->cost == infinite_cost) {
        throw Error(ErrorCode::internal, "no alignment path found");
    }
    Alignment result;
    for (std::size_t i = n, j = m; i > 0 || j > 0;) {
        const Cell* cell = band.at(i, j);
        const auto a = cell->source_step;
        const auto b = cell->target_step;
        Link link;
        link.source = {static_cast<SentenceIndex>(i - a), static_cast<SentenceIndex>(i)};
        link.target = {static_cast<SentenceIndex>(j - b), static_cast<SentenceIndex>(j)};
        const double local = cell->cost - band.at(i - a, j - b)->cost - type_penalty(a, b);
        link.confidence = std::clamp(std::exp(-local), 0.0, 1.0);
        result.links.push_back(link);
        i -= a;
        j -= b;
    }
    std::reverse(result.links.begin(), result.links.end());
    if (progress) {
        progress({"aligning", 1.0});
    }
    return result;
}

} // namespace tandem::align
