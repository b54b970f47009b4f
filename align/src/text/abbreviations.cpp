// SPDX-License-Identifier: GPL-3.0-or-later
#include "abbreviations.hpp"

#include <tandem/text/language.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <map>
#include <utility>

namespace tandem::text {
namespace {

/// `A.` or `С.В.`: one or more upper-case letters each followed by a dot.
bool is_initials(std::string_view token) {
    if (token.size() < 2 || token.back() != '.') {
        return false;
    }
    const auto* bytes = reinterpret_cast<const uint8_t*>(token.data());
    const auto length = static_cast<int32_t>(token.size());
    int32_t offset = 0;
    bool expect_letter = true;
    while (offset < length) {
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (expect_letter) {
            if (u_isUUppercase(c) == 0) {
                return false;
            }
        } else if (c != '.') {
            return false;
        }
        expect_letter = !expect_letter;
    }
    return expect_letter;
}

/// True when the word before the last token of @p sentence is a number (`в 2021 г.`).
bool follows_number(std::string_view sentence, std::string_view token) {
    std::string_view before = sentence.substr(0, sentence.size() - token.size());
    while (!before.empty() && before.back() == ' ') {
        before.remove_suffix(1);
    }
    return !before.empty() && before.back() >= '0' && before.back() <= '9';
}

bool is_small_number_with_dot(std::string_view token) {
    if (token.size() < 2 || token.size() > 3 || token.back() != '.') {
        return false;
    }
    for (std::size_t i = 0; i + 1 < token.size(); ++i) {
        if (token[i] < '0' || token[i] > '9') {
            return false;
        }
    }
    return true;
}

std::map<std::string, AbbreviationRules> make_rules() {
    std::map<std::string, AbbreviationRules> rules;
    rules.emplace("en", AbbreviationRules({"e.g.", "i.e.", "cf.", "approx.", "viz."},
                                          {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Sen.",
                                           "Rep.", "Gov.", "Gen.", "Col.", "Lt.", "Capt.", "Sgt.",
                                           "Rev.", "Hon.", "Amb.", "No.", "Nos.", "Mt.", "Jr.",
                                           "Sr.", "vs.", "Art.", "Fig.", "pp.", "p."},
                                          false));
    rules.emplace("ru", AbbreviationRules({"т.е.", "т.к.", "т.н.", "т.ч.", "напр.", "см.", "ср.",
                                           "им.", "тыс.", "млн.", "млрд.", "трлн.", "руб.", "долл.",
                                           "коп.", "стр.", "рис.", "табл.", "св.", "н.э."},
                                          {"г.", "гг.", "ул.", "пр.", "пл.", "д.", "проф.",
                                           "акад.", "ген.", "господин.", "гос.", "тов.", "о.",
                                           "оз.", "р.", "пос.", "дер.", "обл.", "ст."},
                                          false));
    rules.emplace("uk", AbbreviationRules({"т.зв.", "напр.", "див.", "тис.", "млн.", "млрд."},
                                          {"м.", "вул.", "проф.", "акад."}, false));
    rules.emplace("de", AbbreviationRules({"z.B.", "d.h.", "u.a.", "bzw.", "ca.", "ggf.", "vgl.",
                                           "evtl.", "inkl.", "sog.", "usw.", "etc.", "u.U.",
                                           "z.T.", "Nr.", "Abs.", "Art.", "Bd.", "S.", "Jh.",
                                           "v.Chr.", "n.Chr.", "Mio.", "Mrd.", "bspw."},
                                          {"Dr.", "Prof.", "Hr.", "Fr.", "St.", "Hl."}, true));
    rules.emplace("fr", AbbreviationRules({"p.ex.", "c.-à-d.", "cf.", "env.", "av.", "apr.",
                                           "J.-C.", "etc.", "vol.", "chap.", "éd."},
                                          {"M.", "MM.", "Mme.", "Dr.", "Pr.", "St.", "Ste.", "Me."},
                                          false));
    rules.emplace("", AbbreviationRules({"e.g.", "i.e.", "cf."}, {"Dr.", "Prof.", "St."}, false));
    return rules;
}

} // namespace

AbbreviationRules::AbbreviationRules(std::unordered_set<std::string> always,
                                     std::unordered_set<std::string> before_names,
                                     bool ordinal_dot)
    : m_always(std::move(always)), m_before_names(std::move(before_names)),
      m_ordinal_dot(ordinal_dot) {}

bool AbbreviationRules::suppresses(std::string_view token, std::string_view sentence,
                                   bool next_upper) const {
    const std::string key(token);
    if (m_always.contains(key)) {
        return true;
    }
    if (m_before_names.contains(key)) {
        // `в 2021 г. Затем…` ends a sentence; `г. Москва` does not.
        return next_upper && !follows_number(sentence, token);
    }
    if (next_upper && is_initials(token) && token.size() < sentence.size()) {
        return true;
    }
    return m_ordinal_dot && next_upper && is_small_number_with_dot(token) &&
           token.size() < sentence.size();
}

const AbbreviationRules& abbreviations_for(std::string_view language) {
    static const std::map<std::string, AbbreviationRules> rules = make_rules();
    const auto found = rules.find(primary_language(language));
    return found != rules.end() ? found->second : rules.at("");
}

} // namespace tandem::text
