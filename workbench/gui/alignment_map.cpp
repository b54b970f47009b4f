// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignment_map.hpp"

#include "bitext_view.hpp"
#include "marker_style.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>
#include <array>
#include <utility>

namespace tandem::gui {
namespace {

constexpr int margin_left = 28;
constexpr int margin_bottom = 22;
constexpr int margin = 8;

} // namespace

AlignmentMap::AlignmentMap(wxWindow* parent) : DocumentOverview(parent) {
    SetMinSize(wxSize(200, 200));
    SetToolTip(_("Alignment map: source position (across) against target position (down); "
                 "horizontal runs are omissions, vertical runs additions. Click to jump."));
    Bind(wxEVT_PAINT, &AlignmentMap::OnPaint, this);
}

wxRect AlignmentMap::PlotArea() const {
    const auto size = GetClientSize();
    return {margin_left, margin, std::max(size.x - margin_left - margin, 10),
            std::max(size.y - margin - margin_bottom, 10)};
}

std::size_t AlignmentMap::LinkAt(const wxPoint& point) const {
    if (!m_model || m_model->IsEmpty()) {
        return 0;
    }
    const auto area = PlotArea();
    const auto& bitext = m_model->GetBitext();
    const double fraction =
        std::clamp(static_cast<double>(point.x - area.x) / area.width, 0.0, 1.0);
    const auto sentence =
        static_cast<std::size_t>(fraction * static_cast<double>(bitext.source.size()));
    const auto& links = m_model->GetAlignment().links;
    // The first link whose source span ends after the sentence (gaps on the source side have
    // empty spans and are passed over by this search, reached through their neighbours).
    const auto found =
        std::partition_point(links.begin(), links.end(),
                             [&](const align::Link& link) { return link.source.end <= sentence; });
    return std::min(static_cast<std::size_t>(found - links.begin()), links.size() - 1);
}

void AlignmentMap::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    const auto area = PlotArea();
    dc.SetPen(wxPen(wxColour(0xC8, 0xCC, 0xD2)));
    dc.SetBrush(wxBrush(wxColour(0xFA, 0xFB, 0xFC)));
    dc.DrawRectangle(wxRect(area).Inflate(1));
    auto font = GetFont().Smaller();
    dc.SetFont(font);
    dc.SetTextForeground(wxColour(0x6A, 0x70, 0x79));
    const auto source_label = _("source") + wxT(" \u2192");
    dc.DrawText(source_label, area.x + (area.width - dc.GetTextExtent(source_label).x) / 2,
                area.GetBottom() + 5);
    const auto target_label = wxT("\u2190 ") + _("target");
    dc.DrawRotatedText(target_label, 6,
                       area.y + (area.height + dc.GetTextExtent(target_label).x) / 2, 90);
    if (!m_model || m_model->IsEmpty()) {
        return;
    }
    const auto& bitext = m_model->GetBitext();
    const double source_size = std::max<double>(static_cast<double>(bitext.source.size()), 1.0);
    const double target_size = std::max<double>(static_cast<double>(bitext.target.size()), 1.0);
    const auto to_point = [&](std::size_t source, std::size_t target) {
        return wxPoint(
            area.x + static_cast<int>(static_cast<double>(source) / source_size * area.width),
            area.y + static_cast<int>(static_cast<double>(target) / target_size * area.height));
    };
    const auto& links = m_model->GetAlignment().links;
    // The visible range of the table, as a box.
    if (m_viewport.last_link < links.size()) {
        const auto& first = links[m_viewport.first_link];
        const auto& last = links[m_viewport.last_link];
        const auto top_left = to_point(first.source.begin, first.target.begin);
        const auto bottom_right = to_point(last.source.end, last.target.end);
        dc.SetPen(wxPen(wxColour(0x1C, 0x6E, 0xD8, 0x90)));
        dc.SetBrush(wxBrush(wxColour(0xDC, 0xEB, 0xFC)));
        dc.DrawRectangle(wxRect(top_left, bottom_right).Inflate(3));
    }
    // The diagonal a perfectly proportional rendering would follow.
    dc.SetPen(wxPen(wxColour(0xD0, 0xD4, 0xDA), 1, wxPENSTYLE_SHORT_DASH));
    dc.DrawLine(to_point(0, 0), to_point(bitext.source.size(), bitext.target.size()));
    // The path. A segment that lands on the pixels of the last one drawn with the same pen is
    // skipped, so a 200k-link path costs a few hundred strokes.
    const wxPen path_pen(wxColour(0x3A, 0x44, 0x52), 2);
    const wxPen omission_pen(MarkerColour(divergence::MarkerKind::omission), 3);
    const wxPen addition_pen(MarkerColour(divergence::MarkerKind::addition), 3);
    const wxPen doubt_pen(MarkerColour(divergence::MarkerKind::low_confidence), 3);
    std::array<std::pair<wxPoint, wxPoint>, 4> last_drawn;
    last_drawn.fill({wxPoint(-1, -1), wxPoint(-1, -1)});
    const wxPen* current_pen = nullptr;
    for (std::size_t index = 0; index < links.size(); ++index) {
        const auto& link = links[index];
        const auto from = to_point(link.source.begin, link.target.begin);
        const auto to = to_point(link.source.end, link.target.end);
        std::size_t style = 0;
        if (link.target.empty()) {
            style = 1;
        } else if (link.source.empty()) {
            style = 2;
        } else if (m_model->IsLowConfidence(index)) {
            style = 3;
        }
        if (last_drawn[style] == std::pair(from, to) || (style == 0 && from == to)) {
            continue;
        }
        const std::array<const wxPen*, 4> pens{&path_pen, &omission_pen, &addition_pen, &doubt_pen};
        if (pens[style] != current_pen) {
            current_pen = pens[style];
            dc.SetPen(*current_pen);
        }
        dc.DrawLine(from, to);
        last_drawn[style] = {from, to};
    }
    // Bookmarks: a flag standing on the path.
    for (const auto link : m_bookmarks) {
        if (link < links.size()) {
            const auto at = to_point(links[link].source.begin, links[link].target.begin);
            DrawBookmarkIcon(dc, wxRect(at.x - 2, at.y - 11, 10, 11));
        }
    }
    if (m_viewport.selected && *m_viewport.selected < links.size()) {
        const auto& link = links[*m_viewport.selected];
        const auto centre = to_point((link.source.begin + link.source.end) / 2,
                                     (link.target.begin + link.target.end) / 2);
        dc.SetPen(wxPen(*wxWHITE, 2));
        dc.SetBrush(wxBrush(wxColour(0x1C, 0x6E, 0xD8)));
        dc.DrawCircle(centre, 5);
    }
}

} // namespace tandem::gui
