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
    std::vector<tandem::align::Link> first_pass;
    for (std::uint32_t k = 0; k < 400; ++k) {
        tandem::align::Link link;
        link.source = {k, k + 1};
        link.target = k % 4 == 0 ? tandem::align::Span{k, k} : tandem::align::Span{k, k + 1};
        first_pass.push_back(link);
    }
    first_pass[1].source = {1, 1};
    first_pass[2].source = {2, 2};
    scorer.fit_gap_rates(first_pass);
    BOOST_TEST(scorer.source_skip_cost() < calibrated - 0.5);
    // Two gaps in 400 links are fewer than a free translation leaves out: no change.
    BOOST_TEST(scorer.target_skip_cost() == calibrated);
    BOOST_TEST(scorer.skip_cost() == calibrated);
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
