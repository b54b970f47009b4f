// SPDX-License-Identifier: GPL-3.0-or-later
// Names with no counterpart in their link.
#pragma once

#include "analysis_state.hpp"

#include <string>
#include <string_view>
#include <unordered_set>

namespace tandem::divergence::detail {

/// True when @p word of @p sentence (a source word when @p word_is_source) has a counterpart
/// among the words of @p span on the other side: a dictionary translation, a learned
/// association, the same stem, or a similar transliteration key (also through an exonym).
bool has_counterpart(AnalysisState& state, bool word_is_source, const text::Sentence& sentence,
                     Word& word, align::Span span);

/// Where @p side's language capitalises every noun (German), adds to @p words the stems of its
/// words in the installed dictionaries between it and the languages other than
/// @p other_language: the larger the vocabulary, the surer a capitalised word none of them
/// knows is a name.
void add_language_vocabulary(Side& side, std::string_view other_language,
                             std::unordered_set<std::string>& words);

/// Where every noun is capitalised (German), keeps as name candidates the capitalised words no
/// dictionary knows (`Magnone`) and those the other document has a name like (`Everest`).
void confirm_noun_capitalised_names(AnalysisState& state, bool source_side);

/// Finds the source names some link renders by a word like them (`Китчин` → `Kitchin`): the
/// document shows they are transliterated, so a target name unlike them cannot render them.
void find_transliterated_names(AnalysisState& state);

/// Learns the pair's own name associations (`США` ↔ `US`) from the names its
/// links share.
void learn_associations(AnalysisState& state);

/// Adds name markers for the names of link @p k with no counterpart on the
/// other side.
void check_names(AnalysisState& state, std::size_t k, const align::Link& link);

} // namespace tandem::divergence::detail
