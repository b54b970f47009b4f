// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Bilingual word lists: FreeDict dictd files, tab-separated word lists and hunalign `.dic` files,
/// and finding the dictionaries installed for a language pair.
///
/// Glossary
/// - **entry**: one word pair, the source word and one of its translations, both case-folded.
/// - **direction**: whether a file's headwords are in the source language (`forward`) or in the
///   target language (`reverse`, e.g. `freedict-eng-deu` when aligning German to English).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::lexicon {

/// One translation pair, case-folded.
struct WordPair {
    std::string source; ///< a source-language word
    std::string target; ///< one of its target-language translations
    friend bool operator==(const WordPair&, const WordPair&) = default;
};

/// Which side of a file holds the source language.
enum class Direction {
    forward, ///< headwords (TSV first column, hunalign right side) are source words
    reverse, ///< headwords are target words
};

/// A bag of word pairs from any number of files.
class Dictionary {
public:
    /// An empty dictionary.
    Dictionary() = default;
    /// The dictionary of @p folded_pairs, already case-folded, neither side empty.
    explicit Dictionary(std::vector<WordPair> folded_pairs) : m_pairs(std::move(folded_pairs)) {}
    /// Makes room for @p pairs pairs in all.
    void reserve(std::size_t pairs) { m_pairs.reserve(pairs); }
    /// Adds a pair (case-folded here); pairs with an empty side are ignored.
    void add(std::string_view source, std::string_view target);
    /// Moves every pair of @p other to the end of this one.
    void merge(Dictionary&& other);
    /// All pairs in the order they were added.
    [[nodiscard]] const std::vector<WordPair>& pairs() const noexcept { return m_pairs; }
    /// Takes the pairs out, leaving the dictionary empty.
    [[nodiscard]] std::vector<WordPair> release() && noexcept { return std::move(m_pairs); }
    /// Number of pairs.
    [[nodiscard]] std::size_t size() const noexcept { return m_pairs.size(); }

private:
    std::vector<WordPair> m_pairs;
};

/// Reads a FreeDict dictd dictionary: @p index is the `.index` file; the `.dict.dz` (or `.dict`)
/// beside it holds the entries. Only one-word headwords are kept; translations of up to three
/// words give each of their words. Throws Error(io) or ParseError.
[[nodiscard]] Dictionary read_dictd(const std::filesystem::path& index, Direction direction);

/// Reads a word list with one `source<TAB>target` pair per line (`#` starts a comment).
[[nodiscard]] Dictionary read_tsv_dictionary(const std::filesystem::path& file, Direction direction);

/// Reads a hunalign dictionary: one `target @ source` pair per line (hunalign's own order).
[[nodiscard]] Dictionary read_hunalign_dictionary(const std::filesystem::path& file,
                                                  Direction direction);

/// Reads any of the formats above, chosen by the file name: `.index` is dictd, `.dic` hunalign,
/// anything else TSV. A `freedict-XXX-YYY` file whose XXX is the target language and YYY the
/// source language is read in reverse, whatever @p direction says.
[[nodiscard]] Dictionary read_dictionary(const std::filesystem::path& file,
                                         std::string_view source_language,
                                         std::string_view target_language);

/// ISO 639-3 codes FreeDict may use for BCP 47 @p tag (`de` → `deu`; `ro` → `ron`, `rum`,
/// `rom`), or the primary subtag itself when it is not in the table.
[[nodiscard]] std::vector<std::string> iso639_3_codes(std::string_view tag);

/// An installed dictionary for a language pair.
struct InstalledDictionary {
    std::filesystem::path index; ///< the dictd `.index` file
    Direction direction = Direction::forward; ///< reverse when it translates target to source
    /// A Japanese dictionary standing in for Chinese: only its Han-character words are used.
    bool han_bridge = false;
};

/// The FreeDict dictionaries in @p folder for the pair, in both directions, sorted by path. When
/// one side is Chinese and there is none for it, the Japanese dictionaries for the pair stand in
/// (marked han_bridge): the two languages share much vocabulary written in Han characters.
[[nodiscard]] std::vector<InstalledDictionary>
find_installed_dictionaries(std::string_view source_language, std::string_view target_language,
                            const std::filesystem::path& folder = "/usr/share/dictd");

/// The FreeDict language codes (`eng`, `fra`) of every language with a dictionary in @p folder
/// to or from @p language, sorted, each once.
[[nodiscard]] std::vector<std::string>
find_dictionary_partners(std::string_view language,
                         const std::filesystem::path& folder = "/usr/share/dictd");

/// The dictionaries for a language pair, merged, with the files they came from.
struct PairDictionaries {
    std::shared_ptr<const Dictionary> dictionary; ///< never null
    std::vector<std::string> files;               ///< every file read, in order
};

/// The installed FreeDict dictionaries for the pair (when @p use_installed) plus the @p extra
/// files, merged. Kept in memory for the life of the process, so re-aligning or re-checking the
/// same pair does not read them again, and on disk in `$XDG_CACHE_HOME/tandem/dictionaries`
/// (`~/.cache/…`) for later processes; a file whose size or time changes is read anew.
/// Thread-safe. Throws like read_dictionary().
[[nodiscard]] PairDictionaries load_pair_dictionaries(std::string_view source_language,
                                                      std::string_view target_language,
                                                      bool use_installed,
                                                      const std::vector<std::filesystem::path>& extra);

} // namespace tandem::lexicon
