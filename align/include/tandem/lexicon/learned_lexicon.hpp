// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// A translation lexicon learned from sentence pairs with IBM Model 1 (Brown et al. 1993), as
/// Moore (2002) and hunalign's `-realign` (Varga et al. 2005) do on a first-pass alignment.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace tandem::lexicon {

/// A word by its number in a side's vocabulary.
using WordId = std::uint32_t;

/// One training pair: the distinct words of a source span and of its target span.
struct WordBags {
    std::vector<WordId> source; ///< source words
    std::vector<WordId> target; ///< target words
};

/// How strict the learned lexicon is.
struct LexiconLearning {
    unsigned iterations = 5;       ///< EM iterations in each direction
    double min_probability = 0.3;  ///< t(t|s) and t(s|t) must both reach this
    unsigned min_cooccurrences = 3; ///< pairs seen together fewer times are dropped
};

/// Word pairs (source, target) that translate each other in both directions of Model 1, sorted.
/// Deterministic. Cost is linear in the summed products of bag sizes.
[[nodiscard]] std::vector<std::pair<WordId, WordId>>
learn_lexicon(const std::vector<WordBags>& pairs, const LexiconLearning& settings = {});

} // namespace tandem::lexicon
