// SPDX-License-Identifier: GPL-3.0-or-later
// Quality regression: strict F1 of the engine on the development gold sets must not fall below
// the figures it reached when these thresholds were set (docs/benchmarks.md has the current ones).
#include "engine_gold.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <map>

namespace {

struct Threshold {
    double strict_f1;
    double lax_f1;
};

const std::map<std::string, Threshold> thresholds{
    {"textberg-dev-de-fr", {0.845, 0.975}},
    {"1984-ro-en", {0.97, 0.99}},
    {"dtm-hu-en", {0.98, 0.995}},
    {"mac-dev-zh-en", {0.775, 0.945}},
};

} // namespace

BOOST_AUTO_TEST_SUITE(engine_quality)

BOOST_DATA_TEST_CASE(strict_f1_reaches_threshold, boost::unit_test::data::make(tandem::test::gold_sets()),
                     set) {
    const auto scores = tandem::test::score_set(set);
    const auto& threshold = thresholds.at(set.name);
    BOOST_TEST_MESSAGE(set.name << ": strict F1 " << scores.strict_f1 << ", lax F1 " << scores.lax_f1);
    BOOST_TEST(scores.strict_f1 >= threshold.strict_f1, set.name << " strict F1 " << scores.strict_f1);
    BOOST_TEST(scores.lax_f1 >= threshold.lax_f1, set.name << " lax F1 " << scores.lax_f1);
}

BOOST_AUTO_TEST_CASE(learned_lexicon_does_not_hurt_short_documents) {
    // hunalign's realign loses 1–3 points on short documents; ours must not lose any.
    for (const auto& set : tandem::test::gold_sets()) {
        if (set.name != "dtm-hu-en" && set.name != "textberg-dev-de-fr") {
            continue;
        }
        tandem::align::AlignOptions without;
        without.learn_lexicon = false;
        const auto with_learning = tandem::test::score_set(set).strict_f1;
        const auto without_learning = tandem::test::score_set(set, without).strict_f1;
        BOOST_TEST(with_learning >= without_learning - 0.005, set.name);
    }
}

BOOST_AUTO_TEST_SUITE_END()
