// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Divergence markers: where and how a rendering departs from its source.
///
/// The taxonomy follows interpreting studies (Barik 1975: omissions, additions, substitutions;
/// Wadensjö 1998: reduced / expanded / summarised / zero renditions) and the MQM accuracy
/// categories (addition, omission, mistranslation, untranslated).
#pragma once

#include <tandem/text/document.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::divergence {

/// What kind of departure a marker reports.
enum class MarkerKind : std::uint8_t {
    omission,        ///< source text with no counterpart
    addition,        ///< target text with no counterpart
    number,          ///< a number differs, is approximated or dropped
    name,            ///< a name, acronym or title has no counterpart
    compression,     ///< a rendition much shorter / less complete than its source
    expansion,       ///< a rendition much longer than its source
    merge,           ///< several source sentences rendered as one (information)
    split,           ///< one source sentence rendered as several (information)
    untranslated,    ///< the target repeats the source text
    transcript_note, ///< `(inaudible)`, `(Via interpreter)` and the like
    low_confidence,  ///< the engine is unsure of the link
};

/// How much a marker needs a reviewer's attention.
enum class Severity : std::uint8_t { info, notice, warning, error };

/// Kebab-case name (`omission`, `transcript-note`, `low-confidence`).
[[nodiscard]] std::string_view to_string(MarkerKind kind) noexcept;
/// Lower-case name (`info`, `notice`, `warning`, `error`).
[[nodiscard]] std::string_view to_string(Severity severity) noexcept;
/// Parses what to_string() writes; throws Error(invalid_argument) for anything else.
[[nodiscard]] MarkerKind marker_kind_from_string(std::string_view name);
/// Parses what to_string() writes; throws Error(invalid_argument) for anything else.
[[nodiscard]] Severity severity_from_string(std::string_view name);

/// Bytes of one sentence that caused a marker (offsets relative to the sentence's text).
struct TextSpan {
    text::SentenceIndex sentence = 0; ///< index in its document
    text::ByteRange bytes;            ///< within Sentence::text
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

/// One divergence found on one link.
struct Marker {
    MarkerKind kind = MarkerKind::omission;  ///< what departs
    Severity severity = Severity::warning;   ///< how much it matters
    std::size_t link = 0;                    ///< index of the link in its alignment
    std::vector<TextSpan> source_spans;      ///< source text that caused it
    std::vector<TextSpan> target_spans;      ///< target text that caused it
    std::string explanation;                 ///< one English sentence for people
    friend bool operator==(const Marker&, const Marker&) = default;
};

} // namespace tandem::divergence
