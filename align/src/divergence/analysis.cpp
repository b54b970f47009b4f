// SPDX-License-Identifier: GPL-3.0-or-later
// Divergence analysis on any alignment. The marker kinds follow the
// interpreting-studies taxonomies (Barik 1975: omissions, additions,
// substitutions; Wadensjö 1998: reduced, expanded, summarised, zero renditions)
// and the MQM accuracy branch (addition, omission, mistranslation,
// untranslated); numbers and names are the "problem triggers" of interpreting
// research (Mead 2015, Braun & Clarici 1996) and get their own checks. Every
// threshold is relative to the pair itself where a distribution exists
// (lengths, lexical coverage), and documented in docs/divergences.md otherwise. Each check lives
// in its own file; this one runs them link by link.
#include <tandem/divergence/analysis.hpp>

#include "analysis_state.hpp"
#include "cldr_names.hpp"
#include "gap_check.hpp"
#include "length_model.hpp"
#include "name_check.hpp"
#include "note_check.hpp"
#include "number_check.hpp"
#include "untranslated_check.hpp"

#include <tandem/error.hpp>
#include <tandem/lexicon/dictionary.hpp>

#include <algorithm>
#include <cmath>

namespace tandem::divergence {

struct Analyzer::Impl {
    DivergenceSettings settings;
    detail::Side source;
    detail::Side target;
    detail::StemLexicon lexicon;
    detail::ExonymTable exonyms{settings.name_similarity};

    Impl(std::string_view source_language, std::string_view target_language, DivergenceSettings s)
        : settings(std::move(s)), source(source_language), target(target_language) {
        const auto dictionary = lexicon::load_pair_dictionaries(
            source_language, target_language, settings.use_dictionaries, settings.dictionaries);
        for (const auto& pair : dictionary.dictionary->pairs()) {
            std::string source_stem = source.stemmer().stem(pair.source);
            std::string target_stem = target.stemmer().stem(pair.target);
            lexicon.source_words.insert(source_stem);
            lexicon.target_words.insert(target_stem);
            lexicon.target_to_source[target_stem].insert(source_stem);
            lexicon.source_to_target[std::move(source_stem)].insert(std::move(target_stem));
        }
        if (settings.use_dictionaries) {
            detail::add_language_vocabulary(source, target_language, lexicon.source_words);
            detail::add_language_vocabulary(target, source_language, lexicon.target_words);
        }
        detail::add_cldr_names(exonyms, source, target);
    }

    std::vector<Marker> run(const align::Bitext& bitext, const align::Alignment& alignment) {
        if (const auto broken =
                align::check_invariants(alignment, bitext.source.size(), bitext.target.size())) {
            throw Error(ErrorCode::invalid_argument,
                        "the alignment does not fit the texts: " + *broken);
        }
        detail::AnalysisState state{settings, source, target, lexicon, exonyms, bitext, alignment,
                                    {},       {},     {},     {},      {},      {},     {}};
        state.source_facts = source.facts(bitext.source);
        state.target_facts = target.facts(bitext.target);
        state.source_word_coverage.resize(bitext.source.size());
        state.target_word_coverage.resize(bitext.target.size());
        detail::confirm_noun_capitalised_names(state, true);
        detail::confirm_noun_capitalised_names(state, false);
        detail::find_transliterated_names(state);
        detail::learn_associations(state);
        const detail::LengthModel lengths = detail::calibrate_lengths(state);
        const detail::RenditionNorm renditions = detail::calibrate_renditions(state, lengths);
        for (std::size_t k = 0; k < alignment.links.size(); ++k) {
            const align::Link& link = alignment.links[k];
            detail::check_notes(state, k, link);
            if (link.target.empty() || link.source.empty()) {
                detail::check_gap(state, k, link, link.target.empty());
            } else {
                const std::size_t first_marker = state.markers.size();
                detail::check_numbers(state, k, link);
                detail::check_names(state, k, link);
                const detail::Absorbed absorbed =
                    detail::check_absorbed(state, k, link, lengths, first_marker);
                detail::check_shape(state, k, link, absorbed);
                if (!absorbed.source && !absorbed.target) {
                    detail::check_length(state, k, link, lengths, renditions, first_marker);
                }
                detail::check_untranslated(state, k, link);
            }
            if (link.status == align::LinkStatus::automatic &&
                link.confidence < settings.low_confidence) {
                state.add(MarkerKind::low_confidence, Severity::notice, k, {}, {},
                          "The engine is only " +
                              detail::format_value(std::round(link.confidence * 100.0)) +
                              "% sure of this " + link.type() + " link.");
            }
        }
        std::stable_sort(state.markers.begin(), state.markers.end(),
                         [](const Marker& a, const Marker& b) {
                             return a.link != b.link ? a.link < b.link : a.kind < b.kind;
                         });
        return std::move(state.markers);
    }
};

Analyzer::Analyzer(std::string_view source_language, std::string_view target_language,
                   DivergenceSettings settings)
    : m_impl(std::make_unique<Impl>(source_language, target_language, std::move(settings))) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::vector<Marker> Analyzer::analyze(const align::Bitext& bitext,
                                      const align::Alignment& alignment) {
    return m_impl->run(bitext, alignment);
}

std::vector<Marker> find_divergences(const align::Bitext& bitext, const align::Alignment& alignment,
                                     const DivergenceSettings& settings) {
    Analyzer analyzer(bitext.source.language, bitext.target.language, settings);
    return analyzer.analyze(bitext, alignment);
}

} // namespace tandem::divergence
