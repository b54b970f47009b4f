// SPDX-License-Identifier: GPL-3.0-or-later
// Reading part of a dictd dictionary.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <functional>
#include <string_view>

namespace tandem::lexicon::detail {

/// read_dictd() keeping only the entries whose headword @p keep accepts (an empty @p keep takes
/// them all); the others are never parsed. Throws like read_dictd().
[[nodiscard]] Dictionary read_dictd_entries(const std::filesystem::path& index, Direction direction,
                                            const std::function<bool(std::string_view)>& keep);

} // namespace tandem::lexicon::detail
