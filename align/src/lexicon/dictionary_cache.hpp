// SPDX-License-Identifier: GPL-3.0-or-later
// Merged pair dictionaries kept on disk between runs: reading FreeDict files costs about a second
// per pair (decompressing, parsing, case folding, converting Han script), loading the result back
// a few milliseconds.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace tandem::lexicon::detail {

/// `$XDG_CACHE_HOME/tandem/dictionaries`, else `$HOME/.cache/tandem/dictionaries`; empty when
/// neither variable is set (then nothing is cached).
[[nodiscard]] std::filesystem::path dictionary_cache_folder();

/// The GNU build ID (hex) of the program or shared library holding this code, or empty when it
/// has none. Part of every cache key: a dictionary read by another build of Tandem (whose readers
/// may differ) is never taken for ours.
[[nodiscard]] const std::string& build_identity();

/// Dictionaries stored in one folder, each under a key that names everything its contents depend
/// on. A file that is missing, truncated, corrupt, written by another format version or stored
/// under another key is a miss, never an error; so is a folder that cannot be read or written.
class DictionaryCache {
public:
    /// A cache in @p folder (created when first written); an empty path caches nothing.
    explicit DictionaryCache(std::filesystem::path folder) : m_folder(std::move(folder)) {}

    /// The dictionary stored under @p key, or nothing.
    [[nodiscard]] std::optional<Dictionary> find(std::string_view key) const noexcept;

    /// Stores @p dictionary under @p key, replacing the file atomically (a temporary file renamed
    /// over it, so a reader never sees half a file). Returns false when it cannot be written.
    bool store(std::string_view key, const Dictionary& dictionary) const noexcept;

    /// The file holding @p key's dictionary: named after the key's first line, so a new version
    /// of the same source files replaces the old entry instead of piling up beside it.
    [[nodiscard]] std::filesystem::path file_for(std::string_view key) const;

private:
    /// The dictionary in @p file when it is stored there under @p key, or nothing.
    static std::optional<Dictionary> read_entry(const std::filesystem::path& file,
                                                std::string_view key);

    std::filesystem::path m_folder;
};

} // namespace tandem::lexicon::detail
