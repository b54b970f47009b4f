// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/unicode.hpp>

#include "../icu_support.hpp"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace tandem::text {

std::size_t find_invalid_utf8(std::string_view text) noexcept {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 code_point = 0;
        U8_NEXT(bytes, offset, length, code_point);
        if (code_point < 0) {
            return static_cast<std::size_t>(start);
        }
    }
    return std::string_view::npos;
}

std::string normalize_nfc(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    detail::check_icu(status, "Normalizer2::getNFCInstance");
    const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
    if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
        return std::string(text);
    }
    status = U_ZERO_ERROR;
    std::string result;
    icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(text.size()));
    nfc->normalizeUTF8(0, piece, sink, nullptr, status);
    detail::check_icu(status, "Normalizer2::normalizeUTF8");
    return result;
}

std::string fold_case(std::string_view text) {
    // Default case folding maps only A–Z within ASCII: most dictionary and document words need
    // no trip through ICU.
    const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
    if (std::all_of(text.begin(), text.end(), ascii)) {
        std::string folded(text);
        for (char& c : folded) {
            if (c >= 'A' && c <= 'Z') {
                c = static_cast<char>(c - 'A' + 'a');
            }
        }
        return folded;
    }
    UErrorCode status = U_ZERO_ERROR;
    std::string result;
    icu::StringByteSink<std::string> sink(&result, static_cast<int32_t>(text.size()));
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT,
                           icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                           nullptr, status);
    detail::check_icu(status, "CaseMap::utf8Fold");
    return result;
}

ByteRange trim_white_space(std::string_view text, ByteRange range) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    while (range.begin < range.end) {
        auto next = static_cast<int32_t>(range.begin);
        UChar32 c = 0;
        U8_NEXT(bytes, next, length, c);
        if (u_isUWhiteSpace(c) == 0) {
            break;
        }
        range.begin = static_cast<std::size_t>(next);
    }
    while (range.end > range.begin) {
        auto previous = static_cast<int32_t>(range.end);
        UChar32 c = 0;
        U8_PREV(bytes, 0, previous, c);
        if (u_isUWhiteSpace(c) == 0) {
            break;
        }
        range.end = static_cast<std::size_t>(previous);
    }
    return range;
}

std::size_t count_code_points(std::string_view text) noexcept {
    std::size_t count = 0;
    for (const char byte : text) {
        // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
        count += (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return count;
}

} // namespace tandem::text
