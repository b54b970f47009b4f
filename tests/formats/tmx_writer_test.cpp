// SPDX-License-Identifier: GPL-3.0-or-later
#include "../test_paths.hpp"
#include "../xml_validation.hpp"

#include <tandem/formats/tmx.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <regex>
#include <sstream>

namespace {

using namespace tandem;

align::Bitext sample_bitext() {
    return {text::segment_lines("Первое предложение.\nВторое & <третье>.\nЛишнее.\n", "ru", "src.txt"),
            text::segment_lines("First \"sentence\".\n", "en", "tgt.txt")};
}

align::Alignment sample_alignment() {
    align::Alignment alignment;
    alignment.links.push_back({{0, 2}, {0, 1}, 0.75, align::LinkStatus::confirmed});
    alignment.links.push_back({{2, 3}, {1, 1}, 0.4, align::LinkStatus::automatic});
    return alignment;
}

std::string tmx(const formats::TmxOptions& options = {}) {
    std::ostringstream out;
    std::vector<divergence::Marker> markers{
        {divergence::MarkerKind::omission, divergence::Severity::warning, 1, {}, {}, "Source sentence 3 has no counterpart."}};
    formats::write_tmx(out, sample_bitext(), sample_alignment(), markers, options);
    return out.str();
}

} // namespace

BOOST_AUTO_TEST_SUITE(tmx_writer)

BOOST_AUTO_TEST_CASE(valid_against_the_tmx14_dtd) {
    BOOST_TEST(test::dtd_errors(tmx(), test::shared_data / "tmx14.dtd") == "");
}

BOOST_AUTO_TEST_CASE(header_has_every_required_attribute) {
    const auto out = tmx();
    for (const char* attribute :
         {"creationtool=\"Tandem\"", "creationtoolversion=\"", "segtype=\"sentence\"", "o-tmf=\"",
          "adminlang=\"en\"", "srclang=\"ru\"", "datatype=\"plaintext\""}) {
        BOOST_TEST(out.find(attribute) != std::string::npos, attribute);
    }
    BOOST_TEST(std::regex_search(out, std::regex("creationdate=\"[0-9]{8}T[0-9]{6}Z\"")));
}

BOOST_AUTO_TEST_CASE(one_unit_per_link_with_merged_text) {
    const auto out = tmx();
    BOOST_TEST(out.find("<tu tuid=\"1\">") != std::string::npos);
    BOOST_TEST(out.find("<seg>Первое предложение. Второе &amp; &lt;третье&gt;.</seg>") != std::string::npos);
    BOOST_TEST(out.find("<seg>First &quot;sentence&quot;.</seg>") != std::string::npos);
    BOOST_TEST(out.find("<prop type=\"x-tandem-link\">2-1</prop>") != std::string::npos);
    BOOST_TEST(out.find("<prop type=\"x-tandem-status\">confirmed</prop>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(gaps_are_kept_with_one_tuv_or_skipped) {
    const auto out = tmx();
    BOOST_TEST(out.find("<tu tuid=\"2\">") != std::string::npos);
    BOOST_TEST(out.find("<prop type=\"x-tandem-gap\">target-empty</prop>") != std::string::npos);
    BOOST_TEST(out.find("<note>Source sentence 3 has no counterpart.</note>") != std::string::npos);
    const auto skipped = tmx({true, "20260101T000000Z"});
    BOOST_TEST(skipped.find("<tu tuid=\"2\">") == std::string::npos);
    BOOST_TEST(skipped.find("creationdate=\"20260101T000000Z\"") != std::string::npos);
    BOOST_TEST(test::dtd_errors(skipped, test::shared_data / "tmx14.dtd") == "");
}

BOOST_AUTO_TEST_CASE(chinese_merges_join_without_space) {
    const align::Bitext bitext{text::segment_lines("一。\n二。\n", "zh", "s"),
                               text::segment_lines("One two.\n", "en", "t")};
    align::Alignment alignment;
    alignment.links.push_back({{0, 2}, {0, 1}, 1.0, align::LinkStatus::automatic});
    std::ostringstream out;
    formats::write_tmx(out, bitext, alignment);
    BOOST_TEST(out.str().find("<seg>一。二。</seg>") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
