// SPDX-License-Identifier: GPL-3.0-or-later
// Building the text of one side of a row: joining, id labels, highlights, direction.
#include "row_text.hpp"

#include <tandem/text/segmenter.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace {

using namespace tandem;

} // namespace

BOOST_AUTO_TEST_SUITE(row_text)

BOOST_AUTO_TEST_CASE(id_labels_precede_each_sentence) {
    const auto document = text::segment_lines("Один.\nДва.\n", "ru", "s");
    const auto row = gui::BuildRowSide(document, {0, 2}, {}, gui::Side::source, true);
    BOOST_TEST(row.text == "#0 Один. #1 Два.");
    BOOST_REQUIRE_EQUAL(row.id_labels.size(), 2U);
    BOOST_TEST((row.id_labels[0] == gui::CodePointRange{0, 2}));
    BOOST_TEST((row.id_labels[1] == gui::CodePointRange{9, 11}));
}

BOOST_AUTO_TEST_CASE(highlights_shift_past_id_labels_and_ignore_the_other_side) {
    const auto document = text::segment_lines("Раз.\nДва три.\n", "ru", "s");
    const std::vector<divergence::Marker> markers{{divergence::MarkerKind::name,
                                                   divergence::Severity::warning,
                                                   0,
                                                   {{1, {7, 13}}},
                                                   {{1, {0, 2}}},
                                                   ""}};
    const auto row = gui::BuildRowSide(document, {0, 2}, markers, gui::Side::source, true);
    BOOST_TEST(row.text == "#0 Раз. #1 Два три.");
    BOOST_REQUIRE_EQUAL(row.highlights.size(), 1U);
    BOOST_TEST((row.highlights[0].range == gui::CodePointRange{15, 18}));
    BOOST_TEST((row.highlights[0].kind == divergence::MarkerKind::name));
}

BOOST_AUTO_TEST_CASE(spans_outside_the_sentence_are_dropped) {
    const auto document = text::segment_lines("Short.\n", "en", "s");
    const std::vector<divergence::Marker> markers{
        {divergence::MarkerKind::number, divergence::Severity::warning, 0, {{0, {2, 90}}}, {}, ""}};
    BOOST_TEST(
        gui::BuildRowSide(document, {0, 1}, markers, gui::Side::source, false).highlights.empty());
}

BOOST_AUTO_TEST_CASE(languages_without_spaces_are_joined_without_one) {
    const auto document = text::segment_lines("你好。\n再见。\n", "zh", "s");
    BOOST_TEST(gui::BuildRowSide(document, {0, 2}, {}, gui::Side::source, false).text ==
               "你好。再见。");
}

BOOST_AUTO_TEST_CASE(a_gap_side_is_empty) {
    const auto document = text::segment_lines("One.\n", "en", "s");
    BOOST_TEST(gui::BuildRowSide(document, {1, 1}, {}, gui::Side::target, true).text.empty());
}

const std::vector<std::string> direction_tags{"ar", "he-IL", "fa", "ur", "en", "ru", "zh-Hans"};
const std::vector<bool> right_to_left{true, true, true, true, false, false, false};

BOOST_DATA_TEST_CASE(right_to_left_languages,
                     boost::unit_test::data::make(direction_tags) ^
                         boost::unit_test::data::make(right_to_left),
                     tag, expected) {
    BOOST_TEST(gui::IsRightToLeft(tag) == expected);
}

BOOST_AUTO_TEST_SUITE_END()
