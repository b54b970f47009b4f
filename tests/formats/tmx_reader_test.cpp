// SPDX-License-Identifier: GPL-3.0-or-later
// Every TMX file in shared/data/tmx, read in place: one table row per file (adding a row adds a
// test); the DTD-invalid and rule-breaking ones must yield diagnostics with file and line.
#include "../test_paths.hpp"

#include <tandem/formats/tmx.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <ostream>

namespace {

using namespace tandem;

struct TmxCase {
    const char* file;
    std::size_t links;
    const char* source_language;
    const char* target_language;
    std::size_t languages;  // languages in the file
    std::size_t link;       // a link to check
    const char* source;     // its source text
    const char* target;     // its target text
    const char* diagnostic; // a diagnostic it must produce, "" for none at all
};

std::ostream& operator<<(std::ostream& out, const TmxCase& c) {
    return out << c.file;
}

const TmxCase tmx_cases[] = {
    {"alignfactory_issue277.tmx", 2, "en", "de", 2, 1, "This sentence should not be split. ",
     "Dieser Satz sollte nicht geteilt werden. Zu viele Segmente hier.", ""},
    {"disfr_multilanguage_namespaced.tmx", 1, "en", "zh", 7, 0, "Hello World!", "你好世界！",
     "in a namespace"},
    {"heartsome_XuanZang_srclang-all.tmx", 51, "de", "en", 6, 2, "Einführung", "Introduction", ""},
    {"lisa-kit_ImportTest1A_utf16le.tmx", 2, "en-US", "fr-CA", 2, 0, "First segment with [\t\t   ]",
     "Premier segment avec [\t\t   ]", ""},
    {"lisa-kit_ImportTest1B_attr-whitespace.tmx", 1, "en-US", "fr-CA", 2, 0, "Text of the segment",
     "Texte du segment", ""},
    {"lisa-kit_ImportTest1G_utf16be.tmx", 3, "en-US", "en-GB", 2, 0, "à=agrave, é=eacute, æ=aelig",
     "à=agrave, é=eacute, æ=aelig", ""},
    {"lisa-kit_ImportTest1H_us-ascii.tmx", 3, "en-US", "en-GB", 2, 1,
     "ÿ=U+00FF, ™=U+2122, ’=U+2019", "ÿ=U+00FF, ™=U+2122, ’=U+2019", ""},
    {"lisa-kit_ImportTest2A_inline_utf16le.tmx", 7, "en-US", "fr-CA", 2, 0,
     "The big ⟨1⟩black⟨/1⟩ ⟨2⟩cat⟨/2⟩ sleeps.", "Le gros ⟨2⟩chat⟨/2⟩ ⟨1⟩noir⟨/1⟩ dors.", ""},
    {"lisa-kit_ImportTest2C_all-attributes.tmx", 1, "en-US", "fr", 3, 0,
     "⟨1⟩⟨1⟩Click ⟨3/⟩ to ⟨hi⟩start⟨/hi⟩.⟨/1⟩", "⟨1⟩⟨1⟩Cliquez ⟨3/⟩ pour ⟨hi⟩commencer⟨/hi⟩.⟨/1⟩",
     ""},
    {"okapi_potest_prop-after-seg.tmx", 12, "en", "fr", 2, 0,
     "Text with an approved translation ⟨1/⟩", "Texte avec une traducion approuvée ⟨1/⟩",
     "<prop> after <seg>"},
    {"omegat_invalid_bpt-ept-pairing.tmx", 1, "en", "be", 2, 0, nullptr, nullptr,
     "<ept i=\"1\"> without a <bpt>"},
    {"omegat_project_save_tmx11.tmx", 5, "en", "fr", 2, 0, "Apertium", "Apertium", "TMX 1.1"},
    {"omegat_test-SMP_astral-chars.tmx", 1, "en", "be", 2, 0, "𝐀𝐁𝐂", "𝐃𝐄𝐅", "instead of xml:lang"},
    {"trados-tw4win_html_test_utf16le.tmx", 11, "en-US", "fr-FR", 2, 0,
     "start &lt; of &lt; body text", "stXrt &lt; Xf &lt; bXdy tXxt", "<prop> without a type"},
    {"translate-toolkit_en-US_en-GB_fr_sr.tmx", 1, "en-US", "en-GB", 4, 0, "XXx", "XXX", ""},
};

} // namespace

BOOST_AUTO_TEST_SUITE(tmx_reader)

BOOST_DATA_TEST_CASE(reads_real_tmx_files, boost::unit_test::data::make(tmx_cases), c) {
    const auto path = test::shared_data / "tmx" / c.file;
    const auto result = formats::read_tmx(path);
    BOOST_TEST(result.alignment.links.size() == c.links);
    BOOST_TEST(result.bitext.source.language == c.source_language);
    BOOST_TEST(result.bitext.target.language == c.target_language);
    BOOST_TEST(result.languages.size() == c.languages);
    BOOST_TEST(!align::check_invariants(result.alignment, result.bitext.source.size(),
                                        result.bitext.target.size()));
    BOOST_REQUIRE_LT(c.link, result.alignment.links.size());
    const auto& link = result.alignment.links[c.link];
    if (c.source != nullptr) {
        BOOST_TEST(align::span_text(result.bitext.source, link.source) == c.source);
        BOOST_TEST(align::span_text(result.bitext.target, link.target) == c.target);
    }
    if (std::string_view(c.diagnostic).empty()) {
        BOOST_TEST(result.diagnostics.empty());
    } else {
        bool found = false;
        for (const auto& diagnostic : result.diagnostics) {
            found = found || diagnostic.message.find(c.diagnostic) != std::string::npos;
            BOOST_TEST(diagnostic.file == path.string());
            BOOST_TEST(diagnostic.position.line > 0U);
        }
        BOOST_TEST(found, "expected a diagnostic containing " << c.diagnostic);
    }
}

BOOST_AUTO_TEST_CASE(every_shared_tmx_file_has_a_row) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_data / "tmx")) {
        if (entry.path().extension() == ".tmx") {
            ++files;
            bool listed = false;
            for (const auto& c : tmx_cases) {
                listed = listed || entry.path().filename() == c.file;
            }
            BOOST_TEST(listed, entry.path().filename() << " has no row in tmx_cases");
        }
    }
    BOOST_TEST(files == std::size(tmx_cases));
}

BOOST_AUTO_TEST_CASE(diagnostics_point_at_line_and_column) {
    const auto okapi =
        formats::read_tmx(test::shared_data / "tmx" / "okapi_potest_prop-after-seg.tmx");
    BOOST_REQUIRE(!okapi.diagnostics.empty());
    BOOST_TEST(format_location(okapi.diagnostics[0].file, okapi.diagnostics[0].position, "x")
                   .ends_with("okapi_potest_prop-after-seg.tmx:6:1: x"));
    const auto omegat =
        formats::read_tmx(test::shared_data / "tmx" / "omegat_invalid_bpt-ept-pairing.tmx");
    BOOST_REQUIRE(!omegat.diagnostics.empty());
    BOOST_TEST(omegat.diagnostics[0].position.line == 12U); // <ept i="1"> after five tabs
    BOOST_TEST(omegat.diagnostics[0].position.column == 6U);
    // UTF-16: columns are counted in characters of the decoded text.
    const auto trados =
        formats::read_tmx(test::shared_data / "tmx" / "trados-tw4win_html_test_utf16le.tmx");
    BOOST_REQUIRE(!trados.diagnostics.empty());
    BOOST_TEST(trados.diagnostics[0].position.line == 14U);
    BOOST_TEST(trados.diagnostics[0].position.column == 1U);
}

BOOST_AUTO_TEST_CASE(language_pair_can_be_chosen) {
    formats::ImportOptions options;
    options.source_language = "ko";
    options.target_language = "zh-CN";
    const auto result = formats::read_tmx(
        test::shared_data / "tmx" / "heartsome_XuanZang_srclang-all.tmx", options);
    BOOST_TEST(result.bitext.source.language == "ko");
    BOOST_TEST(result.bitext.target.language == "zh-CN");
    BOOST_TEST(result.alignment.links.size() == 51U);
}

BOOST_AUTO_TEST_CASE(bare_language_matches_regional_tuvs) {
    formats::ImportOptions options;
    options.source_language = "fr";
    options.target_language = "en";
    const auto result = formats::read_tmx(
        test::shared_data / "tmx" / "lisa-kit_ImportTest2A_inline_utf16le.tmx", options);
    BOOST_TEST(result.bitext.source.language == "fr-CA");
    BOOST_TEST(align::span_text(result.bitext.source, result.alignment.links[0].source) ==
               "Le gros ⟨2⟩chat⟨/2⟩ ⟨1⟩noir⟨/1⟩ dors.");
}

BOOST_AUTO_TEST_CASE(notes_and_props_are_kept) {
    const auto result =
        formats::read_tmx(test::shared_data / "tmx" / "lisa-kit_ImportTest2C_all-attributes.tmx");
    BOOST_TEST(!result.header.notes.empty());
    BOOST_TEST(!result.header.props.empty());
    BOOST_REQUIRE_EQUAL(result.units.size(), 1U);
    BOOST_TEST(!result.units[0].notes.empty());
    BOOST_TEST(!result.units[0].props.empty());
}

BOOST_AUTO_TEST_SUITE_END()
