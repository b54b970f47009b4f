// SPDX-License-Identifier: GPL-3.0-or-later
// Reading part of a dictd dictionary.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <functional>
#include <string_view>

namespace tandem::lexicon::detail {

/// The data file of dictd @p index: the `.dict.dz` beside it, else the plain `.dict`.
[[nodiscard]] std::filesystem::path dictd_data_file(const std::filesystem::path& index);

/// read_dictd() keeping only the entries whose headword @p keep accepts (an empty @p keep takes
/// them all); the others are never parsed. Throws like read_dictd().
[[nodiscard]] Dictionary read_dictd_entries(const std::filesystem::path& index, Direction direction,
                                            const std::function<bool(std::string_view)>& keep);

} // namespace tandem::lexicon::detail
