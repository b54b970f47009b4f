// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The overview ruler beside the table's scrollbar: the whole document as a strip.
#pragma once

#include "review_model.hpp"

#include <wx/window.h>

#include <cstddef>
#include <optional>

namespace tandem::gui {

/// The link range the table shows now, and the selected link.
struct Viewport {
    std::size_t first_link = 0;          ///< top visible link
    std::size_t last_link = 0;           ///< bottom visible link
    std::optional<std::size_t> selected; ///< selected link
};

/// A narrow strip: the whole document top to bottom, a tick per marker in its kind's colour, the
/// visible range as a box. Clicking or dragging jumps there (EVT_TANDEM_LINK_SELECTED).
class OverviewRuler : public wxWindow {
  public:
    /// An empty ruler.
    explicit OverviewRuler(wxWindow* parent);
    /// Shows @p model (may be nullptr).
    void SetModel(const ReviewModel* model);
    /// Moves the visible-range box.
    void SetViewport(const Viewport& viewport);
    /// The link a click at @p y (client coordinates) jumps to.
    [[nodiscard]] std::size_t LinkAtY(int y) const;

  private:
    void OnPaint(wxPaintEvent& event);
    void OnMouse(wxMouseEvent& event);
    [[nodiscard]] int YOfLink(std::size_t link) const;

    const ReviewModel* m_model = nullptr;
    Viewport m_viewport;
};

} // namespace tandem::gui
