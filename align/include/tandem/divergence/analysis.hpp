// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Finding divergence markers on an alignment (automatic, edited or imported).
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace tandem::divergence {

/// Thresholds of the analysis; defaults are calibrated on real data (see docs/divergences.md).
struct DivergenceSettings {
    double low_confidence = 0.5; ///< links below this confidence get a low-confidence marker
    /// Deviation, in standard deviations of the pair's own Gale & Church (1993) length model
    /// (ratio and variance fitted robustly on its links), beyond which a link is an expansion
    /// warning; and shortfall, in standard deviations, of the share of its source a link renders
    /// (from its length and its lexical coverage together, against the pair's lexically supported
    /// links), beyond which it is a compression warning. `length_notice_z` gives a notice.
    double length_warning_z = 4.0;
    double length_notice_z = 3.0; ///< see length_warning_z
    /// A merge (split) whose target is at least this many deviations of the length model short (long)
    /// and fits within `absorbed_fit_z` without one of its sentences hides an omission (addition).
    double absorbed_z = 2.5;
    /// As absorbed_z, when that sentence also holds a number or name with no counterpart, or the
    /// link's confidence is below low_confidence.
    double absorbed_anchor_z = 1.5;
    double absorbed_fit_z = 1.5; ///< see absorbed_z
    /// As absorbed_z, for a sentence of three words or more none of which has a counterpart on
    /// the other side while each other sentence of the link has one: the link needs only to be
    /// no longer than expected.
    double absorbed_lexical_z = 0.0;
    /// For absorbed_lexical_z, a sentence with one word that has a counterpart (and whose stem
    /// the link's other sentences lack) also counts as unrendered when its share of such words
    /// (among its words of four letters or more) is at most this fraction of the share in the
    /// link's other sentences: one accidental hit.
    double absorbed_lexical_share = 0.5;
    /// Links whose longer side has fewer code points than this are never compressed or expanded.
    std::size_t min_length = 40;
    /// Largest relative difference between a hedged number and its counterpart that is an
    /// approximation (12.5 → `about 12`) rather than a wrong value.
    double approximation_tolerance = 0.15;
    /// Smallest name similarity (text::key_similarity of transliterated keys) of a match.
    double name_similarity = 0.75;
    /// Share of a target sentence's words copied from its source above which it is untranslated.
    double untranslated_share = 0.8;
    /// Use the bilingual dictionaries installed for the language pair to match names.
    bool use_dictionaries = true;
    /// Extra dictionary files (FreeDict `.index`, TSV, hunalign `.dic`).
    std::vector<std::filesystem::path> dictionaries;
};

/// Finds markers on alignments of one language pair. Building it reads the dictionaries and the
/// number-word tables once; reuse it for many documents. Not thread-safe: one per thread or job.
class Analyzer {
public:
    /// @param source_language, target_language BCP 47 tags of the two sides
    Analyzer(std::string_view source_language, std::string_view target_language,
             DivergenceSettings settings = {});
    ~Analyzer();
    Analyzer(Analyzer&&) noexcept;
    Analyzer& operator=(Analyzer&&) noexcept;

    /// Every marker on @p alignment of @p bitext, sorted by link, then by kind. The documents'
    /// languages must be the analyzer's. Throws Error(invalid_argument) when the alignment does
    /// not fit the bitext.
    [[nodiscard]] std::vector<Marker> analyze(const align::Bitext& bitext,
                                              const align::Alignment& alignment);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Every marker on @p alignment of @p bitext, sorted by link, then by kind (one Analyzer run).
[[nodiscard]] std::vector<Marker> find_divergences(const align::Bitext& bitext,
                                                   const align::Alignment& alignment,
                                                   const DivergenceSettings& settings = {});

} // namespace tandem::divergence
