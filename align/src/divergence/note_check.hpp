// SPDX-License-Identifier: GPL-3.0-or-later
// Transcript notes: `(Via interpreter)`, `(inaudible)`, `[crosstalk]` are not
// speech.
#pragma once

#include "analysis_state.hpp"

namespace tandem::divergence::detail {

/// A transcript-note marker for link @p k's stage-note segments and bracketed
/// notes inside speech.
void check_notes(AnalysisState& state, std::size_t k, const align::Link& link);

} // namespace tandem::divergence::detail
