// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentence_words.hpp"

#include <tandem/error.hpp>
#include <tandem/lexicon/stemmer.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

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

/// Hashes std::string and std::string_view alike, so a token is looked up without a copy.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

} // namespace

SentenceWords analyse_words(const text::Document& document, std::stop_token stop) {
    SentenceWords result;
    text::Tokenizer tokenizer(document.language);
    lexicon::Stemmer stemmer(document.language);
    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> type_ids;
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
            auto found = type_ids.find(raw);
            if (found == type_ids.end()) {
                const auto number = static_cast<std::uint32_t>(result.types.size());
                found = type_ids.emplace(raw, number).first;
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
            sentence_types.push_back(found->second);
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
