// SPDX-License-Identifier: GPL-3.0-or-later
#include "unihan_reader.hpp"

#include <tandem/error.hpp>
#include <tandem/text/unicode.hpp>

#include <unicode/utf8.h>
#include <bzlib.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <system_error>
#include <vector>

namespace tandem::lexicon::detail {
namespace {

/// Ends a bzip2 decompression stream however it is left.
struct DecompressEnder {
    void operator()(bz_stream* stream) const { BZ2_bzDecompressEnd(stream); }
};

/// The bzip2 data @p compressed decompressed; several streams one after another (as `pbzip2`
/// writes them) are read in turn.
std::string decompress_bzip2(std::string_view compressed, const std::filesystem::path& file) {
    std::string text;
    std::array<char, 1 << 16> buffer{};
    std::size_t offset = 0;
    while (offset < compressed.size()) {
        bz_stream stream{};
        if (BZ2_bzDecompressInit(&stream, 0, 0) != BZ_OK) {
            throw Error(ErrorCode::io, "cannot start bzip2 decompression", file.string());
        }
        const std::unique_ptr<bz_stream, DecompressEnder> ender(&stream);
        // bzip2's interface takes non-const input it never writes to.
        stream.next_in = const_cast<char*>(compressed.data() + offset);
        stream.avail_in = static_cast<unsigned>(compressed.size() - offset);
        int status = BZ_OK;
        while (status == BZ_OK) {
            stream.next_out = buffer.data();
            stream.avail_out = static_cast<unsigned>(buffer.size());
            status = BZ2_bzDecompress(&stream);
            if (status != BZ_OK && status != BZ_STREAM_END) {
                throw Error(ErrorCode::encoding, "broken bzip2 data", file.string());
            }
            text.append(buffer.data(), buffer.size() - stream.avail_out);
            if (status == BZ_OK && stream.avail_in == 0 && stream.avail_out != 0) {
                throw Error(ErrorCode::encoding, "truncated bzip2 data", file.string());
            }
        }
        offset = compressed.size() - stream.avail_in;
    }
    return text;
}

/// The first existing file of @p folder named @p name plus `.bz2` or @p name itself, or empty.
std::filesystem::path existing(const std::filesystem::path& folder, const std::string& name) {
    for (const auto& candidate : {folder / (name + ".bz2"), folder / name}) {
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error)) {
            return candidate;
        }
    }
    return {};
}

/// One `U+XXXX<TAB>field<TAB>value` line of a Unihan file.
struct UnihanLine {
    char32_t character = 0;
    std::string_view field;
    std::string_view value;
};

/// The code point of @p text, `U+` and four to six hexadecimal digits, or nothing.
std::optional<char32_t> parse_code_point(std::string_view text) {
    if (text.size() < 6 || text.size() > 8 || !text.starts_with("U+")) {
        return std::nullopt;
    }
    std::uint32_t value = 0;
    const auto [end, error] =
        std::from_chars(text.data() + 2, text.data() + text.size(), value, 16);
    if (error != std::errc{} || end != text.data() + text.size() || value > 0x10FFFF) {
        return std::nullopt;
    }
    return static_cast<char32_t>(value);
}

/// Calls @p on_line with every line of Unihan file @p file that is neither blank nor a comment.
template <typename OnLine>
void for_each_unihan_line(const std::filesystem::path& file, OnLine&& on_line) {
    const std::string text = read_maybe_bzip2(file);
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const auto end = std::min(text.find('\n', start), text.size());
        std::string_view line(text.data() + start, end - start);
        start = end + 1;
        ++line_number;
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto first_tab = line.find('\t');
        const auto second_tab =
            first_tab == std::string_view::npos ? first_tab : line.find('\t', first_tab + 1);
        if (second_tab == std::string_view::npos) {
            throw ParseError(ErrorCode::parse, file.string(), {line_number, 1, 0},
                             "expected three tab-separated fields", std::string(line));
        }
        const auto character = parse_code_point(line.substr(0, first_tab));
        if (!character) {
            throw ParseError(ErrorCode::parse, file.string(), {line_number, 1, 0},
                             "expected a code point such as U+4E2D", std::string(line));
        }
        on_line(UnihanLine{*character, line.substr(first_tab + 1, second_tab - first_tab - 1),
                           line.substr(second_tab + 1)});
    }
}

/// English function words: the glosses of particles and prepositions (在 "be at, in, on") that
/// would match nearly every sentence.
bool is_function_word(std::string_view word) {
    static constexpr std::array<std::string_view, 52> words{
        "a",   "about", "all", "also", "am",   "an",    "and",  "any",   "are",  "as",   "at",
        "be",  "but",   "by",  "for",  "from", "he",    "her",  "him",   "his",  "i",    "if",
        "in",  "into",  "is",  "it",   "its",  "me",    "my",   "not",   "of",   "on",   "or",
        "our", "she",   "so",  "that", "the",  "their", "them", "these", "they", "this", "those",
        "to",  "us",    "was", "we",   "were", "with",  "you",  "your"};
    static_assert(std::is_sorted(words.begin(), words.end()));
    return std::binary_search(words.begin(), words.end(), word);
}

/// The words of @p phrase: runs of ASCII letters, with apostrophes and hyphens inside them.
std::vector<std::string_view> gloss_words(std::string_view phrase) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < phrase.size();) {
        if (!letter(phrase[i])) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        while (end < phrase.size() &&
               (letter(phrase[end]) || ((phrase[end] == '\'' || phrase[end] == '-') &&
                                        end + 1 < phrase.size() && letter(phrase[end + 1])))) {
            ++end;
        }
        words.push_back(phrase.substr(i, end - i));
        i = end;
    }
    return words;
}

/// The one-word glosses of @p definition, each once, case-folded.
void add_glosses(std::string_view definition, std::set<std::string>& glosses) {
    std::string bare;
    int depth = 0;
    for (const char c : definition) {
        if (c == '(') {
            ++depth;
        } else if (c == ')') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            bare += c == ';' ? ',' : c;
        }
    }
    for (std::size_t start = 0; start <= bare.size();) {
        const auto end = std::min(bare.find(',', start), bare.size());
        const auto words = gloss_words(std::string_view(bare).substr(start, end - start));
        start = end + 1;
        if (words.size() != 1 || words.front().size() < 2) {
            continue;
        }
        auto word = text::fold_case(words.front());
        if (!is_function_word(word)) {
            glosses.insert(std::move(word));
        }
    }
}

/// @p c in UTF-8.
std::string utf8(char32_t c) {
    std::array<std::uint8_t, U8_MAX_LENGTH> bytes{};
    std::int32_t length = 0;
    U8_APPEND_UNSAFE(bytes.data(), length, static_cast<UChar32>(c));
    return std::string(reinterpret_cast<const char*>(bytes.data()),
                       static_cast<std::size_t>(length));
}

} // namespace

std::optional<UnihanFiles> find_unihan(const std::filesystem::path& folder) {
    UnihanFiles files{existing(folder, "Unihan_Readings.txt"),
                      existing(folder, "Unihan_Variants.txt")};
    if (files.readings.empty()) {
        return std::nullopt;
    }
    return files;
}

std::string read_maybe_bzip2(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        throw Error(ErrorCode::io, "cannot open the file", file.string());
    }
    std::string bytes{std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
    if (stream.bad()) {
        throw Error(ErrorCode::io, "cannot read the file", file.string());
    }
    return file.extension() == ".bz2" ? decompress_bzip2(bytes, file) : bytes;
}

Dictionary read_unihan_glosses(const UnihanFiles& files, bool chinese_is_source) {
    std::map<char32_t, std::string> definitions;
    for_each_unihan_line(files.readings, [&](const UnihanLine& line) {
        if (line.field == "kDefinition") {
            definitions[line.character] = line.value;
        }
    });
    // Simplified 国 has no gloss of its own but Traditional 國 has ("nation, country, …").
    std::map<char32_t, std::vector<char32_t>> variants;
    if (!files.variants.empty()) {
        for_each_unihan_line(files.variants, [&](const UnihanLine& line) {
            if (line.field != "kSimplifiedVariant" && line.field != "kTraditionalVariant") {
                return;
            }
            // Values are space-separated code points, each perhaps followed by `<sources`.
            for (std::size_t start = 0; start < line.value.size();) {
                const auto end = std::min(line.value.find(' ', start), line.value.size());
                const auto item = line.value.substr(start, end - start);
                start = end + 1;
                if (const auto variant = parse_code_point(item.substr(0, item.find('<')))) {
                    variants[line.character].push_back(*variant);
                }
            }
        });
    }
    std::set<char32_t> characters;
    for (const auto& entry : definitions) {
        characters.insert(entry.first);
    }
    for (const auto& entry : variants) {
        characters.insert(entry.first);
    }
    std::vector<WordPair> pairs;
    std::set<std::string> glosses;
    for (const char32_t character : characters) {
        glosses.clear();
        if (const auto own = definitions.find(character); own != definitions.end()) {
            add_glosses(own->second, glosses);
        } else if (const auto others = variants.find(character); others != variants.end()) {
            for (const char32_t variant : others->second) {
                if (const auto found = definitions.find(variant); found != definitions.end()) {
                    add_glosses(found->second, glosses);
                }
            }
        }
        const auto han = utf8(character);
        for (const auto& gloss : glosses) {
            pairs.push_back(chinese_is_source ? WordPair{han, gloss} : WordPair{gloss, han});
        }
    }
    return Dictionary(std::move(pairs));
}

} // namespace tandem::lexicon::detail
