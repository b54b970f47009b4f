// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The long work behind the window — loading both files, aligning them, finding divergences —
/// as one wx-free function that runs on a worker thread, reports progress and can be cancelled.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/error.hpp>
#include <tandem/session/bookmark.hpp>
#include <tandem/text/language.hpp>

#include <filesystem>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace tandem::gui {

/// What to open and how to align it.
struct AlignmentRequest {
    std::filesystem::path source_path;         ///< the original
    std::filesystem::path target_path;         ///< the translation or interpretation
    std::string source_language;               ///< BCP 47 tag; empty: guess
    std::string target_language;               ///< BCP 47 tag; empty: guess
    align::AlignOptions align;                 ///< engine settings
    divergence::DivergenceSettings divergence; ///< analysis thresholds
};

/// Everything a finished job produced.
struct AlignmentResult {
    std::shared_ptr<const align::Bitext> bitext; ///< both documents, immutable from now on
    align::Alignment alignment;                  ///< the links
    std::vector<divergence::Marker> markers;     ///< sorted by link
    std::vector<Diagnostic> diagnostics;         ///< guesses made while loading
    std::vector<session::Bookmark> bookmarks;    ///< a project's bookmarks
};

/// Loads, aligns and analyses the pair @p request names. Reports stages through @p progress
/// (from this thread); throws Cancelled when @p stop is requested, Error/ParseError on bad input.
[[nodiscard]] AlignmentResult RunAlignmentJob(const AlignmentRequest& request, std::stop_token stop,
                                              const align::ProgressCallback& progress);

/// Opens an alignment made elsewhere (TMX, XCES, InterText) or a Tandem project at @p path,
/// keeping the markers it carries and finding them when it carries none. Throws like the readers.
[[nodiscard]] AlignmentResult RunImportJob(const std::filesystem::path& path,
                                           const divergence::DivergenceSettings& divergence,
                                           std::stop_token stop,
                                           const align::ProgressCallback& progress);

/// Guesses the language of the text file at @p path from its first 64 KiB; throws like the
/// loader for unreadable files.
[[nodiscard]] text::LanguageGuess GuessFileLanguage(const std::filesystem::path& path);

} // namespace tandem::gui
