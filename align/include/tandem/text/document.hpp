// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The text model.
///
/// Glossary
/// - **document**: one side of a bitext: its NFC-normalised UTF-8 text, split into paragraphs of
///   sentences, with a BCP 47 language tag.
/// - **sentence** (segment): the unit of alignment. Besides speech it may be a speaker label
///   (`FOREIGN MINISTER LAVROV:`), a stage note (`(Via interpreter)`, `(inaudible)`) or a heading;
///   labels and notes are always segments of their own, never glued to speech.
/// - **index**: a sentence's position in its document (0-based); links refer to sentences by index.
/// - **id**: a sentence's stable identity, kept when sentences around it are split or merged;
///   written to files that name sentences (XCES `<s id>`, project files).
///
/// Invariants: sentences are in document order, their byte ranges do not overlap, and
/// `text.substr(range)` of a sentence equals its `text` (the exact characters, not trimmed
/// further). Paragraph numbers never decrease.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::text {

/// A sentence's position in its document, 0-based.
using SentenceIndex = std::uint32_t;
/// A sentence's stable identity inside its document.
using SentenceId = std::uint32_t;

/// A half-open range of byte offsets into UTF-8 text.
struct ByteRange {
    std::size_t begin = 0; ///< first byte
    std::size_t end = 0;   ///< one past the last byte

    /// Number of bytes covered.
    [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
    /// True when the range covers nothing.
    [[nodiscard]] bool empty() const noexcept { return end == begin; }
    friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

/// What a segment is in the transcript.
enum class SentenceRole : std::uint8_t {
    speech,        ///< ordinary text
    speaker_label, ///< `SECRETARY BLINKEN:`
    stage_note,    ///< `(Via interpreter)`, `(inaudible)`, `[crosstalk]`
    heading,       ///< a title or heading line
};

/// Lower-case English name of a role (`speech`, `speaker-label`, `stage-note`, `heading`).
[[nodiscard]] std::string_view to_string(SentenceRole role) noexcept;
/// Parses what to_string() writes; throws Error(invalid_argument) for anything else.
[[nodiscard]] SentenceRole sentence_role_from_string(std::string_view name);

/// One segment of a document.
struct Sentence {
    SentenceId id = 0;                        ///< stable identity
    std::string text;                         ///< exact UTF-8 text (NFC)
    ByteRange range;                          ///< where it stands in Document::text
    SentenceRole role = SentenceRole::speech; ///< speech, label, note or heading
    std::uint32_t paragraph = 0;              ///< 0-based paragraph number
};

/// One side of a bitext.
struct Document {
    std::string name;                ///< where it came from (a path), for messages
    std::string language;            ///< BCP 47 tag, e.g. `ru`, `en-GB`, `zh-Hans`
    std::string text;                ///< the whole normalised text
    std::vector<Sentence> sentences; ///< in document order

    /// Number of sentences.
    [[nodiscard]] std::size_t size() const noexcept { return sentences.size(); }
    /// A fresh id, larger than every id in use.
    [[nodiscard]] SentenceId next_id() const noexcept;
};

} // namespace tandem::text
