// SPDX-License-Identifier: GPL-3.0-or-later
// The on-disk dictionary cache: every test points it at its own scratch folder.
#include "../test_paths.hpp"
#include "dictionary_pairs.hpp"

#include "lexicon/dictionary_cache.hpp"
#include "lexicon/pair_sources.hpp"

#include <tandem/lexicon/dictionary.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using tandem::lexicon::Dictionary;
using tandem::lexicon::Direction;
using tandem::lexicon::detail::DictionaryCache;

const auto lexicon_data = tandem::test::test_data / "lexicon";

/// A scratch folder, removed afterwards, with XDG_CACHE_HOME pointing into it for the test's
/// duration (so the real home is never written).
class ScratchCache {
public:
    ScratchCache() {
        static unsigned counter = 0;
        m_folder =
            fs::temp_directory_path() / ("tandem-dictionary-cache-" + std::to_string(::getpid()) +
                                         "-" + std::to_string(counter++));
        fs::remove_all(m_folder);
        fs::create_directories(m_folder);
        if (const char* old = std::getenv("XDG_CACHE_HOME")) {
            m_old = old;
        }
        setenv("XDG_CACHE_HOME", (m_folder / "cache").c_str(), 1);
    }
    ScratchCache(const ScratchCache&) = delete;
    ScratchCache& operator=(const ScratchCache&) = delete;
    ~ScratchCache() {
        if (m_old) {
            setenv("XDG_CACHE_HOME", m_old->c_str(), 1);
        } else {
            unsetenv("XDG_CACHE_HOME");
        }
        std::error_code ignored;
        fs::remove_all(m_folder, ignored);
    }
    [[nodiscard]] const fs::path& folder() const noexcept { return m_folder; }
    /// Where load_pair_dictionaries() keeps its files now.
    [[nodiscard]] fs::path dictionaries() const {
        return m_folder / "cache" / "tandem" / "dictionaries";
    }

private:
    fs::path m_folder;
    std::optional<std::string> m_old;
};

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

using tandem::test::has_pair;

Dictionary one_pair() {
    return Dictionary(std::vector<tandem::lexicon::WordPair>{{"hund", "chien"}});
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_lexicon)

BOOST_AUTO_TEST_CASE(cache_gives_back_the_stored_dictionary) {
    const ScratchCache scratch;
    const DictionaryCache cache(scratch.folder() / "store");
    const auto cold =
        tandem::lexicon::read_dictd(lexicon_data / "freedict-deu-fra.index", Direction::forward);
    BOOST_REQUIRE(cold.size() > 0U);
    BOOST_TEST(!cache.find("pair\nversion 1").has_value());
    BOOST_TEST(cache.store("pair\nversion 1", cold));
    const auto warm = cache.find("pair\nversion 1");
    BOOST_REQUIRE(warm.has_value());
    BOOST_TEST((warm->pairs() == cold.pairs()));
    // The same file under another version of the key is a miss, and storing replaces it.
    BOOST_TEST(cache.file_for("pair\nversion 1") == cache.file_for("pair\nversion 2"));
    BOOST_TEST(!cache.find("pair\nversion 2").has_value());
    BOOST_TEST(cache.store("pair\nversion 2", one_pair()));
    BOOST_TEST(!cache.find("pair\nversion 1").has_value());
    BOOST_TEST(cache.find("pair\nversion 2")->size() == 1U);
}

BOOST_AUTO_TEST_CASE(damaged_cache_files_are_misses) {
    const ScratchCache scratch;
    const DictionaryCache cache(scratch.folder() / "store");
    const auto dictionary =
        tandem::lexicon::read_dictd(lexicon_data / "freedict-deu-fra.index", Direction::forward);
    BOOST_REQUIRE(cache.store("key", dictionary));
    const auto file = cache.file_for("key");
    const auto good = contents(file);
    BOOST_REQUIRE(cache.find("key").has_value());

    write(file, good.substr(0, good.size() / 2));
    BOOST_TEST(!cache.find("key").has_value(), "truncated");
    auto flipped = good;
    flipped[good.size() / 2] = static_cast<char>(flipped[good.size() / 2] ^ 0x20);
    write(file, flipped);
    BOOST_TEST(!cache.find("key").has_value(), "one byte changed");
    write(file, "");
    BOOST_TEST(!cache.find("key").has_value(), "empty");
    write(file, std::string(1000, '\xff'));
    BOOST_TEST(!cache.find("key").has_value(), "foreign bytes");
    fs::remove(file);
    fs::create_directory(file);
    BOOST_TEST(!cache.find("key").has_value(), "a folder in its place");
    BOOST_TEST(!cache.store("key", dictionary), "a folder in its place");
}

BOOST_AUTO_TEST_CASE(unwritable_cache_folder_caches_nothing) {
    const ScratchCache scratch;
    write(scratch.folder() / "file", "not a folder");
    const DictionaryCache cache(scratch.folder() / "file" / "store");
    BOOST_TEST(!cache.store("key", one_pair()));
    BOOST_TEST(!cache.find("key").has_value());
    const DictionaryCache none{fs::path{}};
    BOOST_TEST(!none.store("key", one_pair()));
    BOOST_TEST(!none.find("key").has_value());
    // With the cache home a plain file, loading still reads the dictionary.
    setenv("XDG_CACHE_HOME", (scratch.folder() / "file").c_str(), 1);
    const auto loaded = tandem::lexicon::load_pair_dictionaries("de", "fr", false,
                                                                {lexicon_data / "word-list.tsv"});
    BOOST_TEST(has_pair(*loaded.dictionary, "hund", "chien"));
}

BOOST_AUTO_TEST_CASE(loaded_pair_is_cached_on_disk_and_read_anew_when_a_file_changes) {
    const ScratchCache scratch;
    const auto list = scratch.folder() / "list.tsv";
    fs::copy_file(lexicon_data / "word-list.tsv", list);
    const auto first_key = tandem::lexicon::detail::pair_sources("de", "fr", false, {list}).key;
    const auto first = tandem::lexicon::load_pair_dictionaries("de", "fr", false, {list});
    BOOST_TEST(has_pair(*first.dictionary, "hund", "chien"));

    const DictionaryCache cache(scratch.dictionaries());
    const auto stored = cache.find(first_key);
    BOOST_REQUIRE(stored.has_value());
    BOOST_TEST((stored->pairs() == first.dictionary->pairs()));
    BOOST_TEST((stored->pairs() == tandem::lexicon::read_dictionary(list, "de", "fr").pairs()));

    // An edited file changes the key: the old entry no longer answers, the new one is read.
    std::ofstream(list, std::ios::app) << "Maus\tsouris\n";
    const auto second_key = tandem::lexicon::detail::pair_sources("de", "fr", false, {list}).key;
    BOOST_TEST(second_key != first_key);
    BOOST_TEST(!cache.find(second_key).has_value());
    const auto second = tandem::lexicon::load_pair_dictionaries("de", "fr", false, {list});
    BOOST_TEST(has_pair(*second.dictionary, "maus", "souris"));
    BOOST_TEST(cache.find(second_key).has_value());
    BOOST_TEST(!cache.find(first_key).has_value());
}

BOOST_AUTO_TEST_CASE(corrupt_cache_file_is_rebuilt) {
    const ScratchCache scratch;
    const auto list = scratch.folder() / "list.tsv";
    fs::copy_file(lexicon_data / "word-list.tsv", list);
    const auto key = tandem::lexicon::detail::pair_sources("de", "fr", false, {list}).key;
    const DictionaryCache cache(scratch.dictionaries());
    fs::create_directories(scratch.dictionaries());
    write(cache.file_for(key), "TDMDICT garbage that is not a dictionary");
    const auto loaded = tandem::lexicon::load_pair_dictionaries("de", "fr", false, {list});
    BOOST_TEST(
        (loaded.dictionary->pairs() == tandem::lexicon::read_dictionary(list, "de", "fr").pairs()));
    const auto rebuilt = cache.find(key);
    BOOST_REQUIRE(rebuilt.has_value());
    BOOST_TEST((rebuilt->pairs() == loaded.dictionary->pairs()));
}

BOOST_AUTO_TEST_CASE(cache_folder_follows_xdg_cache_home) {
    const ScratchCache scratch;
    BOOST_TEST(tandem::lexicon::detail::dictionary_cache_folder() == scratch.dictionaries());
    // A relative XDG_CACHE_HOME is ignored, as the XDG base directory specification says.
    setenv("XDG_CACHE_HOME", "relative/cache", 1);
    const char* home = std::getenv("HOME");
    const auto expected = home != nullptr && home[0] == '/'
                              ? fs::path(home) / ".cache" / "tandem" / "dictionaries"
                              : fs::path{};
    BOOST_TEST(tandem::lexicon::detail::dictionary_cache_folder() == expected);
}

BOOST_AUTO_TEST_CASE(build_identity_is_known) {
    // Without a build ID the disk cache would stay off; the CI toolchain writes one.
    BOOST_TEST(tandem::lexicon::detail::build_identity().size() >= 16U);
}

BOOST_AUTO_TEST_SUITE_END()
