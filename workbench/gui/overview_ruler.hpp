// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The overview ruler beside the table's scrollbar: the whole document as a strip.
#pragma once

#include "document_overview.hpp"

#include <cstddef>

namespace tandem::gui {

/// A narrow strip: the whole document top to bottom, a tick per marker in its kind's colour, the
/// visible range as a box. Clicking or dragging jumps there (EVT_TANDEM_LINK_SELECTED).
class OverviewRuler : public DocumentOverview {
  public:
    /// An empty ruler.
    explicit OverviewRuler(wxWindow* parent);
    /// The link a click at @p y (client coordinates) jumps to.
    [[nodiscard]] std::size_t LinkAtY(int y) const;
    /// The link at the height of @p point.
    [[nodiscard]] std::size_t LinkAt(const wxPoint& point) const override { return LinkAtY(point.y); }

  private:
    void OnPaint(wxPaintEvent& event);
    [[nodiscard]] int YOfLink(std::size_t link) const;
};

} // namespace tandem::gui
