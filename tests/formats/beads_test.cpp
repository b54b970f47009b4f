// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/error.hpp>
#include <tandem/formats/beads.hpp>

#include <boost/test/unit_test.hpp>

#include <sstream>

BOOST_AUTO_TEST_SUITE(beads)

BOOST_AUTO_TEST_CASE(parses_all_link_kinds) {
    const auto links = tandem::formats::parse_beads("[0]:[0]\n[1, 2]:[1]\n\n[]:[2]\n[3]:[]\n", "g");
    BOOST_REQUIRE_EQUAL(links.size(), 4U);
    BOOST_TEST(links[1].source == (std::vector<std::uint32_t>{1, 2}));
    BOOST_TEST(links[2].source.empty());
    BOOST_TEST(links[3].target.empty());
}

BOOST_AUTO_TEST_CASE(round_trip_through_alignment) {
    const std::string text = "[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[]\n";
    const auto alignment = tandem::formats::to_alignment(tandem::formats::parse_beads(text, "g"), 4, 3, "g");
    std::ostringstream out;
    tandem::formats::write_beads(out, alignment);
    BOOST_TEST(out.str() == text);
}

BOOST_AUTO_TEST_CASE(malformed_line_reports_line_and_column) {
    try {
        (void)tandem::formats::parse_beads("[0]:[0]\n[1, x]:[1]\n", "gold.beads");
        BOOST_FAIL("no error");
    } catch (const tandem::ParseError& error) {
        BOOST_TEST(error.position().line == 2U);
        BOOST_TEST(error.position().column == 5U);
        BOOST_TEST(std::string(error.what()) == "gold.beads:2:5: expected a sentence number");
    }
}

BOOST_AUTO_TEST_CASE(gaps_and_crossings_are_refused) {
    const auto crossing = tandem::formats::parse_beads("[1]:[0]\n[0]:[1]\n", "g");
    BOOST_CHECK_THROW((void)tandem::formats::to_alignment(crossing, 2, 2, "g"), tandem::Error);
    const auto short_cover = tandem::formats::parse_beads("[0]:[0]\n", "g");
    BOOST_CHECK_THROW((void)tandem::formats::to_alignment(short_cover, 2, 1, "g"), tandem::Error);
}

BOOST_AUTO_TEST_SUITE_END()
