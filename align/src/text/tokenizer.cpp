// SPDX-License-Identifier: GPL-3.0-or-later
// ICU word boundaries (UAX #29); the rule status of each boundary tells words, numbers and
// ideographs apart; whatever else is not white space is punctuation or a symbol.
#include <tandem/text/tokenizer.hpp>

#include "../icu_support.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace tandem::text {

struct Tokenizer::Impl {
    std::unique_ptr<icu::BreakIterator> breaker;
};

Tokenizer::Tokenizer(std::string_view language) : m_impl(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(
        icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), status);
    status = U_ZERO_ERROR;
    m_impl->breaker.reset(icu::BreakIterator::createWordInstance(locale, status));
    detail::check_icu(status, "BreakIterator::createWordInstance");
}

Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

std::vector<Token> Tokenizer::tokenize(std::string_view text) {
    std::vector<Token> tokens;
    if (text.empty()) {
        return tokens;
    }
    const auto utext = detail::open_utf8(text);
    UErrorCode status = U_ZERO_ERROR;
    icu::BreakIterator& breaker = *m_impl->breaker;
    breaker.setText(utext.get(), status);
    detail::check_icu(status, "BreakIterator::setText");
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int32_t start = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
         start = end, end = breaker.next()) {
        const int32_t rule = breaker.getRuleStatus();
        Token token{{static_cast<std::size_t>(start), static_cast<std::size_t>(end)}, TokenKind::word};
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
            token.kind = TokenKind::number;
        } else if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT) {
            token.kind = TokenKind::ideographic;
        } else if (rule >= UBRK_WORD_KANA && rule < UBRK_WORD_KANA_LIMIT) {
            token.kind = TokenKind::ideographic;
        } else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_LETTER_LIMIT) {
            token.kind = TokenKind::word;
        } else {
            UChar32 c = 0;
            int32_t offset = start;
            U8_NEXT(bytes, offset, end, c);
            if (u_isUWhiteSpace(c) != 0) {
                continue;
            }
            const auto category = u_charType(c);
            const bool symbol = category == U_MATH_SYMBOL || category == U_CURRENCY_SYMBOL ||
                                category == U_MODIFIER_SYMBOL || category == U_OTHER_SYMBOL;
            token.kind = symbol ? TokenKind::symbol : TokenKind::punctuation;
        }
        tokens.push_back(token);
    }
    return tokens;
}

} // namespace tandem::text
