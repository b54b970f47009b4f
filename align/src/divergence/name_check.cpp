// SPDX-License-Identifier: GPL-3.0-or-later
// Names, acronyms and titles with no counterpart in their link. Candidates are
// capitalised words inside a sentence and acronyms; they match through
// transliteration keys (`Лаврову` ↔ `Lavrov`), Snowball stems, the bilingual
// dictionaries and a Dice association learned on the pair itself (Smadja,
// McKeown & Hatzivassiloglou 1996).
#include "name_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace tandem::divergence::detail {

/// True when @p word (a source word when @p word_is_source) has a counterpart
/// among the words of @p span on the other side.
bool has_counterpart(AnalysisState& state, bool word_is_source, const text::Sentence& sentence,
                     Word& word, align::Span span) {
    Side& own = word_is_source ? state.source : state.target;
    Side& other = word_is_source ? state.target : state.source;
    const text::Document& other_document =
        word_is_source ? state.bitext.target : state.bitext.source;
    std::vector<SentenceFacts>& other_facts =
        word_is_source ? state.target_facts : state.source_facts;
    const std::string& key = own.key(sentence, word);
    // The other side's keys of the exonyms of this word (`Китая` → `china`, `chinese`).
    const std::vector<std::string>& exonyms = state.exonyms.counterparts(word_is_source, key);
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        for (Word& candidate : other_facts[i].words) {
            const bool linked = word_is_source
                                    ? state.lexicon.translates(word.stem, candidate.stem) ||
                                          state.associations.contains({word.stem, candidate.stem})
                                    : state.lexicon.translates(candidate.stem, word.stem) ||
                                          state.associations.contains({candidate.stem, word.stem});
            if (linked || candidate.stem == word.stem) {
                return true;
            }
            const std::string& candidate_key = other.key(other_document.sentences[i], candidate);
            const auto similar = [&](const std::string& other_key) {
                return text::key_similarity(other_key, candidate_key) >=
                       state.settings.name_similarity;
            };
            if (text::key_similarity(key, candidate_key) >= state.settings.name_similarity ||
                std::any_of(exonyms.begin(), exonyms.end(), similar)) {
                return true;
            }
        }
    }
    return false;
}

namespace {

struct Unmatched {
    text::SentenceIndex sentence;
    text::ByteRange bytes;
    bool acronym = false;
    bool common = false; ///< a word the dictionaries know (`Királyság`), capitalised in a title
    std::string key;     ///< transliteration key
};


/// The script most words of source sentence @p i are written in.
int sentence_script(const AnalysisState& state, text::SentenceIndex i) {
    const auto& text = state.bitext.source.sentences[i].text;
    std::map<int, std::size_t> counts;
    for (const Word& word : state.source_facts[i].words) {
        ++counts[text::first_letter_script(std::string_view(text).substr(word.bytes.begin, word.bytes.size()))];
    }
    const auto most = std::max_element(counts.begin(), counts.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    return most == counts.end() ? 0 : most->first;
}

std::vector<Unmatched> unmatched_names(AnalysisState& state, bool source_side, std::size_t k,
                                       const align::Link& link) {
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    std::vector<SentenceFacts>& facts = source_side ? state.source_facts : state.target_facts;
    const align::Span own = source_side ? link.source : link.target;
    const align::Span other = source_side ? link.target : link.source;
    Side& side = source_side ? state.source : state.target;
    std::vector<Unmatched> result;
    std::set<std::string> reported;
    for (text::SentenceIndex i = own.begin; i < own.end; ++i) {
        for (Word& word : facts[i].words) {
            if (!word.name || reported.contains(word.stem) ||
                has_counterpart(state, source_side, document.sentences[i], word, other)) {
                continue;
            }
            bool near = false;
            if (state.uncertain(link)) {
                for (const align::Link* neighbour : state.neighbours(k)) {
                    near = near ||
                           has_counterpart(state, source_side, document.sentences[i], word,
                                           source_side ? neighbour->target : neighbour->source);
                }
            }
            if (!near) {
                reported.insert(word.stem);
                const auto& known = source_side ? state.lexicon.source_words : state.lexicon.target_words;
                result.push_back({i, word.bytes, word.acronym, known.contains(word.stem),
                                  side.key(document.sentences[i], word)});
            }
        }
    }
    return result;
}

} // namespace

/// Where every noun is capitalised (German), a capitalised word is a name
/// candidate only when the other document has a word like it (`Everest`,
/// `Zermatt`): compounds such as `Höhenzahl` are translated, not
/// transliterated.
void confirm_noun_capitalised_names(AnalysisState& state, bool source_side) {
    Side& own = source_side ? state.source : state.target;
    if (!capitalises_nouns(own.language())) {
        return;
    }
    Side& other = source_side ? state.target : state.source;
    const text::Document& own_document = source_side ? state.bitext.source : state.bitext.target;
    const text::Document& other_document = source_side ? state.bitext.target : state.bitext.source;
    auto& own_facts = source_side ? state.source_facts : state.target_facts;
    auto& other_facts = source_side ? state.target_facts : state.source_facts;
    std::set<std::string> other_keys;
    for (std::size_t i = 0; i < other_facts.size(); ++i) {
        for (Word& word : other_facts[i].words) {
            if (word.capitalised) {
                other_keys.insert(other.key(other_document.sentences[i], word));
            }
        }
    }
    // Decided once per key: a name recurs, and every decision scans all of other_keys.
    std::unordered_map<std::string, bool> confirmed;
    for (std::size_t i = 0; i < own_facts.size(); ++i) {
        for (Word& word : own_facts[i].words) {
            if (!word.name || word.acronym) {
                continue;
            }
            const std::string& key = own.key(own_document.sentences[i], word);
            auto [verdict, unseen] = confirmed.try_emplace(key, false);
            if (unseen) {
                verdict->second =
                    std::any_of(other_keys.begin(), other_keys.end(), [&](const std::string& k) {
                        return text::key_similarity(key, k) >= state.settings.name_similarity;
                    });
            }
            word.name = verdict->second;
        }
    }
}

/// Source stems and target stems of unexplained name candidates that keep appearing in the same
/// links: a within-pair association (Dice coefficient, as in Smadja et al. 1996) for names no
/// transliteration or dictionary connects (`США` ↔ `US`).
void learn_associations(AnalysisState& state) {
    state.associations.clear();
    std::map<std::string, int> source_counts;
    std::map<std::string, int> target_counts;
    std::map<std::pair<std::string, std::string>, int> pair_counts;
    for (const auto& link : state.alignment.links) {
        if (link.source.empty() || link.target.empty()) {
            continue;
        }
        // Competitive linking (Melamed 2000): names a transliteration, stem or dictionary
        // entry already explains take no part, so `Дубая` ↔ `Dubai` never teaches
        // `Дубая` ↔ `Government`.
        std::set<std::string> source_stems;
        std::set<std::string> target_stems;
        for (text::SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            for (auto& word : state.source_facts[i].words) {
                if (word.name && !has_counterpart(state, true, state.bitext.source.sentences[i],
                                                  word, link.target)) {
                    source_stems.insert(word.stem);
                }
            }
        }
        for (text::SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
            for (auto& word : state.target_facts[i].words) {
                if (word.capitalised &&
                    !has_counterpart(state, false, state.bitext.target.sentences[i], word,
                                     link.source)) {
                    target_stems.insert(word.stem);
                }
            }
        }
        for (const auto& s : source_stems) {
            ++source_counts[s];
            for (const auto& t : target_stems) {
                ++pair_counts[{s, t}];
            }
        }
        for (const auto& t : target_stems) {
            ++target_counts[t];
        }
    }
    constexpr int min_together = 2;
    constexpr double min_dice = 0.6;
    for (const auto& [pair, together] : pair_counts) {
        const double dice =
            2.0 * together / (source_counts[pair.first] + target_counts[pair.second]);
        if (together >= min_together && dice >= min_dice) {
            state.associations.insert(pair);
        }
    }
}

void check_names(AnalysisState& state, std::size_t k, const align::Link& link) {
    constexpr double rendering_similarity = 0.5;
    const auto missing_in_target = unmatched_names(state, true, k, link);
    const auto missing_in_source = unmatched_names(state, false, k, link);
    const auto text_of = [](const text::Document& document, const Unmatched& name) {
        return std::string_view(document.sentences[name.sentence].text)
            .substr(name.bytes.begin, name.bytes.size());
    };
    // With an unexplained name on the other side too it may be a rendering we cannot verify (an
    // exonym, a translated acronym): a notice, not a warning. So is an acronym: translators spell
    // them out in common words (`ЖКХ` → `housing and public utilities`, `ФРГ` → `Germany`).
    // In one script a name is copied, so a target name that looks nothing like it
    // (`Chirac` → `László`) renders it only as an acronym does.
    for (const auto& name : missing_in_target) {
        const auto source_text = text_of(state.bitext.source, name);
        const auto renders = [&](const Unmatched& other) {
            return name.common || other.acronym ||
                   text::first_letter_script(source_text) !=
                       text::first_letter_script(text_of(state.bitext.target, other)) ||
                   text::key_similarity(name.key, other.key) >= rendering_similarity;
        };
        const auto renderer =
            std::find_if(missing_in_source.begin(), missing_in_source.end(), renders);
        std::string explanation =
            "The name " + quoted(source_text) + " in the source has no counterpart in the target";
        if (renderer != missing_in_source.end()) {
            explanation += ", unless the target's " +
                           quoted(text_of(state.bitext.target, *renderer)) + " renders it";
        }
        // An acronym quoted from another script (`COVID` in a Russian text) is copied, not
        // spelled out.
        const bool spelled_out =
            name.acronym && text::first_letter_script(source_text) == sentence_script(state, name.sentence);
        state.add(MarkerKind::name,
                  renderer == missing_in_source.end() && !spelled_out ? Severity::warning
                                                                      : Severity::notice,
                  k, {{name.sentence, name.bytes}}, {}, explanation + ".");
    }
    for (const auto& name : missing_in_source) {
        state.add(MarkerKind::name, Severity::notice, k, {}, {{name.sentence, name.bytes}},
                  "The name " + quoted(text_of(state.bitext.target, name)) +
                      " in the target has no counterpart in the source.");
    }
}

} // namespace tandem::divergence::detail
