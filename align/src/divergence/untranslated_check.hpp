// SPDX-License-Identifier: GPL-3.0-or-later
// Untranslated text: a target sentence that repeats its source (MQM
// Untranslated).
#pragma once

#include "analysis_state.hpp"

namespace tandem::divergence::detail {

/// An untranslated marker for each target sentence of link @p k whose words
/// mostly repeat the source's (names left out).
void check_untranslated(AnalysisState& state, std::size_t k, const align::Link& link);

} // namespace tandem::divergence::detail
