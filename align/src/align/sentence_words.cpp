// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentence_words.hpp"

#include <tandem/error.hpp>
#include <tandem/lexicon/stemmer.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <functional>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem::align::detail {
namespace {

std::uint8_t punctuation_marks(std::string_view token) {
    std::uint8_t marks = 0;
    if (token.find('?') != std::string_view::npos || token.find("\xEF\xBC\x9F") != std::string_view::npos ||
        token.find("\xC2\xBF") != std::string_view::npos) {
        marks |= mark_question;
    }
    if (token.find('!') != std::string_view::npos || token.find("\xEF\xBC\x81") != std::string_view::npos ||
        token.find("\xC2\xA1") != std::string_view::npos) {
        marks |= mark_exclamation;
    }
    return marks;
}

/// The digits of a number token, so that `10,000`, `10.000` and `10000` meet.
std::string digits_of(std::string_view token) {
    std::string digits;
    for (const char c : token) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    return digits;
}

/// The type id of each distinct token form, by open addressing with linear probing (Knuth, TAOCP
/// vol. 3, 6.4): a long document has a million tokens of some ten thousand forms, and a
/// node-based map spends the lookups in cache misses. Forms are views of the document's text.
class TypeIndex {
public:
    TypeIndex() { m_slots.resize(1024); }
    /// The id of @p form, or none.
    [[nodiscard]] std::uint32_t find(std::string_view form, std::size_t hash) const noexcept {
        for (auto slot = hash & mask(); m_slots[slot].type != none; slot = (slot + 1) & mask()) {
            if (m_slots[slot].hash == hash && m_forms[m_slots[slot].type] == form) {
                return m_slots[slot].type;
            }
        }
        return none;
    }
    /// Adds @p form (not yet in the index) as the next id, which it returns.
    std::uint32_t add(std::string_view form, std::size_t hash) {
        if (2 * (m_forms.size() + 1) > m_slots.size()) {
            const auto old = std::move(m_slots);
            m_slots.assign(2 * old.size(), Slot{});
            for (const auto& entry : old) {
                if (entry.type != none) {
                    place(entry);
                }
            }
        }
        const auto type = static_cast<std::uint32_t>(m_forms.size());
        m_forms.push_back(form);
        place({hash, type});
        return type;
    }
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

private:
    struct Slot {
        std::size_t hash = 0;
        std::uint32_t type = none;
    };
    [[nodiscard]] std::size_t mask() const noexcept { return m_slots.size() - 1; }
    void place(Slot entry) {
        auto slot = entry.hash & mask();
        while (m_slots[slot].type != none) {
            slot = (slot + 1) & mask();
        }
        m_slots[slot] = entry;
    }
    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_forms;
};

} // namespace

SentenceWords analyse_words(const text::Document& document, std::stop_token stop) {
    SentenceWords result;
    text::Tokenizer tokenizer(document.language);
    lexicon::Stemmer stemmer(document.language);
    TypeIndex type_ids;
    std::unordered_map<std::string, std::uint32_t> stem_ids;
    result.starts.reserve(document.size() + 1);
    result.starts.push_back(0);
    std::vector<std::uint32_t> sentence_types;
    for (std::size_t s = 0; s < document.size(); ++s) {
        if ((s & 1023U) == 0 && stop.stop_requested()) {
            throw Cancelled();
        }
        const auto& sentence = document.sentences[s];
        std::uint8_t marks = sentence.role == text::SentenceRole::speaker_label ? mark_speaker_label
                             : sentence.role == text::SentenceRole::stage_note  ? mark_stage_note
                                                                                : 0;
        sentence_types.clear();
        for (const auto& token : tokenizer.tokenize(sentence.text)) {
            const std::string_view raw =
                std::string_view(sentence.text).substr(token.bytes.begin, token.bytes.size());
            if (token.kind == text::TokenKind::punctuation || token.kind == text::TokenKind::symbol) {
                marks |= punctuation_marks(raw);
                continue;
            }
            const auto hash = std::hash<std::string_view>{}(raw);
            auto found = type_ids.find(raw, hash);
            if (found == TypeIndex::none) {
                found = type_ids.add(raw, hash);
                WordType type;
                type.number = token.kind == text::TokenKind::number;
                type.folded = type.number ? digits_of(raw) : text::fold_case(raw);
                type.length = static_cast<std::uint32_t>(text::count_code_points(type.folded));
                const std::string stem = type.number ? type.folded : stemmer.stem(type.folded);
                const auto [stem_entry, new_stem] =
                    stem_ids.try_emplace(stem, static_cast<std::uint32_t>(result.stems.size()));
                if (new_stem) {
                    result.stems.push_back(stem);
                }
                type.stem = stem_entry->second;
                result.types.push_back(std::move(type));
            }
            sentence_types.push_back(found);
        }
        std::sort(sentence_types.begin(), sentence_types.end());
        sentence_types.erase(std::unique(sentence_types.begin(), sentence_types.end()),
                             sentence_types.end());
        result.words.insert(result.words.end(), sentence_types.begin(), sentence_types.end());
        result.starts.push_back(static_cast<std::uint32_t>(result.words.size()));
        result.characters.push_back(static_cast<double>(text::count_code_points(sentence.text)));
        result.marks.push_back(marks);
    }
    return result;
}

} // namespace tandem::align::detail
