// SPDX-License-Identifier: GPL-3.0-or-later
#include "../test_paths.hpp"
#include "dictionary_pairs.hpp"

#include "lexicon/han_bridge.hpp"

#include <tandem/error.hpp>
#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/learned_lexicon.hpp>
#include <tandem/lexicon/stemmer.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace {

using tandem::lexicon::Direction;

const auto lexicon_data = tandem::test::test_data / "lexicon";

using tandem::test::has_pair;

} // namespace

BOOST_AUTO_TEST_SUITE(engine_lexicon)

BOOST_AUTO_TEST_CASE(dictd_entries_give_translation_lines_only) {
    const auto dictionary = tandem::lexicon::read_dictd(lexicon_data / "freedict-deu-fra.index", Direction::forward);
    BOOST_TEST(has_pair(dictionary, "haus", "maison"));
    BOOST_TEST(has_pair(dictionary, "haus", "bâtiment"));
    BOOST_TEST(has_pair(dictionary, "berg", "montagne"));
    BOOST_TEST(has_pair(dictionary, "berg", "mont"));
    BOOST_TEST(has_pair(dictionary, "gehen", "aller"));
    // The German definition line and the note are not translations.
    BOOST_TEST(!has_pair(dictionary, "haus", "gebäude"));
    BOOST_TEST(!has_pair(dictionary, "gehen", "bewegung"));
    BOOST_TEST(!has_pair(dictionary, "gehen", "pied"));
}

BOOST_AUTO_TEST_CASE(dictd_read_in_reverse) {
    const auto dictionary = tandem::lexicon::read_dictd(lexicon_data / "freedict-deu-fra.index", Direction::reverse);
    BOOST_TEST(has_pair(dictionary, "maison", "haus"));
    BOOST_TEST(!has_pair(dictionary, "haus", "maison"));
}

BOOST_AUTO_TEST_CASE(installed_freedict_files_read_whole) {
    // Debian's dict-freedict-deu-fra, compressed with dictzip.
    const std::filesystem::path installed = "/usr/share/dictd/freedict-deu-fra.index";
    BOOST_REQUIRE(std::filesystem::exists(installed));
    const auto dictionary = tandem::lexicon::read_dictd(installed, Direction::forward);
    BOOST_TEST(dictionary.size() > 30000U);
    BOOST_TEST(has_pair(dictionary, "haus", "maison"));
}

BOOST_AUTO_TEST_CASE(word_lists) {
    const auto tsv = tandem::lexicon::read_tsv_dictionary(lexicon_data / "word-list.tsv", Direction::forward);
    BOOST_TEST(has_pair(tsv, "hund", "chien"));
    BOOST_TEST(has_pair(tsv, "katze", "chat"));
    BOOST_TEST(has_pair(tsv, "laufen", "courir"));
    const auto hunalign = tandem::lexicon::read_hunalign_dictionary(lexicon_data / "word-list.dic", Direction::forward);
    BOOST_TEST(has_pair(hunalign, "hund", "chien"));
    BOOST_TEST(has_pair(hunalign, "katze", "chat"));
}

BOOST_AUTO_TEST_CASE(broken_word_list_names_the_line) {
    try {
        (void)tandem::lexicon::read_tsv_dictionary(lexicon_data / "broken.tsv", Direction::forward);
        BOOST_FAIL("expected a ParseError");
    } catch (const tandem::ParseError& error) {
        BOOST_TEST(error.position().line == 2U);
    }
}

BOOST_AUTO_TEST_CASE(file_name_decides_direction) {
    // Aligning French to German with a German–French file reads it in reverse.
    const auto dictionary = tandem::lexicon::read_dictionary(lexicon_data / "freedict-deu-fra.index", "fr", "de");
    BOOST_TEST(has_pair(dictionary, "maison", "haus"));
}

BOOST_DATA_TEST_CASE(iso_codes,
                     boost::unit_test::data::make({"de", "fr-CH", "ro", "en-GB"}) ^
                         boost::unit_test::data::make({"deu", "fra", "rom", "eng"}),
                     tag, code) {
    const auto codes = tandem::lexicon::iso639_3_codes(tag);
    BOOST_TEST((std::find(codes.begin(), codes.end(), code) != codes.end()));
}

BOOST_AUTO_TEST_CASE(discovery_finds_both_directions) {
    const auto found = tandem::lexicon::find_installed_dictionaries("de", "fr", lexicon_data);
    BOOST_REQUIRE(found.size() == 1U);
    BOOST_TEST((found[0].direction == Direction::forward));
    const auto reversed = tandem::lexicon::find_installed_dictionaries("fr", "de", lexicon_data);
    BOOST_REQUIRE(reversed.size() == 1U);
    BOOST_TEST((reversed[0].direction == Direction::reverse));
    BOOST_TEST(tandem::lexicon::find_installed_dictionaries("hu", "en", lexicon_data).empty());
}

BOOST_AUTO_TEST_CASE(discovery_names_every_partner_of_a_language) {
    using Codes = std::vector<std::string>;
    BOOST_TEST(tandem::lexicon::find_dictionary_partners("de", lexicon_data) == Codes{"fra"});
    BOOST_TEST(tandem::lexicon::find_dictionary_partners("fr", lexicon_data) == Codes{"deu"});
    // Müller's `mueller7` is English–Russian.
    BOOST_TEST(tandem::lexicon::find_dictionary_partners("en", lexicon_data) ==
               (Codes{"jpn", "rus"}));
    BOOST_TEST(tandem::lexicon::find_dictionary_partners("hu", lexicon_data).empty());
}

BOOST_AUTO_TEST_CASE(dictd_sense_naming_only_the_part_of_speech_is_followed_by_translations) {
    // FreeDict's jpn-eng writes `1. (noun)` on one line and the translation on the next.
    const auto dictionary = tandem::lexicon::read_dictd(lexicon_data / "freedict-jpn-eng.index", Direction::forward);
    BOOST_TEST(has_pair(dictionary, "医院", "hospital"));
    BOOST_TEST(has_pair(dictionary, "医院", "clinic"));
    BOOST_TEST(has_pair(dictionary, "友誼", "friendship"));
    BOOST_TEST(has_pair(dictionary, "友誼", "companionship"));
    BOOST_TEST(!has_pair(dictionary, "友誼", "archaic"));
}

BOOST_AUTO_TEST_CASE(chinese_borrows_japanese_dictionaries) {
    const auto found = tandem::lexicon::find_installed_dictionaries("zh", "en", lexicon_data);
    BOOST_REQUIRE(found.size() == 1U);
    BOOST_TEST(found[0].han_bridge);
    BOOST_TEST((found[0].direction == Direction::forward));
    const auto reversed = tandem::lexicon::find_installed_dictionaries("en", "zh-Hans", lexicon_data);
    BOOST_REQUIRE(reversed.size() == 1U);
    BOOST_TEST(reversed[0].han_bridge);
    BOOST_TEST((reversed[0].direction == Direction::reverse));
    const auto japanese = tandem::lexicon::find_installed_dictionaries("ja", "en", lexicon_data);
    BOOST_REQUIRE(japanese.size() == 1U);
    BOOST_TEST(!japanese[0].han_bridge);
}

BOOST_AUTO_TEST_CASE(han_words_bridged_in_the_chinese_script) {
    const auto japanese = tandem::lexicon::read_dictd(lexicon_data / "freedict-jpn-eng.index", Direction::forward);
    const auto simplified = tandem::lexicon::detail::bridge_han_words(japanese, true, "zh");
    BOOST_TEST(has_pair(simplified, "友谊", "friendship"));
    BOOST_TEST(has_pair(simplified, "医院", "hospital"));
    // Words holding kana are Japanese only.
    BOOST_TEST(!has_pair(simplified, "猫じゃらし", "foxtail"));
    BOOST_TEST(simplified.size() == 4U);
    const auto traditional = tandem::lexicon::detail::bridge_han_words(japanese, true, "zh-TW");
    BOOST_TEST(has_pair(traditional, "友誼", "friendship"));
    const auto reversed = tandem::lexicon::read_dictd(lexicon_data / "freedict-jpn-eng.index", Direction::reverse);
    BOOST_TEST(has_pair(tandem::lexicon::detail::bridge_han_words(reversed, false, "zh-CN"),
                        "friendship", "友谊"));
}

BOOST_DATA_TEST_CASE(stems,
                     boost::unit_test::data::make({"de", "fr", "en", "hu"}) ^
                         boost::unit_test::data::make({"berge", "montagnes", "mountains", "hegyek"}) ^
                         boost::unit_test::data::make({"berg", "montagn", "mountain", "hegy"}),
                     language, word, stem) {
    tandem::lexicon::Stemmer stemmer(language);
    BOOST_TEST(stemmer.available());
    BOOST_TEST(stemmer.stem(word) == stem);
}

BOOST_AUTO_TEST_CASE(typographic_apostrophe_stems_as_the_ascii_one) {
    tandem::lexicon::Stemmer stemmer("en");
    BOOST_TEST(stemmer.stem("Union\u2019s") == stemmer.stem("Union's"));
    BOOST_TEST(stemmer.stem("union\u2019s") == "union");
}

BOOST_AUTO_TEST_CASE(unknown_language_keeps_words) {
    tandem::lexicon::Stemmer stemmer("zh");
    BOOST_TEST(!stemmer.available());
    BOOST_TEST(stemmer.stem("word") == "word");
}

BOOST_AUTO_TEST_CASE(model_one_learns_consistent_pairs) {
    // Source word 1 always meets target word 11, 2 meets 12; 3 and 13 are noise words that occur
    // everywhere.
    std::vector<tandem::lexicon::WordBags> bags;
    for (int k = 0; k < 6; ++k) {
        bags.push_back({{1, 3}, {11, 13}});
        bags.push_back({{2, 3}, {12, 13}});
        bags.push_back({{1, 2, 3}, {11, 12, 13}});
    }
    const auto lexicon = tandem::lexicon::learn_lexicon(bags);
    const auto has = [&](std::uint32_t s, std::uint32_t t) {
        return std::find(lexicon.begin(), lexicon.end(), std::pair{s, t}) != lexicon.end();
    };
    BOOST_TEST(has(1, 11));
    BOOST_TEST(has(2, 12));
    BOOST_TEST(!has(1, 12));
    BOOST_TEST(!has(2, 11));
}

BOOST_AUTO_TEST_CASE(model_one_keeps_word_order_independent_results) {
    // Many distinct pairs make the co-occurrence index grow several times; the result must not
    // depend on that, nor on the order the training pairs come in.
    std::vector<tandem::lexicon::WordBags> bags;
    for (std::uint32_t k = 0; k < 400; ++k) {
        bags.push_back({{k % 7, 100 + k}, {1000 + k % 7, 5000 + k}});
    }
    auto reversed = bags;
    std::reverse(reversed.begin(), reversed.end());
    const auto lexicon = tandem::lexicon::learn_lexicon(bags);
    BOOST_TEST(lexicon.size() == 7U);
    BOOST_TEST((lexicon == tandem::lexicon::learn_lexicon(reversed)));
    for (std::uint32_t k = 0; k < 7; ++k) {
        BOOST_TEST((std::find(lexicon.begin(), lexicon.end(), std::pair{k, 1000 + k}) != lexicon.end()));
    }
}

BOOST_AUTO_TEST_CASE(model_one_needs_repeated_evidence) {
    const std::vector<tandem::lexicon::WordBags> bags{{{1}, {11}}, {{2}, {12}}};
    BOOST_TEST(tandem::lexicon::learn_lexicon(bags).empty());
}

BOOST_AUTO_TEST_CASE(dictionary_words_fold_like_icu) {
    // Plain ASCII takes a shortcut past ICU: only A–Z change, as under ICU's default folding.
    std::string ascii;
    std::string expected;
    for (int c = 1; c < 0x80; ++c) {
        ascii += static_cast<char>(c);
        expected += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    tandem::lexicon::Dictionary dictionary;
    dictionary.add(ascii, "HAUS");
    dictionary.add("STRASSE", "Straße");
    dictionary.add("ÉCOLE", "Σχολή");
    BOOST_TEST(has_pair(dictionary, expected, "haus"));
    BOOST_TEST(has_pair(dictionary, "strasse", "strasse"));
    BOOST_TEST(has_pair(dictionary, "école", "σχολή"));
}

BOOST_AUTO_TEST_SUITE_END()
