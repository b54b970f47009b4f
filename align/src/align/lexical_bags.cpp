// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexical_bags.hpp"

#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/stemmer.hpp>
#include <tandem/text/transliteration.hpp>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace tandem::align::detail {
namespace {

using tandem::detail::LargeVector;

constexpr std::uint32_t no_sentence = std::numeric_limits<std::uint32_t>::max();
/// Words this long or longer also stand for their first letters (Simard et al. 1992 used 4; five
/// keeps short function words of related languages apart).
constexpr std::uint32_t cognate_min_length = 6;
constexpr std::size_t cognate_prefix = 5;

std::string first_code_points(std::string_view text, std::size_t count) {
    std::size_t end = 0;
    std::size_t seen = 0;
    while (end < text.size()) {
        if ((static_cast<unsigned char>(text[end]) & 0xC0U) != 0x80U) {
            if (seen == count) {
                break;
            }
            ++seen;
        }
        ++end;
    }
    return std::string(text.substr(0, end));
}

using Concepts = std::vector<std::pair<std::uint32_t, Evidence>>;

class ConceptNames {
public:
    explicit ConceptNames(std::uint32_t first) : m_next(first) {}
    std::uint32_t id(std::string name) {
        const auto [entry, inserted] = m_ids.try_emplace(std::move(name), m_next);
        if (inserted) {
            ++m_next;
        }
        return entry->second;
    }
    [[nodiscard]] std::uint32_t count() const noexcept { return m_next; }

private:
    std::unordered_map<std::string, std::uint32_t> m_ids;
    std::uint32_t m_next;
};

/// What every word stands for besides its translations: its number value, its exact form and its
/// first letters.
void add_form_concepts(Concepts& concepts, const WordType& type, ConceptNames& names) {
    if (type.number) {
        concepts.emplace_back(names.id("#" + type.folded), Evidence::number);
        return;
    }
    if (type.length >= 2) {
        concepts.emplace_back(names.id("=" + type.folded), Evidence::identical);
    }
    if (type.length >= cognate_min_length) {
        concepts.emplace_back(names.id("~" + first_code_points(type.folded, cognate_prefix)),
                              Evidence::cognate);
    }
}

/// Across scripts, names are matched by the start of their transliterated phonetic skeleton
/// (`Лавров` and `Lavrov`, `Тони` and `Tony`): the cognate idea of Simard et al. (1992) carried
/// over through ICU's `Any-Latin; Latin-ASCII`.
constexpr std::size_t skeleton_min_length = 4;
constexpr std::size_t skeleton_prefix = 5;

/// The script of the first letter of @p text, or USCRIPT_COMMON when it has none.
UScriptCode first_script(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t offset = 0; offset < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (u_isalpha(c) != 0) {
            UErrorCode status = U_ZERO_ERROR;
            return uscript_getScript(c, &status);
        }
    }
    return USCRIPT_COMMON;
}

/// The most frequent script of the words of @p words.
UScriptCode main_script(const SentenceWords& words) {
    std::unordered_map<int, std::size_t> counts;
    for (const auto& type : words.types) {
        if (!type.number) {
            ++counts[first_script(type.folded)];
        }
    }
    int best = USCRIPT_COMMON;
    std::size_t most = 0;
    for (const auto& [script, count] : counts) {
        if (count > most || (count == most && script < best)) {
            best = script;
            most = count;
        }
    }
    return static_cast<UScriptCode>(best);
}

/// True for alphabets and syllabaries whose transliteration spells names (not Han, kana or
/// Hangul, where a transliterated word is a syllable string that matches by chance).
bool transliterates_names(UScriptCode script) {
    return script != USCRIPT_COMMON && script != USCRIPT_HAN && script != USCRIPT_HIRAGANA &&
           script != USCRIPT_KATAKANA && script != USCRIPT_HANGUL;
}

/// Adds the transliterated-skeleton concept of every word of @p words to @p by_type.
void add_skeleton_concepts(std::vector<Concepts>& by_type, const SentenceWords& words,
                           ConceptNames& names, text::Transliterator& transliterator) {
    for (std::size_t t = 0; t < words.types.size(); ++t) {
        const auto& type = words.types[t];
        if (type.number || type.length < skeleton_min_length) {
            continue;
        }
        const std::string skeleton =
            text::name_skeleton(transliterator.to_latin_ascii(type.folded));
        if (skeleton.size() >= skeleton_min_length) {
            by_type[t].emplace_back(names.id("^" + skeleton.substr(0, skeleton_prefix)),
                                    Evidence::cognate);
        }
    }
}

/// Sentence bags as CSR arrays: the union of the concepts of the sentence's words, one entry per
/// concept with its best evidence kind, in ascending concept order.
void fill_bags(const SentenceWords& words, const std::vector<Concepts>& by_type,
               std::size_t concept_count, std::vector<std::uint32_t>& starts,
               LargeVector<std::uint32_t>& concepts, LargeVector<Evidence>* kinds) {
    // Reserved for the most the bags can hold: pages never written are never touched, and the
    // arrays are not copied as they grow.
    std::size_t most = 0;
    for (const auto type : words.words) {
        most += by_type[type].size();
    }
    concepts.reserve(most);
    if (kinds != nullptr) {
        kinds->reserve(most);
    }
    starts.reserve(words.size() + 1);
    starts.assign(1, 0);
    // Each concept is kept once per sentence as the words are read (its slot in the bag marks
    // it), so only the distinct concepts are sorted: concept id high, evidence kind low.
    constexpr std::uint32_t absent = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> slot(concept_count, absent);
    std::vector<std::uint64_t> bag;
    for (std::size_t s = 0; s < words.size(); ++s) {
        bag.clear();
        for (auto w = words.starts[s]; w < words.starts[s + 1]; ++w) {
            for (const auto& [concept_id, kind] : by_type[words.words[w]]) {
                const auto entry =
                    (std::uint64_t{concept_id} << 8U) | static_cast<std::uint8_t>(kind);
                if (slot[concept_id] == absent) {
                    slot[concept_id] = static_cast<std::uint32_t>(bag.size());
                    bag.push_back(entry);
                } else {
                    bag[slot[concept_id]] = std::min(bag[slot[concept_id]], entry);
                }
            }
        }
        std::sort(bag.begin(), bag.end());
        for (const auto entry : bag) {
            const auto concept_id = static_cast<std::uint32_t>(entry >> 8U);
            slot[concept_id] = absent;
            concepts.push_back(concept_id);
            if (kinds != nullptr) {
                kinds->push_back(static_cast<Evidence>(entry & 0xFFU));
            }
        }
        starts.push_back(static_cast<std::uint32_t>(concepts.size()));
    }
}

/// Sentences holding each concept, and the first of them.
void count_documents(const LargeVector<std::uint32_t>& concepts, std::size_t concept_count,
                     const std::vector<std::uint32_t>& starts,
                     std::vector<std::uint32_t>& frequency, std::vector<std::uint32_t>& first) {
    frequency.assign(concept_count, 0);
    first.assign(concept_count, no_sentence);
    for (std::size_t s = 0; s + 1 < starts.size(); ++s) {
        for (auto k = starts[s]; k < starts[s + 1]; ++k) {
            ++frequency[concepts[k]];
            if (first[concepts[k]] == no_sentence) {
                first[concepts[k]] = static_cast<std::uint32_t>(s);
            }
        }
    }
}

/// Per sentence, the summed weight of its words that can meet the other side (each word counts
/// once, with its heaviest concept that occurs there).
std::vector<double> masses(const SentenceWords& words, const std::vector<Concepts>& by_type,
                           const std::vector<float>& weight,
                           const std::vector<std::uint32_t>& other_frequency) {
    std::vector<double> type_mass(by_type.size(), 0.0);
    for (std::size_t t = 0; t < by_type.size(); ++t) {
        for (const auto& [concept_id, kind] : by_type[t]) {
            if (other_frequency[concept_id] > 0) {
                type_mass[t] = std::max(type_mass[t], static_cast<double>(weight[concept_id]));
            }
        }
    }
    std::vector<double> result(words.size(), 0.0);
    for (std::size_t s = 0; s < words.size(); ++s) {
        for (auto w = words.starts[s]; w < words.starts[s + 1]; ++w) {
            result[s] += type_mass[words.words[w]];
        }
    }
    return result;
}

} // namespace

std::string_view evidence_name(Evidence kind) noexcept {
    switch (kind) {
    case Evidence::number: return "number";
    case Evidence::identical: return "identical";
    case Evidence::dictionary: return "dictionary";
    case Evidence::learned: return "learned";
    case Evidence::cognate: return "cognate";
    }
    return "";
}

TranslationTable empty_translation_table(const SentenceWords& source) {
    return TranslationTable(source.stems.size());
}

void add_dictionary(TranslationTable& table, const lexicon::Dictionary& dictionary,
                    const SentenceWords& source, std::string_view source_language,
                    const SentenceWords& target, std::string_view target_language) {
    std::unordered_map<std::string_view, std::uint32_t> source_stems;
    std::unordered_map<std::string_view, std::uint32_t> target_stems;
    for (std::uint32_t i = 0; i < source.stems.size(); ++i) {
        source_stems.emplace(source.stems[i], i);
    }
    for (std::uint32_t i = 0; i < target.stems.size(); ++i) {
        target_stems.emplace(target.stems[i], i);
    }
    lexicon::Stemmer source_stemmer(source_language);
    lexicon::Stemmer target_stemmer(target_language);
    for (const auto& pair : dictionary.pairs()) {
        const auto from = source_stems.find(source_stemmer.stem(pair.source));
        if (from == source_stems.end()) {
            continue;
        }
        const auto to = target_stems.find(target_stemmer.stem(pair.target));
        if (to == target_stems.end()) {
            continue;
        }
        auto& row = table[from->second];
        const std::pair<std::uint32_t, Evidence> entry{to->second, Evidence::dictionary};
        if (std::find(row.begin(), row.end(), entry) == row.end()) {
            row.push_back(entry);
        }
    }
}

void add_learned(TranslationTable& table,
                 const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
    for (const auto& [source, target] : pairs) {
        auto& row = table[source];
        const bool known = std::any_of(row.begin(), row.end(),
                                       [&](const auto& entry) { return entry.first == target; });
        if (!known) {
            row.emplace_back(target, Evidence::learned);
        }
    }
}

LexicalBags::LexicalBags(const SentenceWords& source, const SentenceWords& target,
                         const TranslationTable& table) {
    // Target stems are concepts 0 … |stems|-1; forms and prefixes are named after them.
    ConceptNames names(static_cast<std::uint32_t>(target.stems.size()));
    std::vector<Concepts> target_types(target.types.size());
    for (std::size_t t = 0; t < target.types.size(); ++t) {
        if (!target.types[t].number) {
            target_types[t].emplace_back(target.types[t].stem, Evidence::dictionary);
        }
        add_form_concepts(target_types[t], target.types[t], names);
    }
    std::vector<Concepts> source_types(source.types.size());
    for (std::size_t t = 0; t < source.types.size(); ++t) {
        if (!source.types[t].number) {
            source_types[t] = table[source.types[t].stem];
        }
        add_form_concepts(source_types[t], source.types[t], names);
    }
    const UScriptCode source_script = main_script(source);
    const UScriptCode target_script = main_script(target);
    if (source_script != target_script && transliterates_names(source_script) &&
        transliterates_names(target_script)) {
        text::Transliterator transliterator;
        add_skeleton_concepts(target_types, target, names, transliterator);
        add_skeleton_concepts(source_types, source, names, transliterator);
    }
    fill_bags(source, source_types, names.count(), m_source_starts, m_source_concepts,
              &m_source_kinds);
    fill_bags(target, target_types, names.count(), m_target_starts, m_target_concepts, nullptr);

    std::vector<std::uint32_t> source_frequency, target_frequency, source_first, target_first;
    count_documents(m_source_concepts, names.count(), m_source_starts, source_frequency, source_first);
    count_documents(m_target_concepts, names.count(), m_target_starts, target_frequency, target_first);
    // Inverse document frequency (Sparck Jones 1972) over the larger side.
    const double documents = static_cast<double>(std::max(source.size(), target.size())) + 1.0;
    m_weight.resize(names.count());
    for (std::size_t c = 0; c < m_weight.size(); ++c) {
        const double frequency = std::max(source_frequency[c], target_frequency[c]);
        m_weight[c] = static_cast<float>(std::max(0.05, std::log(documents / (frequency + 0.5))));
        if (source_frequency[c] == 1 && target_frequency[c] == 1) {
            m_rare.push_back({source_first[c], target_first[c], m_weight[c]});
        }
    }
    std::sort(m_rare.begin(), m_rare.end(), [](const RareMatch& a, const RareMatch& b) {
        return a.source != b.source ? a.source < b.source : a.target < b.target;
    });
    m_source_mass = masses(source, source_types, m_weight, target_frequency);
    m_target_mass = masses(target, target_types, m_weight, source_frequency);
}

template <typename OnShared>
void LexicalBags::for_each_shared(std::uint32_t s, std::uint32_t t, OnShared&& on_shared) const {
    auto a = m_source_starts[s];
    const auto a_end = m_source_starts[s + 1];
    auto b = m_target_starts[t];
    const auto b_end = m_target_starts[t + 1];
    while (a < a_end && b < b_end) {
        const auto x = m_source_concepts[a];
        const auto y = m_target_concepts[b];
        if (x < y) {
            ++a;
        } else if (y < x) {
            ++b;
        } else {
            on_shared(a, x);
            ++a;
            ++b;
        }
    }
}

double LexicalBags::matched(std::uint32_t s, std::uint32_t t) const noexcept {
    double sum = 0.0;
    for_each_shared(s, t,
                    [&](std::uint32_t, std::uint32_t concept_id) { sum += m_weight[concept_id]; });
    return sum;
}

void LexicalBags::matched_row(std::uint32_t s, std::uint32_t first, std::span<float> out,
                              std::vector<float>& scratch) const {
    if (scratch.size() != m_weight.size()) {
        scratch.assign(m_weight.size(), 0.0F);
    }
    for (auto a = m_source_starts[s]; a < m_source_starts[s + 1]; ++a) {
        scratch[m_source_concepts[a]] = m_weight[m_source_concepts[a]];
    }
    for (std::size_t k = 0; k < out.size(); ++k) {
        const auto t = first + static_cast<std::uint32_t>(k);
        // Both bags hold each concept once, in ascending order: the shared weights are added in
        // matched()'s order, and adding the zero of an unshared concept changes no bit.
        double sum = 0.0;
        for (auto b = m_target_starts[t]; b < m_target_starts[t + 1]; ++b) {
            sum += scratch[m_target_concepts[b]];
        }
        out[k] = static_cast<float>(sum);
    }
    for (auto a = m_source_starts[s]; a < m_source_starts[s + 1]; ++a) {
        scratch[m_source_concepts[a]] = 0.0F;
    }
}

std::array<double, evidence_kinds> LexicalBags::matched_by_kind(std::uint32_t s,
                                                                std::uint32_t t) const {
    std::array<double, evidence_kinds> sums{};
    for_each_shared(s, t, [&](std::uint32_t source_entry, std::uint32_t concept_id) {
        sums[static_cast<std::size_t>(m_source_kinds[source_entry])] += m_weight[concept_id];
    });
    return sums;
}

} // namespace tandem::align::detail
