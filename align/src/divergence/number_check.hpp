// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers that differ between linked sentences: wrong values, approximations,
// dropped numbers.
#pragma once

#include "analysis_state.hpp"

namespace tandem::divergence::detail {

/// Compares the numbers of link @p k by value and adds number markers: a
/// different value (error), a source number with no counterpart (warning;
/// notice for date fields, hedged and small spelled-out numbers), an
/// approximation (notice) and a target number of its own (notice).
void check_numbers(AnalysisState& state, std::size_t k, const align::Link& link);

} // namespace tandem::divergence::detail
