// SPDX-License-Identifier: GPL-3.0-or-later
// Names with no counterpart in their link.
#pragma once

#include "analysis_state.hpp"

namespace tandem::divergence::detail {

/// True when @p word of @p sentence (a source word when @p word_is_source) has a counterpart
/// among the words of @p span on the other side: a dictionary translation, a learned
/// association, the same stem, or a similar transliteration key (also through an exonym).
bool has_counterpart(AnalysisState& state, bool word_is_source, const text::Sentence& sentence,
                     Word& word, align::Span span);

/// Where every noun is capitalised (German), keeps as name candidates only the
/// capitalised words the other document has a word like (`Everest`, `Zermatt`).
void confirm_noun_capitalised_names(AnalysisState& state, bool source_side);

/// Learns the pair's own name associations (`США` ↔ `US`) from the names its
/// links share.
void learn_associations(AnalysisState& state);

/// Adds name markers for the names of link @p k with no counterpart on the
/// other side.
void check_names(AnalysisState& state, std::size_t k, const align::Link& link);

} // namespace tandem::divergence::detail
