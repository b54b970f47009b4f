// SPDX-License-Identifier: GPL-3.0-or-later
// Names, acronyms and titles with no counterpart in their link. Candidates are
// capitalised words inside a sentence and acronyms; they match through
// transliteration keys (`Лаврову` ↔ `Lavrov`), Snowball stems, the bilingual
// dictionaries and a Dice association learned on the pair itself (Smadja,
// McKeown & Hatzivassiloglou 1996).
#include "name_check.hpp"

#include <tandem/lexicon/dictionary.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

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
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        for (Word& candidate : other_facts[i].words) {
            const bool linked = word_is_source
                                    ? state.lexicon.translates(word.stem, candidate.stem) ||
                                          state.associations.contains({word.stem, candidate.stem})
                                    : state.lexicon.translates(candidate.stem, word.stem) ||
                                          state.associations.contains({candidate.stem, word.stem});
            if (linked || candidate.stem == word.stem ||
                text::key_similarity(key, other.key(other_document.sentences[i], candidate)) >=
                    state.settings.name_similarity) {
                return true;
            }
        }
    }
    // The other side's keys of the exonyms of this word (`Китая` → `china`, `chinese`), costly to
    // find for a word first seen: looked up only for the words nothing above matches.
    const std::vector<ExonymMatch>& exonyms = state.exonyms.counterparts(word_is_source, key);
    if (exonyms.empty()) {
        return false;
    }
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        for (Word& candidate : other_facts[i].words) {
            const std::string& candidate_key = other.key(other_document.sentences[i], candidate);
            // Through an exonym the word meets the candidate in two fuzzy steps: together they
            // must be as close as one (`Qing` is like `Kína`, whose `China` is like `Chen`, but
            // 0.75 × 0.8 is too far).
            const auto similar = [&](const ExonymMatch& exonym) {
                return exonym.similarity * text::key_similarity(exonym.key, candidate_key) >=
                       state.settings.name_similarity;
            };
            if (std::any_of(exonyms.begin(), exonyms.end(), similar)) {
                return true;
            }
        }
    }
    return false;
}

namespace {

/// True when @p folded (a case-folded word) ends in a word of three letters or more whose stem
/// is in @p known, after a first part of three letters or more (`basislager` = `basis` +
/// `lager`, `gletscherarm` = `gletscher` + `arm`): a compound of common words, the usual way
/// German makes a word no dictionary lists.
bool compound_of_known(Side& side, std::string_view folded,
                       const std::unordered_set<std::string>& known) {
    constexpr std::size_t min_head = 3;
    constexpr std::size_t min_tail = 3;
    const std::size_t letters = text::count_code_points(folded);
    std::size_t head = 0;
    for (std::size_t byte = 0; byte < folded.size(); ++byte) {
        if ((static_cast<unsigned char>(folded[byte]) & 0xC0U) == 0x80U) {
            continue; // inside a UTF-8 sequence
        }
        if (head >= min_head && letters - head >= min_tail &&
            known.contains(side.stemmer().stem(folded.substr(byte)))) {
            return true;
        }
        ++head;
    }
    return false;
}

/// Whether the pair's dictionary translates @p word by a word like it, as it does names
/// (`Himalaya` → `Himalaya`, `Alpen` → `Alpes`), or only by unlike words, as it does common words
/// (`Berg` → `montagne`); nothing when it does not translate it.
std::optional<bool> translated_alike(AnalysisState& state, bool source_side, const std::string& key,
                                     const Word& word) {
    const auto& translations =
        source_side ? state.lexicon.source_to_target : state.lexicon.target_to_source;
    const auto found = translations.find(word.stem);
    if (found == translations.end()) {
        return std::nullopt;
    }
    Side& other = source_side ? state.target : state.source;
    return std::any_of(found->second.begin(), found->second.end(), [&](const std::string& stem) {
        return text::key_similarity(key, other.name_key(stem)) >= state.settings.name_similarity;
    });
}

/// True when the letters of @p acronym include the initial of @p name, both in the same script
/// (`EU` and `Európai`), compared without case and accents.
bool has_initial_of(std::string_view acronym, std::string_view name) {
    const std::string initial = text::fold_case(text::to_latin_ascii(name)).substr(0, 1);
    return !initial.empty() &&
           text::fold_case(text::to_latin_ascii(acronym)).find(initial) != std::string::npos;
}

struct Unmatched {
    text::SentenceIndex sentence;
    text::ByteRange bytes;
    bool acronym = false;
    bool common = false; ///< a word the dictionary translates by unlike words (`Királyság`),
                         ///< capitalised in a title
    std::string key;     ///< transliteration key
    std::string stem;
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
                const std::string& key = side.key(document.sentences[i], word);
                // A name the dictionary lists as a common word by its stem (`Дубая`, stemmed
                // like `дуба`, oak) is no common word where the pair transliterates it.
                const std::optional<bool> alike = translated_alike(state, source_side, key, word);
                result.push_back({i, word.bytes, word.acronym,
                                  alike.has_value() && !*alike &&
                                      !(source_side && state.transliterated.contains(word.stem)),
                                  key, word.stem});
            }
        }
    }
    return result;
}

} // namespace

void add_language_vocabulary(Side& side, std::string_view other_language,
                             std::unordered_set<std::string>& words) {
    if (!capitalises_nouns(side.language())) {
        return;
    }
    const auto paired = lexicon::iso639_3_codes(other_language);
    for (const auto& partner : lexicon::find_dictionary_partners(side.language())) {
        if (std::find(paired.begin(), paired.end(), partner) != paired.end()) {
            continue; // the pair's own dictionaries are read already
        }
        const auto dictionary = lexicon::load_pair_dictionaries(side.language(), partner, true, {});
        // A headword has many translations: stem each word once.
        std::unordered_set<std::string_view> unique;
        for (const auto& pair : dictionary.dictionary->pairs()) {
            unique.insert(pair.source);
        }
        for (const std::string_view word : unique) {
            words.insert(side.stemmer().stem(word));
        }
    }
}

/// Where every noun is capitalised (German), a capitalised word is a name candidate when no
/// dictionary of the language knows it and it is no compound of words it knows (`Magnone`,
/// `Tengri`), or when the other document has a name like it (`Everest`) and, for a word a
/// dictionary knows, the pair's dictionary translates it alike (`Himalaya`, but not `Berg` →
/// `montagne`, whatever mountain the other document names `Berg…`). Compounds
/// (`Neuvermessung`) are translated, not transliterated. Without any dictionary only the other
/// document confirms.
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
    const auto& known = source_side ? state.lexicon.source_words : state.lexicon.target_words;
    // Where the other language capitalises only names, its name candidates confirm.
    const bool other_capitalises_nouns = capitalises_nouns(other.language());
    std::set<std::string> other_keys;
    for (std::size_t i = 0; i < other_facts.size(); ++i) {
        for (Word& word : other_facts[i].words) {
            if (other_capitalises_nouns ? word.capitalised : word.name) {
                other_keys.insert(other.key(other_document.sentences[i], word));
            }
        }
    }
    // Decided once per stem: a name recurs, and every decision scans all of other_keys.
    std::unordered_map<std::string, bool> confirmed;
    for (std::size_t i = 0; i < own_facts.size(); ++i) {
        const std::string& text = own_document.sentences[i].text;
        for (Word& word : own_facts[i].words) {
            if (!word.name || word.acronym) {
                continue;
            }
            auto [verdict, unseen] = confirmed.try_emplace(word.stem, false);
            if (unseen) {
                const std::string& key = own.key(own_document.sentences[i], word);
                const bool listed = known.contains(word.stem);
                const std::string folded = text::fold_case(
                    std::string_view(text).substr(word.bytes.begin, word.bytes.size()));
                verdict->second =
                    (!known.empty() && !listed && !compound_of_known(own, folded, known)) ||
                    ((!listed || translated_alike(state, source_side, key, word).value_or(false)) &&
                     std::any_of(other_keys.begin(), other_keys.end(), [&](const std::string& k) {
                         return text::key_similarity(key, k) >= state.settings.name_similarity;
                     }));
            }
            word.name = verdict->second;
        }
    }
}

void find_transliterated_names(AnalysisState& state) {
    state.transliterated.clear();
    for (const auto& link : state.alignment.links) {
        for (text::SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            const text::Sentence& sentence = state.bitext.source.sentences[i];
            for (Word& word : state.source_facts[i].words) {
                // Any capitalised word: a name opening a sentence is evidence too.
                if (!word.capitalised || state.transliterated.contains(word.stem)) {
                    continue;
                }
                const std::string& key = state.source.key(sentence, word);
                for (text::SentenceIndex j = link.target.begin; j < link.target.end; ++j) {
                    for (Word& candidate : state.target_facts[j].words) {
                        if (candidate.capitalised &&
                            text::key_similarity(
                                key,
                                state.target.key(state.bitext.target.sentences[j], candidate)) >=
                                state.settings.name_similarity) {
                            state.transliterated.insert(word.stem);
                        }
                    }
                }
            }
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
    // them out in common words (`ЖКХ` → `housing and public utilities`, `ФРГ` → `Germany`); and
    // so is a word the dictionary translates by something unlike it, capitalised in a title
    // (`Királyság`, `Порядка`).
    // In one script a name is copied, so a target name that looks nothing like it
    // (`Chirac` → `László`) renders it only as an acronym does, and an acronym holds the
    // initials of what it stands for (`Európai` → `EU`, but not `Gasherbrum` → `SE`).
    for (const auto& name : missing_in_target) {
        const auto source_text = text_of(state.bitext.source, name);
        const int source_script = text::first_letter_script(source_text);
        const auto renders = [&](const Unmatched& other) {
            const auto target_text = text_of(state.bitext.target, other);
            // Across scripts a name may be transcribed in ways the keys miss (`Киевской` →
            // `Kyiv`), unless the pair transliterates it elsewhere (`Китчин` → `Kitchin`).
            if (source_script != text::first_letter_script(target_text) &&
                !state.transliterated.contains(name.stem)) {
                return true;
            }
            return other.acronym
                       ? has_initial_of(target_text, source_text)
                       : text::key_similarity(name.key, other.key) >= rendering_similarity;
        };
        const auto renderer =
            std::find_if(missing_in_source.begin(), missing_in_source.end(), renders);
        std::string explanation =
            "The name " + quoted(source_text) + " in the source has no counterpart in the target";
        if (name.common) {
            explanation += ", though the dictionary knows it as a common word";
        } else if (renderer != missing_in_source.end()) {
            explanation += ", unless the target's " +
                           quoted(text_of(state.bitext.target, *renderer)) + " renders it";
        }
        // An acronym quoted from another script (`COVID` in a Russian text) is copied, not
        // spelled out.
        const bool spelled_out =
            name.acronym && text::first_letter_script(source_text) == sentence_script(state, name.sentence);
        state.add(MarkerKind::name,
                  renderer == missing_in_source.end() && !spelled_out && !name.common
                      ? Severity::warning
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
