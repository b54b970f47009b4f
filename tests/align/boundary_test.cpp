// SPDX-License-Identifier: GPL-3.0-or-later
// The dependency direction: align/ never sees wx or libxml2, formats/ never sees wx.
#include "../test_paths.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

namespace {

std::string offending_files(const std::filesystem::path& root, const std::regex& pattern) {
    std::string found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        if (std::regex_search(text.str(), pattern)) {
            found += entry.path().string() + ' ';
        }
    }
    return found;
}

} // namespace

BOOST_AUTO_TEST_SUITE(boundary)

BOOST_AUTO_TEST_CASE(align_includes_neither_wx_nor_libxml2) {
    const std::regex forbidden(R"(#\s*include\s*<(wx|libxml)/)");
    BOOST_TEST(offending_files(tandem::test::source_dir / "align", forbidden).empty());
}

BOOST_AUTO_TEST_CASE(formats_includes_no_wx) {
    const std::regex forbidden(R"(#\s*include\s*<wx/)");
    BOOST_TEST(offending_files(tandem::test::source_dir / "formats", forbidden).empty());
}

BOOST_AUTO_TEST_CASE(public_headers_expose_no_icu_or_libxml2) {
    const std::regex forbidden(R"(#\s*include\s*<(unicode|libxml)/)");
    BOOST_TEST(offending_files(tandem::test::source_dir / "align" / "include", forbidden).empty());
    BOOST_TEST(offending_files(tandem::test::source_dir / "formats" / "include", forbidden).empty());
}

BOOST_AUTO_TEST_SUITE_END()
