// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Word tokens of a sentence (ICU word boundaries, UAX #29 plus ICU's dictionaries for Chinese,
/// Japanese and Thai).
#pragma once

#include <tandem/text/document.hpp>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace tandem::text {

/// What a token is made of.
enum class TokenKind : std::uint8_t {
    word,        ///< letters (possibly with digits, apostrophes, inner hyphens)
    number,      ///< digits with separators: `10`, `12,5`, `10,000`
    ideographic, ///< Han, kana (one dictionary word)
    punctuation, ///< `.`, `?`, `«`, `—` …
    symbol,      ///< `%`, `$`, `€` …
};

/// One token: where it stands in the text and what it is. White space is never a token.
struct Token {
    ByteRange bytes;               ///< within the tokenized text
    TokenKind kind = TokenKind::word;
};

/// Splits texts into word tokens for one language. Holds an ICU iterator, so keep one per thread
/// or per job and reuse it; not thread-safe.
class Tokenizer {
public:
    /// @param language BCP 47 tag of the texts to tokenize
    explicit Tokenizer(std::string_view language);
    ~Tokenizer();
    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;

    /// The tokens of UTF-8 @p text in order.
    [[nodiscard]] std::vector<Token> tokenize(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tandem::text
