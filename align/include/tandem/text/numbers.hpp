// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Numbers mentioned in a sentence, in digits or in words, with their values and byte spans.
#pragma once

#include <tandem/text/document.hpp>

#include <memory>
#include <string_view>
#include <vector>

namespace tandem::text {

/// One number mentioned in a text.
struct NumberMention {
    ByteRange bytes;          ///< the number as written, with its percent sign, ordinal suffix or
                              ///< scale word (`27%`, `3rd`, `3-й`, `2,5 млн`)
    double value = 0.0;       ///< its value (`2,5 млн` → 2500000, `двадцать семь` → 27)
    bool approximate = false; ///< hedged: `about`, `около`, `etwa`, `environ`, `more than`, `10+`
    bool percent = false;     ///< a percentage (`27%`, `27 per cent`, `27 процентов`)
    bool ordinal = false;     ///< an ordinal (`3rd`, `3.` in German, `3-й`, `third`)
    bool spelled_out = false; ///< written in words (`twenty-seven`, `двадцать семь`)
    bool date_part = false;   ///< one field of a date or code in digits (`27.03.2019` gives 27, 3
                              ///< and 2019)
    friend bool operator==(const NumberMention&, const NumberMention&) = default;
};

/// Finds the numbers of texts in one language: digits with the language's decimal and grouping
/// separators (`10 000`, `10,000`, `12,5`), and numbers spelled out in words, read with the
/// language's ICU rule-based spell-out rules. Holds ICU objects and a word table built from the
/// rules, so keep one per thread or per job and reuse it; not thread-safe.
class NumberExtractor {
public:
    /// @param language BCP 47 tag of the texts
    explicit NumberExtractor(std::string_view language);
    ~NumberExtractor();
    NumberExtractor(NumberExtractor&&) noexcept;
    NumberExtractor& operator=(NumberExtractor&&) noexcept;

    /// The numbers of UTF-8 @p text in order of appearance.
    [[nodiscard]] std::vector<NumberMention> extract(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The numbers of UTF-8 @p text in @p language. Builds a NumberExtractor each time: for many
/// texts, keep one.
[[nodiscard]] std::vector<NumberMention> extract_numbers(std::string_view text,
                                                         std::string_view language);

} // namespace tandem::text
