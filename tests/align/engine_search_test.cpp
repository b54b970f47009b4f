// SPDX-License-Identifier: GPL-3.0-or-later
// The corridor dynamic programme on synthetic costs.
#include "align/corridor_search.hpp"

#include <tandem/error.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <set>

namespace {

using namespace tandem::align::detail;

/// Costs of a known alignment: cheap along `truth`, expensive elsewhere.
class KnownPath final : public MoveCosts {
public:
    explicit KnownPath(std::vector<PathLink> truth) {
        for (const auto& link : truth) {
            m_good.insert({link.source + link.move.source, link.target + link.move.target,
                           link.move.source, link.move.target});
        }
    }
    [[nodiscard]] double cost(std::uint32_t i, std::uint32_t j, Move move) const override {
        return m_good.contains({i, j, move.source, move.target}) ? 0.1 : 5.0;
    }

private:
    std::set<std::tuple<std::uint32_t, std::uint32_t, unsigned, unsigned>> m_good;
};

std::vector<PathLink> truth() {
    return {{0, 0, {1, 1}, 1}, {1, 1, {2, 1}, 1}, {3, 2, {1, 0}, 1}, {4, 2, {1, 1}, 1},
            {5, 3, {0, 1}, 1}, {5, 4, {1, 2}, 1}, {6, 6, {1, 1}, 1}};
}

bool same_links(const std::vector<PathLink>& a, const std::vector<PathLink>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (a[k].source != b[k].source || a[k].target != b[k].target ||
            a[k].move.source != b[k].move.source || a[k].move.target != b[k].move.target) {
            return false;
        }
    }
    return true;
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_search)

BOOST_AUTO_TEST_CASE(full_grid_finds_the_known_path) {
    const KnownPath costs(truth());
    const auto path = search_corridor(7, 7, Corridor::full(7, 7), link_moves(2), costs, true, {});
    BOOST_TEST(same_links(path, truth()));
    for (const auto& link : path) {
        BOOST_TEST(link.posterior > 0.5);
        BOOST_TEST(link.posterior <= 1.0);
    }
}

BOOST_AUTO_TEST_CASE(ambiguous_links_get_low_posteriors) {
    // Every path costs the same: no link is sure.
    class Flat final : public MoveCosts {
    public:
        [[nodiscard]] double cost(std::uint32_t, std::uint32_t, Move) const override { return 1.0; }
    };
    const auto path = search_corridor(6, 6, Corridor::full(6, 6), link_moves(2), Flat{}, true, {});
    for (const auto& link : path) {
        BOOST_TEST(link.posterior < 0.5);
    }
}

BOOST_AUTO_TEST_CASE(refined_corridor_contains_the_path_and_is_narrow) {
    std::vector<PathLink> coarse;
    for (std::uint32_t k = 0; k < 500; ++k) {
        coarse.push_back({k, k, {1, 1}, 1});
    }
    const auto corridor = refine_corridor(coarse, 1000, 1000, 5);
    BOOST_TEST(corridor.low[0] == 0U);
    BOOST_TEST(corridor.high[1000] == 1000U);
    for (std::uint32_t i = 0; i <= 1000; ++i) {
        BOOST_TEST((corridor.low[i] <= i && i <= corridor.high[i]));
    }
    BOOST_TEST(corridor.cells() < 1001U * 30U);
}

BOOST_AUTO_TEST_CASE(search_inside_a_corridor_matches_the_full_grid) {
    const KnownPath costs(truth());
    const auto full = search_corridor(7, 7, Corridor::full(7, 7), link_moves(2), costs, false, {});
    const auto narrow = search_corridor(7, 7, refine_corridor({{0, 0, {4, 4}, 1}}, 7, 7, 1),
                                        link_moves(2), costs, false, {});
    BOOST_TEST(same_links(full, narrow));
}

BOOST_AUTO_TEST_CASE(a_best_path_on_the_side_of_a_narrow_corridor_is_noticed) {
    // A guide on the diagonal of 7 × 7 sentences, two sentences either side of it.
    std::vector<PathBox> guide;
    for (std::uint32_t k = 0; k < 7; ++k) {
        guide.push_back({k, k + 1, k, k + 1});
    }
    const auto corridor = corridor_around(guide, 7, 7, 2);
    BOOST_TEST(corridor.cells() < 8U * 8U);
    const KnownPath costs(truth()); // leaves the diagonal by two sentences at most
    const auto near = search_corridor(7, 7, corridor, link_moves(2), costs, false, {});
    BOOST_TEST(same_links(near, truth()));
    BOOST_TEST(!reaches_corridor_side(near, corridor, 7));
    // Three target sentences first, then a 6-3 link: the path is pressed against the side.
    const std::vector<PathLink> away{{0, 0, {0, 1}, 1}, {0, 1, {0, 1}, 1}, {0, 2, {0, 1}, 1},
                                     {0, 3, {1, 1}, 1}, {1, 4, {6, 3}, 1}};
    const auto pressed = search_corridor(7, 7, corridor, link_moves(2), KnownPath(away), false, {});
    BOOST_TEST(!same_links(pressed, away));
    BOOST_TEST(reaches_corridor_side(pressed, corridor, 7));
}

BOOST_AUTO_TEST_CASE(moves_cover_gaps_and_merges) {
    const auto moves = link_moves(3);
    BOOST_TEST(moves.size() == 11U);
}

BOOST_AUTO_TEST_CASE(cancelled_search_throws) {
    std::stop_source stop;
    stop.request_stop();
    const KnownPath costs(truth());
    BOOST_CHECK_THROW((void)search_corridor(7, 7, Corridor::full(7, 7), link_moves(2), costs, true,
                                            stop.get_token()),
                      tandem::Cancelled);
}

BOOST_AUTO_TEST_SUITE_END()
