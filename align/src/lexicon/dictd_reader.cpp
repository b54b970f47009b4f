// SPDX-License-Identifier: GPL-3.0-or-later
// FreeDict dictd files: the `.index` lists `headword<TAB>offset<TAB>length` with base-64 numbers
// (dictd's alphabet, A = 0); the `.dict.dz` is dictzip, a gzip file that zlib reads whole. An
// entry starts with the headword line (pronunciation, part of speech), then the translations on
// the next line or on numbered lines (`1. …`, or on the line after a numbered line that only names
// the part of speech); notes, synonyms and definitions follow.
#include <tandem/lexicon/dictionary.hpp>

#include "dictd_reader.hpp"
#include "mueller_entries.hpp"
#include "phrase_pairs.hpp"

#include <tandem/error.hpp>

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <memory>
#include <optional>
#include <system_error>
#include <vector>

namespace tandem::lexicon {
namespace {

std::optional<std::size_t> decode_base64(std::string_view digits) {
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t value = 0;
    for (const char digit : digits) {
        const auto position = alphabet.find(digit);
        if (position == std::string_view::npos) {
            return std::nullopt;
        }
        value = value * 64 + position;
    }
    return value;
}

struct GzCloser {
    void operator()(gzFile_s* file) const noexcept { gzclose(file); }
};

/// The first @p size bytes (known from the index, so the text is read into one allocation) of the
/// decompressed `.dict.dz` (or plain `.dict`) beside @p index.
/// Decompressed dictionary text, left uninitialised before it is read (zero-filling tens of
/// megabytes would cost as much as inflating them).
struct EntryText {
    std::unique_ptr<char[]> bytes;
    std::size_t size = 0;
    [[nodiscard]] std::string_view view() const noexcept { return {bytes.get(), size}; }
};

EntryText read_entries(const std::filesystem::path& index, std::size_t size) {
    const auto data = detail::dictd_data_file(index);
    std::unique_ptr<gzFile_s, GzCloser> file(gzopen(data.c_str(), "rb"));
    if (!file) {
        throw Error(ErrorCode::io, "cannot open the dictionary data", data.string());
    }
    EntryText entries{std::make_unique_for_overwrite<char[]>(size), 0};
    std::size_t filled = 0;
    constexpr std::size_t chunk = 1 << 20;
    while (filled < size) {
        const auto wanted = static_cast<unsigned>(std::min(chunk, size - filled));
        const int read = gzread(file.get(), entries.bytes.get() + filled, wanted);
        if (read < 0) {
            throw Error(ErrorCode::encoding, "broken compressed dictionary data", data.string());
        }
        if (read == 0) {
            break;
        }
        filled += static_cast<std::size_t>(read);
    }
    entries.size = filled;
    return entries;
}

bool starts_numbered(std::string_view line) {
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])) != 0) {
        ++digits;
    }
    return digits > 0 && digits < line.size() && line[digits] == '.';
}

/// The translation phrases of one line: bracketed remarks dropped, split at `,`, `;` and sense
/// numbers.
std::vector<std::string> translation_phrases(std::string_view line) {
    std::string cleaned;
    int depth = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '(' || c == '[' || c == '<' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '>' || c == '}') {
            depth = depth > 0 ? depth - 1 : 0;
        } else if (depth == 0) {
            const bool number_mark = std::isdigit(static_cast<unsigned char>(c)) != 0 &&
                                     starts_numbered(line.substr(i));
            if (number_mark) {
                while (line[i] != '.') {
                    ++i;
                }
                cleaned += ',';
            } else {
                cleaned += c == ';' ? ',' : c;
            }
        }
    }
    std::vector<std::string> phrases;
    for (const auto phrase : detail::split_phrases(cleaned, ",")) {
        phrases.emplace_back(phrase);
    }
    return phrases;
}

void add_entry(Dictionary& dictionary, std::string_view headword, std::string_view entry,
               Direction direction) {
    bool first_line = true;
    bool have_translation = false;
    // A sense line that is only a remark (`1. (noun)`, as FreeDict's jpn-eng writes the part of
    // speech) holds no translation: its translations are on the lines that follow.
    bool awaiting_sense = false;
    std::size_t position = 0;
    while (position < entry.size()) {
        auto end = entry.find('\n', position);
        if (end == std::string_view::npos) {
            end = entry.size();
        }
        const auto line = detail::trim_blanks(entry.substr(position, end - position));
        position = end + 1;
        if (first_line) {
            first_line = false;
            continue;
        }
        if (line.empty()) {
            if (have_translation) {
                break;
            }
            continue;
        }
        if (!have_translation || awaiting_sense || starts_numbered(line)) {
            const auto phrases = translation_phrases(line);
            awaiting_sense = phrases.empty();
            have_translation = have_translation || !phrases.empty();
            for (const auto& phrase : phrases) {
                detail::add_phrase_pair(dictionary, headword, phrase, direction);
            }
        }
    }
}

} // namespace

std::filesystem::path detail::dictd_data_file(const std::filesystem::path& index) {
    auto data = index;
    data.replace_extension(".dict.dz");
    std::error_code error;
    if (!std::filesystem::exists(data, error)) {
        data.replace_extension("");
        data.replace_extension(".dict");
    }
    return data;
}

Dictionary read_dictd(const std::filesystem::path& index, Direction direction) {
    return detail::read_dictd_entries(index, direction, {});
}

Dictionary detail::read_dictd_entries(const std::filesystem::path& index, Direction direction,
                                      const std::function<bool(std::string_view)>& keep) {
    std::ifstream in(index, std::ios::binary);
    if (!in) {
        throw Error(ErrorCode::io, "cannot open the dictionary index", index.string());
    }
    struct IndexEntry {
        std::string headword;
        std::size_t offset;
        std::size_t length;
    };
    std::vector<IndexEntry> listed;
    std::size_t size = 0;
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        const auto first_tab = line.find('\t');
        const auto second_tab = line.find('\t', first_tab + 1);
        if (first_tab == std::string::npos || second_tab == std::string::npos) {
            throw ParseError(ErrorCode::parse, index.string(), {line_number, 1, 0},
                             "expected headword, offset and length separated by tabs", line);
        }
        const std::string_view view(line);
        const auto headword = view.substr(0, first_tab);
        const auto offset = decode_base64(view.substr(first_tab + 1, second_tab - first_tab - 1));
        const auto length = decode_base64(detail::trim_blanks(view.substr(second_tab + 1)));
        if (!offset || !length) {
            throw ParseError(ErrorCode::parse, index.string(), {line_number, first_tab + 2, 0},
                             "bad base-64 offset or length", line);
        }
        if (headword.starts_with("00database") || headword.starts_with("00-database") ||
            (keep && !keep(headword))) {
            continue;
        }
        size = std::max(size, *offset + *length);
        listed.push_back({std::string(headword), *offset, *length});
    }
    const auto text = read_entries(index, size);
    const std::string_view entries = text.view();
    Dictionary dictionary;
    dictionary.reserve(listed.size());
    const auto add = detail::is_mueller_dictionary(index) ? detail::add_mueller_entry : add_entry;
    for (const auto& entry : listed) {
        if (entry.offset > entries.size() || entry.length > entries.size() - entry.offset) {
            continue;
        }
        add(dictionary, entry.headword, entries.substr(entry.offset, entry.length), direction);
    }
    return dictionary;
}

} // namespace tandem::lexicon
