// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The alignment map: the picture that shows at a glance where a rendering drifts.
#pragma once

#include "document_overview.hpp"

namespace tandem::gui {

/// The alignment path plotted as source position (x) against target position (y): a straight
/// diagonal is a close rendering; horizontal runs are omissions, vertical runs additions,
/// low-confidence links are drawn in their marker colour. Clicking jumps to the nearest link.
class AlignmentMap : public DocumentOverview {
  public:
    /// An empty map.
    explicit AlignmentMap(wxWindow* parent);
    /// The link nearest to the plot point under client position @p point.
    [[nodiscard]] std::size_t LinkAt(const wxPoint& point) const override;

  private:
    void OnPaint(wxPaintEvent& event);
    [[nodiscard]] wxRect PlotArea() const;
};

} // namespace tandem::gui
