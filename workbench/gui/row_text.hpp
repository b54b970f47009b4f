// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The text one side of a table row shows: the link's sentences joined, optional sentence-id
/// labels, and the spans a divergence marker points at, all as code-point ranges so the window
/// can draw them without re-reading UTF-8.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/marker.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::gui {

/// Which document of the bitext.
enum class Side : std::uint8_t { source, target };

/// A half-open range of code points in a RowSideText::text.
struct CodePointRange {
    std::size_t begin = 0; ///< first code point
    std::size_t end = 0;   ///< one past the last code point
    friend bool operator==(const CodePointRange&, const CodePointRange&) = default;
};

/// A range to highlight because a marker of @p kind points at it.
struct Highlight {
    CodePointRange range;                                           ///< what to highlight
    divergence::MarkerKind kind = divergence::MarkerKind::omission; ///< colour to use
    friend bool operator==(const Highlight&, const Highlight&) = default;
};

/// The laid-out content of one side of one row.
struct RowSideText {
    std::string text;                      ///< UTF-8: sentences joined, id labels included
    std::vector<CodePointRange> id_labels; ///< where the `#12` labels stand (drawn dimmed)
    std::vector<Highlight> highlights;     ///< marker spans, sorted by begin
};

/// Builds one side of link @p span of @p document: sentences joined with a space (none for
/// languages written without spaces), each preceded by `#id ` when @p show_ids, and the spans of
/// @p markers on that side turned into highlights. Empty text for an empty span (a gap).
[[nodiscard]] RowSideText BuildRowSide(const text::Document& document, align::Span span,
                                       std::span<const divergence::Marker> markers, Side side,
                                       bool show_ids);

/// True for languages written right to left (Arabic, Hebrew, Persian, Urdu …).
[[nodiscard]] bool IsRightToLeft(std::string_view language);

} // namespace tandem::gui
