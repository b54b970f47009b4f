// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Unicode helpers on UTF-8 strings (ICU behind the scenes).
#pragma once

#include <tandem/text/document.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace tandem::text {

/// Byte offset of the first invalid UTF-8 sequence in @p text, or std::string_view::npos.
[[nodiscard]] std::size_t find_invalid_utf8(std::string_view text) noexcept;

/// NFC-normalised copy of valid UTF-8 @p text.
[[nodiscard]] std::string normalize_nfc(std::string_view text);

/// Full Unicode case folding of valid UTF-8 @p text (for caseless comparison).
[[nodiscard]] std::string fold_case(std::string_view text);

/// @p range of @p text shrunk past Unicode white space on both ends.
[[nodiscard]] ByteRange trim_white_space(std::string_view text, ByteRange range);

/// Number of code points in valid UTF-8 @p text.
[[nodiscard]] std::size_t count_code_points(std::string_view text) noexcept;

} // namespace tandem::text
