// SPDX-License-Identifier: GPL-3.0-or-later
// Plain word lists: TSV (`source<TAB>target`) and hunalign's `target @ source` (Varga et al. 2005).
#include <tandem/lexicon/dictionary.hpp>

#include "phrase_pairs.hpp"

#include <tandem/error.hpp>

#include <fstream>

namespace tandem::lexicon {
namespace {

/// Calls @p pair for each non-empty, non-comment line split at the first @p separator; throws a
/// ParseError naming the line when a line has no separator.
template <typename Pair>
void read_pairs(const std::filesystem::path& file, std::string_view separator, Pair pair) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(ErrorCode::io, "cannot open the dictionary", file.string());
    }
    std::string line;
    std::size_t line_number = 0;
    while (std::getline(in, line)) {
        ++line_number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.empty() || line.front() == '#') {
            continue;
        }
        const auto split = line.find(separator);
        if (split == std::string::npos) {
            throw ParseError(ErrorCode::parse, file.string(), {line_number, 1, 0},
                             "expected two sides separated by '" + std::string(separator) + "'",
                             line);
        }
        const std::string_view view(line);
        pair(view.substr(0, split), view.substr(split + separator.size()));
    }
}

} // namespace

Dictionary read_tsv_dictionary(const std::filesystem::path& file, Direction direction) {
    Dictionary dictionary;
    read_pairs(file, "\t", [&](std::string_view left, std::string_view right) {
        detail::add_phrase_pair(dictionary, left, right, direction);
    });
    return dictionary;
}

Dictionary read_hunalign_dictionary(const std::filesystem::path& file, Direction direction) {
    Dictionary dictionary;
    read_pairs(file, " @ ", [&](std::string_view left, std::string_view right) {
        // hunalign writes the target phrase first.
        detail::add_phrase_pair(dictionary, right, left, direction);
    });
    return dictionary;
}

} // namespace tandem::lexicon
