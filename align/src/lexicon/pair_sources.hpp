// SPDX-License-Identifier: GPL-3.0-or-later
// The files a language pair's dictionary is read from, and the key that names their versions.
#pragma once

#include "unihan_reader.hpp"

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::lexicon::detail {

/// What load_pair_dictionaries() reads for a pair.
struct PairSources {
    std::vector<InstalledDictionary> installed; ///< installed dictd dictionaries
    std::vector<std::filesystem::path> extra;   ///< files the caller named
    /// Character glosses, for Chinese–English pairs with the installed sources.
    std::optional<UnihanFiles> unihan;
    /// Its first line names the pair and the files (the disk cache's file name); the others hold
    /// Tandem's build ID, ICU's version, and each file's size and modification time, so that
    /// new code or an edited file gives a new key.
    std::string key;
};

/// The sources of the pair's dictionary (the installed ones only when @p use_installed).
[[nodiscard]] PairSources pair_sources(std::string_view source_language,
                                       std::string_view target_language, bool use_installed,
                                       const std::vector<std::filesystem::path>& extra);

} // namespace tandem::lexicon::detail
