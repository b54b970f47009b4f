// SPDX-License-Identifier: GPL-3.0-or-later
// Learning from the user: word pairs learned from confirmed links, written as a word list.
#include "session_fixture.hpp"

#include <tandem/session/user_lexicon.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using tandem::session::EditSession;

/// Eight 1-1 links in which `house`/`Haus`, `car`/`Auto` and `big`/`groß` keep meeting.
EditSession sample() {
    return EditSession(
        tandem::test::line_bitext({"The house is red.", "The house is big.", "A red car.",
                                   "The car is big.", "My house, my car.", "Big, big house!",
                                   "Nothing here.", "Car 42."},
                                  {"Das Haus ist rot.", "Das Haus ist groß.", "Ein rotes Auto.",
                                   "Das Auto ist groß.", "Mein Haus, mein Auto.",
                                   "Großes, großes Haus!", "Nichts hier.", "Auto 42."}),
        tandem::test::links_of("1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1"));
}

bool has_pair(const tandem::lexicon::Dictionary& dictionary, const std::string& source,
              const std::string& target) {
    return std::find(dictionary.pairs().begin(), dictionary.pairs().end(),
                     tandem::lexicon::WordPair{source, target}) != dictionary.pairs().end();
}

} // namespace

BOOST_AUTO_TEST_SUITE(session_lexicon)

BOOST_AUTO_TEST_CASE(confirmed_links_teach_word_pairs) {
    EditSession session = sample();
    for (std::size_t row = 0; row < 6; ++row) {
        (void)session.confirm(row);
    }
    const auto learned =
        tandem::session::learn_from_confirmed(session.confirmed_pairs(), "en", "de");
    BOOST_TEST(has_pair(learned, "house", "haus"));
    BOOST_TEST(has_pair(learned, "car", "auto"));
    BOOST_TEST(!has_pair(learned, "house", "auto"));
    for (const auto& pair : learned.pairs()) {
        BOOST_TEST(pair.source != "42"); // numbers are not words to learn
    }
}

BOOST_AUTO_TEST_CASE(unconfirmed_links_teach_nothing) {
    const EditSession session = sample();
    BOOST_TEST(session.confirmed_pairs().empty());
    const auto learned =
        tandem::session::learn_from_confirmed(session.confirmed_pairs(), "en", "de");
    BOOST_TEST(learned.size() == 0U);
}

BOOST_AUTO_TEST_CASE(word_list_round_trips_through_the_dictionary_reader) {
    tandem::lexicon::Dictionary dictionary;
    dictionary.add("house", "haus");
    dictionary.add("car", "auto");
    dictionary.add("house", "haus");
    std::ostringstream out;
    tandem::session::write_word_list(out, dictionary, "en", "de");
    BOOST_TEST(out.str() ==
               "# Tandem learned lexicon, en -> de: source<TAB>target\ncar\tauto\nhouse\thaus\n");

    const auto file = std::filesystem::temp_directory_path() / "tandem-session-lexicon-test.tsv";
    std::ofstream(file) << out.str();
    const auto read =
        tandem::lexicon::read_tsv_dictionary(file, tandem::lexicon::Direction::forward);
    std::filesystem::remove(file);
    BOOST_TEST(read.size() == 2U);
    BOOST_TEST(has_pair(read, "car", "auto"));
    BOOST_TEST(has_pair(read, "house", "haus"));
}

BOOST_AUTO_TEST_CASE(one_file_per_language_pair) {
    BOOST_TEST(tandem::session::learned_lexicon_file_name("ru", "en-GB") == "learned-ru-en.tsv");
    BOOST_TEST(tandem::session::learned_lexicon_file_name("zh-Hans", "en") == "learned-zh-en.tsv");
}

BOOST_AUTO_TEST_SUITE_END()
