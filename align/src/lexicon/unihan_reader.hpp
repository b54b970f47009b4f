// SPDX-License-Identifier: GPL-3.0-or-later
// English glosses of single Han characters from the Unicode Han Database (Unihan, UAX #38),
// standing in for the Chinese–English dictionary Debian lacks. The `kDefinition` field of
// Unihan_Readings.txt glosses each character ("central; center, middle; in the midst of; hit
// (target); attain" for 中); Unihan_Variants.txt links Simplified and Traditional forms, so a
// character without a gloss of its own borrows its variants'. Debian's `unicode-data` package
// installs both, compressed with bzip2, in /usr/share/unicode.
#pragma once

#include <tandem/lexicon/dictionary.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace tandem::lexicon::detail {

/// The Unihan files a Chinese–English pair reads.
struct UnihanFiles {
    std::filesystem::path readings; ///< Unihan_Readings.txt(.bz2): the `kDefinition` glosses
    std::filesystem::path variants; ///< Unihan_Variants.txt(.bz2), or empty when missing
};

/// The Unihan files in @p folder (`.txt.bz2` or `.txt`), or nothing when it has no readings.
[[nodiscard]] std::optional<UnihanFiles>
find_unihan(const std::filesystem::path& folder = "/usr/share/unicode");

/// The whole text of @p file, decompressed when its name ends in `.bz2`. Throws Error(io) when
/// it cannot be read, Error(encoding) when its compressed data are broken.
[[nodiscard]] std::string read_maybe_bzip2(const std::filesystem::path& file);

/// One pair per character and English word of a one-word gloss (`中` `center`, `中` `attain`;
/// glosses are the `;`- and `,`-separated parts of `kDefinition` with parenthesised words
/// dropped, and English function words are no glosses), the character on the source side when
/// @p chinese_is_source. Throws like read_maybe_bzip2(), or ParseError on a malformed line.
[[nodiscard]] Dictionary read_unihan_glosses(const UnihanFiles& files, bool chinese_is_source);

} // namespace tandem::lexicon::detail
