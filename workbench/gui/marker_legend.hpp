// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The legend of marker kinds, with counts.
#pragma once

#include "review_model.hpp"

#include <wx/window.h>

#include <cstddef>

namespace tandem::gui {

/// Sent (wxCommandEvent, GetInt() = MarkerKind) when a legend entry is clicked.
wxDECLARE_EVENT(EVT_TANDEM_KIND_CLICKED, wxCommandEvent);

/// Marker kinds with their icon, name and count; clicking one filters the table to it.
class MarkerLegend : public wxWindow {
  public:
    /// An empty legend.
    explicit MarkerLegend(wxWindow* parent);
    /// Shows the counts of @p model (may be nullptr).
    void SetModel(const ReviewModel* model);

  private:
    void OnPaint(wxPaintEvent& event);
    void OnLeftDown(wxMouseEvent& event);
    [[nodiscard]] wxRect EntryBox(std::size_t index) const;

    const ReviewModel* m_model = nullptr;
    int m_entry_height = 20;
};

} // namespace tandem::gui
