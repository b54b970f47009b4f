// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/lexicon/dictionary.hpp>

#include "han_bridge.hpp"
#include "phrase_pairs.hpp"

#include <tandem/text/language.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <array>
#include <iterator>
#include <utility>

namespace tandem::lexicon {
namespace {

constexpr std::string_view ascii_punctuation = "()[]{}<>.,;:!?\"'/*";

/// FreeDict's file names use ISO 639-3 (sometimes the older bibliographic or retired codes).
struct CodeRow {
    std::string_view bcp47;
    std::array<std::string_view, 3> iso639_3;
};
constexpr std::array<CodeRow, 24> code_table{{
    {"ar", {"ara", "", ""}}, {"cs", {"ces", "cze", ""}}, {"da", {"dan", "", ""}},
    {"de", {"deu", "ger", ""}}, {"el", {"ell", "gre", ""}}, {"en", {"eng", "", ""}},
    {"es", {"spa", "", ""}}, {"fi", {"fin", "", ""}}, {"fr", {"fra", "fre", ""}},
    {"hu", {"hun", "", ""}}, {"is", {"isl", "ice", ""}}, {"it", {"ita", "", ""}},
    {"ja", {"jpn", "", ""}}, {"nl", {"nld", "dut", ""}}, {"no", {"nor", "nob", ""}},
    {"pl", {"pol", "", ""}}, {"pt", {"por", "", ""}}, {"ro", {"ron", "rum", "rom"}},
    {"ru", {"rus", "", ""}}, {"sv", {"swe", "", ""}}, {"tr", {"tur", "", ""}},
    {"uk", {"ukr", "", ""}}, {"zh", {"zho", "chi", "cmn"}}, {"ko", {"kor", "", ""}},
}};

/// The two codes of a `freedict-XXX-YYY` file name (or of another dictd database we read, by its
/// name), or empty strings.
std::pair<std::string, std::string> freedict_codes(const std::filesystem::path& file) {
    std::string stem = file.filename().string();
    const auto dot = stem.find('.');
    stem = stem.substr(0, dot);
    if (stem == "mueller7") {
        return {"eng", "rus"};
    }
    constexpr std::string_view prefix = "freedict-";
    if (!stem.starts_with(prefix) || stem.size() != prefix.size() + 7 || stem[prefix.size() + 3] != '-') {
        return {};
    }
    return {stem.substr(prefix.size(), 3), stem.substr(prefix.size() + 4, 3)};
}

bool has_code(const std::vector<std::string>& codes, const std::string& code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

} // namespace

void Dictionary::add(std::string_view source, std::string_view target) {
    if (source.empty() || target.empty()) {
        return;
    }
    m_pairs.push_back({text::fold_case(source), text::fold_case(target)});
}

void Dictionary::merge(Dictionary&& other) {
    if (m_pairs.empty()) {
        m_pairs = std::move(other.m_pairs);
    } else {
        m_pairs.insert(m_pairs.end(), std::make_move_iterator(other.m_pairs.begin()),
                       std::make_move_iterator(other.m_pairs.end()));
    }
    other.m_pairs.clear();
}

namespace detail {

std::string_view trim_blanks(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r");
    if (begin == std::string_view::npos) {
        return {};
    }
    return text.substr(begin, text.find_last_not_of(" \t\r") - begin + 1);
}

std::vector<std::string_view> split_phrases(std::string_view text, std::string_view separators) {
    std::vector<std::string_view> phrases;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(separators, start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto phrase = trim_blanks(text.substr(start, end - start));
        if (!phrase.empty()) {
            phrases.push_back(phrase);
        }
        start = end + 1;
    }
    return phrases;
}

std::vector<std::string_view> phrase_words(std::string_view phrase) {
    std::vector<std::string_view> words;
    std::size_t position = 0;
    while (position < phrase.size()) {
        const auto begin = phrase.find_first_not_of(" \t\r\n", position);
        if (begin == std::string_view::npos) {
            break;
        }
        auto end = phrase.find_first_of(" \t\r\n", begin);
        if (end == std::string_view::npos) {
            end = phrase.size();
        }
        std::string_view word = phrase.substr(begin, end - begin);
        while (!word.empty() && ascii_punctuation.find(word.front()) != std::string_view::npos) {
            word.remove_prefix(1);
        }
        while (!word.empty() && ascii_punctuation.find(word.back()) != std::string_view::npos) {
            word.remove_suffix(1);
        }
        if (!word.empty()) {
            words.push_back(word);
        }
        position = end;
    }
    return words;
}

void add_phrase_pair(Dictionary& dictionary, std::string_view headword,
                     std::string_view translation, Direction direction) {
    const auto heads = phrase_words(headword);
    const auto translations = phrase_words(translation);
    const auto add = [&](std::string_view head, std::string_view other) {
        if (direction == Direction::forward) {
            dictionary.add(head, other);
        } else {
            dictionary.add(other, head);
        }
    };
    const auto fans_out = [](const std::vector<std::string_view>& words, std::string_view word) {
        return words.size() == 1 || word.size() >= 3;
    };
    if (heads.size() == 1 && !translations.empty() && translations.size() <= 3) {
        for (const auto word : translations) {
            if (fans_out(translations, word)) {
                add(heads.front(), word);
            }
        }
    } else if (translations.size() == 1 && heads.size() > 1 && heads.size() <= 3) {
        for (const auto word : heads) {
            if (fans_out(heads, word)) {
                add(word, translations.front());
            }
        }
    }
}

} // namespace detail

Dictionary read_dictionary(const std::filesystem::path& file, std::string_view source_language,
                           std::string_view target_language) {
    Direction direction = Direction::forward;
    const auto [first, second] = freedict_codes(file);
    if (!first.empty() && has_code(iso639_3_codes(target_language), first) &&
        has_code(iso639_3_codes(source_language), second)) {
        direction = Direction::reverse;
    }
    const auto extension = file.extension().string();
    if (extension == ".index") {
        return read_dictd(file, direction);
    }
    if (extension == ".dic") {
        return read_hunalign_dictionary(file, direction);
    }
    return read_tsv_dictionary(file, direction);
}

std::vector<std::string> iso639_3_codes(std::string_view tag) {
    const std::string primary = text::primary_language(tag);
    for (const auto& row : code_table) {
        if (row.bcp47 == primary) {
            std::vector<std::string> codes;
            for (const auto code : row.iso639_3) {
                if (!code.empty()) {
                    codes.emplace_back(code);
                }
            }
            return codes;
        }
    }
    return {primary};
}

std::vector<InstalledDictionary> find_installed_dictionaries(std::string_view source_language,
                                                             std::string_view target_language,
                                                             const std::filesystem::path& folder) {
    std::vector<InstalledDictionary> found;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return found;
    }
    const auto source_codes = iso639_3_codes(source_language);
    const auto target_codes = iso639_3_codes(target_language);
    const auto collect = [&](const std::vector<std::string>& source_wanted,
                             const std::vector<std::string>& target_wanted, bool han_bridge) {
        for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
            const auto& path = entry.path();
            if (path.extension() != ".index") {
                continue;
            }
            const auto [first, second] = freedict_codes(path);
            if (first.empty()) {
                continue;
            }
            if (has_code(source_wanted, first) && has_code(target_wanted, second)) {
                found.push_back({path, Direction::forward, han_bridge});
            } else if (has_code(target_wanted, first) && has_code(source_wanted, second)) {
                found.push_back({path, Direction::reverse, han_bridge});
            }
        }
    };
    collect(source_codes, target_codes, false);
    const std::vector<std::string> japanese{"jpn"};
    if (found.empty() && detail::is_chinese(source_language) != detail::is_chinese(target_language)) {
        collect(detail::is_chinese(source_language) ? japanese : source_codes,
                detail::is_chinese(target_language) ? japanese : target_codes, true);
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.index < b.index; });
    return found;
}

std::vector<std::string> find_dictionary_partners(std::string_view language,
                                                  const std::filesystem::path& folder) {
    std::vector<std::string> partners;
    std::error_code error;
    if (!std::filesystem::is_directory(folder, error)) {
        return partners;
    }
    const auto codes = iso639_3_codes(language);
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (entry.path().extension() != ".index") {
            continue;
        }
        const auto [first, second] = freedict_codes(entry.path());
        if (!first.empty() && has_code(codes, first)) {
            partners.push_back(second);
        } else if (!first.empty() && has_code(codes, second)) {
            partners.push_back(first);
        }
    }
    std::sort(partners.begin(), partners.end());
    partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
    return partners;
}

} // namespace tandem::lexicon
