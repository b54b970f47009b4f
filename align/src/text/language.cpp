// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/language.hpp>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tandem::text {
namespace {

/// Very frequent function words: enough to tell apart languages that share a script.
struct Profile {
    std::string_view tag;
    std::string_view words; // space-separated, lower case
};

constexpr std::array<Profile, 14> latin_profiles{{
    {"en", "the of and to in is that it was for on with as he be by at this have not are"},
    {"de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch"},
    {"fr", "de la le et les des en un une du est que pour dans qui au sur pas plus par ne"},
    {"es", "de la que el en y los del se las por un para con no una su al es lo como"},
    {"it", "di e il la che in un per non una del con sono le della si da al gli è"},
    {"pt", "de a o que e do da em um para é com não uma os no se na por mais"},
    {"nl", "de van het een en in is dat op te zijn met voor niet aan er die ook"},
    {"ro", "și de la în a cu pe că nu este din o un care se mai pentru fi sau"},
    {"hu", "a az és hogy nem is egy de meg van csak már el ez azt mint volt"},
    {"pl", "i w nie na się z że do to jest jak o a co tak po są przez"},
    {"sv", "och i att det som en på är av för med till den har inte om"},
    {"cs", "a se v na je že to s z o jako do ve by k pro jsou"},
    {"tr", "ve bir bu da de için ile çok ne gibi daha o olarak ama"},
    {"is", "og að í á er sem það við um til var með ekki en"},
}};

constexpr std::array<Profile, 4> cyrillic_profiles{{
    {"ru", "и в не на что с как по это он я к но все так его от же за бы"},
    {"uk", "і в не на що з як до це та він я але у за від так її ми"},
    {"bg", "и на да в се от не с за е че по това са като но"},
    {"sr", "и у да се на је не за од са су то као из али"},
}};

template <std::size_t N>
LanguageGuess best_profile(const std::map<std::string, int>& words,
                           const std::array<Profile, N>& profiles) {
    LanguageGuess best{std::string(profiles.front().tag), 0.0};
    int best_hits = 0;
    int total_hits = 0;
    for (const auto& profile : profiles) {
        int hits = 0;
        std::string_view rest = profile.words;
        while (!rest.empty()) {
            const auto space = rest.find(' ');
            const auto word = rest.substr(0, space);
            if (const auto found = words.find(std::string(word)); found != words.end()) {
                hits += found->second;
            }
            rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        }
        total_hits += hits;
        if (hits > best_hits) {
            best_hits = hits;
            best.tag = std::string(profile.tag);
        }
    }
    best.confidence = total_hits > 0 ? static_cast<double>(best_hits) / total_hits : 0.2;
    return best;
}

} // namespace

LanguageGuess guess_language(std::string_view text) {
    std::map<UScriptCode, std::size_t> scripts;
    std::map<std::string, int> words;
    std::string word;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), 1U << 20U));
    int32_t offset = 0;
    const auto flush = [&] {
        if (!word.empty()) {
            ++words[word];
            word.clear();
        }
    };
    while (offset < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c < 0 || !u_isalpha(c)) {
            flush();
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_SUCCESS(status)) {
            ++scripts[script];
        }
        const UChar32 lower = u_tolower(c);
        char buffer[4];
        int32_t size = 0;
        UBool unused_error = false;
        U8_APPEND(reinterpret_cast<uint8_t*>(buffer), size, 4, lower, unused_error);
        (void)unused_error;
        word.append(buffer, static_cast<std::size_t>(size));
    }
    flush();

    std::size_t letters = 0;
    for (const auto& [script, count] : scripts) {
        letters += count;
    }
    if (letters == 0) {
        return {"und", 0.0};
    }
    const auto share = [&](UScriptCode script) {
        const auto found = scripts.find(script);
        return found == scripts.end() ? 0.0
                                      : static_cast<double>(found->second) /
                                            static_cast<double>(letters);
    };
    // Kana marks Japanese even amid Han; Han alone is Chinese.
    if (share(USCRIPT_HIRAGANA) + share(USCRIPT_KATAKANA) > 0.05) {
        return {"ja", 0.95};
    }
    if (share(USCRIPT_HAN) > 0.3) {
        return {"zh", 0.9};
    }
    if (share(USCRIPT_HANGUL) > 0.3) {
        return {"ko", 0.95};
    }
    if (share(USCRIPT_CYRILLIC) > 0.5) {
        return best_profile(words, cyrillic_profiles);
    }
    if (share(USCRIPT_GREEK) > 0.5) {
        return {"el", 0.95};
    }
    if (share(USCRIPT_ARABIC) > 0.5) {
        return {"ar", 0.7};
    }
    if (share(USCRIPT_HEBREW) > 0.5) {
        return {"he", 0.9};
    }
    if (share(USCRIPT_THAI) > 0.5) {
        return {"th", 0.95};
    }
    if (share(USCRIPT_LATIN) > 0.5) {
        return best_profile(words, latin_profiles);
    }
    return {"und", 0.0};
}

bool is_valid_language_tag(std::string_view tag) {
    if (tag.empty() || tag.size() > 64) {
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale =
        icu::Locale::forLanguageTag(icu::StringPiece(tag.data(), static_cast<int32_t>(tag.size())),
                                    status);
    return U_SUCCESS(status) && !locale.isBogus() && std::string_view(locale.getLanguage()).size() >= 2;
}

std::string primary_language(std::string_view tag) {
    std::string primary(tag.substr(0, tag.find_first_of("-_")));
    std::transform(primary.begin(), primary.end(), primary.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return primary;
}

bool writes_without_spaces(std::string_view tag) {
    static const std::unordered_set<std::string> languages{"zh", "ja", "th", "lo", "km", "my", "bo"};
    return languages.contains(primary_language(tag));
}

} // namespace tandem::text
