// SPDX-License-Identifier: GPL-3.0-or-later
// Every file in shared/data/xces, read in place: alignment files with the documents they name,
// sentence documents on their own, and the legacy file whose documents are missing.
#include "../test_paths.hpp"

#include <tandem/formats/xces.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <ostream>

namespace {

using namespace tandem;

struct XcesCase {
    const char* file;        // under shared/data/xces
    bool alignment;          // an alignment file (else a sentence document)
    std::size_t links;       // alignment: links read; document: sentences
    std::size_t source_size; // alignment: source sentences
    std::size_t target_size; // alignment: target sentences
    const char* error;       // the error it must produce, or ""
};

std::ostream& operator<<(std::ostream& out, const XcesCase& c) {
    return out << c.file;
}

const XcesCase xces_cases[] = {
    {"intertext-obama/Obama-Inauguracni_rec.cs-00.no-00.alignment.xml", true, 112, 113, 131, ""},
    {"intertext-obama/Obama-Inauguracni_rec.cs-00.xml", false, 113, 0, 0, ""},
    {"intertext-obama/Obama-Inauguracni_rec.no-00.xml", false, 131, 0, 0, ""},
    {"uplug-rf1988/data/xml/de-en/1988.sent.xml", true, 139, 152, 152, ""},
    {"uplug-rf1988/data/xml/1988de.basic.xml", false, 152, 0, 0, ""},
    {"uplug-rf1988/data/xml/1988en.basic.xml", false, 152, 0, 0, ""},
    {"uplug-rf1988/data/xml/1988en.sent.xml", false, 152, 0, 0, ""},
    {"uplug-svenprf-legacy/svenprf.xces", true, 0, 0, 0,
     "fromDoc 'svenprf-src.xml' was found neither"},
};

} // namespace

BOOST_AUTO_TEST_SUITE(xces_reader)

BOOST_DATA_TEST_CASE(reads_real_xces_files, boost::unit_test::data::make(xces_cases), c) {
    const auto path = test::shared_data / "xces" / c.file;
    if (!c.alignment) {
        std::vector<Diagnostic> diagnostics;
        const auto document = formats::read_xces_document(path, diagnostics);
        BOOST_TEST(document.size() == c.links);
        for (const auto& sentence : document.sentences) {
            BOOST_TEST(!sentence.text.empty());
            BOOST_TEST(sentence.text.find('\n') == std::string::npos);
        }
        return;
    }
    if (*c.error != '\0') {
        try {
            (void)formats::read_xces(path);
            BOOST_FAIL("no error");
        } catch (const Error& error) {
            BOOST_TEST(error.file() == path.string());
            BOOST_TEST(std::string(error.what()).find(c.error) != std::string::npos, error.what());
        }
        return;
    }
    const auto result = formats::read_xces(path);
    BOOST_TEST(result.bitext.source.size() == c.source_size);
    BOOST_TEST(result.bitext.target.size() == c.target_size);
    BOOST_TEST(result.alignment.links.size() >= c.links);
    BOOST_TEST(!align::check_invariants(result.alignment, c.source_size, c.target_size));
}

BOOST_AUTO_TEST_CASE(every_shared_xces_file_has_a_row) {
    std::size_t files = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(test::shared_data / "xces")) {
        if (entry.is_regular_file() && entry.path().filename() != "MANIFEST.md") {
            ++files;
            const auto relative =
                std::filesystem::relative(entry.path(), test::shared_data / "xces");
            bool listed = false;
            for (const auto& c : xces_cases) {
                listed = listed || relative == c.file;
            }
            BOOST_TEST(listed, relative << " has no row in xces_cases");
        }
    }
    BOOST_TEST(files == std::size(xces_cases));
}

BOOST_AUTO_TEST_CASE(intertext_order_is_detected_and_can_be_forced) {
    const auto path = test::shared_data / "xces" / "intertext-obama" /
                      "Obama-Inauguracni_rec.cs-00.no-00.alignment.xml";
    const auto result = formats::read_xces(path);
    BOOST_TEST(result.bitext.source.language == "cs");
    BOOST_TEST((result.alignment.links[0].status == align::LinkStatus::confirmed));
    formats::ImportOptions options;
    options.xces_order = formats::XcesOrder::source_first;
    BOOST_CHECK_THROW((void)formats::read_xces(path, options), ParseError);
}

BOOST_AUTO_TEST_CASE(opus_link_reads_source_ids_first) {
    const auto result = formats::read_xces(test::shared_data / "xces" / "uplug-rf1988" / "data" /
                                           "xml" / "de-en" / "1988.sent.xml");
    // SL3.1 `s4.1;s4.1 s4.2`: one German sentence, two English ones.
    bool found = false;
    for (std::size_t k = 0; k < result.units.size(); ++k) {
        if (result.units[k].id == "SL3.1") {
            found = true;
            BOOST_TEST(result.alignment.links[k].type() == "1-2");
        }
    }
    BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(legacy_nesting_and_spaced_xtargets_parse) {
    const auto file = formats::parse_xces_links(test::shared_data / "xces" /
                                                "uplug-svenprf-legacy" / "svenprf.xces");
    BOOST_REQUIRE_EQUAL(file.groups.size(), 1U);
    BOOST_TEST(file.groups[0].from_doc == "svenprf-src.xml");
    BOOST_TEST(!file.groups[0].links.empty());
    bool spaced = false;
    for (const auto& link : file.groups[0].links) {
        spaced = spaced || (link.first == std::vector<std::string>{"7"} &&
                            link.second == std::vector<std::string>{"7", "8"});
    }
    BOOST_TEST(spaced);
}

BOOST_AUTO_TEST_SUITE_END()
