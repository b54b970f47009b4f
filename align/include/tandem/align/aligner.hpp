// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The alignment engine's entry point. Callers depend only on this header: the scoring and the
/// search behind it can change without touching them.
#pragma once

#include <tandem/align/alignment.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::align {

/// How far a long operation has come.
struct Progress {
    std::string_view stage; ///< short English name of the current stage
    double fraction = 0.0;  ///< of the whole operation, in [0, 1]
};

/// Called from the working thread; must be cheap and thread-safe.
using ProgressCallback = std::function<void(const Progress&)>;

/// Settings of one alignment run.
struct AlignOptions {
    /// Largest number of sentences on one side of a link (links up to max_link-max_link).
    unsigned max_link = 3;
    /// Use bilingual dictionaries (found automatically for the language pair, plus `dictionaries`).
    bool use_dictionaries = true;
    /// Extra dictionary files (FreeDict dictd `.index`, TSV word lists, hunalign `.dic`).
    std::vector<std::filesystem::path> dictionaries;
    /// Learn a lexicon from the pair itself and re-align with it.
    bool learn_lexicon = true;
    /// Links that must appear as they are (confirmed links); they split the search into regions.
    std::vector<Link> fixed_links;
    /// Worker threads for scoring; 0 means one per core.
    unsigned threads = 0;
};

/// Aligns the two documents of @p bitext.
/// Deterministic for the same input and options. Throws Cancelled when @p stop is requested.
[[nodiscard]] Alignment align(const Bitext& bitext, const AlignOptions& options = {},
                              std::stop_token stop = {}, const ProgressCallback& progress = {});

} // namespace tandem::align
