// SPDX-License-Identifier: GPL-3.0-or-later
// Digits are read with the separators of the text's language (CLDR decimal symbols through ICU);
// words are read with a table generated from the language's CLDR rule-based spell-out rules
// (ICU RuleBasedNumberFormat): every cardinal and ordinal rule set formats the values 0–100, the
// hundreds and the scales, so each inflected form (`двадцати`, `vingts`, `Millionen`) is known
// with its value or its multiplier. A run of number words is then composed left to right the way
// the rules build it (values add, `hundred`/`тысяч`/`million` multiply).
#include <tandem/text/numbers.hpp>

#include <tandem/text/language.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/unicode.hpp>

#include "../icu_support.hpp"

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>

namespace tandem::text {
namespace {

/// What a number word does in a run of words.
enum class WordRole : std::uint8_t { value, multiplier, connector };

struct NumberWord {
    WordRole role = WordRole::value;
    double value = 0.0; ///< the value, or the factor of a multiplier
    bool ordinal = false;
};

/// Hedges that make the number after them approximate, per primary language (folded text).
struct Hedges {
    std::string_view language;
    std::vector<std::string_view> phrases;
};

const std::vector<Hedges>& hedge_table() {
    static const std::vector<Hedges> table{
        {"en", {"about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "some",
                "over", "more than", "less than", "fewer than", "up to", "at least", "close to",
                "under", "circa", "an estimated", "just over", "just under", "upwards of"}},
        {"ru", {"около", "почти", "примерно", "приблизительно", "более", "больше", "менее",
                "меньше", "свыше", "порядка", "не менее", "не более", "более чем", "где-то",
                "порядком", "почти что", "не меньше", "не больше", "чуть более", "чуть менее"}},
        {"de", {"etwa", "ungefähr", "rund", "fast", "beinahe", "knapp", "über", "mehr als",
                "weniger als", "circa", "ca.", "gut", "mindestens", "annähernd", "nahezu",
                "bis zu", "zirka"}},
        {"fr", {"environ", "près de", "presque", "plus de", "moins de", "quelque", "quelques",
                "approximativement", "quasiment", "au moins", "jusqu'à", "autour de",
                "pratiquement", "une centaine de", "plus d'"}},
        {"it", {"circa", "quasi", "oltre", "più di", "meno di", "almeno", "intorno a", "fino a",
                "all'incirca", "pressoché"}},
        {"es", {"aproximadamente", "casi", "cerca de", "más de", "menos de", "unos", "unas",
                "alrededor de", "al menos", "hasta"}},
        {"pl", {"około", "ok.", "prawie", "ponad", "blisko", "niemal", "co najmniej", "mniej niż",
                "więcej niż", "przeszło", "niespełna"}},
    };
    return table;
}

/// Words after a number that make it a percentage (folded prefixes of one word, or two words).
constexpr std::string_view percent_stems[] = {"percent", "процент", "prozent", "pourcent",
                                              "procent", "percento", "porcentaje", "відсот"};
constexpr std::string_view percent_pairs[][2] = {
    {"per", "cent"}, {"pour", "cent"}, {"per", "cento"}, {"por", "ciento"}};

/// Abbreviated scale words the spell-out rules do not produce (`2,5 млн`).
constexpr std::pair<std::string_view, double> scale_abbreviations[] = {
    {"тыс", 1e3}, {"млн", 1e6}, {"млрд", 1e9}, {"трлн", 1e12}, {"mio", 1e6}, {"mrd", 1e9},
    {"tsd", 1e3}, {"bn", 1e9},  {"mln", 1e6},  {"mld", 1e9},   {"tys", 1e3}, {"md", 1e9},
    {"mds", 1e9}, {"bln", 1e9},
};

/// Languages that mark ordinals in digits with a full stop (`3. Oktober`).
constexpr std::string_view ordinal_dot_languages[] = {"de", "da", "nb", "nn", "no", "fi", "cs",
                                                      "sk", "pl", "hu", "sl", "hr", "sr", "tr",
                                                      "et", "lv", "is"};

/// Suffixes of ordinals written in digits (`3rd`, `1er`, `2e`, `3ème`, `2º`).
constexpr std::string_view ordinal_suffixes[] = {"st", "nd", "rd", "th", "e",  "er", "re",
                                                 "ère", "eme", "ème", "ieme", "ième", "º", "ª",
                                                 "o",  "a",  "te", "ten"};

/// Russian endings after `3-` that keep a cardinal (`3-х` = трёх); every other ending makes an
/// ordinal (`3-й`, `3-го`).
constexpr std::string_view cardinal_hyphen_endings[] = {"х", "ти", "ми", "и", "ух", "ех", "ёх",
                                                        "мя", "ое"};

bool is_space_code_point(std::string_view text) {
    return text == " " || text == "\u00A0" || text == "\u2009" || text == "\u202F";
}

std::string utf8(const icu::UnicodeString& text) {
    std::string result;
    text.toUTF8String(result);
    return result;
}

/// The key of a word: case-folded, soft hyphens dropped, `ё` read as `е` (ICU's Russian rules
/// write `трех`, texts often `трёх`).
std::string word_key(std::string_view word) {
    std::string folded = fold_case(word);
    std::string result;
    result.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size();) {
        const std::string_view rest = std::string_view(folded).substr(i);
        if (rest.substr(0, 2) == "\u00AD") {
            i += 2;
        } else if (rest.substr(0, 2) == "ё") {
            result += "е";
            i += 2;
        } else {
            result.push_back(folded[i]);
            ++i;
        }
    }
    return result;
}

/// Splits a formatted spell-out into word keys at spaces and hyphens.
std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::string current;
    const auto flush = [&] {
        if (!current.empty()) {
            words.push_back(word_key(current));
            current.clear();
        }
    };
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = std::string_view(text).substr(i);
        if (rest.front() == ' ' || rest.front() == '-') {
            flush();
            ++i;
        } else if (rest.substr(0, 2) == "\u00A0" || rest.substr(0, 3) == "\u2011") {
            flush();
            i += rest.substr(0, 2) == "\u00A0" ? 2 : 3;
        } else {
            current.push_back(rest.front());
            ++i;
        }
    }
    flush();
    return words;
}

std::string join_words(const std::vector<std::string>& words, std::size_t begin, std::size_t end) {
    std::string result;
    for (std::size_t i = begin; i < end; ++i) {
        if (i > begin) {
            result.push_back(' ');
        }
        result += words[i];
    }
    return result;
}

/// The value of digits with separators, or nullopt when they do not form one number (dates).
std::optional<double> parse_digits(std::string_view text, char decimal) {
    std::string digits;
    std::vector<std::pair<std::size_t, char>> separators; // position in digits, character
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
        } else if (c == '.' || c == ',') {
            separators.emplace_back(digits.size(), c);
        } else if (c != '\'') {
            return std::nullopt;
        }
    }
    if (digits.empty()) {
        return std::nullopt;
    }
    std::optional<std::size_t> decimal_at;
    if (!separators.empty()) {
        const char last = separators.back().second;
        const bool mixed = std::any_of(separators.begin(), separators.end(),
                                       [&](const auto& s) { return s.second != last; });
        const std::size_t after_last = digits.size() - separators.back().first;
        if (mixed || (separators.size() == 1 && (after_last != 3 || last == decimal))) {
            decimal_at = separators.back().first;
            separators.pop_back();
        }
        // What is left is grouping: 1-3 leading digits, then groups of exactly three.
        std::size_t previous = 0;
        for (std::size_t i = 0; i < separators.size(); ++i) {
            const std::size_t group = separators[i].first - previous;
            if (i == 0 ? (group == 0 || group > 3) : group != 3) {
                return std::nullopt;
            }
            previous = separators[i].first;
        }
        if (!separators.empty() && decimal_at.value_or(digits.size()) - previous != 3) {
            return std::nullopt;
        }
    }
    const std::string integer = digits.substr(0, decimal_at.value_or(digits.size()));
    const std::string fraction = decimal_at ? digits.substr(*decimal_at) : std::string();
    return std::stod((integer.empty() ? std::string("0") : integer) +
                     (fraction.empty() ? std::string() : "." + fraction));
}

bool ends_with_hedge(std::string_view before, std::string_view phrase) {
    while (!before.empty() && (before.back() == ' ')) {
        before.remove_suffix(1);
    }
    if (before.size() < phrase.size() || before.substr(before.size() - phrase.size()) != phrase) {
        return false;
    }
    const std::size_t start = before.size() - phrase.size();
    if (start == 0) {
        return true;
    }
    // The phrase must start a word: the byte before it is ASCII and no letter or digit.
    const auto previous = static_cast<unsigned char>(before[start - 1]);
    return previous < 0x80U && std::isalnum(previous) == 0;
}

} // namespace

struct NumberExtractor::Impl {
    Tokenizer tokenizer;
    std::string language;
    char decimal = '.';
    std::unordered_map<std::string, NumberWord> words;   ///< single word keys
    std::unordered_map<std::string, NumberWord> phrases; ///< whole spell-outs (several words)
    std::size_t longest_phrase = 1;                      ///< in words
    std::vector<std::string_view> hedges;

    explicit Impl(std::string_view tag) : tokenizer(tag), language(primary_language(tag)) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(
            icu::StringPiece(tag.data(), static_cast<int32_t>(tag.size())), status);
        status = U_ZERO_ERROR;
        const icu::DecimalFormatSymbols symbols(locale, status);
        detail::check_icu(status, "DecimalFormatSymbols");
        decimal = utf8(symbols.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol)) == ","
                      ? ','
                      : '.';
        for (const auto& entry : hedge_table()) {
            if (entry.language == language) {
                hedges = entry.phrases;
            }
        }
        build_word_table(locale);
    }

    void build_word_table(const icu::Locale& locale) {
        UErrorCode status = U_ZERO_ERROR;
        icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale, status);
        if (U_FAILURE(status)) {
            return; // no spell-out rules for this language: digits only
        }
        std::vector<double> values;
        for (int n = 0; n <= 100; ++n) {
            values.push_back(n);
        }
        for (const double scale : {100.0, 1e3, 1e6, 1e9, 1e12}) {
            for (const double factor : {1.0, 2.0, 3.0, 5.0}) {
                values.push_back(scale * factor);
            }
        }
        for (const double n : {200.0, 400.0, 600.0, 700.0, 800.0, 900.0, 101.0, 121.0, 1001.0}) {
            values.push_back(n);
        }
        std::unordered_map<std::string, bool> inner_words; // words met inside multi-word outputs
        for (int32_t set = 0; set < format.getNumberOfRuleSetNames(); ++set) {
            const std::string name = utf8(format.getRuleSetName(set));
            if (name.find("year") != std::string::npos) {
                continue; // `twenty nineteen` would read as 20 + 19
            }
            const bool ordinal = name.find("ordinal") != std::string::npos;
            for (const double n : values) {
                icu::UnicodeString formatted;
                status = U_ZERO_ERROR;
                icu::FieldPosition position;
                format.format(n, format.getRuleSetName(set), formatted, position, status);
                if (U_FAILURE(status)) {
                    continue;
                }
                const auto parts = split_words(utf8(formatted));
                if (parts.empty()) {
                    continue;
                }
                const bool round_scale = n == 100.0 || n == 1e3 || n == 1e6 || n == 1e9 || n == 1e12;
                if (parts.size() == 1) {
                    add(words, parts[0], {round_scale ? WordRole::multiplier : WordRole::value, n, ordinal});
                    continue;
                }
                add(phrases, join_words(parts, 0, parts.size()), {WordRole::value, n, ordinal});
                longest_phrase = std::max(longest_phrase, parts.size());
                const double scale = n >= 1e12 ? 1e12 : n >= 1e9 ? 1e9 : n >= 1e6 ? 1e6 : n >= 1e3 ? 1e3 : 100.0;
                const bool multiple_of_scale = n >= 100.0 && std::fmod(n, scale) == 0.0;
                if (multiple_of_scale) {
                    add(words, parts.back(), {WordRole::multiplier, scale, ordinal});
                }
                for (std::size_t i = 1; i + 1 < parts.size(); ++i) {
                    inner_words.emplace(parts[i], true);
                }
            }
        }
        for (const auto& [word, unused] : inner_words) {
            add(words, word, {WordRole::connector, 0.0, false});
        }
        for (const auto& [abbreviation, factor] : scale_abbreviations) {
            add(words, std::string(abbreviation), {WordRole::multiplier, factor, false});
        }
    }

    /// Adds @p word unless known; a cardinal reading replaces an ordinal one.
    static void add(std::unordered_map<std::string, NumberWord>& table, const std::string& key,
                    NumberWord word) {
        const auto [it, inserted] = table.emplace(key, word);
        if (!inserted && it->second.ordinal && !word.ordinal && it->second.role == word.role) {
            it->second = word;
        }
    }

    const NumberWord* find_word(const std::string& key) const {
        const auto it = words.find(key);
        return it == words.end() ? nullptr : &it->second;
    }
};

NumberExtractor::NumberExtractor(std::string_view language)
    : m_impl(std::make_unique<Impl>(language)) {}
NumberExtractor::~NumberExtractor() = default;
NumberExtractor::NumberExtractor(NumberExtractor&&) noexcept = default;
NumberExtractor& NumberExtractor::operator=(NumberExtractor&&) noexcept = default;

std::vector<NumberMention> NumberExtractor::extract(std::string_view text) {
    Impl& impl = *m_impl;
    const std::vector<Token> tokens = impl.tokenizer.tokenize(text);
    const auto token_text = [&](std::size_t i) {
        return text.substr(tokens[i].bytes.begin, tokens[i].bytes.size());
    };
    const auto gap_before = [&](std::size_t i) {
        return text.substr(tokens[i - 1].bytes.end, tokens[i].bytes.begin - tokens[i - 1].bytes.end);
    };
    std::vector<NumberMention> mentions;

    for (std::size_t i = 0; i < tokens.size();) {
        const std::string_view word = token_text(i);
        NumberMention mention;
        std::size_t next = i + 1;
        if (tokens[i].kind == TokenKind::number) {
            // Glue digit groups written with spaces (`10 000`, `1 250 000`).
            std::string digits(word);
            std::size_t last = i;
            while (last + 1 < tokens.size() && tokens[last + 1].kind == TokenKind::number &&
                   is_space_code_point(gap_before(last + 1)) && digits.size() <= 7 &&
                   std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
                   (last > i || digits.size() <= 3)) {
                const std::string_view group = token_text(last + 1);
                const std::size_t group_digits = static_cast<std::size_t>(
                    std::find_if(group.begin(), group.end(), [](char c) { return c < '0' || c > '9'; }) -
                    group.begin());
                if (group_digits != 3) {
                    break;
                }
                digits += group;
                ++last;
            }
            const auto value = parse_digits(digits, impl.decimal);
            if (!value) {
                // Not one number (a date such as 27.03.2019): each run of digits on its own.
                std::size_t start = 0;
                for (std::size_t k = 0; k <= word.size(); ++k) {
                    if (k == word.size() || word[k] < '0' || word[k] > '9') {
                        if (k > start) {
                            NumberMention part;
                            part.bytes = {tokens[i].bytes.begin + start, tokens[i].bytes.begin + k};
                            part.value = std::stod(std::string(word.substr(start, k - start)));
                            part.date_part = true;
                            mentions.push_back(part);
                        }
                        start = k + 1;
                    }
                }
                i = next;
                continue;
            }
            mention.value = *value;
            mention.bytes = {tokens[i].bytes.begin, tokens[last].bytes.end};
            next = last + 1;
        } else if (tokens[i].kind == TokenKind::word && !word.empty() && word.front() >= '0' &&
                   word.front() <= '9') {
            // Digits with an ordinal suffix in one token (`3rd`, `1er`, `2e`).
            const auto digits_end = static_cast<std::size_t>(
                std::find_if(word.begin(), word.end(), [](char c) { return c < '0' || c > '9'; }) -
                word.begin());
            const std::string suffix = fold_case(word.substr(digits_end));
            const bool ordinal = std::find(std::begin(ordinal_suffixes), std::end(ordinal_suffixes),
                                           suffix) != std::end(ordinal_suffixes);
            const bool decade = suffix == "s"; // `1970s`, `90s`
            if (!ordinal && !decade) {
                i = next;
                continue;
            }
            mention.value = std::stod(std::string(word.substr(0, digits_end)));
            mention.ordinal = ordinal;
            mention.bytes = tokens[i].bytes;
        } else if (tokens[i].kind == TokenKind::word && impl.find_word(word_key(word)) != nullptr) {
            // A run of number words joined by spaces or hyphens.
            std::vector<std::string> keys;
            std::vector<std::size_t> key_tokens;
            std::size_t j = i;
            while (j < tokens.size() && tokens[j].kind == TokenKind::word) {
                std::string key = word_key(token_text(j));
                if (impl.find_word(key) == nullptr) {
                    break;
                }
                keys.push_back(std::move(key));
                key_tokens.push_back(j);
                if (j + 1 < tokens.size() && is_space_code_point(gap_before(j + 1))) {
                    ++j;
                } else if (j + 2 < tokens.size() && gap_before(j + 1).empty() &&
                           (token_text(j + 1) == "-" || token_text(j + 1) == "\u2011") &&
                           gap_before(j + 2).empty()) {
                    j += 2;
                } else {
                    break;
                }
            }
            // Compose chunks: the longest whole spell-out first, then single words.
            double total = 0.0;
            double group = 0.0;
            double last_value = 0.0;
            bool any = false;
            bool ordinal = false;
            std::size_t first_key = 0;
            std::size_t end_key = 0;
            std::size_t k = 0;
            while (k < keys.size()) {
                NumberWord chunk;
                std::size_t chunk_end = k + 1;
                bool found = false;
                for (std::size_t len = std::min(impl.longest_phrase, keys.size() - k); len >= 2; --len) {
                    const auto it = impl.phrases.find(join_words(keys, k, k + len));
                    if (it != impl.phrases.end()) {
                        chunk = it->second;
                        chunk_end = k + len;
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    chunk = *impl.find_word(keys[k]);
                }
                if (chunk.role == WordRole::connector) {
                    if (!any) {
                        first_key = chunk_end; // a run never starts with a connector
                    }
                    k = chunk_end;
                    continue;
                }
                if (chunk.role == WordRole::value && any &&
                    !(chunk.value < last_value &&
                      std::fmod(last_value, std::pow(10.0, std::floor(std::log10(std::max(chunk.value, 1.0))) + 1.0)) == 0.0)) {
                    break; // `five three` are two numbers: stop before the second
                }
                if (chunk.role == WordRole::value) {
                    group += chunk.value;
                    last_value = chunk.value;
                } else if (chunk.value < 1e3) {
                    group = std::max(group, 1.0) * chunk.value;
                    last_value = group;
                } else {
                    total += std::max(group, 1.0) * chunk.value;
                    group = 0.0;
                    last_value = total;
                }
                any = true;
                ordinal = chunk.ordinal;
                end_key = chunk_end;
                k = chunk_end;
            }
            if (!any || end_key <= first_key) {
                i = next;
                continue;
            }
            mention.value = total + group;
            mention.spelled_out = true;
            mention.ordinal = ordinal;
            mention.bytes = {tokens[key_tokens[first_key]].bytes.begin,
                             tokens[key_tokens[end_key - 1]].bytes.end};
            next = key_tokens[end_key - 1] + 1;
            if (end_key - first_key == 1 && mention.value == 1.0) {
                i = next; // `one`, `un`, `eine`: articles and pronouns far more often than numbers
                continue;
            }
            // A scale word on its own (`тысячи`, `millions`) is a round, vague quantity.
            const NumberWord* single = end_key - first_key == 1 ? impl.find_word(keys[first_key]) : nullptr;
            mention.approximate = single != nullptr && single->role == WordRole::multiplier;
        } else {
            i = next;
            continue;
        }

        // What follows the number: a scale word, a percent sign or word, an ordinal mark.
        if (!mention.spelled_out && next < tokens.size() && is_space_code_point(gap_before(next)) &&
            tokens[next].kind == TokenKind::word) {
            const NumberWord* scale = impl.find_word(word_key(token_text(next)));
            if (scale != nullptr && scale->role == WordRole::multiplier && scale->value >= 1e3) {
                mention.value *= scale->value;
                mention.bytes.end = tokens[next].bytes.end;
                ++next;
                if (next < tokens.size() && token_text(next) == "." && gap_before(next).empty() &&
                    next + 1 < tokens.size()) {
                    mention.bytes.end = tokens[next].bytes.end; // `млн.`
                    ++next;
                }
            }
        }
        if (next < tokens.size()) {
            const std::string_view following = token_text(next);
            const std::string_view gap = gap_before(next);
            if ((following == "%" || following == "\uFF05") && (gap.empty() || is_space_code_point(gap))) {
                mention.percent = true;
                mention.bytes.end = tokens[next].bytes.end;
                ++next;
            } else if (is_space_code_point(gap) && tokens[next].kind == TokenKind::word) {
                const std::string key = word_key(following);
                for (const std::string_view stem : percent_stems) {
                    if (key.rfind(stem, 0) == 0) {
                        mention.percent = true;
                        mention.bytes.end = tokens[next].bytes.end;
                        ++next;
                        break;
                    }
                }
                if (!mention.percent && next + 1 < tokens.size() &&
                    is_space_code_point(gap_before(next + 1))) {
                    const std::string second = word_key(token_text(next + 1));
                    for (const auto& pair : percent_pairs) {
                        if (key == pair[0] && second == pair[1]) {
                            mention.percent = true;
                            mention.bytes.end = tokens[next + 1].bytes.end;
                            next += 2;
                            break;
                        }
                    }
                }
            } else if (!mention.spelled_out && gap.empty() && following == "-" &&
                       next + 1 < tokens.size() && gap_before(next + 1).empty() &&
                       tokens[next + 1].kind == TokenKind::word && token_text(next + 1).size() <= 6 &&
                       static_cast<unsigned char>(token_text(next + 1).front()) >= 0x80U) {
                // Russian and Ukrainian endings: `3-й`, `3-го` (ordinal), `3-х` (cardinal).
                const std::string ending = word_key(token_text(next + 1));
                mention.ordinal = std::find(std::begin(cardinal_hyphen_endings),
                                            std::end(cardinal_hyphen_endings),
                                            ending) == std::end(cardinal_hyphen_endings);
                mention.bytes.end = tokens[next + 1].bytes.end;
                next += 2;
            } else if (!mention.spelled_out && gap.empty() && following == "." &&
                       next + 1 < tokens.size() && is_space_code_point(gap_before(next + 1)) &&
                       tokens[next + 1].kind == TokenKind::word &&
                       std::find(std::begin(ordinal_dot_languages), std::end(ordinal_dot_languages),
                                 impl.language) != std::end(ordinal_dot_languages)) {
                mention.ordinal = true; // `am 3. Oktober`: a full stop inside a sentence
                mention.bytes.end = tokens[next].bytes.end;
                ++next;
            } else if (gap.empty() && following == "+") {
                mention.approximate = true;
                mention.bytes.end = tokens[next].bytes.end;
                ++next;
            }
        }
        if (!mention.approximate && !impl.hedges.empty()) {
            const std::string before = fold_case(text.substr(0, mention.bytes.begin));
            mention.approximate = std::any_of(impl.hedges.begin(), impl.hedges.end(),
                                              [&](std::string_view hedge) { return ends_with_hedge(before, hedge); });
        }
        if (!mention.approximate && mention.bytes.begin > 0 &&
            (text[mention.bytes.begin - 1] == '~' ||
             (mention.bytes.begin > 1 && text[mention.bytes.begin - 2] == '~'))) {
            mention.approximate = true;
        }
        mentions.push_back(mention);
        i = next;
    }
    return mentions;
}

std::vector<NumberMention> extract_numbers(std::string_view text, std::string_view language) {
    NumberExtractor extractor(language);
    return extractor.extract(text);
}

} // namespace tandem::text
