// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentence_facts.hpp"

#include <tandem/text/language.hpp>
#include <tandem/text/unicode.hpp>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>

namespace tandem::divergence::detail {
namespace {

bool is_upper_start(std::string_view word) {
    int32_t offset = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset,
            static_cast<int32_t>(word.size()), c);
    return c >= 0 && u_isupper(c) != 0;
}

bool is_acronym(std::string_view word) {
    std::size_t letters = 0;
    for (int32_t offset = 0; offset < static_cast<int32_t>(word.size());) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset,
                static_cast<int32_t>(word.size()), c);
        if (c < 0 || u_isalpha(c) == 0 || u_isupper(c) == 0) {
            return false;
        }
        ++letters;
    }
    return letters >= 2 && letters <= 8;
}

/// `IV`, `XII`: a small Roman numeral (a camp, a chapter, `Gasherbrum VI`), not a name.
bool is_roman_numeral(std::string_view word) {
    return word.size() >= 2 && word.find_first_not_of("IVX") == std::string_view::npos;
}

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Where a capitalised word of two letters or more starts after initials or a lower-case elided
/// article glued to it (`A.Eggler`, `l'Himalaya`, `d’Eggler`: 2), or 0 (`O'Brien` is one
/// name).
std::size_t name_after_prefix(std::string_view word) {
    constexpr std::string_view apostrophe = "\u2019";
    std::size_t start = 0;
    bool elided = false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word[i] == '.') {
            start = i + 1;
            elided = false;
        } else if (word[i] == '\'' || word.substr(i, apostrophe.size()) == apostrophe) {
            start = i + (word[i] == '\'' ? 1 : apostrophe.size());
            elided = true;
        }
    }
    const std::string_view rest = word.substr(start);
    const bool glued = start > 0 && !has_digit(word) && text::count_code_points(rest) >= 2 &&
                       is_upper_start(rest) && !(elided && is_upper_start(word));
    return glued ? start : 0;
}

std::string utf8(const icu::UnicodeString& text) {
    std::string result;
    text.toUTF8String(result);
    return result;
}

} // namespace

bool capitalises_nouns(std::string_view language) {
    constexpr std::string_view languages[] = {"de", "lb"};
    return std::find(std::begin(languages), std::end(languages), language) != std::end(languages);
}

bool counts_as_text(text::SentenceRole role) noexcept {
    return role == text::SentenceRole::speech || role == text::SentenceRole::heading;
}

std::size_t code_points(const text::Document& document, align::Span span) {
    std::size_t total = 0;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        if (counts_as_text(document.sentences[i].role)) {
            total += text::count_code_points(document.sentences[i].text);
        }
    }
    return total;
}

Side::Side(std::string_view language)
    : m_language(text::primary_language(language)), m_tokenizer(language), m_numbers(language),
      m_stemmer(language) {
    // Month and weekday names are capitalised in some languages and never names.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(
        icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), status);
    status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(locale, status);
    if (U_FAILURE(status)) {
        return;
    }
    for (const auto context :
         {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
        for (const auto width :
             {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
            int32_t count = 0;
            const icu::UnicodeString* months = symbols.getMonths(count, context, width);
            for (int32_t i = 0; i < count; ++i) {
                add_calendar_word(utf8(months[i]));
            }
            const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
            for (int32_t i = 0; i < count; ++i) {
                add_calendar_word(utf8(weekdays[i]));
            }
        }
    }
}

std::vector<SentenceFacts> Side::facts(const text::Document& document) {
    std::vector<SentenceFacts> result(document.size());
    const bool nouns_capitalised = capitalises_nouns(m_language);
    for (std::size_t i = 0; i < document.size(); ++i) {
        const text::Sentence& sentence = document.sentences[i];
        if (!counts_as_text(sentence.role)) {
            continue;
        }
        SentenceFacts& facts = result[i];
        facts.numbers = m_numbers.extract(sentence.text);
        std::size_t capitalised = 0;
        bool first = true;
        bool after_initials = false;
        std::size_t word_end = 0; ///< where the last word ended
        const auto tokens = m_tokenizer.tokenize(sentence.text);
        for (std::size_t t = 0; t < tokens.size(); ++t) {
            const text::Token& token = tokens[t];
            if (token.kind == text::TokenKind::punctuation) {
                // After a full stop, a colon, a quote or a dash a word is capitalised
                // anyway (segments may hold several sentences); after a comma it is
                // not, nor after the full stop of an initial or a title (`B.M .
                // Abalakow`, `Dr. Hagen`), nor after the apostrophe of an elided
                // article (`l'Himalaya`, `L' Himalaya`).
                const std::string_view mark =
                    std::string_view(sentence.text).substr(token.bytes.begin, token.bytes.size());
                const bool elision =
                    (mark == "'" || mark == "\u2019") && t > 0 && token.bytes.begin == word_end;
                first = first || (mark != "," && mark != "-" && mark != "(" && mark != ")" &&
                                  !(mark == "." && after_initials) && !elision);
                after_initials = false;
                continue;
            }
            if (token.kind != text::TokenKind::word) {
                continue;
            }
            std::string_view surface =
                std::string_view(sentence.text).substr(token.bytes.begin, token.bytes.size());
            Word word;
            word.bytes = token.bytes;
            // A name glued to its initials or to an elided article (`A.Eggler`, `Mrs.Joyce`,
            // `l'Himalaya`, `d’Eggler`) is the word after them.
            if (const std::size_t glued = name_after_prefix(surface); glued > 0) {
                surface.remove_prefix(glued);
                word.bytes.begin += glued;
                first = false;
            }
            // `U.S.` and `US` are one abbreviation.
            std::string folded = text::fold_case(surface);
            folded.erase(std::remove(folded.begin(), folded.end(), '.'), folded.end());
            word.stem = m_stemmer.stem(folded);
            word.capitalised = is_upper_start(surface);
            word.acronym = is_acronym(surface);
            // `U.S.`; and `Dr .`, `Mrs .`, `Ch .`: a short word before a full stop is a title
            // or an initial.
            constexpr std::size_t max_abbreviation = 3;
            const bool abbreviated =
                t + 1 < tokens.size() && tokens[t + 1].kind == text::TokenKind::punctuation &&
                sentence.text.compare(tokens[t + 1].bytes.begin, tokens[t + 1].bytes.size(), ".") ==
                    0 &&
                text::count_code_points(surface) <= max_abbreviation;
            const bool initials =
                surface.find('.') != std::string_view::npos || (abbreviated && !word.acronym);
            word.name = sentence.role == text::SentenceRole::speech && !has_digit(surface) &&
                        !initials && !is_roman_numeral(surface) &&
                        !m_calendar_words.contains(word.stem) &&
                        ((word.capitalised && !first && text::count_code_points(surface) >= 2) ||
                         word.acronym);
            capitalised += word.capitalised ? 1 : 0;
            first = false;
            after_initials = initials;
            word_end = token.bytes.end;
            facts.words.push_back(std::move(word));
        }
        // Title case and capitals (headlines, shouted labels) say nothing about
        // names; where every noun is capitalised, a list of nouns (a reference:
        // `Österr. Touristenzeitung , 70. Jahrgang , Folge 1 , Wien`) is no title.
        if (!nouns_capitalised && facts.words.size() >= 4 &&
            capitalised * 10 > facts.words.size() * 6) {
            for (auto& word : facts.words) {
                word.name = false;
            }
        }
    }
    // A capitalised word the document also writes in lower case is a common word
    // that starts a phrase or a title (`Council`, `Route`), not a name.
    std::unordered_set<std::string> lower_case;
    for (const auto& facts : result) {
        for (const auto& word : facts.words) {
            if (!word.capitalised) {
                lower_case.insert(word.stem);
            }
        }
    }
    for (auto& facts : result) {
        for (auto& word : facts.words) {
            word.name = word.name && (word.acronym || !lower_case.contains(word.stem));
        }
    }
    return result;
}

const std::string& Side::key(const text::Sentence& sentence, Word& word) {
    if (!word.key) {
        word.key = m_transliterator.name_key(
            std::string_view(sentence.text).substr(word.bytes.begin, word.bytes.size()));
    }
    return *word.key;
}

std::string Side::name_key(std::string_view text) {
    return m_transliterator.name_key(text);
}

void Side::add_calendar_word(std::string_view name) {
    m_calendar_words.insert(m_stemmer.stem(text::fold_case(name)));
}

bool StemLexicon::translates(const std::string& source, const std::string& target) const {
    const auto it = source_to_target.find(source);
    return it != source_to_target.end() && it->second.contains(target);
}

} // namespace tandem::divergence::detail
