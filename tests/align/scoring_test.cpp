// SPDX-License-Identifier: GPL-3.0-or-later
// Figures computed by hand from the definitions in shared/data/README.md.
#include <tandem/align/scoring.hpp>

#include <boost/test/unit_test.hpp>

namespace {
using tandem::align::IndexLink;
}

BOOST_AUTO_TEST_SUITE(scoring)

BOOST_AUTO_TEST_CASE(perfect_alignment) {
    const std::vector<IndexLink> gold{{{0}, {0}}, {{1, 2}, {1}}, {{3}, {}}};
    const auto counts = tandem::align::count_matches(gold, gold);
    const auto scores = tandem::align::compute_scores(counts);
    BOOST_TEST(counts.produced == 3U);
    BOOST_TEST(counts.gold == 2U); // the 1-0 link is not in the recall denominator
    BOOST_TEST(scores.strict_f1 == 1.0);
    BOOST_TEST(scores.lax_f1 == 1.0);
}

BOOST_AUTO_TEST_CASE(hand_computed_strict_and_lax) {
    // gold: 0-0, (1,2)-1, 3-2, 4-()
    const std::vector<IndexLink> gold{{{0}, {0}}, {{1, 2}, {1}}, {{3}, {2}}, {{4}, {}}};
    // test: 0-0 (strict), 1-1 (lax only), 2-() (wrong: null link not in gold), 3-2 (strict),
    //       4-3?? no: ()-3 would be an addition not in gold (wrong), 4-() (strict)
    const std::vector<IndexLink> test{{{0}, {0}}, {{1}, {1}}, {{2}, {}}, {{3}, {2}}, {{4}, {}}};
    const auto counts = tandem::align::count_matches(gold, test);
    BOOST_TEST(counts.produced == 5U);
    BOOST_TEST(counts.produced_strict == 3U);
    BOOST_TEST(counts.produced_lax == 4U);
    BOOST_TEST(counts.gold == 3U);
    BOOST_TEST(counts.gold_strict == 2U);
    BOOST_TEST(counts.gold_lax == 3U);
    const auto scores = tandem::align::compute_scores(counts);
    BOOST_TEST(scores.strict_precision == 0.6, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scores.strict_recall == 2.0 / 3.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scores.strict_f1 == 2 * 0.6 * (2.0 / 3) / (0.6 + 2.0 / 3), boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scores.lax_precision == 0.8, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scores.lax_recall == 1.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(counts_sum_over_documents) {
    const std::vector<IndexLink> gold{{{0}, {0}}};
    const std::vector<IndexLink> wrong{{{0}, {}}, {{}, {0}}};
    auto counts = tandem::align::count_matches(gold, gold);
    counts += tandem::align::count_matches(gold, wrong);
    const auto scores = tandem::align::compute_scores(counts);
    BOOST_TEST(counts.produced == 3U);
    BOOST_TEST(scores.strict_precision == 1.0 / 3.0, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(scores.strict_recall == 0.5, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(nothing_produced_scores_zero) {
    const auto scores = tandem::align::compute_scores({});
    BOOST_TEST(scores.strict_f1 == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
