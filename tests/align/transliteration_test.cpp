// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/transliteration.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

namespace {
struct NamePair {
    std::string source;
    std::string target;
    bool same = true; ///< whether the two should match
};
std::ostream& operator<<(std::ostream& out, const NamePair& pair) {
    return out << pair.source << " / " << pair.target;
}
/// Match threshold used by the divergence analysis for names.
constexpr double match_threshold = 0.75;
const std::vector<NamePair> name_pairs{
    {"Лаврову", "Lavrov"},
    {"Блинкен", "Blinken"},
    {"Арктического", "Arctic"},
    {"Вашингтоне", "Washington"},
    {"Сергей", "Sergey"},
    {"Алексей", "Alexei"},
    {"Ципрас", "Tsipras"},
    {"Чечне", "Chechnya"},
    {"Schröder", "Шрёдер"},
    {"Москве", "Moscow"},
    {"России", "Russia"},
    {"Европы", "Europe"},
    {"Уилл", "Will"},
    {"Даунс", "Downes"},
    {"Уолтер", "Walter"},
    {"Kowalski", "Ковальски"},
    {"Schwarz", "Шварц"},
    {"Лавров", "Blinken", false},
    {"Москва", "Washington", false},
    {"Путин", "Biden", false},
};
} // namespace

BOOST_AUTO_TEST_SUITE(transliteration)

BOOST_AUTO_TEST_CASE(renders_any_script_in_ascii_latin) {
    BOOST_TEST(tandem::text::to_latin_ascii("Блинкен") == "Blinken");
    BOOST_TEST(tandem::text::to_latin_ascii("Лавров") == "Lavrov");
    BOOST_TEST(tandem::text::to_latin_ascii("Ελλάδα") == "Ellada");
    BOOST_TEST(tandem::text::to_latin_ascii("Zürich") == "Zurich");
    BOOST_TEST(tandem::text::to_latin_ascii("plain ASCII") == "plain ASCII");
}

BOOST_AUTO_TEST_CASE(a_transliterator_object_is_reusable) {
    tandem::text::Transliterator transliterator;
    BOOST_TEST(transliterator.to_latin_ascii("Москва") == "Moskva");
    BOOST_TEST(transliterator.name_key("Москва") == transliterator.name_key("Moskwa"));
}

BOOST_AUTO_TEST_CASE(skeleton_merges_spelling_variants) {
    BOOST_TEST(tandem::text::name_skeleton("Washington") == tandem::text::name_skeleton("Vashington"));
    BOOST_TEST(tandem::text::name_skeleton("Schmidt") == tandem::text::name_skeleton("Shmidt"));
    BOOST_TEST(tandem::text::name_skeleton("Philipp") == "filip");
}

BOOST_DATA_TEST_CASE(matches_names_across_scripts, boost::unit_test::data::make(name_pairs), pair) {
    const double similarity = tandem::text::name_similarity(pair.source, pair.target);
    BOOST_TEST((similarity >= match_threshold) == pair.same, "similarity " << similarity);
}

BOOST_AUTO_TEST_CASE(similarity_bounds) {
    BOOST_TEST(tandem::text::key_similarity("", "lavrov") == 0.0);
    BOOST_TEST(tandem::text::key_similarity("lavrov", "lavrov") == 1.0);
    BOOST_TEST(tandem::text::key_similarity("abc", "xyz") == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()
