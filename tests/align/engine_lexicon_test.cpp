// SPDX-License-Identifier: GPL-3.0-or-later
#include "../test_paths.hpp"

#include <tandem/error.hpp>
#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/learned_lexicon.hpp>
#include <tandem/lexicon/stemmer.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <tuple>

namespace {

using tandem::lexicon::Direction;
using tandem::lexicon::WordPair;

const auto lexicon_data = tandem::test::test_data / "lexicon";

bool has_pair(const tandem::lexicon::Dictionary& dictionary, const std::string& source,
              const std::string& target) {
    const auto& pairs = dictionary.pairs();
    return std::find(pairs.begin(), pairs.end(), WordPair{source, target}) != pairs.end();
}

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
    BOOST_TEST(tandem::lexicon::find_installed_dictionaries("ru", "en", lexicon_data).empty());
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

BOOST_AUTO_TEST_CASE(model_one_needs_repeated_evidence) {
    const std::vector<tandem::lexicon::WordBags> bags{{{1}, {11}}, {{2}, {12}}};
    BOOST_TEST(tandem::lexicon::learn_lexicon(bags).empty());
}

BOOST_AUTO_TEST_SUITE_END()
