// SPDX-License-Identifier: GPL-3.0-or-later
// The gold sets of ../shared/data/gold, read in place as a user would give them to
// `tandem align --segmented` (the raw sentence files, never the tokenised ones).
#pragma once

#include "../test_paths.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/formats/document_loader.hpp>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace tandem::test {

/// One document pair of a gold set.
struct GoldPair {
    std::filesystem::path source, target, links; ///< sentence files and gold beads
};

/// A gold set: language pair and its documents.
struct GoldSet {
    std::string name;            ///< folder name
    std::string source_language; ///< BCP 47
    std::string target_language; ///< BCP 47
    std::vector<GoldPair> pairs; ///< documents
};

/// Prints a set's name (for data-driven test case names).
inline std::ostream& operator<<(std::ostream& out, const GoldSet& set) { return out << set.name; }

/// The four development sets.
inline std::vector<GoldSet> gold_sets() {
    const auto gold = shared_data / "gold";
    std::vector<GoldSet> sets{
        {"textberg-dev-de-fr", "de", "fr",
         {{gold / "textberg-dev-de-fr/dev.de", gold / "textberg-dev-de-fr/dev.fr",
           gold / "textberg-dev-de-fr/dev.defr"}}},
        {"1984-ro-en", "ro", "en",
         {{gold / "1984-ro-en/ro.sen", gold / "1984-ro-en/en.sen", gold / "1984-ro-en/gold.align"}}},
        {"dtm-hu-en", "hu", "en",
         {{gold / "dtm-hu-en/hu.sen", gold / "dtm-hu-en/en.sen", gold / "dtm-hu-en/gold.align"}}},
        {"mac-dev-zh-en", "zh", "en", {}},
    };
    for (const char* document : {"001", "002", "003", "004", "005", "006"}) {
        const auto folder = gold / "mac-dev-zh-en";
        sets.back().pairs.push_back(
            {folder / "zh" / document, folder / "en" / document, folder / "gold" / document});
    }
    return sets;
}

/// A sentence-per-line file loaded as `tandem align --segmented -s/-t LANGUAGE` loads it.
inline text::Document load_segmented(const std::filesystem::path& file, const std::string& language) {
    formats::LoadOptions options;
    options.language = language;
    options.segmented = true;
    return formats::load_text_document(file, options).document;
}

/// Summed strict and lax figures of the engine over every pair of @p set.
inline align::Scores score_set(const GoldSet& set, const align::AlignOptions& options = {}) {
    align::ScoreCounts counts;
    for (const auto& pair : set.pairs) {
        const align::Bitext bitext{load_segmented(pair.source, set.source_language),
                                   load_segmented(pair.target, set.target_language)};
        const auto alignment = align::align(bitext, options);
        counts += align::count_matches(formats::read_beads(pair.links),
                                       formats::to_index_links(alignment));
    }
    return align::compute_scores(counts);
}

} // namespace tandem::test
