// SPDX-License-Identifier: GPL-3.0-or-later
#include "han_bridge.hpp"

#include "../icu_support.hpp"

#include <tandem/text/language.hpp>
#include <tandem/text/unicode.hpp>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>

namespace tandem::lexicon::detail {
namespace {

/// True when @p tag asks for Traditional characters (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`).
bool traditional_script(std::string_view tag) {
    for (const std::string_view marker : {"Hant", "TW", "HK", "MO"}) {
        if (tag.find(marker) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

bool is_han_word(std::string_view word) {
    if (word.empty()) {
        return false;
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
    const auto length = static_cast<std::int32_t>(word.size());
    for (std::int32_t offset = 0; offset < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        UErrorCode status = U_ZERO_ERROR;
        if (c < 0 || uscript_getScript(c, &status) != USCRIPT_HAN || U_FAILURE(status)) {
            return false;
        }
    }
    return true;
}

bool is_chinese(std::string_view tag) {
    return text::primary_language(tag) == "zh";
}

Dictionary bridge_han_words(Dictionary japanese, bool chinese_is_source,
                            std::string_view chinese_tag) {
    // Japanese kanji are mostly the Traditional forms (or simplified ones of their own); ICU maps
    // Traditional to Simplified and leaves every other character as it is.
    std::unique_ptr<icu::Transliterator> to_simplified;
    if (!traditional_script(chinese_tag)) {
        UErrorCode status = U_ZERO_ERROR;
        to_simplified.reset(icu::Transliterator::createInstance(
            icu::UnicodeString("Hant-Hans", -1, US_INV), UTRANS_FORWARD, status));
        tandem::detail::check_icu(status, "Transliterator::createInstance");
    }
    // The pairs are kept or dropped in place, in their order; both sides are case-folded already.
    auto pairs = std::move(japanese).release();
    std::size_t kept = 0;
    std::string last_word;
    std::string converted;
    for (auto& pair : pairs) {
        std::string& word = chinese_is_source ? pair.source : pair.target;
        if (!is_han_word(word)) {
            continue;
        }
        if (word != last_word) {
            last_word = word;
            converted.clear();
            if (to_simplified) {
                auto buffer = icu::UnicodeString::fromUTF8(
                    icu::StringPiece(word.data(), static_cast<std::int32_t>(word.size())));
                to_simplified->transliterate(buffer);
                buffer.toUTF8String(converted);
                converted = text::fold_case(converted);
            } else {
                converted = word;
            }
        }
        if (converted.empty()) {
            continue;
        }
        word = converted;
        if (kept != static_cast<std::size_t>(&pair - pairs.data())) {
            pairs[kept] = std::move(pair);
        }
        ++kept;
    }
    pairs.resize(kept);
    return Dictionary(std::move(pairs));
}

} // namespace tandem::lexicon::detail
