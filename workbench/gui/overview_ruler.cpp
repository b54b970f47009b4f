// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview_ruler.hpp"

#include "bitext_view.hpp"
#include "marker_style.hpp"

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include <algorithm>
#include <vector>

namespace tandem::gui {
namespace {

constexpr int ruler_width = 16;
constexpr int ruler_margin = 3;

} // namespace

OverviewRuler::OverviewRuler(wxWindow* parent) : DocumentOverview(parent) {
    SetMinSize(wxSize(ruler_width, -1));
    SetToolTip(_("Overview: every marker and bookmark of the document; click to jump"));
    Bind(wxEVT_PAINT, &OverviewRuler::OnPaint, this);
}

int OverviewRuler::YOfLink(std::size_t link) const {
    const int height = std::max(GetClientSize().y - 2 * ruler_margin, 1);
    const auto links = std::max<std::size_t>(m_model ? m_model->GetLinkCount() : 1, 1);
    return ruler_margin +
           static_cast<int>(static_cast<double>(link) / static_cast<double>(links) * height);
}

std::size_t OverviewRuler::LinkAtY(int y) const {
    if (!m_model || m_model->IsEmpty()) {
        return 0;
    }
    const int height = std::max(GetClientSize().y - 2 * ruler_margin, 1);
    const double fraction = std::clamp(static_cast<double>(y - ruler_margin) / height, 0.0, 1.0);
    const auto links = m_model->GetLinkCount();
    return std::min(static_cast<std::size_t>(fraction * static_cast<double>(links)), links - 1);
}

void OverviewRuler::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const auto size = GetClientSize();
    dc.SetBackground(wxBrush(wxColour(0xEE, 0xEF, 0xF2)));
    dc.Clear();
    dc.SetPen(wxPen(wxColour(0xD0, 0xD3, 0xD8)));
    dc.DrawLine(0, 0, 0, size.y);
    if (!m_model || m_model->IsEmpty()) {
        return;
    }
    // The visible range first, so markers stay on top of it.
    const int top = YOfLink(m_viewport.first_link);
    const int bottom = std::max(YOfLink(m_viewport.last_link + 1), top + 4);
    dc.SetPen(wxPen(wxColour(0x90, 0x98, 0xA4)));
    dc.SetBrush(wxBrush(wxColour(0xD6, 0xDB, 0xE3)));
    dc.DrawRectangle(1, top, size.x - 1, bottom - top);
    // One tick per pixel row: the most severe marker that falls on it.
    std::vector<const divergence::Marker*> worst(static_cast<std::size_t>(std::max(size.y, 1)),
                                                 nullptr);
    for (const auto& marker : m_model->GetMarkers()) {
        const auto y = static_cast<std::size_t>(std::clamp(YOfLink(marker.link), 0, size.y - 1));
        if (!worst[y] || worst[y]->severity < marker.severity) {
            worst[y] = &marker;
        }
    }
    dc.SetPen(*wxTRANSPARENT_PEN);
    for (std::size_t y = 0; y < worst.size(); ++y) {
        if (worst[y]) {
            dc.SetBrush(wxBrush(MarkerColour(worst[y]->kind)));
            dc.DrawRectangle(3, static_cast<int>(y) - 1, size.x - 5, 3);
        }
    }
    // Bookmarks: a flag at the left edge, over the marker ticks.
    for (const auto link : m_bookmarks) {
        DrawBookmarkIcon(dc, wxRect(1, std::clamp(YOfLink(link) - 4, 0, size.y - 8), 8, 8));
    }
    if (m_viewport.selected) {
        const int y = YOfLink(*m_viewport.selected);
        dc.SetBrush(wxBrush(wxColour(0x1C, 0x6E, 0xD8)));
        dc.DrawRectangle(1, y - 1, size.x - 1, 2);
    }
}

} // namespace tandem::gui
