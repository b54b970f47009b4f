// SPDX-License-Identifier: GPL-3.0-or-later
// Entries of V. K. Müller's English–Russian dictionary as Debian's mueller7-dict packages it for
// dictd (46 000 headwords, against FreeDict eng-rus's 2 300 pairs).
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <string_view>

namespace tandem::lexicon::detail {

/// True for the dictd index of Müller's dictionary (`mueller7.index`), whose entries
/// add_mueller_entry() reads.
[[nodiscard]] bool is_mueller_dictionary(const std::filesystem::path& index);

/// Adds the word pairs of one Müller entry: the Russian translations of every sense of
/// @p headword, without the phonetics, grammar labels (`_n.`, `_биол.`), remarks in brackets,
/// and the usage examples (phrases that hold Latin letters, `?` or `!`).
void add_mueller_entry(Dictionary& dictionary, std::string_view headword, std::string_view entry,
                       Direction direction);

} // namespace tandem::lexicon::detail
