// SPDX-License-Identifier: GPL-3.0-or-later
// An entry is the headword line, then indented lines: `[phonetics] _n.` and senses numbered
// `1.`, `1)`, `а)` (homonyms `_I`, `_II`), each a list of translations separated by `,` and `;`
// mixed with examples (`animal kingdom животное царство`). Long senses wrap onto lines that start
// with no number.
#include "mueller_entries.hpp"

#include "phrase_pairs.hpp"

#include <cctype>
#include <string>

namespace tandem::lexicon::detail {
namespace {

/// Length of the sense mark opening @p line (`12)`, `3.`, `а)`, `_II`), or 0.
std::size_t sense_mark(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])) != 0) {
        ++digits;
    }
    if (digits > 0 && digits < line.size() && (line[digits] == ')' || line[digits] == '.')) {
        return digits + 1;
    }
    // One Cyrillic letter (two bytes in UTF-8) and `)`.
    if (line.size() >= 3 && static_cast<unsigned char>(line[0]) >= 0xD0 &&
        static_cast<unsigned char>(line[0]) <= 0xD1 && line[2] == ')') {
        return 3;
    }
    if (line.starts_with("_I") || line.starts_with("_V")) {
        std::size_t end = 1;
        while (end < line.size() && (line[end] == 'I' || line[end] == 'V' || line[end] == 'X')) {
            ++end;
        }
        return end;
    }
    return line.starts_with("[") ? 1 : 0;
}

/// @p sense without bracketed remarks and `_label.` tokens.
std::string clean_sense(std::string_view sense) {
    std::string cleaned;
    int depth = 0;
    for (std::size_t i = 0; i < sense.size(); ++i) {
        const char c = sense[i];
        if (c == '(' || c == '[' || c == '{' || c == '<') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}' || c == '>') {
            depth = depth > 0 ? depth - 1 : 0;
        } else if (depth == 0 && c == '_') {
            while (i + 1 < sense.size() && sense[i + 1] != ' ' && sense[i + 1] != ';' &&
                   sense[i + 1] != ',') {
                ++i;
            }
        } else if (depth == 0) {
            cleaned += c;
        }
    }
    return cleaned;
}

/// True when @p phrase is a translation: Russian words only, not an example sentence.
bool is_translation(std::string_view phrase) {
    for (const char c : phrase) {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0 || std::isdigit(static_cast<unsigned char>(c)) != 0 ||
            c == '?' || c == '!' || c == '=' || c == '~') {
            return false;
        }
    }
    return true;
}

void add_sense(Dictionary& dictionary, std::string_view headword, std::string_view sense,
               Direction direction) {
    const std::string cleaned = clean_sense(sense);
    for (const auto phrase : split_phrases(cleaned, ",;")) {
        if (is_translation(phrase)) {
            add_phrase_pair(dictionary, headword, phrase, direction);
        }
    }
}

} // namespace

bool is_mueller_dictionary(const std::filesystem::path& index) {
    return index.filename() == "mueller7.index";
}

void add_mueller_entry(Dictionary& dictionary, std::string_view headword, std::string_view entry,
                       Direction direction) {
    // The first line repeats the headword; each sense gathers its wrapped lines.
    std::string sense;
    std::size_t position = entry.find('\n');
    while (position != std::string_view::npos && position < entry.size()) {
        auto end = entry.find('\n', position + 1);
        if (end == std::string_view::npos) {
            end = entry.size();
        }
        const auto line = trim_blanks(entry.substr(position + 1, end - position - 1));
        position = end;
        const auto mark = sense_mark(line);
        if (mark > 0) {
            add_sense(dictionary, headword, sense, direction);
            sense.assign(line.substr(line.front() == '[' ? 0 : mark));
        } else {
            sense += ' ';
            sense += line;
        }
    }
    add_sense(dictionary, headword, sense, direction);
}

} // namespace tandem::lexicon::detail
