// SPDX-License-Identifier: GPL-3.0-or-later
#include "marker_style.hpp"

#include <wx/dc.h>
#include <wx/intl.h>

#include <algorithm>
#include <array>

namespace tandem::gui {

using divergence::MarkerKind;

namespace {

struct Style {
    unsigned char red, green, blue;
    const char* symbol;
};

// Okabe & Ito's colour-blind-safe palette, extended with neutral tones for the mild kinds.
Style StyleOf(MarkerKind kind) {
    switch (kind) {
    case MarkerKind::omission:
        return {0xD5, 0x5E, 0x00, "-"};
    case MarkerKind::addition:
        return {0x00, 0x72, 0xB2, "+"};
    case MarkerKind::number:
        return {0xCC, 0x3D, 0x9B, "#"};
    case MarkerKind::name:
        return {0x00, 0x9E, 0x73, "N"};
    case MarkerKind::compression:
        return {0xE6, 0x9F, 0x00, "<"};
    case MarkerKind::expansion:
        return {0x56, 0xB4, 0xE9, ">"};
    case MarkerKind::merge:
        return {0x8C, 0x6D, 0x31, "M"};
    case MarkerKind::split:
        return {0x6A, 0x5A, 0xCD, "S"};
    case MarkerKind::untranslated:
        return {0xA0, 0x30, 0x30, "U"};
    case MarkerKind::transcript_note:
        return {0x80, 0x80, 0x80, "i"};
    case MarkerKind::low_confidence:
        return {0xC8, 0xA2, 0x00, "?"};
    }
    return {0x80, 0x80, 0x80, "?"};
}

} // namespace

wxColour MarkerColour(MarkerKind kind) {
    const auto style = StyleOf(kind);
    return {style.red, style.green, style.blue};
}

wxColour MarkerTint(MarkerKind kind) {
    // 25 % of the colour over white.
    const auto style = StyleOf(kind);
    const auto tint = [](unsigned char channel) {
        return static_cast<unsigned char>(255 - (255 - channel) / 4);
    };
    return {tint(style.red), tint(style.green), tint(style.blue)};
}

wxString MarkerSymbol(MarkerKind kind) {
    return wxString::FromUTF8(StyleOf(kind).symbol);
}

wxString MarkerLabel(MarkerKind kind) {
    switch (kind) {
    case MarkerKind::omission:
        return _("Omission");
    case MarkerKind::addition:
        return _("Addition");
    case MarkerKind::number:
        return _("Number");
    case MarkerKind::name:
        return _("Name");
    case MarkerKind::compression:
        return _("Compression");
    case MarkerKind::expansion:
        return _("Expansion");
    case MarkerKind::merge:
        return _("Merge");
    case MarkerKind::split:
        return _("Split");
    case MarkerKind::untranslated:
        return _("Untranslated");
    case MarkerKind::transcript_note:
        return _("Transcript note");
    case MarkerKind::low_confidence:
        return _("Low confidence");
    }
    return {};
}

wxFont MarkerIconFont(const wxFont& base, int icon_height) {
    auto font = base;
    font.SetPixelSize(wxSize(0, std::max(8, icon_height * 3 / 4)));
    font.SetWeight(wxFONTWEIGHT_BOLD);
    return font;
}

void DrawMarkerIcon(wxDC& dc, MarkerKind kind, const wxRect& box) {
    const auto colour = MarkerColour(kind);
    dc.SetPen(wxPen(colour.ChangeLightness(80)));
    dc.SetBrush(wxBrush(colour));
    dc.DrawRoundedRectangle(box, 3.0);
    dc.SetTextForeground(kind == MarkerKind::low_confidence ? *wxBLACK : *wxWHITE);
    const auto symbol = MarkerSymbol(kind);
    const auto extent = dc.GetTextExtent(symbol);
    dc.DrawText(symbol, box.x + (box.width - extent.x) / 2, box.y + (box.height - extent.y) / 2);
}

wxColour BookmarkColour() {
    return {0x2B, 0x3A, 0x67};
}

void DrawBookmarkIcon(wxDC& dc, const wxRect& box) {
    // A pennant on a pole: reads as a bookmark without relying on a font having U+2691.
    const int pole = std::max(1, box.width / 8);
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(BookmarkColour()));
    dc.DrawRectangle(box.x + box.width / 5, box.y, pole, box.height);
    const std::array<wxPoint, 3> flag{
        wxPoint(box.x + box.width / 5 + pole, box.y),
        wxPoint(box.GetRight(), box.y + box.height * 3 / 10),
        wxPoint(box.x + box.width / 5 + pole, box.y + box.height * 3 / 5)};
    dc.DrawPolygon(static_cast<int>(flag.size()), flag.data());
}

wxColour ConfidenceColour(double confidence) {
    const double c = std::clamp(confidence, 0.0, 1.0);
    // Red → amber over [0, 0.5], amber → green over [0.5, 1].
    const auto mix = [](double from, double to, double t) {
        return static_cast<unsigned char>(from + (to - from) * t);
    };
    if (c < 0.5) {
        const double t = c / 0.5;
        return {mix(0xD5, 0xE6, t), mix(0x3E, 0x9F, t), mix(0x2E, 0x00, t)};
    }
    const double t = (c - 0.5) / 0.5;
    return {mix(0xE6, 0x2E, t), mix(0x9F, 0x9E, t), mix(0x00, 0x4A, t)};
}

} // namespace tandem::gui
