// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken XML: each file in tests/data/<format>/invalid has a row with the error it
// must produce (adding a file without a row fails); deep nesting and a 200 MB text node are
// generated here and never committed.
#include "../test_paths.hpp"

#include <tandem/formats/import.hpp>
#include <tandem/formats/tmx.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <unistd.h>

namespace {

using namespace tandem;

struct InvalidCase {
    const char* file;
    ErrorCode code;
    std::size_t line;
    std::size_t column; // 0 when unknown (inside an element's content)
    const char* message;
};

std::ostream& operator<<(std::ostream& out, const InvalidCase& c) {
    return out << c.file;
}

const InvalidCase invalid_cases[] = {
    {"tmx/invalid/xxe_etc_passwd.tmx", ErrorCode::parse, 5, 0,
     "entity reference '&xxe;' is not allowed"},
    {"tmx/invalid/billion_laughs.tmx", ErrorCode::limit, 1, 7, "entity reference loop"},
    {"tmx/invalid/truncated.tmx", ErrorCode::parse, 4, 47, "the document ends inside <seg>"},
    {"tmx/invalid/declared_utf16_is_utf8.tmx", ErrorCode::encoding, 1, 38,
     "labelled UTF-16 but has UTF-8 content"},
    {"tmx/invalid/declared_utf8_is_latin1.tmx", ErrorCode::encoding, 2, 57, "not proper UTF-8"},
    {"tmx/invalid/declared_ascii_is_utf8.tmx", ErrorCode::parse, 2, 57,
     "bytes its declared encoding does not allow"},
    {"tmx/invalid/not_tmx.tmx", ErrorCode::parse, 2, 1, "not a TMX file"},
    {"xces/invalid/xxe_in_link_group.xml", ErrorCode::parse, 4, 0,
     "entity reference '&xxe;' is not allowed"},
    {"xces/invalid/bad_xtargets.xml", ErrorCode::parse, 4, 3,
     "xtargets 's1 s2 s3' is not 'ids;ids'"},
    {"xces/invalid/crossing_links.xml", ErrorCode::unsupported, 5, 0,
     "crosses or overlaps an earlier link"},
    {"xces/invalid/unresolved_id.xml", ErrorCode::parse, 5, 0, "target sentence id 's9' is not in"},
};

/// A scratch file removed at the end of the test.
struct ScratchFile {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("tandem-safety-" + std::to_string(::getpid()) + ".tmx");
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
};

ParseError parse_error_of(const std::filesystem::path& path) {
    try {
        (void)formats::read_alignment(path);
    } catch (const ParseError& error) {
        return error;
    }
    BOOST_FAIL("no ParseError for " << path);
    throw std::logic_error("unreachable");
}

} // namespace

BOOST_AUTO_TEST_SUITE(xml_safety)

BOOST_DATA_TEST_CASE(invalid_files_fail_with_position, boost::unit_test::data::make(invalid_cases),
                     c) {
    const auto path = test::test_data / c.file;
    const ParseError error = parse_error_of(path);
    BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(c.code));
    BOOST_TEST(error.file() == path.string());
    BOOST_TEST(error.position().line == c.line);
    BOOST_TEST(error.position().column == c.column);
    BOOST_TEST(std::string(error.what()).find(c.message) != std::string::npos, error.what());
    BOOST_TEST(std::string(error.what()).find("root:") ==
               std::string::npos); // nothing of /etc/passwd
}

BOOST_AUTO_TEST_CASE(every_invalid_file_has_a_row) {
    for (const char* format : {"tmx", "xces"}) {
        for (const auto& entry :
             std::filesystem::directory_iterator(test::test_data / format / "invalid")) {
            const auto relative = std::filesystem::relative(entry.path(), test::test_data);
            bool listed = false;
            for (const auto& c : invalid_cases) {
                listed = listed || relative == c.file;
            }
            BOOST_TEST(listed, relative << " has no row in invalid_cases");
        }
    }
}

BOOST_AUTO_TEST_CASE(ten_thousand_deep_nesting_is_refused) {
    ScratchFile file;
    {
        std::ofstream out(file.path);
        out << "<tmx version=\"1.4\"><body>";
        for (int i = 0; i < 10000; ++i) {
            out << "<tu>";
        }
        for (int i = 0; i < 10000; ++i) {
            out << "</tu>";
        }
        out << "</body></tmx>";
    }
    const ParseError error = parse_error_of(file.path);
    BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(ErrorCode::limit));
    BOOST_TEST(std::string(error.what()).find("nested deeper") != std::string::npos, error.what());
}

BOOST_AUTO_TEST_CASE(two_hundred_megabyte_text_node_is_refused) {
    ScratchFile file;
    {
        std::ofstream out(file.path);
        out << "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>";
        const std::string chunk(1 << 20, 'a');
        for (int i = 0; i < 200; ++i) {
            out << chunk;
        }
        out << "</seg></tuv></tu></body></tmx>";
    }
    const ParseError error = parse_error_of(file.path);
    BOOST_TEST(static_cast<int>(error.code()) == static_cast<int>(ErrorCode::limit));
    BOOST_TEST(error.position().line == 1U);
}

BOOST_AUTO_TEST_CASE(external_dtd_is_never_fetched) {
    // A DOCTYPE pointing at a URL and at a local file: both are ignored, the file reads.
    ScratchFile file;
    {
        std::ofstream out(file.path);
        out << "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n"
               "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv "
               "xml:lang=\"en\"><seg>a</seg>"
               "</tuv><tuv xml:lang=\"de\"><seg>b</seg></tuv></tu></body></tmx>\n";
    }
    const auto result = formats::read_tmx(file.path);
    BOOST_TEST(result.alignment.links.size() == 1U);
}

BOOST_AUTO_TEST_SUITE_END()
