// SPDX-License-Identifier: GPL-3.0-or-later
// Name tables for enums written to files and shown to people: one lookup in each direction.
#pragma once

#include <tandem/error.hpp>

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace tandem::detail {

template <typename Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, std::string_view>, N>;

/// The name of @p value; the first entry's name for a value missing from the table.
template <typename Enum, std::size_t N>
std::string_view name_of(const NameTable<Enum, N>& names, Enum value) noexcept {
    for (const auto& [known, name] : names) {
        if (known == value) {
            return name;
        }
    }
    return names.front().second;
}

/// The value named @p name; throws Error(invalid_argument) naming @p what otherwise.
template <typename Enum, std::size_t N>
Enum value_of(const NameTable<Enum, N>& names, std::string_view name, std::string_view what) {
    for (const auto& [value, known] : names) {
        if (known == name) {
            return value;
        }
    }
    throw Error(ErrorCode::invalid_argument,
                "unknown " + std::string(what) + " '" + std::string(name) + "'");
}

} // namespace tandem::detail
