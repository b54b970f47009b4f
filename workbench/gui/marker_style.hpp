// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// How each divergence marker kind looks: colour, gutter symbol, translated name.
#pragma once

#include <tandem/divergence/marker.hpp>

#include <wx/colour.h>
#include <wx/font.h>
#include <wx/gdicmn.h>
#include <wx/string.h>

class wxDC;

namespace tandem::gui {

/// The colour of markers of @p kind (a colour-blind-safe palette).
[[nodiscard]] wxColour MarkerColour(divergence::MarkerKind kind);
/// A light tint of MarkerColour() for highlighting text spans.
[[nodiscard]] wxColour MarkerTint(divergence::MarkerKind kind);
/// The one-character symbol drawn in the gutter icon.
[[nodiscard]] wxString MarkerSymbol(divergence::MarkerKind kind);
/// The translated name of @p kind (`Omission`, `Number` …).
[[nodiscard]] wxString MarkerLabel(divergence::MarkerKind kind);
/// The bold font for icons @p icon_height pixels high, derived from @p base.
[[nodiscard]] wxFont MarkerIconFont(const wxFont& base, int icon_height);
/// Draws the gutter icon of @p kind filling @p box, with the dc's current font (MarkerIconFont()).
void DrawMarkerIcon(wxDC& dc, divergence::MarkerKind kind, const wxRect& box);
/// The colour of bookmark flags (gutter, overview ruler, alignment map).
[[nodiscard]] wxColour BookmarkColour();
/// Draws a bookmark flag filling @p box.
void DrawBookmarkIcon(wxDC& dc, const wxRect& box);
/// Colour of a confidence bar: red (0) through amber to green (1).
[[nodiscard]] wxColour ConfidenceColour(double confidence);

} // namespace tandem::gui
