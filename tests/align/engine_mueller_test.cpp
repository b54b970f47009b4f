// SPDX-License-Identifier: GPL-3.0-or-later
// Müller's English–Russian dictionary (Debian mueller7-dict): its entries mix translations with
// grammar labels, remarks and usage examples, of which only the translations are word pairs.
#include "../test_paths.hpp"
#include "dictionary_pairs.hpp"

#include <tandem/lexicon/dictionary.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>

namespace {

using tandem::lexicon::Direction;

const auto mueller_index = tandem::test::test_data / "lexicon" / "mueller7.index";

using tandem::test::has_pair;

} // namespace

BOOST_AUTO_TEST_SUITE(engine_lexicon)

BOOST_AUTO_TEST_CASE(mueller_senses_give_their_translations) {
    const auto dictionary = tandem::lexicon::read_dictd(mueller_index, Direction::forward);
    BOOST_TEST(has_pair(dictionary, "kingdom", "королевство"));
    BOOST_TEST(has_pair(dictionary, "kingdom", "царство"));
    BOOST_TEST(has_pair(dictionary, "kingdom", "мир"));
    BOOST_TEST(has_pair(dictionary, "vaccine", "вакцина"));
    // A sense after a grammar label, a sense on the label's line, a two-word translation.
    BOOST_TEST(has_pair(dictionary, "abort", "бесплодным"));
    BOOST_TEST(has_pair(dictionary, "aboriginal", "абориген"));
    BOOST_TEST(has_pair(dictionary, "aboriginal", "коренной"));
    BOOST_TEST(has_pair(dictionary, "aborted", "недоношенный"));
}

BOOST_AUTO_TEST_CASE(mueller_examples_labels_and_remarks_are_not_translations) {
    const auto dictionary = tandem::lexicon::read_dictd(mueller_index, Direction::forward);
    // `animal kingdom животное царство`, `to kingdom come на тот свет`: usage examples.
    BOOST_TEST(!has_pair(dictionary, "kingdom", "животное"));
    BOOST_TEST(!has_pair(dictionary, "kingdom", "свет"));
    // The wrapped end of an example (`первобытные` / `леса`) is not a sense of its own.
    BOOST_TEST(!has_pair(dictionary, "aboriginal", "леса"));
    // `(о флоре, фауне)` is a remark, `_биол.` and `_attr.` are labels, `от abort` a reference.
    BOOST_TEST(!has_pair(dictionary, "aboriginal", "фауне"));
    BOOST_TEST(!has_pair(dictionary, "abort", "биол"));
    BOOST_TEST(!has_pair(dictionary, "vaccine", "attr"));
    BOOST_TEST(!has_pair(dictionary, "aborted", "abort"));
}

BOOST_AUTO_TEST_CASE(mueller_found_for_russian_and_english) {
    const auto folder = tandem::test::test_data / "lexicon";
    const auto found = tandem::lexicon::find_installed_dictionaries("ru", "en", folder);
    BOOST_REQUIRE(found.size() == 1U);
    BOOST_TEST(found[0].index.filename() == "mueller7.index");
    BOOST_TEST((found[0].direction == Direction::reverse));
    const auto read = tandem::lexicon::read_dictionary(found[0].index, "ru", "en");
    BOOST_TEST(has_pair(read, "королевство", "kingdom"));
}

BOOST_AUTO_TEST_CASE(installed_mueller_dictionary_read_whole) {
    // Debian's mueller7-dict, brought by packaging/install-deps.
    const std::filesystem::path installed = "/usr/share/dictd/mueller7.index";
    BOOST_REQUIRE(std::filesystem::exists(installed));
    const auto dictionary = tandem::lexicon::read_dictd(installed, Direction::forward);
    BOOST_TEST(dictionary.size() > 50000U);
    BOOST_TEST(has_pair(dictionary, "union", "союз"));
    BOOST_TEST(has_pair(dictionary, "pacific", "тихий"));
}

BOOST_AUTO_TEST_SUITE_END()
