// SPDX-License-Identifier: GPL-3.0-or-later
// English glosses of Han characters read from the Unicode Han Database: a hand-written excerpt,
// the files Debian's unicode-data installs (packaging/install-deps installs it), and which pairs
// read them.
#include "../test_paths.hpp"
#include "dictionary_pairs.hpp"

#include "lexicon/pair_sources.hpp"
#include "lexicon/unihan_reader.hpp"

#include <tandem/error.hpp>

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <string>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using tandem::lexicon::detail::UnihanFiles;
using tandem::test::has_pair;

const auto unihan_data = tandem::test::test_data / "lexicon" / "unihan";
const UnihanFiles excerpt{unihan_data / "Unihan_Readings.txt", unihan_data / "Unihan_Variants.txt"};

/// A file of @p bytes in the temporary folder, removed afterwards.
class ScratchFile {
public:
    ScratchFile(const std::string& name, const std::string& bytes)
        : m_path(fs::temp_directory_path() /
                 ("tandem-unihan-" + std::to_string(::getpid()) + "-" + name)) {
        std::ofstream(m_path, std::ios::binary) << bytes;
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    ~ScratchFile() {
        std::error_code ignored;
        fs::remove(m_path, ignored);
    }
    [[nodiscard]] const fs::path& path() const noexcept { return m_path; }

private:
    fs::path m_path;
};

} // namespace

BOOST_AUTO_TEST_SUITE(engine_unihan)

BOOST_AUTO_TEST_CASE(one_word_glosses_become_pairs) {
    const auto glosses = tandem::lexicon::detail::read_unihan_glosses(excerpt, true);
    for (const char* word : {"central", "center", "middle", "hit", "attain"}) {
        BOOST_TEST(has_pair(glosses, "中", word), word);
    }
    BOOST_TEST(has_pair(glosses, "在", "rest"));
    BOOST_TEST(has_pair(glosses, "國", "nation-state"));
    BOOST_TEST(has_pair(glosses, "水", "water"));
    // Parenthesised words, glosses of several words and function words are left out.
    BOOST_TEST(!has_pair(glosses, "中", "target"));
    BOOST_TEST(!has_pair(glosses, "中", "midst"));
    BOOST_TEST(!has_pair(glosses, "在", "in"));
    BOOST_TEST(!has_pair(glosses, "在", "consist"));
    // Other fields are no glosses.
    BOOST_TEST(!has_pair(glosses, "水", "sui"));
    BOOST_TEST(glosses.size() == 16U);
}

BOOST_AUTO_TEST_CASE(characters_without_glosses_borrow_their_variants) {
    const auto glosses = tandem::lexicon::detail::read_unihan_glosses(excerpt, false);
    BOOST_TEST(has_pair(glosses, "country", "国"));
    BOOST_TEST(has_pair(glosses, "country", "國"));
    BOOST_TEST(has_pair(glosses, "water", "水"));
    const auto without_variants =
        tandem::lexicon::detail::read_unihan_glosses({excerpt.readings, {}}, false);
    BOOST_TEST(!has_pair(without_variants, "country", "国"));
    BOOST_TEST(has_pair(without_variants, "country", "國"));
}

BOOST_AUTO_TEST_CASE(bzip2_files_read_like_plain_ones) {
    const auto plain = tandem::lexicon::detail::read_maybe_bzip2(excerpt.readings);
    BOOST_TEST(plain.starts_with("# An excerpt of Unihan_Readings.txt"));
    BOOST_TEST(tandem::lexicon::detail::read_maybe_bzip2(unihan_data / "Unihan_Readings.txt.bz2") ==
               plain);
}

BOOST_AUTO_TEST_CASE(broken_files_are_errors) {
    std::ifstream stream(unihan_data / "Unihan_Readings.txt.bz2", std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    const ScratchFile truncated("truncated.txt.bz2", bytes.substr(0, bytes.size() / 2));
    BOOST_CHECK_EXCEPTION(static_cast<void>(tandem::lexicon::detail::read_maybe_bzip2(truncated.path())),
                          tandem::Error, [](const tandem::Error& error) {
                              return error.code() == tandem::ErrorCode::encoding;
                          });
    const ScratchFile no_tabs("no-tabs.txt", "# comment\nU+4E2D kDefinition central\n");
    BOOST_CHECK_EXCEPTION(
        static_cast<void>(tandem::lexicon::detail::read_unihan_glosses({no_tabs.path(), {}}, true)),
        tandem::ParseError,
        [](const tandem::ParseError& error) { return error.position().line == 2; });
    const ScratchFile bad_code_point("bad-code-point.txt", "4E2D\tkDefinition\tcentral\n");
    BOOST_CHECK_THROW(static_cast<void>(tandem::lexicon::detail::read_unihan_glosses(
                          {bad_code_point.path(), {}}, true)),
                      tandem::ParseError);
    BOOST_CHECK_THROW(static_cast<void>(tandem::lexicon::detail::read_maybe_bzip2(
                          unihan_data / "missing.txt.bz2")),
                      tandem::Error);
}

BOOST_AUTO_TEST_CASE(unihan_found_compressed_first) {
    const auto found = tandem::lexicon::detail::find_unihan(unihan_data);
    BOOST_TEST_REQUIRE(found.has_value());
    BOOST_TEST(found->readings == unihan_data / "Unihan_Readings.txt.bz2");
    BOOST_TEST(found->variants == unihan_data / "Unihan_Variants.txt");
    BOOST_TEST(!tandem::lexicon::detail::find_unihan(tandem::test::test_data / "tmx").has_value());
}

BOOST_AUTO_TEST_CASE(installed_unihan_glosses_common_characters) {
    const auto installed = tandem::lexicon::detail::find_unihan();
    BOOST_TEST_REQUIRE(installed.has_value());
    const auto glosses = tandem::lexicon::detail::read_unihan_glosses(*installed, true);
    BOOST_TEST(has_pair(glosses, "中", "center"));
    BOOST_TEST(has_pair(glosses, "国", "country"));
    BOOST_TEST(has_pair(glosses, "年", "year"));
    BOOST_TEST(!has_pair(glosses, "在", "in"));
    BOOST_TEST(glosses.size() > 30000U);
}

BOOST_AUTO_TEST_CASE(only_chinese_english_pairs_read_unihan) {
    using tandem::lexicon::detail::pair_sources;
    const auto chinese_english = pair_sources("zh-Hans", "en", true, {});
    BOOST_TEST_REQUIRE(chinese_english.unihan.has_value());
    BOOST_TEST(chinese_english.key.find("Unihan_Readings") != std::string::npos);
    BOOST_TEST(pair_sources("en-GB", "zh", true, {}).unihan.has_value());
    BOOST_TEST(!pair_sources("zh", "en", false, {}).unihan.has_value());
    BOOST_TEST(!pair_sources("zh", "fr", true, {}).unihan.has_value());
    BOOST_TEST(!pair_sources("de", "en", true, {}).unihan.has_value());
}

BOOST_AUTO_TEST_SUITE_END()
