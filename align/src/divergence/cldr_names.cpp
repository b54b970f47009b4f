// SPDX-License-Identifier: GPL-3.0-or-later
#include "cldr_names.hpp"

#include <tandem/text/transliteration.hpp>
#include <tandem/text/unicode.hpp>

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::divergence::detail {
namespace {

/// The name keys of the words of @p name (split at anything but letters).
std::vector<std::string> keys(Side& side, const icu::UnicodeString& name) {
    std::string text;
    name.toUTF8String(text);
    std::vector<std::string> result;
    std::string word;
    const auto flush = [&] {
        constexpr std::size_t min_letters = 2;
        if (text::count_code_points(word) >= min_letters) {
            result.push_back(side.name_key(word));
        }
        word.clear();
    };
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            word += c;
        } else {
            flush();
        }
    }
    flush();
    return result;
}

} // namespace

void ExonymTable::add(std::string source_key, std::string target_key) {
    m_others[0][source_key].push_back(target_key);
    m_others[1][std::move(target_key)].push_back(std::move(source_key));
    m_memo = {};
}

const std::vector<ExonymMatch>& ExonymTable::counterparts(bool key_is_source,
                                                          const std::string& key) {
    auto& memo = m_memo[key_is_source ? 0 : 1];
    if (const auto known = memo.find(key); known != memo.end()) {
        return known->second;
    }
    std::vector<ExonymMatch> found;
    for (const auto& [own_key, other_keys] : m_others[key_is_source ? 0 : 1]) {
        const double similarity = text::key_similarity(key, own_key);
        if (similarity >= m_similarity) {
            for (const std::string& other_key : other_keys) {
                found.push_back({other_key, similarity});
            }
        }
    }
    // Each key once, with its best similarity.
    std::sort(found.begin(), found.end(), [](const ExonymMatch& a, const ExonymMatch& b) {
        return a.key != b.key ? a.key < b.key : a.similarity > b.similarity;
    });
    found.erase(
        std::unique(found.begin(), found.end(),
                    [](const ExonymMatch& a, const ExonymMatch& b) { return a.key == b.key; }),
        found.end());
    return memo.emplace(key, std::move(found)).first->second;
}

void add_cldr_names(ExonymTable& exonyms, Side& source, Side& target) {
    const icu::Locale source_locale(source.language().c_str());
    const icu::Locale target_locale(target.language().c_str());
    // Full and short names (`Соединенные Штаты`, `США`; `United States`, `US`).
    std::vector<std::unique_ptr<icu::LocaleDisplayNames>> source_names;
    std::vector<std::unique_ptr<icu::LocaleDisplayNames>> target_names;
    for (UDisplayContext length : {UDISPCTX_LENGTH_FULL, UDISPCTX_LENGTH_SHORT}) {
        source_names.emplace_back(
            icu::LocaleDisplayNames::createInstance(source_locale, &length, 1));
        target_names.emplace_back(
            icu::LocaleDisplayNames::createInstance(target_locale, &length, 1));
        if (!source_names.back() || !target_names.back()) {
            return;
        }
    }
    const auto add = [&](const std::vector<icu::UnicodeString>& source_side,
                         const std::vector<icu::UnicodeString>& target_side) {
        for (const auto& source_name : source_side) {
            for (const auto& s : keys(source, source_name)) {
                for (const auto& target_name : target_side) {
                    for (const auto& t : keys(target, target_name)) {
                        exonyms.add(s, t);
                    }
                }
            }
        }
    };
    // The names of country C, and of the language most likely spoken there: `Франции` may be
    // rendered `French`, `Китая` `Chinese`.
    const auto names = [](const std::vector<std::unique_ptr<icu::LocaleDisplayNames>>& display,
                          const char* country, const char* language) {
        // ICU answers the code itself when it has no name; the short name may be the code (`US`).
        std::vector<icu::UnicodeString> result;
        for (const auto& names_of_length : display) {
            icu::UnicodeString name;
            names_of_length->regionDisplayName(country, name);
            if (!result.empty() || name != icu::UnicodeString(country)) {
                result.push_back(name);
            }
        }
        if (result.empty() || language == nullptr) {
            return result;
        }
        for (const auto& names_of_length : display) {
            icu::UnicodeString name;
            names_of_length->languageDisplayName(language, name);
            if (name != icu::UnicodeString(language)) {
                result.push_back(name);
            }
        }
        return result;
    };
    for (const char* const* country = icu::Locale::getISOCountries(); *country != nullptr;
         ++country) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale likely("und", *country);
        likely.addLikelySubtags(status);
        const char* language = U_SUCCESS(status) && std::string_view(likely.getLanguage()) != "und"
                                   ? likely.getLanguage()
                                   : nullptr;
        add(names(source_names, *country, language), names(target_names, *country, language));
    }
}

} // namespace tandem::divergence::detail
