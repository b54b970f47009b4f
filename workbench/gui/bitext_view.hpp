// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The parallel columns: a virtual window drawing one row per shown link — gutter with marker
/// icons, link number with a confidence bar, source and target text wrapped to the column width.
/// Only visible rows are laid out; row heights are cached per link, so 200k links open at once.
#pragma once

#include "review_model.hpp"

#include <tandem/session/bookmark.hpp>

#include <wx/dcmemory.h>
#include <wx/event.h>
#include <wx/font.h>
#include <wx/vscroll.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tandem::gui {

/// Sent (as a wxCommandEvent, GetInt() = link) when the user selects a link in the table.
wxDECLARE_EVENT(EVT_TANDEM_LINK_SELECTED, wxCommandEvent);
/// Sent when the range of visible rows changed (scrolling, resizing, filtering).
wxDECLARE_EVENT(EVT_TANDEM_VIEWPORT_CHANGED, wxCommandEvent);

/// Horizontal geometry of the table, shared with its header.
struct ColumnGeometry {
    int gutter_x = 0, gutter_width = 0; ///< marker icons
    int number_x = 0, number_width = 0; ///< link number and confidence bar
    int source_x = 0, source_width = 0; ///< source text
    int target_x = 0, target_width = 0; ///< target text
};

/// The virtual table of links.
class BitextView : public wxVScrolledWindow {
  public:
    /// An empty table; call SetModel() once a bitext is open.
    explicit BitextView(wxWindow* parent, wxWindowID id = wxID_ANY);

    /// Shows @p model (owned by the caller, may be nullptr); forgets every cached layout.
    void SetModel(const ReviewModel* model);
    /// Call after the model's filter changed: the rows are rebuilt, the selection kept if shown.
    void OnModelFilterChanged();
    /// Shows or hides the `#id` labels before each sentence.
    void SetShowSentenceIds(bool show);
    /// Whether sentence ids are shown.
    [[nodiscard]] bool GetShowSentenceIds() const noexcept { return m_show_ids; }
    /// The menu command Enter sends (e.g. "confirm and next issue"); wxID_NONE: none.
    void SetEnterCommand(int id) noexcept { m_enter_command = id; }
    /// Uses @p font for the text (an invalid font means the system's).
    void SetTextFont(const wxFont& font);

    /// Selects link @p link alone and scrolls it into view (the nearest shown row when filtered
    /// out).
    void SelectLink(std::size_t link);
    /// Selects @p links (those shown), with @p cursor as the current link.
    void SetSelectedLinks(std::vector<std::size_t> links, std::size_t cursor);
    /// Selects every shown row from the anchor (the last row selected alone) to @p link's row,
    /// as Shift+click does; @p link becomes the current link.
    void ExtendSelectionTo(std::size_t link);
    /// Adds @p link to the selection or takes it out, as Ctrl+click does.
    void ToggleLink(std::size_t link);
    /// Selects every shown row.
    void SelectAll();
    /// The current link (the one the keyboard moves and single-row commands act on), if any.
    [[nodiscard]] std::optional<std::size_t> GetSelectedLink() const noexcept { return m_selected; }
    /// Every selected link, sorted; holds GetSelectedLink() when there is one.
    [[nodiscard]] const std::vector<std::size_t>& GetSelectedLinks() const noexcept {
        return m_selection;
    }
    /// Flags the rows of @p bookmarks (sorted by link) in the gutter; their notes are the
    /// gutter's tooltips.
    void SetBookmarks(std::vector<session::Bookmark> bookmarks);
    /// The tooltip shown at client position @p point: a bookmark's note over its flag's
    /// columns, empty elsewhere.
    [[nodiscard]] wxString GetToolTipAt(const wxPoint& point) const;
    /// The links of the rows visible now, top to bottom.
    [[nodiscard]] std::vector<std::size_t> GetVisibleLinks() const;
    /// Column positions in client coordinates.
    [[nodiscard]] const ColumnGeometry& GetColumns() const noexcept { return m_columns; }
    /// Rows drawn by the most recent paint (0 before the first paint).
    [[nodiscard]] std::size_t GetPaintedRowCount() const noexcept { return m_painted_rows; }
    /// Paints done so far.
    [[nodiscard]] std::size_t GetPaintCount() const noexcept { return m_paint_count; }
    /// Time the most recent paint handler took, in milliseconds (for the benchmark).
    [[nodiscard]] double GetLastPaintMilliseconds() const noexcept { return m_last_paint_ms; }

  private:
    struct SideLayout {
        wxString text;
        std::vector<int> extents; // x after each character
        std::vector<std::pair<std::size_t, std::size_t>> lines;
        std::vector<CodePointRange> id_labels;
        std::vector<Highlight> highlights;
        bool right_to_left = false;
        bool gap = false;
    };
    struct RowLayout {
        SideLayout source;
        SideLayout target;
        int height = 0;
    };

    wxCoord OnGetRowHeight(std::size_t row) const override;
    void OnPaint(wxPaintEvent& event);
    void OnSize(wxSizeEvent& event);
    void OnLeftDown(wxMouseEvent& event);
    void OnMotion(wxMouseEvent& event);
    [[nodiscard]] const session::Bookmark* BookmarkOf(std::size_t link) const;
    [[nodiscard]] bool IsSelected(std::size_t link) const;
    void MoveToRow(std::size_t row, bool extend);
    void NotifySelection();
    void OnKeyDown(wxKeyEvent& event);

    void UpdateGeometry();
    void ForgetLayouts();
    const RowLayout& LayoutOf(std::size_t link) const;
    SideLayout LayoutSide(std::size_t link, Side side, int width) const;
    void DrawRow(wxDC& dc, std::size_t row, std::size_t link, const wxRect& box) const;
    void DrawSide(wxDC& dc, const SideLayout& side, int x, int y, int width, int height) const;
    void NotifyViewport();

    const ReviewModel* m_model = nullptr;
    bool m_show_ids = false;
    int m_enter_command = wxID_NONE;
    wxFont m_font;
    wxFont m_small_font;
    wxFont m_icon_font;
    int m_line_height = 16;
    int m_layout_width = 0;
    ColumnGeometry m_columns;
    std::optional<std::size_t> m_selected;      // the current link
    std::size_t m_anchor = 0;                   // where Shift extends from
    std::vector<std::size_t> m_selection;       // sorted
    std::vector<session::Bookmark> m_bookmarks; // sorted by link
    wxString m_tooltip;
    std::size_t m_painted_rows = 0;
    std::size_t m_paint_count = 0;
    std::size_t m_notified_first_row = static_cast<std::size_t>(-1);
    std::size_t m_notified_last_row = 0;
    wxBitmap m_measure_bitmap;
    std::unique_ptr<wxMemoryDC> m_measure; // text measurement outside paint events
    double m_last_paint_ms = 0.0;
    mutable std::vector<int> m_heights; // per link; 0 = not laid out yet
    mutable std::unordered_map<std::size_t, RowLayout> m_layouts;
};

/// The titles above the columns, drawn with the table's geometry.
class ColumnHeader : public wxWindow {
  public:
    /// A header for @p view.
    ColumnHeader(wxWindow* parent, const BitextView& view);
    /// Sets the column titles (e.g. `Source · ru · source.ru.txt`).
    void SetTitles(const wxString& source, const wxString& target);

  private:
    void OnPaint(wxPaintEvent& event);

    const BitextView& m_view;
    wxString m_source;
    wxString m_target;
};

} // namespace tandem::gui
