// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// What the panels that picture the whole document (overview ruler, alignment map) share.
#pragma once

#include "bitext_view.hpp"
#include "review_model.hpp"

#include <wx/window.h>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace tandem::gui {

/// The link range the table shows now, and the selected link.
struct Viewport {
    std::size_t first_link = 0;          ///< top visible link
    std::size_t last_link = 0;           ///< bottom visible link
    std::optional<std::size_t> selected; ///< selected link
};

/// A window drawing the whole document of a ReviewModel with the table's visible range on it;
/// subclasses paint and say which link a point stands for; a click or drag there sends
/// EVT_TANDEM_LINK_SELECTED.
class DocumentOverview : public wxWindow {
  public:
    /// An empty panel, painted by the subclass.
    explicit DocumentOverview(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_LEFT_DOWN, &DocumentOverview::OnMouse, this);
        Bind(wxEVT_MOTION, &DocumentOverview::OnMouse, this);
    }
    /// The link shown at client position @p point.
    [[nodiscard]] virtual std::size_t LinkAt(const wxPoint& point) const = 0;
    /// Shows @p model (may be nullptr).
    void SetModel(const ReviewModel* model) {
        m_model = model;
        m_viewport = {};
        Refresh();
    }
    /// Links to flag as bookmarked, sorted.
    void SetBookmarks(std::vector<std::size_t> links) {
        m_bookmarks = std::move(links);
        Refresh();
    }
    /// Moves the visible range and the selection.
    void SetViewport(const Viewport& viewport) {
        m_viewport = viewport;
        Refresh();
    }

  protected:
    /// Jumps to the link under a click or a drag.
    void OnMouse(wxMouseEvent& event) {
        if (!m_model || m_model->IsEmpty() ||
            !(event.LeftDown() || (event.Dragging() && event.LeftIsDown()))) {
            event.Skip();
            return;
        }
        wxCommandEvent jump(EVT_TANDEM_LINK_SELECTED, GetId());
        jump.SetEventObject(this);
        jump.SetInt(static_cast<int>(LinkAt(event.GetPosition())));
        ProcessWindowEvent(jump);
    }

    const ReviewModel* m_model = nullptr; ///< what is shown; may be nullptr
    Viewport m_viewport;                  ///< what the table shows
    std::vector<std::size_t> m_bookmarks; ///< bookmarked links, sorted
};

} // namespace tandem::gui
