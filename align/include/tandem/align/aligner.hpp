// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The alignment engine's entry point. Callers depend only on this header: the scoring and the
/// search behind it can change without touching them.
#pragma once

#include <tandem/align/alignment.hpp>

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
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
    /// Worker threads for scoring, and for searching the regions between fixed links in
    /// parallel; 0 means one per core.
    unsigned threads = 0;
};

/// Aligns the two documents of @p bitext: builds an AlignmentContext, then searches in it.
/// Deterministic for the same input and options. Throws Cancelled when @p stop is requested.
[[nodiscard]] Alignment align(const Bitext& bitext, const AlignOptions& options = {},
                              std::stop_token stop = {}, const ProgressCallback& progress = {});

struct EngineSummary;

/// What the engine knows about one bitext before its final search: the analysed words of both
/// documents, the translation table (dictionaries and the lexicon learned from a first pass), the
/// length model and the skip cost. Building it is most of the work of align(); searching in it
/// again with align_regions() costs only the search, so an editing session keeps one for as long
/// as the documents' segmentation stays as it is. Holds no reference to the bitext. Immutable once
/// built: share it between threads.
class AlignmentContext {
public:
    /// Analyses @p bitext and learns from it as align() does with the same @p options (its
    /// fixed_links constrain the first pass). Throws Cancelled when @p stop is requested.
    AlignmentContext(const Bitext& bitext, const AlignOptions& options, std::stop_token stop = {},
                     const ProgressCallback& progress = {});
    ~AlignmentContext();
    AlignmentContext(const AlignmentContext&) = delete;
    AlignmentContext& operator=(const AlignmentContext&) = delete;

    /// Source sentences of the bitext it was built from.
    [[nodiscard]] std::size_t source_size() const noexcept;
    /// Target sentences of the bitext it was built from.
    [[nodiscard]] std::size_t target_size() const noexcept;
    /// The dictionaries, learned lexicon, length model and skip cost in use.
    [[nodiscard]] const EngineSummary& summary() const noexcept;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    friend class ContextAccess;
};

/// A rectangle of sentences aligned on its own (between two fixed links).
struct AlignRegion {
    Span source; ///< source sentences
    Span target; ///< target sentences
    /// The links now covering the rectangle, in order, when there are some (re-alignment
    /// replaces them); empty otherwise. A region small enough to be searched in full is then
    /// searched near them instead, as the whole-document search works near its coarse path: in
    /// a band a few sentences either side, doubled wherever the best path reaches its side, so
    /// that a wrong stretch of them is still replaced.
    std::vector<Link> guide{};
};

/// The best links through each of @p regions, as align()'s final pass finds them: each region's
/// links cover it exactly, in the context's sentence indices, with posteriors as confidence.
/// Regions are independent and searched in parallel on `options.threads` workers (only max_link
/// and threads are read); the result does not depend on the number of workers. Throws
/// Error(invalid_argument) when a region leaves the documents or its guide does not cover it,
/// Cancelled when @p stop is requested.
[[nodiscard]] std::vector<std::vector<Link>> align_regions(const AlignmentContext& context,
                                                           const std::vector<AlignRegion>& regions,
                                                           const AlignOptions& options = {},
                                                           std::stop_token stop = {},
                                                           const ProgressCallback& progress = {});

} // namespace tandem::align
