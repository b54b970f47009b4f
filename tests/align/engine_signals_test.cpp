// SPDX-License-Identifier: GPL-3.0-or-later
// The scorers behind a link's cost, each on its own.
#include "align/lexical_bags.hpp"
#include "align/link_scorer.hpp"
#include "align/sentence_words.hpp"

#include <tandem/align/gale_church.hpp>
#include <tandem/lexicon/dictionary.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <array>
#include <string>
#include <vector>

namespace {

using namespace tandem::align::detail;

SentenceWords words(const std::string& lines, const std::string& language) {
    return analyse_words(tandem::text::segment_lines(lines, language, language), {});
}

/// Words number @p first … @p first + @p count − 1, each five letters (too short to count as a
/// cognate of another): `qaaax qaabx …`.
std::string numbered_words(int first, int count) {
    std::string result;
    for (int n = first; n < first + count; ++n) {
        result += result.empty() ? "q" : " q";
        for (int place = 26 * 26; place > 0; place /= 26) {
            result += static_cast<char>('a' + (n / place) % 26);
        }
        result += 'x';
    }
    return result;
}

/// A first pass of 400 links in which every fourth source sentence is left out (a 1-0 link).
std::vector<tandem::align::Link> pass_leaving_out_every_fourth_source() {
    std::vector<tandem::align::Link> pass;
    for (std::uint32_t k = 0; k < 400; ++k) {
        tandem::align::Link link;
        link.source = {k, k + 1};
        link.target = k % 4 == 0 ? tandem::align::Span{k, k} : tandem::align::Span{k, k + 1};
        pass.push_back(link);
    }
    return pass;
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_signals)

BOOST_AUTO_TEST_CASE(length_cost_is_lowest_at_the_expected_ratio) {
    const tandem::align::LengthModel model{0.5, 6.8};
    const double at_ratio = tandem::align::length_cost(model, 100, 50);
    BOOST_TEST(at_ratio < 0.01);
    BOOST_TEST(tandem::align::length_cost(model, 100, 80) > at_ratio + 1.0);
    BOOST_TEST(tandem::align::length_cost(model, 100, 20) > at_ratio + 1.0);
}

BOOST_AUTO_TEST_CASE(length_model_fitted_from_links) {
    std::vector<std::pair<double, double>> linked;
    for (int k = 0; k < 40; ++k) {
        const double source = 20.0 + k;
        linked.emplace_back(source, 2.5 * source + (k % 2 == 0 ? 3.0 : -3.0));
    }
    const auto model = tandem::align::fit_length_model(linked, {1.0, 6.8});
    BOOST_TEST(model.ratio == 2.5, boost::test_tools::tolerance(0.01));
    const auto too_few = tandem::align::fit_length_model({{10.0, 30.0}}, {1.0, 6.8});
    BOOST_TEST(too_few.ratio == 1.0);
}

BOOST_AUTO_TEST_CASE(sentence_words_fold_stem_and_mark) {
    const auto analysed = words("Die Berge?\nDie BERGE!\n10,000 Leute\n", "de");
    BOOST_REQUIRE(analysed.size() == 3U);
    BOOST_TEST((analysed.marks[0] & mark_question) != 0);
    BOOST_TEST((analysed.marks[1] & mark_exclamation) != 0);
    // `Berge` and `BERGE` are one folded type; `10,000` is the number 10000.
    BOOST_TEST(analysed.starts[1] - analysed.starts[0] == 2U);
    bool found_number = false;
    for (const auto& type : analysed.types) {
        found_number = found_number || (type.number && type.folded == "10000");
    }
    BOOST_TEST(found_number);
}

BOOST_AUTO_TEST_CASE(bags_share_numbers_names_cognates_and_dictionary_words) {
    const auto source = words("Der Berg ist 8848 Meter hoch.\nDyhrenfurth leitete die Expedition.\nGanz anders.\n", "de");
    const auto target = words("La montagne mesure 8848 mètres.\nDyhrenfurth dirigea l'expédition.\nRien à voir.\n", "fr");
    tandem::lexicon::Dictionary dictionary;
    dictionary.add("Berg", "montagne");
    auto table = empty_translation_table(source);
    add_dictionary(table, dictionary, source, "de", target, "fr");
    const LexicalBags bags(source, target, table);
    const auto first = bags.matched_by_kind(0, 0);
    BOOST_TEST(first[static_cast<std::size_t>(Evidence::number)] > 0.0);
    BOOST_TEST(first[static_cast<std::size_t>(Evidence::dictionary)] > 0.0);
    const auto second = bags.matched_by_kind(1, 1);
    BOOST_TEST(second[static_cast<std::size_t>(Evidence::identical)] > 0.0);
    BOOST_TEST(bags.matched(0, 0) > bags.matched(0, 1));
    BOOST_TEST(bags.matched(1, 1) > bags.matched(1, 0));
    BOOST_TEST(bags.matched(2, 2) == 0.0);
    BOOST_TEST(!bags.rare_matches().empty());
}

BOOST_AUTO_TEST_CASE(a_row_of_matches_equals_each_pair_matched_alone) {
    const auto source = words("Der Berg ist 8848 Meter hoch.\nDyhrenfurth leitete die Expedition.\n"
                              "Ganz anders.\nDer Berg und Dyhrenfurth, 8848 Meter.\n", "de");
    const auto target = words("La montagne mesure 8848 mètres.\nDyhrenfurth dirigea l'expédition.\n"
                              "Rien à voir.\nLa montagne de Dyhrenfurth.\n", "fr");
    tandem::lexicon::Dictionary dictionary;
    dictionary.add("Berg", "montagne");
    auto table = empty_translation_table(source);
    add_dictionary(table, dictionary, source, "de", target, "fr");
    const LexicalBags bags(source, target, table);
    std::vector<float> scratch;
    double total = 0.0;
    for (std::uint32_t s = 0; s < source.size(); ++s) {
        for (std::uint32_t first = 0; first < target.size(); ++first) {
            std::vector<float> row(target.size() - first, -1.0F);
            bags.matched_row(s, first, row, scratch);
            for (std::uint32_t k = 0; k < row.size(); ++k) {
                // Bit for bit: the search reads these sums in place of matched()'s.
                BOOST_TEST(row[k] == static_cast<float>(bags.matched(s, first + k)));
                total += row[k];
            }
        }
    }
    BOOST_TEST(total > 0.0);
}

BOOST_AUTO_TEST_CASE(learned_pairs_count_as_learned) {
    const auto source = words("alpha\n", "und");
    const auto target = words("beta\n", "und");
    auto table = empty_translation_table(source);
    add_learned(table, {{source.types[0].stem, target.types[0].stem}});
    const LexicalBags bags(source, target, table);
    BOOST_TEST(bags.matched_by_kind(0, 0)[static_cast<std::size_t>(Evidence::learned)] > 0.0);
}

BOOST_AUTO_TEST_CASE(scorer_prefers_translations_and_agreeing_marks) {
    const auto source = words("Wie hoch ist der Mount Everest?\nDie Expedition begann im Mai 1956.\n", "de");
    const auto target = words("Quelle est la hauteur du Mount Everest ?\nL'expédition commença en mai 1956.\n", "fr");
    const LexicalBags bags(source, target, empty_translation_table(source));
    const LinkScorer scorer(source, target, &bags, {1.0, 6.8});
    const auto right = scorer.cost(0, 1, 0, 1, bags.matched(0, 0));
    const auto wrong = scorer.cost(0, 1, 1, 1, bags.matched(0, 1));
    BOOST_TEST(right.total() < wrong.total());
    BOOST_TEST(right.lexical < 0.0);
    BOOST_TEST(right.structure < 0.0);
    BOOST_TEST(wrong.structure > 0.0);
    BOOST_TEST(link_type_prior(1, 1) < link_type_prior(2, 1));
    BOOST_TEST(link_type_prior(2, 1) < link_type_prior(3, 3));
}

BOOST_AUTO_TEST_CASE(skip_cost_is_calibrated_from_random_pairs) {
    std::string source_lines;
    std::string target_lines;
    for (int k = 0; k < 50; ++k) {
        source_lines += std::string(static_cast<std::size_t>(10 + (k * 7) % 60), 'a') + "\n";
        target_lines += std::string(static_cast<std::size_t>(10 + (k * 7) % 60), 'b') + "\n";
    }
    const auto source = words(source_lines, "en");
    const auto target = words(target_lines, "en");
    LinkScorer scorer(source, target, nullptr, {1.0, 6.8});
    scorer.calibrate_skip(0.5);
    const double calibrated = scorer.skip_cost();
    BOOST_TEST(calibrated >= 1.0);
    // A perfect 1-1 link is cheaper than leaving both sentences out.
    BOOST_TEST(scorer.cost(0, 1, 0, 1, 0.0).total() < 2.0 * calibrated);
    BOOST_TEST(scorer.source_skip_cost() == calibrated);
    BOOST_TEST(scorer.target_skip_cost() == calibrated);
}

BOOST_AUTO_TEST_CASE(gap_rates_lower_the_skip_cost_only_where_a_first_pass_left_many_out) {
    std::string lines_text;
    for (int k = 0; k < 50; ++k) {
        lines_text += std::string(static_cast<std::size_t>(10 + (k * 7) % 60), 'a') + "\n";
    }
    const auto source = words(lines_text, "en");
    const auto target = words(lines_text, "en");
    LinkScorer scorer(source, target, nullptr, {1.0, 6.8});
    scorer.calibrate_skip(0.5);
    const double calibrated = scorer.skip_cost();
    // A first pass of 400 links: 300 1-1, 100 source sentences left out, 2 target sentences.
    auto first_pass = pass_leaving_out_every_fourth_source();
    first_pass[1].source = {1, 1};
    first_pass[2].source = {2, 2};
    scorer.fit_gap_rates(first_pass);
    BOOST_TEST(scorer.source_skip_cost() < calibrated - 0.5);
    // Two gaps in 400 links are fewer than a free translation leaves out: no change.
    BOOST_TEST(scorer.target_skip_cost() == calibrated);
    BOOST_TEST(scorer.skip_cost() == calibrated);
}

BOOST_AUTO_TEST_CASE(gap_rates_count_what_the_total_lengths_leave_out) {
    // The target renders the first 30 of 50 source sentences; a first pass hid the other 20 in
    // a merge and left nothing out.
    std::string source_lines;
    std::string target_lines;
    for (int k = 0; k < 50; ++k) {
        const auto line = std::string(static_cast<std::size_t>(10 + (k * 7) % 60), 'a') + "\n";
        source_lines += line;
        target_lines += k < 30 ? line : "";
    }
    const auto source = words(source_lines, "en");
    const auto target = words(target_lines, "en");
    std::vector<tandem::align::Link> first_pass;
    for (std::uint32_t k = 0; k < 30; ++k) {
        tandem::align::Link link;
        link.source = {k, k == 29 ? 50U : k + 1};
        link.target = {k, k + 1};
        first_pass.push_back(link);
    }
    // Its links show a ratio of 1: the target's total length leaves 40 % of the source out.
    LinkScorer fitted(source, target, nullptr, {1.0, 6.8});
    fitted.calibrate_skip(0.5);
    fitted.fit_gap_rates(first_pass);
    BOOST_TEST(fitted.source_skip_cost() < fitted.skip_cost() - 0.5);
    BOOST_TEST(fitted.target_skip_cost() == fitted.skip_cost());
    // At the ratio of the totals the lengths explain everything, and the pass found no gap.
    double source_total = 0.0;
    double target_total = 0.0;
    for (const double c : source.characters) {
        source_total += c;
    }
    for (const double c : target.characters) {
        target_total += c;
    }
    LinkScorer at_totals(source, target, nullptr, {target_total / source_total, 6.8});
    at_totals.calibrate_skip(0.5);
    at_totals.fit_gap_rates(first_pass);
    BOOST_TEST(at_totals.source_skip_cost() == at_totals.skip_cost());
    BOOST_TEST(at_totals.target_skip_cost() == at_totals.skip_cost());
}

BOOST_AUTO_TEST_CASE(merge_rate_falls_only_where_the_source_leaves_sentences_out) {
    // 400 source sentences of four words in groups of four. Hidden: the target leaves the first
    // of each group out and renders the others one by one; a first pass merged the omitted
    // sentence into the next one's link. Merged: the target renders the first two of each group
    // as one sentence, leaves the third out and renders the fourth; a first pass found that.
    std::string source_lines;
    std::string hidden_lines;
    std::string merged_lines;
    std::vector<tandem::align::Link> hidden_pass;
    std::vector<tandem::align::Link> merged_pass;
    const auto link = [](std::uint32_t s, std::uint32_t a, std::uint32_t t, std::uint32_t b) {
        tandem::align::Link result;
        result.source = {s, s + a};
        result.target = {t, t + b};
        return result;
    };
    for (std::uint32_t g = 0; g < 100; ++g) {
        const int first = 16 * static_cast<int>(g);
        const auto s = 4 * g;
        for (int k = 0; k < 4; ++k) {
            source_lines += numbered_words(first + 4 * k, 4) + "\n";
        }
        for (int k = 1; k < 4; ++k) {
            hidden_lines += numbered_words(first + 4 * k, 4) + "\n";
        }
        hidden_pass.push_back(link(s, 2, 3 * g, 1));
        hidden_pass.push_back(link(s + 2, 1, 3 * g + 1, 1));
        hidden_pass.push_back(link(s + 3, 1, 3 * g + 2, 1));
        merged_lines += numbered_words(first, 8) + "\n" + numbered_words(first + 12, 4) + "\n";
        merged_pass.push_back(link(s, 2, 2 * g, 1));
        merged_pass.push_back(link(s + 2, 1, 2 * g + 1, 0));
        merged_pass.push_back(link(s + 3, 1, 2 * g + 1, 1));
    }
    const auto source = words(source_lines, "en");
    const auto hidden = words(hidden_lines, "en");
    const auto merged = words(merged_lines, "en");
    const LexicalBags hidden_bags(source, hidden, empty_translation_table(source));
    const LexicalBags merged_bags(source, merged, empty_translation_table(source));
    // The hidden pass's links show a ratio of 1: the target's length leaves a quarter out.
    LinkScorer fitted(source, hidden, &hidden_bags, {1.0, 6.8});
    fitted.calibrate_skip(0.5);
    fitted.fit_gap_rates(hidden_pass);
    BOOST_TEST(fitted.source_skip_cost() < fitted.skip_cost());
    fitted.fit_merge_rate(hidden_pass);
    BOOST_TEST(fitted.cost(0, 2, 0, 1, 0.0).prior > link_type_prior(2, 1) + 0.5);
    BOOST_TEST(fitted.cost(0, 3, 0, 1, 0.0).prior > link_type_prior(3, 1) + 0.5);
    BOOST_TEST(fitted.cost(0, 1, 0, 2, 0.0).prior == link_type_prior(1, 2));
    // Without the gap fit the bitext is not known to leave anything out: the prior stays.
    LinkScorer unfitted(source, hidden, &hidden_bags, {1.0, 6.8});
    unfitted.calibrate_skip(0.5);
    unfitted.fit_merge_rate(hidden_pass);
    BOOST_TEST(unfitted.cost(0, 2, 0, 1, 0.0).prior == link_type_prior(2, 1));
    // Merges the words support, more often than Gale & Church's rate: the prior stays (it is
    // never raised) although this bitext leaves sentences out too.
    LinkScorer supported(source, merged, &merged_bags, {1.0, 6.8});
    supported.calibrate_skip(0.5);
    supported.fit_gap_rates(merged_pass);
    BOOST_TEST(supported.source_skip_cost() < supported.skip_cost());
    supported.fit_merge_rate(merged_pass);
    BOOST_TEST(supported.cost(0, 2, 0, 1, 0.0).prior == link_type_prior(2, 1));
}

BOOST_AUTO_TEST_CASE(unmatched_sentences_of_a_merge_pay_all_but_one) {
    // Sentence k shares its three words with target sentence k only.
    std::string lines_text;
    for (int k = 0; k < 10; ++k) {
        lines_text += numbered_words(3 * k, 3) + "\n";
    }
    const auto source = words(lines_text, "en");
    const auto target = words(lines_text, "en");
    const LexicalBags bags(source, target, empty_translation_table(source));
    const LinkScorer scorer(source, target, &bags, {1.0, 6.8});
    const auto unmatched = [&](std::uint32_t s, std::uint32_t t) {
        const std::array<double, 1> rows{bags.matched(s, t) + bags.matched(s, t + 1)};
        const std::array<double, 2> columns{bags.matched(s, t), bags.matched(s, t + 1)};
        return scorer.unmatched_cost(s, rows, t, columns);
    };
    // Source 0 with targets 0 and 1: target 1 has words that could meet the source, none do.
    const double one_unmatched = unmatched(0, 0);
    BOOST_TEST(one_unmatched > 0.0);
    // Source 0 with targets 1 and 2: neither meets it, and the pair pays for one, not two.
    BOOST_TEST(unmatched(0, 1) == one_unmatched);
    // A 1-1 link judges no sentence.
    const std::array<double, 1> alone{bags.matched(0, 0)};
    BOOST_TEST(scorer.unmatched_cost(0, alone, 0, alone) == 0.0);
}

BOOST_AUTO_TEST_CASE(short_unmatched_sentences_pay_where_the_source_leaves_sentences_out) {
    // Source 0 meets target 0; source 1 (one word) and source 3 (six words) have words only in
    // target 1; source 2 meets target 2.
    const auto source = words(numbered_words(0, 6) + "\n" + numbered_words(6, 1) + "\n" +
                                  numbered_words(20, 6) + "\n" + numbered_words(10, 6) + "\n",
                              "en");
    const auto target = words(numbered_words(0, 6) + "\n" + numbered_words(6, 1) + " " +
                                  numbered_words(10, 6) + "\n" + numbered_words(20, 6) + "\n",
                              "en");
    const LexicalBags bags(source, target, empty_translation_table(source));
    const auto merge_cost = [&](const LinkScorer& scorer, std::uint32_t s, std::uint32_t t) {
        const std::array<double, 2> rows{bags.matched(s, t), bags.matched(s + 1, t)};
        const std::array<double, 1> columns{rows[0] + rows[1]};
        return scorer.unmatched_cost(s, rows, t, columns);
    };
    LinkScorer scorer(source, target, &bags, {1.0, 6.8});
    scorer.calibrate_skip(0.5);
    // The short sentence is not expected to share a word; the long one is.
    BOOST_TEST(merge_cost(scorer, 0, 0) == 0.0);
    const double long_unmatched = merge_cost(scorer, 2, 2);
    BOOST_TEST(long_unmatched > 0.0);
    // A first pass that left a quarter of the source out: the short sentence pays, less.
    const auto first_pass = pass_leaving_out_every_fourth_source();
    scorer.fit_gap_rates(first_pass);
    BOOST_TEST(scorer.source_skip_cost() < scorer.skip_cost());
    const double short_unmatched = merge_cost(scorer, 0, 0);
    BOOST_TEST(short_unmatched > 0.0);
    BOOST_TEST(short_unmatched < long_unmatched);
    BOOST_TEST(merge_cost(scorer, 2, 2) == long_unmatched);
}

BOOST_AUTO_TEST_CASE(split_rate_rises_only_with_splits_the_words_support) {
    // 40 source sentences of four words; the target renders every fourth as two sentences of two
    // of its words each, the others as one sentence of the same four words.
    std::string source_lines;
    std::string target_lines;
    std::vector<tandem::align::Link> first_pass;
    std::uint32_t t = 0;
    for (std::uint32_t k = 0; k < 40; ++k) {
        const int first = 4 * static_cast<int>(k);
        source_lines += numbered_words(first, 4) + "\n";
        tandem::align::Link link;
        link.source = {k, k + 1};
        if (k % 4 == 0) {
            target_lines += numbered_words(first, 2) + "\n" + numbered_words(first + 2, 2) + "\n";
            link.target = {t, t + 2};
            t += 2;
        } else {
            target_lines += numbered_words(first, 4) + "\n";
            link.target = {t, t + 1};
            t += 1;
        }
        first_pass.push_back(link);
    }
    const auto source = words(source_lines, "en");
    const auto target = words(target_lines, "en");
    const LexicalBags bags(source, target, empty_translation_table(source));
    LinkScorer fitted(source, target, &bags, {1.0, 6.8});
    fitted.fit_split_rate(first_pass);
    BOOST_TEST(fitted.cost(0, 1, 0, 2, 0.0).prior < link_type_prior(1, 2) - 0.2);
    BOOST_TEST(fitted.cost(0, 1, 0, 3, 0.0).prior < link_type_prior(1, 3) - 0.2);
    // Source-side merges keep Gale & Church's prior.
    BOOST_TEST(fitted.cost(0, 2, 0, 1, 0.0).prior == link_type_prior(2, 1));
    // The same first pass with each 1-2 link's target sentences taken from the next 1-2 link:
    // the words no longer support them, and the prior stays.
    auto unsupported_pass = first_pass;
    for (std::size_t k = 0; k < unsupported_pass.size(); k += 4) {
        unsupported_pass[k].target = first_pass[(k + 4) % first_pass.size()].target;
    }
    LinkScorer unsupported(source, target, &bags, {1.0, 6.8});
    unsupported.fit_split_rate(unsupported_pass);
    BOOST_TEST(unsupported.cost(0, 1, 0, 2, 0.0).prior == link_type_prior(1, 2));
}

BOOST_AUTO_TEST_SUITE_END()
