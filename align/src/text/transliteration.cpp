// SPDX-License-Identifier: GPL-3.0-or-later
// Names are matched across scripts on transliterated keys; the comparison combines a shared stem
// (the common prefix, for inflected forms) with the Levenshtein (1966) edit distance, as name
// matchers for cross-script retrieval do (e.g. Pouliquen et al. 2006, multilingual name variants).
#include <tandem/text/transliteration.hpp>

#include "../icu_support.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

namespace tandem::text {

struct Transliterator::Impl {
    std::unique_ptr<icu::Transliterator> transliterator;
};

Transliterator::Transliterator() : m_impl(std::make_unique<Impl>()) {
    UErrorCode status = U_ZERO_ERROR;
    m_impl->transliterator.reset(icu::Transliterator::createInstance(
        icu::UnicodeString("Any-Latin; Latin-ASCII", -1, US_INV), UTRANS_FORWARD, status));
    detail::check_icu(status, "Transliterator::createInstance");
}

Transliterator::~Transliterator() = default;
Transliterator::Transliterator(Transliterator&&) noexcept = default;
Transliterator& Transliterator::operator=(Transliterator&&) noexcept = default;

std::string Transliterator::to_latin_ascii(std::string_view text) {
    const bool ascii = std::all_of(text.begin(), text.end(), [](char byte) {
        return (static_cast<unsigned char>(byte) & 0x80U) == 0;
    });
    if (ascii) {
        return std::string(text);
    }
    icu::UnicodeString buffer = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    m_impl->transliterator->transliterate(buffer);
    std::string result;
    buffer.toUTF8String(result);
    return result;
}

std::string Transliterator::name_key(std::string_view text) {
    return name_skeleton(to_latin_ascii(text));
}

std::string to_latin_ascii(std::string_view text) {
    thread_local Transliterator transliterator;
    return transliterator.to_latin_ascii(text);
}

std::string name_skeleton(std::string_view ascii) {
    std::string letters;
    letters.reserve(ascii.size());
    for (const char byte : ascii) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80U && std::isalpha(c) != 0) {
            letters.push_back(static_cast<char>(std::tolower(c)));
        }
    }
    // Longest spellings first, so `sch` wins over `sh` and `ch`. A `u` before a vowel is the
    // semivowel that English writes `w` and Russian `у` (`Will` / `Уилл`, `Walter` / `Уолтер`).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 22> rewrites{{
        {"sch", "s"}, {"sh", "s"}, {"ch", "k"}, {"zh", "s"}, {"kh", "h"}, {"ph", "f"}, {"eu", "ev"},
        {"dz", "i"},  {"th", "t"}, {"ck", "k"}, {"ts", "k"}, {"ua", "va"}, {"ue", "ve"},
        {"ui", "vi"}, {"uo", "vo"}, {"x", "ks"}, {"q", "k"},  {"c", "k"},  {"w", "v"},
        {"y", "i"},   {"j", "i"},  {"z", "s"},
    }};
    std::string result;
    result.reserve(letters.size() + 4);
    std::string_view rest = letters;
    while (!rest.empty()) {
        bool rewritten = false;
        for (const auto& [from, to] : rewrites) {
            if (rest.substr(0, from.size()) == from) {
                result += to;
                rest.remove_prefix(from.size());
                rewritten = true;
                break;
            }
        }
        if (!rewritten) {
            result.push_back(rest.front());
            rest.remove_prefix(1);
        }
    }
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

double key_similarity(std::string_view key_a, std::string_view key_b) noexcept {
    if (key_a.empty() || key_b.empty()) {
        return 0.0;
    }
    const std::size_t shorter = std::min(key_a.size(), key_b.size());
    const std::size_t longer = std::max(key_a.size(), key_b.size());
    const auto mismatch = std::mismatch(key_a.begin(), key_a.begin() + static_cast<std::ptrdiff_t>(shorter),
                                        key_b.begin());
    const auto common_prefix = static_cast<std::size_t>(mismatch.first - key_a.begin());
    constexpr std::size_t min_stem = 4;
    constexpr double consonant_match = 0.8;
    const double prefix_score = common_prefix >= min_stem
                                    ? static_cast<double>(common_prefix) / static_cast<double>(shorter)
                                    : 0.0;
    if (prefix_score >= 1.0) {
        return 1.0;
    }
    // Levenshtein distance with one row of the DP table.
    std::vector<std::size_t> row(key_b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= key_a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= key_b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (key_a[i - 1] == key_b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    const double edit_score =
        1.0 - static_cast<double>(row.back()) / static_cast<double>(longer);
    // Vowels are what transliteration schemes disagree on most (`Moskva`/`Moscow`,
    // `Rossiia`/`Russia`): equal consonant skeletons starting alike count as a strong match. So
    // does `v`, which stands for a semivowel as often (`Downes` / `Даунс`).
    const auto consonants = [](std::string_view key) {
        std::string result;
        for (const char c : key) {
            if (std::string_view("aeiouv").find(c) == std::string_view::npos &&
                (result.empty() || result.back() != c)) {
                result.push_back(c);
            }
        }
        return result;
    };
    const std::string consonants_a = consonants(key_a);
    const double skeleton_score =
        key_a.front() == key_b.front() && consonants_a.size() >= 2 && consonants_a == consonants(key_b)
            ? consonant_match
            : 0.0;
    return std::max({prefix_score, edit_score, skeleton_score});
}

int first_letter_script(std::string_view text) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    const auto length = static_cast<std::int32_t>(text.size());
    for (std::int32_t offset = 0; offset < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (u_isalpha(c) != 0) {
            UErrorCode status = U_ZERO_ERROR;
            return static_cast<int>(uscript_getScript(c, &status));
        }
    }
    return static_cast<int>(USCRIPT_COMMON);
}

double name_similarity(std::string_view name_a, std::string_view name_b) {
    thread_local Transliterator transliterator;
    return key_similarity(transliterator.name_key(name_a), transliterator.name_key(name_b));
}

} // namespace tandem::text
