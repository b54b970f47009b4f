// SPDX-License-Identifier: GPL-3.0-or-later
// The engine as callers use it: omissions, interpretations, fixed links, threads, cancellation,
// progress, confidence and explanations.
#include "../shortened_pair.hpp"
#include "engine_gold.hpp"

#include <tandem/align/explain.hpp>
#include <tandem/error.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <set>

namespace {

using tandem::align::Alignment;
using tandem::align::Bitext;

const tandem::test::GoldSet& dtm() {
    static const auto sets = tandem::test::gold_sets();
    return sets[2];
}

Bitext dtm_bitext() {
    const auto& pair = dtm().pairs.front();
    return {tandem::test::load_segmented(pair.source, "hu"), tandem::test::load_segmented(pair.target, "en")};
}

Bitext lines(const std::string& source, const std::string& target) {
    return {tandem::text::segment_lines(source, "en", "source"),
            tandem::text::segment_lines(target, "de", "target")};
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_aligner)

BOOST_AUTO_TEST_CASE(omitted_sentence_becomes_a_gap) {
    const auto bitext = lines(
        "The expedition left Kathmandu on 3 March 1956.\nIt was led by Albert Eggler.\n"
        "Nobody expected the weather to change so quickly that spring.\n"
        "On 18 May they reached the summit of Lhotse.\nThe descent took four days.\n",
        "Die Expedition verließ Kathmandu am 3. März 1956.\nSie wurde von Albert Eggler geleitet.\n"
        "Am 18. Mai erreichten sie den Gipfel des Lhotse.\nDer Abstieg dauerte vier Tage.\n");
    const auto alignment = tandem::align::align(bitext);
    BOOST_TEST(!tandem::align::check_invariants(alignment, 5, 4).has_value());
    bool gap_found = false;
    for (const auto& link : alignment.links) {
        if (link.source == tandem::align::Span{2, 3} && link.target.empty()) {
            gap_found = true;
        }
    }
    BOOST_TEST(gap_found);
}

BOOST_AUTO_TEST_CASE(interpretation_forty_percent_shorter_keeps_dropped_sentences_as_gaps) {
    // The dtm pair with a target 40 % shorter, as an interpretation is.
    const auto shortened =
        tandem::test::shorten(dtm_bitext(), tandem::formats::read_beads(dtm().pairs.front().links));
    const auto& bitext = shortened.bitext;
    const auto& orphaned = shortened.orphans;
    BOOST_TEST(bitext.target.size() < 0.7 * static_cast<double>(bitext.source.size()));
    const auto alignment = tandem::align::align(bitext);
    BOOST_TEST(!tandem::align::check_invariants(alignment, bitext.source.size(), bitext.target.size()).has_value());
    std::size_t found = 0;
    for (const auto& link : alignment.links) {
        if (link.target.empty() && link.source.size() == 1 && orphaned.contains(link.source.begin)) {
            ++found;
        }
    }
    const double share = static_cast<double>(found) / static_cast<double>(orphaned.size());
    BOOST_TEST_MESSAGE("dropped sentences found as 1-0 links: " << share);
    BOOST_TEST(share >= 0.90);
}

BOOST_AUTO_TEST_CASE(interpretation_gets_the_length_ratio_of_its_translation) {
    // The dtm target without 40 % of its sentences has 34 % fewer characters, but what is left
    // is translated as before: the engine's length ratio should say so (the first pass, misled by
    // the character totals, gives 0.99 against the full pair's 1.03).
    const auto bitext = dtm_bitext();
    const auto shortened =
        tandem::test::shorten(bitext, tandem::formats::read_beads(dtm().pairs.front().links));
    const tandem::align::AlignmentContext full(bitext, {});
    const tandem::align::AlignmentContext interpretation(shortened.bitext, {});
    const double full_ratio = full.summary().length_ratio;
    const double ratio = interpretation.summary().length_ratio;
    BOOST_TEST_MESSAGE("length ratio " << ratio << ", unshortened " << full_ratio);
    BOOST_TEST(std::abs(std::log(ratio / full_ratio)) < 0.02);
}

BOOST_AUTO_TEST_CASE(fixed_links_are_kept_and_split_the_search) {
    const auto bitext = dtm_bitext();
    tandem::align::AlignOptions options;
    tandem::align::Link fixed;
    fixed.source = {100, 101};
    fixed.target = {103, 105};
    fixed.status = tandem::align::LinkStatus::confirmed;
    options.fixed_links = {fixed};
    const auto alignment = tandem::align::align(bitext, options);
    BOOST_TEST(!tandem::align::check_invariants(alignment, bitext.source.size(), bitext.target.size()).has_value());
    std::size_t kept = 0;
    for (const auto& link : alignment.links) {
        kept += link == fixed ? 1U : 0U;
    }
    BOOST_TEST(kept == 1U);
}

BOOST_AUTO_TEST_CASE(crossing_fixed_links_are_refused) {
    const auto bitext = lines("One.\nTwo.\nThree.\n", "Eins.\nZwei.\nDrei.\n");
    tandem::align::AlignOptions options;
    options.fixed_links = {{{2, 3}, {0, 1}}, {{0, 1}, {2, 3}}};
    BOOST_CHECK_THROW((void)tandem::align::align(bitext, options), tandem::Error);
}

BOOST_AUTO_TEST_CASE(same_result_with_any_number_of_threads) {
    const auto bitext = dtm_bitext();
    tandem::align::AlignOptions one;
    one.threads = 1;
    tandem::align::AlignOptions four;
    four.threads = 4;
    BOOST_TEST((tandem::align::align(bitext, one).links == tandem::align::align(bitext, four).links));
}

BOOST_AUTO_TEST_CASE(cancelled_from_the_progress_callback) {
    const auto bitext = dtm_bitext();
    std::stop_source stop;
    std::set<std::string> stages;
    const auto progress = [&](const tandem::align::Progress& step) {
        stages.emplace(step.stage);
        if (step.stage == "aligning") {
            stop.request_stop();
        }
    };
    BOOST_CHECK_THROW((void)tandem::align::align(bitext, {}, stop.get_token(), progress), tandem::Cancelled);
    BOOST_TEST(stages.contains("analysing"));
}

BOOST_AUTO_TEST_CASE(progress_runs_through_named_stages) {
    const auto bitext = lines("One.\nTwo.\n", "Eins.\nZwei.\n");
    std::vector<std::string> stages;
    double last = 0.0;
    bool ordered = true;
    (void)tandem::align::align(bitext, {}, {}, [&](const tandem::align::Progress& step) {
        stages.emplace_back(step.stage);
        ordered = ordered && step.fraction >= last;
        last = step.fraction;
    });
    BOOST_TEST(ordered);
    BOOST_TEST(last == 1.0);
    BOOST_TEST(stages.size() >= 4U);
}

BOOST_AUTO_TEST_CASE(confidence_separates_right_from_wrong_links) {
    // Text+Berg has enough wrong links to compare (dtm has about ten).
    const auto sets = tandem::test::gold_sets();
    const auto& set = sets.front();
    const auto& pair = set.pairs.front();
    const Bitext bitext{tandem::test::load_segmented(pair.source, set.source_language),
                        tandem::test::load_segmented(pair.target, set.target_language)};
    const auto alignment = tandem::align::align(bitext);
    std::set<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> gold_links;
    for (const auto& link : tandem::formats::read_beads(pair.links)) {
        gold_links.emplace(link.source, link.target);
    }
    const auto produced = tandem::formats::to_index_links(alignment);
    double right = 0.0;
    double wrong = 0.0;
    std::size_t right_count = 0;
    std::size_t sure = 0;
    std::size_t sure_right = 0;
    for (std::size_t k = 0; k < produced.size(); ++k) {
        const bool correct = gold_links.contains({produced[k].source, produced[k].target});
        const double confidence = alignment.links[k].confidence;
        (correct ? right : wrong) += confidence;
        right_count += correct ? 1U : 0U;
        if (confidence >= 0.9) {
            ++sure;
            sure_right += correct ? 1U : 0U;
        }
    }
    const auto wrong_count = produced.size() - right_count;
    BOOST_REQUIRE(right_count > 0U);
    BOOST_REQUIRE(wrong_count > 0U);
    BOOST_TEST(right / static_cast<double>(right_count) > wrong / static_cast<double>(wrong_count) + 0.08);
    BOOST_REQUIRE(sure > 0U);
    BOOST_TEST(static_cast<double>(sure_right) / static_cast<double>(sure) >= 0.88);
}

BOOST_AUTO_TEST_CASE(explanations_add_up) {
    const auto bitext = lines("The summit is 8848 metres high?\nNobody knows.\n",
                              "Der Gipfel ist 8848 Meter hoch?\nNiemand weiß es.\n");
    const auto explained = tandem::align::align_explained(bitext);
    BOOST_TEST((explained.alignment.links == tandem::align::align(bitext).links));
    BOOST_REQUIRE(explained.links.size() == explained.alignment.links.size());
    bool number_seen = false;
    for (const auto& link : explained.links) {
        double sum = 0.0;
        for (const auto& signal : link.signals) {
            sum += signal.cost;
            number_seen = number_seen || (signal.name == "number" && signal.cost < 0.0);
        }
        BOOST_TEST(sum == link.cost, boost::test_tools::tolerance(1e-9));
    }
    BOOST_TEST(number_seen);
    BOOST_TEST(explained.summary.skip_cost > 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
