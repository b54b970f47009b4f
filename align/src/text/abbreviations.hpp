// SPDX-License-Identifier: GPL-3.0-or-later
// Our own per-language sentence-break exceptions, on top of ICU's suppression lists.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace tandem::text {

/// Decides whether a sentence break after a token should be undone.
class AbbreviationRules {
public:
    AbbreviationRules(std::unordered_set<std::string> always,
                      std::unordered_set<std::string> before_names, bool ordinal_dot);

    /// True when a break after @p token (the last token of @p sentence) is wrong.
    /// @param next_upper whether the text after the break starts with an upper-case letter
    [[nodiscard]] bool suppresses(std::string_view token, std::string_view sentence,
                                  bool next_upper) const;

private:
    std::unordered_set<std::string> m_always;       ///< never end a sentence (`т.е.`, `z.B.`)
    std::unordered_set<std::string> m_before_names; ///< titles before a name (`Mr.`, `г.` city)
    bool m_ordinal_dot;                             ///< `am 3. Mai` (German ordinals)
};

/// The rules for a BCP 47 tag (by primary language); a generic set for other languages.
[[nodiscard]] const AbbreviationRules& abbreviations_for(std::string_view language);

} // namespace tandem::text
