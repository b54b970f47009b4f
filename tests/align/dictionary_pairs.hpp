// SPDX-License-Identifier: GPL-3.0-or-later
// What the lexicon tests ask of a dictionary.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <algorithm>
#include <string>

namespace tandem::test {

/// True when @p dictionary holds the pair @p source → @p target (both case-folded).
inline bool has_pair(const lexicon::Dictionary& dictionary, const std::string& source,
                     const std::string& target) {
    const auto& pairs = dictionary.pairs();
    return std::find(pairs.begin(), pairs.end(), lexicon::WordPair{source, target}) != pairs.end();
}

} // namespace tandem::test
