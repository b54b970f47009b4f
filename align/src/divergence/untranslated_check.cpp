// SPDX-License-Identifier: GPL-3.0-or-later
#include "untranslated_check.hpp"

#include <tandem/text/unicode.hpp>

#include <string>
#include <unordered_set>

namespace tandem::divergence::detail {

void check_untranslated(AnalysisState& state, std::size_t k, const align::Link& link) {
    if (state.source.language() == state.target.language()) {
        return;
    }
    std::unordered_set<std::string> source_words;
    for (text::SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
        const text::Sentence& sentence = state.bitext.source.sentences[i];
        for (const auto& word : state.source_facts[i].words) {
            source_words.insert(text::fold_case(
                std::string_view(sentence.text).substr(word.bytes.begin, word.bytes.size())));
        }
    }
    for (text::SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
        const text::Sentence& sentence = state.bitext.target.sentences[i];
        std::size_t words = 0;
        std::size_t copied = 0;
        for (const auto& word : state.target_facts[i].words) {
            if (word.name) {
                continue; // names are copied in every good translation
            }
            ++words;
            copied +=
                source_words.contains(text::fold_case(
                    std::string_view(sentence.text).substr(word.bytes.begin, word.bytes.size())))
                    ? 1
                    : 0;
        }
        constexpr std::size_t min_words = 2;
        if (words >= min_words && static_cast<double>(copied) >= state.settings.untranslated_share *
                                                                     static_cast<double>(words)) {
            state.add(MarkerKind::untranslated, Severity::warning, k,
                      AnalysisState::spans(state.bitext.source, link.source),
                      {AnalysisState::whole(state.bitext.target, i)},
                      std::to_string(copied) + " of the " + std::to_string(words) +
                          " words of target sentence " + std::to_string(sentence.id) +
                          " repeat the source text: it is not translated.");
        }
    }
}

} // namespace tandem::divergence::detail
