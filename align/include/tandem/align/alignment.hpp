// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Alignments between the two documents of a bitext.
///
/// Glossary
/// - **bitext**: a source document and its translation or interpretation (the target).
/// - **link** (bead): a span of source sentences paired with a span of target sentences. Its type
///   is `n-m` (2-1 is a merge of two source sentences into one target sentence, 1-2 a split).
/// - **gap**: a link with one empty side: 1-0 is an omission (source with no counterpart), 0-1 an
///   addition (target with no counterpart).
/// - **confirmed**: a link the user has checked; no automatic step ever changes it.
/// - **confidence**: the engine's probability-like belief in [0, 1] that a link is right.
///
/// Invariants of an Alignment (checked by check_invariants()):
/// - **ordered**: links follow document order on both sides;
/// - **non-crossing**: link k+1 starts where link k ends, on each side;
/// - **covering**: every sentence of both documents is in exactly one link; no link is 0-0.
#pragma once

#include <tandem/text/document.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tandem::align {

using text::SentenceIndex;

/// A half-open span of sentence indices [begin, end) on one side.
struct Span {
    SentenceIndex begin = 0; ///< first sentence
    SentenceIndex end = 0;   ///< one past the last sentence

    /// Number of sentences in the span.
    [[nodiscard]] std::uint32_t size() const noexcept { return end - begin; }
    /// True when the span holds no sentence.
    [[nodiscard]] bool empty() const noexcept { return end == begin; }
    friend bool operator==(const Span&, const Span&) = default;
};

/// Whether a person has checked a link.
enum class LinkStatus : std::uint8_t {
    automatic, ///< made by the engine or imported, not reviewed
    confirmed, ///< checked by the user: a fixed anchor for every automatic step
};

/// One link (bead) of an alignment.
struct Link {
    Span source;                             ///< source sentences
    Span target;                             ///< target sentences
    double confidence = 1.0;                 ///< in [0, 1]
    LinkStatus status = LinkStatus::automatic; ///< review status

    /// `n-m`, e.g. `1-1`, `2-1`, `0-1`.
    [[nodiscard]] std::string type() const;
    friend bool operator==(const Link&, const Link&) = default;
};

/// The two documents being compared.
struct Bitext {
    text::Document source; ///< the original
    text::Document target; ///< the translation or interpretation
};

/// An ordered, non-crossing, covering list of links.
struct Alignment {
    std::vector<Link> links; ///< in document order
};

/// The text of the sentences in @p span joined with a space, or with nothing for languages
/// written without spaces (Chinese, Japanese, Thai).
[[nodiscard]] std::string span_text(const text::Document& document, Span span);

/// Describes the first broken invariant of @p alignment for documents of the given sizes, or
/// returns nullopt when all hold.
[[nodiscard]] std::optional<std::string> check_invariants(const Alignment& alignment,
                                                          std::size_t source_size,
                                                          std::size_t target_size);

} // namespace tandem::align
