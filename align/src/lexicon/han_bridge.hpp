// SPDX-License-Identifier: GPL-3.0-or-later
// Japanese dictionaries standing in for missing Chinese ones. Chinese and Japanese share a large
// Sino-Xenic vocabulary written in Han characters (友谊/友誼 "friendship", 医院 "hospital",
// 研究 "research"): the kanji-only headwords of a Japanese dictionary, converted to the Chinese
// document's script with ICU's `Hant-Hans` transform, are Chinese words with the same sense far
// more often than not. Words holding kana are Japanese only and are dropped.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <string_view>

namespace tandem::lexicon::detail {

/// True when UTF-8 @p word is one or more Han characters and nothing else.
[[nodiscard]] bool is_han_word(std::string_view word);

/// True when BCP 47 @p tag is Chinese.
[[nodiscard]] bool is_chinese(std::string_view tag);

/// The pairs of @p japanese (a dictionary whose source side, or target side when
/// @p chinese_is_source is false, is Japanese) whose Japanese word is Han characters only, that
/// word rewritten in the script of Chinese language tag @p chinese_tag (Simplified unless the tag
/// names Traditional script or a region writing it).
[[nodiscard]] Dictionary bridge_han_words(Dictionary japanese, bool chinese_is_source,
                                          std::string_view chinese_tag);

} // namespace tandem::lexicon::detail
