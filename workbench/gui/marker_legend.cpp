// SPDX-License-Identifier: GPL-3.0-or-later
#include "marker_legend.hpp"

#include "marker_style.hpp"

#include <wx/dcbuffer.h>
#include <wx/dcmemory.h>
#include <wx/settings.h>

namespace tandem::gui {

wxDEFINE_EVENT(EVT_TANDEM_KIND_CLICKED, wxCommandEvent);

namespace {

constexpr int legend_columns = 2;

} // namespace

MarkerLegend::MarkerLegend(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    wxBitmap bitmap(8, 8);
    wxMemoryDC dc(bitmap);
    dc.SetFont(GetFont());
    m_entry_height = std::max(dc.GetCharHeight(), 14) + 6;
    const auto rows = (marker_kind_count + legend_columns - 1) / legend_columns;
    SetMinSize(wxSize(220, static_cast<int>(rows) * m_entry_height + 6));
    SetToolTip(_("Marker kinds and how many links carry each; click one to show only those links"));
    Bind(wxEVT_PAINT, &MarkerLegend::OnPaint, this);
    Bind(wxEVT_LEFT_DOWN, &MarkerLegend::OnLeftDown, this);
}

void MarkerLegend::SetModel(const ReviewModel* model) {
    m_model = model;
    Refresh();
}

wxRect MarkerLegend::EntryBox(std::size_t index) const {
    const int width = GetClientSize().x / legend_columns;
    const auto column = static_cast<int>(index % legend_columns);
    const auto row = static_cast<int>(index / legend_columns);
    return {column * width + 4, 3 + row * m_entry_height, width - 8, m_entry_height};
}

void MarkerLegend::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW)));
    dc.Clear();
    const auto& kinds = AllMarkerKinds();
    const int icon = m_entry_height - 6;
    const auto icon_font = MarkerIconFont(GetFont(), icon);
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const auto box = EntryBox(i);
        dc.SetFont(icon_font);
        DrawMarkerIcon(dc, kinds[i], wxRect(box.x, box.y + 3, icon, icon));
        const auto count =
            m_model ? m_model->GetCounts().markers_per_kind[static_cast<std::size_t>(kinds[i])] : 0;
        dc.SetFont(GetFont());
        dc.SetTextForeground(count > 0 ? wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT)
                                       : wxColour(0xA0, 0xA4, 0xAA));
        auto label = MarkerLabel(kinds[i]);
        if (m_model) {
            label += wxString::Format(wxT("  %zu"), count);
        }
        dc.DrawText(label, box.x + icon + 6, box.y + (m_entry_height - dc.GetCharHeight()) / 2);
    }
}

void MarkerLegend::OnLeftDown(wxMouseEvent& event) {
    const auto& kinds = AllMarkerKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (EntryBox(i).Contains(event.GetPosition())) {
            wxCommandEvent clicked(EVT_TANDEM_KIND_CLICKED, GetId());
            clicked.SetEventObject(this);
            clicked.SetInt(static_cast<int>(kinds[i]));
            ProcessWindowEvent(clicked);
            return;
        }
    }
}

} // namespace tandem::gui
