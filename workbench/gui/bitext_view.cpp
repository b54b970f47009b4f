// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitext_view.hpp"

#include "marker_style.hpp"
#include "wx_text.hpp"

#include <wx/dcbuffer.h>
#include <wx/dcmemory.h>
#include <wx/settings.h>

#include <algorithm>
#include <chrono>

namespace tandem::gui {

wxDEFINE_EVENT(EVT_TANDEM_LINK_SELECTED, wxCommandEvent);
wxDEFINE_EVENT(EVT_TANDEM_VIEWPORT_CHANGED, wxCommandEvent);

namespace {

constexpr int row_padding = 5;    // above and below the text of a row
constexpr int column_padding = 8; // left and right of each text column
constexpr int icon_size = 15;
constexpr int icons_per_line = 2;
constexpr int gutter_width = 2 * icon_size + 10;
constexpr std::size_t max_cached_layouts = 4096;
constexpr std::size_t exact_span_limit = 40; // code points

const wxColour stripe_colour(0xF6, 0xF7, 0xF9);
const wxColour selection_colour(0xDC, 0xEB, 0xFC);
const wxColour selection_accent(0x1C, 0x6E, 0xD8);
const wxColour grid_colour(0xE2, 0xE4, 0xE8);
const wxColour dim_text(0x8A, 0x90, 0x99);
const wxColour gap_colour(0xF3, 0xE6, 0xE0);

// Breaks @p text into lines no wider than @p width, after spaces and hyphens, anywhere in a word
// longer than a line (and so anywhere in scripts written without spaces).
std::vector<std::pair<std::size_t, std::size_t>>
WrapLines(const wxString& text, const std::vector<int>& extents, int width) {
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    const std::size_t count = extents.size();
    constexpr auto none = static_cast<std::size_t>(-1);
    std::size_t start = 0;
    int start_x = 0;
    std::size_t last_break = none;
    std::size_t i = 0;
    while (i < count) {
        if (text[i] == wxT(' ')) {
            last_break = i;
        } else if (i > start && text[i - 1] == wxT('-')) {
            last_break = i;
        }
        if (extents[i] - start_x > width && i > start) {
            const auto end = last_break != none && last_break > start ? last_break : i;
            lines.emplace_back(start, end);
            start = end;
            while (start < count && text[start] == wxT(' ')) {
                ++start;
            }
            start_x = start > 0 ? extents[start - 1] : 0;
            last_break = none;
            i = start;
            continue;
        }
        ++i;
    }
    if (start < count || lines.empty()) {
        lines.emplace_back(start, count);
    }
    return lines;
}

int ExtentBefore(const std::vector<int>& extents, std::size_t index) {
    return index == 0 ? 0 : extents[index - 1];
}

} // namespace

BitextView::BitextView(wxWindow* parent, wxWindowID id)
    : wxVScrolledWindow(parent, id, wxDefaultPosition, wxDefaultSize,
                        wxWANTS_CHARS | wxBORDER_NONE) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    SetTextFont(wxNullFont);
    SetRowCount(0);
    Bind(wxEVT_PAINT, &BitextView::OnPaint, this);
    Bind(wxEVT_SIZE, &BitextView::OnSize, this);
    Bind(wxEVT_LEFT_DOWN, &BitextView::OnLeftDown, this);
    Bind(wxEVT_RIGHT_DOWN, [this](wxMouseEvent& event) {
        // The context menu acts on the selection: keep it when the pointer is on it, otherwise
        // select the row under the pointer first.
        const auto row = m_model ? VirtualHitTest(event.GetPosition().y) : wxNOT_FOUND;
        if (row == wxNOT_FOUND || !IsSelected(m_model->GetLinkAt(static_cast<std::size_t>(row)))) {
            OnLeftDown(event);
        }
        event.Skip();
    });
    Bind(wxEVT_MOTION, &BitextView::OnMotion, this);
    Bind(wxEVT_KEY_DOWN, &BitextView::OnKeyDown, this);
}

void BitextView::SetModel(const ReviewModel* model) {
    m_model = model;
    m_selected.reset();
    m_selection.clear();
    ForgetLayouts();
    SetRowCount(m_model ? m_model->GetRowCount() : 0);
    ScrollToRow(0);
    Refresh();
}

void BitextView::OnModelFilterChanged() {
    const auto rows = m_model ? m_model->GetRowCount() : 0;
    SetRowCount(rows);
    std::erase_if(m_selection,
                  [this](std::size_t link) { return !m_model || !m_model->GetRowOf(link); });
    if (m_selected && m_model && m_model->GetRowOf(*m_selected)) {
        SetSelectedLinks(m_selection, *m_selected);
    } else {
        m_selected.reset();
        m_selection.clear();
        ScrollToRow(0);
    }
    RefreshAll();
    Refresh();
}

void BitextView::SetShowSentenceIds(bool show) {
    if (show == m_show_ids) {
        return;
    }
    m_show_ids = show;
    ForgetLayouts();
    RefreshAll();
}

void BitextView::SetTextFont(const wxFont& font) {
    m_font = font.IsOk() ? font : wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    m_small_font = m_font.Smaller();
    m_icon_font = MarkerIconFont(m_font, icon_size);
    SetFont(m_font);
    m_measure_bitmap = wxBitmap(8, 8);
    m_measure = std::make_unique<wxMemoryDC>(m_measure_bitmap);
    m_measure->SetFont(m_font);
    m_line_height = m_measure->GetCharHeight() + 1;
    ForgetLayouts();
    RefreshAll();
}

void BitextView::ForgetLayouts() {
    m_layouts.clear();
    m_heights.assign(m_model ? m_model->GetLinkCount() : 0, 0);
    m_notified_first_row = static_cast<std::size_t>(-1); // the header follows the new geometry
    UpdateGeometry();
}

void BitextView::UpdateGeometry() {
    const int width = std::max(GetClientSize().x, 200);
    m_layout_width = width;
    const auto digits = m_model ? std::to_string(m_model->GetLinkCount()).size() : 3;
    const int number_width =
        m_measure->GetTextExtent(wxString(wxT('8'), std::max<std::size_t>(digits, 3))).x + 18;
    m_columns.gutter_x = 0;
    m_columns.gutter_width = gutter_width;
    m_columns.number_x = gutter_width;
    m_columns.number_width = number_width;
    const int text_width = std::max(width - gutter_width - number_width, 100);
    m_columns.source_x = gutter_width + number_width;
    m_columns.source_width = text_width / 2;
    m_columns.target_x = m_columns.source_x + m_columns.source_width;
    m_columns.target_width = text_width - m_columns.source_width;
}

BitextView::SideLayout BitextView::LayoutSide(std::size_t link, Side side, int width) const {
    SideLayout layout;
    const auto row_text = m_model->GetSideText(link, side, m_show_ids);
    const auto& document =
        side == Side::source ? m_model->GetBitext().source : m_model->GetBitext().target;
    layout.right_to_left = IsRightToLeft(document.language);
    layout.gap = row_text.text.empty();
    layout.id_labels = row_text.id_labels;
    layout.highlights = row_text.highlights;
    if (layout.gap) {
        return layout;
    }
    layout.text = ToWx(row_text.text);
    wxArrayInt extents;
    m_measure->GetPartialTextExtents(layout.text, extents);
    layout.extents.assign(extents.begin(), extents.end());
    layout.extents.resize(layout.text.length(), layout.extents.empty() ? 0 : layout.extents.back());
    layout.lines = WrapLines(layout.text, layout.extents, width);
    return layout;
}

const BitextView::RowLayout& BitextView::LayoutOf(std::size_t link) const {
    if (const auto found = m_layouts.find(link); found != m_layouts.end()) {
        return found->second;
    }
    if (m_layouts.size() >= max_cached_layouts) {
        m_layouts.clear();
    }
    RowLayout layout;
    layout.source = LayoutSide(link, Side::source, m_columns.source_width - 2 * column_padding);
    layout.target = LayoutSide(link, Side::target, m_columns.target_width - 2 * column_padding);
    // The bookmark flag takes the slot after the marker icons.
    const auto icons = m_model->GetMarkersOf(link).size() + (BookmarkOf(link) != nullptr ? 1 : 0);
    const auto icon_lines = (icons + icons_per_line - 1) / icons_per_line;
    // Two lines at least when the number column shows the link type under the number.
    const auto& link_item = m_model->GetAlignment().links[link];
    const std::size_t number_lines =
        link_item.source.size() == 1 && link_item.target.size() == 1 ? 1 : 2;
    const auto text_lines =
        std::max({layout.source.lines.size(), layout.target.lines.size(), number_lines});
    layout.height = std::max(static_cast<int>(text_lines) * m_line_height,
                             static_cast<int>(icon_lines) * (icon_size + 2)) +
                    2 * row_padding + 2;
    return m_layouts.emplace(link, std::move(layout)).first->second;
}

wxCoord BitextView::OnGetRowHeight(std::size_t row) const {
    if (!m_model || row >= m_model->GetRowCount()) {
        return m_line_height + 2 * row_padding;
    }
    const auto link = m_model->GetLinkAt(row);
    if (m_heights[link] == 0) {
        m_heights[link] = LayoutOf(link).height;
    }
    return m_heights[link];
}

void BitextView::OnSize(wxSizeEvent& event) {
    if (GetClientSize().x != m_layout_width) {
        ForgetLayouts();
        RefreshAll();
    }
    event.Skip();
}

void BitextView::OnPaint(wxPaintEvent&) {
    const auto started = std::chrono::steady_clock::now();
    wxAutoBufferedPaintDC dc(this);
    dc.SetBackground(wxBrush(GetBackgroundColour()));
    dc.Clear();
    const auto size = GetClientSize();
    if (!m_model || m_model->GetRowCount() == 0) {
        dc.SetFont(m_font);
        dc.SetTextForeground(dim_text);
        const auto hint =
            m_model ? _("No link matches the filter.")
                    : _("Open a source and a target file (File > Open), or drop two files here.");
        const auto extent = dc.GetTextExtent(hint);
        dc.DrawText(hint, (size.x - extent.x) / 2, size.y / 3);
        m_painted_rows = 0;
        ++m_paint_count;
        return;
    }
    int y = 0;
    std::size_t painted = 0;
    const auto end = std::min(GetVisibleRowsEnd(), m_model->GetRowCount());
    for (auto row = GetVisibleRowsBegin(); row < end && y < size.y; ++row) {
        const int height = OnGetRowHeight(row);
        DrawRow(dc, row, m_model->GetLinkAt(row), wxRect(0, y, size.x, height));
        y += height;
        ++painted;
    }
    // Column rules through the empty space below the last row.
    dc.SetPen(wxPen(grid_colour));
    for (const int x : {m_columns.number_x, m_columns.source_x, m_columns.target_x}) {
        dc.DrawLine(x, y, x, size.y);
    }
    m_painted_rows = painted;
    ++m_paint_count;
    m_last_paint_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    NotifyViewport();
}

void BitextView::NotifyViewport() {
    const auto first = GetVisibleRowsBegin();
    const auto last = GetVisibleRowsEnd();
    if (first == m_notified_first_row && last == m_notified_last_row) {
        return;
    }
    m_notified_first_row = first;
    m_notified_last_row = last;
    wxCommandEvent event(EVT_TANDEM_VIEWPORT_CHANGED, GetId());
    event.SetEventObject(this);
    GetEventHandler()->AddPendingEvent(event);
}

void BitextView::DrawRow(wxDC& dc, std::size_t row, std::size_t link, const wxRect& box) const {
    const auto& layout = LayoutOf(link);
    const auto& item = m_model->GetAlignment().links[link];
    const bool selected = IsSelected(link);
    const bool current = m_selected == link;
    dc.SetPen(*wxTRANSPARENT_PEN);
    if (selected) {
        dc.SetBrush(wxBrush(selection_colour));
        dc.DrawRectangle(box);
    } else if (row % 2 == 1) {
        dc.SetBrush(wxBrush(stripe_colour));
        dc.DrawRectangle(box);
    }
    // Gutter: an accent bar in the worst marker's colour, then the icons.
    const auto markers = m_model->GetMarkersOf(link);
    if (const auto* worst = m_model->GetWorstMarker(link)) {
        dc.SetBrush(wxBrush(MarkerColour(worst->kind)));
        dc.DrawRectangle(box.x, box.y, 3, box.height);
    }
    if (current) {
        dc.SetBrush(wxBrush(selection_accent));
        dc.DrawRectangle(box.x, box.y, 3, box.height);
    }
    dc.SetFont(m_icon_font);
    const auto icon_box = [&](std::size_t slot) {
        const int column = static_cast<int>(slot % icons_per_line);
        const int line = static_cast<int>(slot / icons_per_line);
        return wxRect(m_columns.gutter_x + 6 + column * (icon_size + 2),
                      box.y + row_padding + line * (icon_size + 2), icon_size, icon_size);
    };
    for (std::size_t i = 0; i < markers.size(); ++i) {
        DrawMarkerIcon(dc, markers[i].kind, icon_box(i));
    }
    if (BookmarkOf(link) != nullptr) {
        DrawBookmarkIcon(dc, icon_box(markers.size()));
    }
    // Link number (1-based), the type when not 1-1, and a confidence bar.
    dc.SetFont(m_font);
    dc.SetTextForeground(current ? selection_accent : dim_text);
    auto number = wxString::Format(wxT("%zu"), link + 1);
    if (item.status == align::LinkStatus::confirmed) {
        number += wxT(" \u2713");
    }
    dc.DrawText(number, m_columns.number_x + column_padding, box.y + row_padding);
    const auto type = item.type();
    if (type != "1-1") {
        dc.SetFont(m_small_font);
        dc.DrawText(ToWx(type), m_columns.number_x + column_padding,
                    box.y + row_padding + m_line_height);
        dc.SetFont(m_font);
    }
    const int bar_width = m_columns.number_width - 2 * column_padding;
    const int bar_y = box.y + box.height - row_padding - 1;
    dc.SetBrush(wxBrush(grid_colour));
    dc.DrawRectangle(m_columns.number_x + column_padding, bar_y, bar_width, 3);
    dc.SetBrush(wxBrush(ConfidenceColour(item.confidence)));
    dc.DrawRectangle(m_columns.number_x + column_padding, bar_y,
                     std::max(1, static_cast<int>(bar_width * item.confidence)), 3);

    const int text_y = box.y + row_padding;
    const int text_height = box.height - 2 * row_padding - 2;
    DrawSide(dc, layout.source, m_columns.source_x + column_padding, text_y,
             m_columns.source_width - 2 * column_padding, text_height);
    DrawSide(dc, layout.target, m_columns.target_x + column_padding, text_y,
             m_columns.target_width - 2 * column_padding, text_height);

    dc.SetPen(wxPen(grid_colour));
    dc.DrawLine(box.x, box.GetBottom(), box.GetRight() + 1, box.GetBottom());
    for (const int x : {m_columns.number_x, m_columns.source_x, m_columns.target_x}) {
        dc.DrawLine(x, box.y, x, box.GetBottom());
    }
}

void BitextView::DrawSide(wxDC& dc, const SideLayout& side, int x, int y, int width,
                          int height) const {
    if (side.gap) {
        // The empty side of a 1-0 / 0-1 link: a hatched box, so the gap is seen, not guessed.
        const wxRect box(x - 3, y - 1, width + 6, height + 2);
        dc.SetPen(wxPen(MarkerColour(divergence::MarkerKind::omission).ChangeLightness(150), 1,
                        wxPENSTYLE_SHORT_DASH));
        dc.SetBrush(wxBrush(gap_colour));
        dc.DrawRoundedRectangle(box, 3.0);
        dc.SetBrush(wxBrush(wxColour(0xE6, 0xC9, 0xBB), wxBRUSHSTYLE_BDIAGONAL_HATCH));
        dc.DrawRoundedRectangle(box, 3.0);
        auto font = m_font.Italic();
        dc.SetFont(font);
        dc.SetTextForeground(dim_text);
        const auto label = _("no counterpart");
        const auto extent = dc.GetTextExtent(label);
        dc.SetBrush(wxBrush(gap_colour));
        dc.SetPen(*wxTRANSPARENT_PEN);
        const int label_x = x + (width - extent.x) / 2;
        const int label_y = y + (height - extent.y) / 2;
        dc.DrawRectangle(label_x - 4, label_y, extent.x + 8, extent.y);
        dc.DrawText(label, label_x, label_y);
        dc.SetFont(m_font);
        return;
    }
    const auto text_colour = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    for (std::size_t number = 0; number < side.lines.size(); ++number) {
        const auto [begin, end] = side.lines[number];
        const int line_y = y + static_cast<int>(number) * m_line_height;
        const int start_x = ExtentBefore(side.extents, begin);
        const int line_width = end > begin ? side.extents[end - 1] - start_x : 0;
        const int origin = side.right_to_left ? x + width - line_width : x;
        // Where the characters [from, to) of the line stand: the extents are logical-order
        // prefix widths, so on a right-to-left line a span's box is mirrored (Pango lays the
        // runs out right to left; a number inside keeps its own order within the same box).
        const auto span_x = [&](std::size_t from, std::size_t to) {
            const int left = ExtentBefore(side.extents, from) - start_x;
            const int right = ExtentBefore(side.extents, to) - start_x;
            return side.right_to_left
                       ? std::pair(origin + line_width - right, origin + line_width - left)
                       : std::pair(origin + left, origin + right);
        };
        for (const auto& highlight : side.highlights) {
            const auto from = std::max(begin, highlight.range.begin);
            const auto to = std::min(end, highlight.range.end);
            if (from >= to) {
                continue;
            }
            // Exact spans (a number, a name) are filled; spans that cover whole sentences (a
            // merge, a compression) are only underlined, so they do not drown the exact ones.
            const bool exact = highlight.range.end - highlight.range.begin <= exact_span_limit;
            const auto [left, right] = span_x(from, to);
            dc.SetPen(*wxTRANSPARENT_PEN);
            if (exact) {
                dc.SetBrush(wxBrush(MarkerTint(highlight.kind)));
                dc.DrawRoundedRectangle(left - 1, line_y, right - left + 2, m_line_height - 1, 2.0);
            }
            dc.SetBrush(wxBrush(MarkerColour(highlight.kind)));
            dc.DrawRectangle(left - 1, line_y + m_line_height - (exact ? 3 : 2), right - left + 2,
                             exact ? 2 : 1);
        }
        // Draw the line in pieces so the id labels come out dimmed.
        std::size_t piece = begin;
        while (piece < end) {
            bool in_label = false;
            std::size_t piece_end = end;
            for (const auto& label : side.id_labels) {
                if (label.begin <= piece && piece < label.end) {
                    in_label = true;
                    piece_end = std::min(end, label.end);
                    break;
                }
                if (label.begin > piece) {
                    piece_end = std::min(piece_end, label.begin);
                }
            }
            dc.SetFont(in_label ? m_small_font : m_font);
            dc.SetTextForeground(in_label ? dim_text : text_colour);
            dc.DrawText(side.text.Mid(piece, piece_end - piece), span_x(piece, piece_end).first,
                        line_y + (in_label ? 2 : 0));
            piece = piece_end;
        }
    }
    dc.SetFont(m_font);
}

void BitextView::NotifySelection() {
    wxCommandEvent event(EVT_TANDEM_LINK_SELECTED, GetId());
    event.SetEventObject(this);
    event.SetInt(static_cast<int>(m_selected.value_or(0)));
    ProcessWindowEvent(event);
}

bool BitextView::IsSelected(std::size_t link) const {
    return std::binary_search(m_selection.begin(), m_selection.end(), link);
}

void BitextView::SelectLink(std::size_t link) {
    if (!m_model || m_model->GetRowCount() == 0) {
        return;
    }
    const auto row = m_model->GetNearestRow(link);
    m_selected = m_model->GetLinkAt(row);
    m_anchor = *m_selected;
    m_selection.assign(1, *m_selected);
    if (!IsRowVisible(row) || row + 1 >= GetVisibleRowsEnd()) {
        ScrollToRow(row >= 3 ? row - 3 : 0);
    }
    Refresh();
}

void BitextView::SetSelectedLinks(std::vector<std::size_t> links, std::size_t cursor) {
    if (!m_model || m_model->GetRowCount() == 0) {
        return;
    }
    const auto anchor = m_anchor;
    SelectLink(cursor);
    links.push_back(*m_selected);
    std::erase_if(links, [this](std::size_t link) {
        return link >= m_model->GetLinkCount() || !m_model->GetRowOf(link);
    });
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    m_selection = std::move(links);
    m_anchor = IsSelected(anchor) ? anchor : *m_selected;
}

void BitextView::ExtendSelectionTo(std::size_t link) {
    if (!m_model || m_model->GetRowCount() == 0) {
        return;
    }
    const auto anchor = m_selected ? m_anchor : link;
    const auto from = m_model->GetNearestRow(anchor);
    const auto to = m_model->GetNearestRow(link);
    std::vector<std::size_t> links;
    links.reserve(std::max(from, to) - std::min(from, to) + 1);
    for (auto row = std::min(from, to); row <= std::max(from, to); ++row) {
        links.push_back(m_model->GetLinkAt(row));
    }
    SelectLink(link);
    m_anchor = m_model->GetLinkAt(from);
    m_selection = std::move(links); // rows are in link order
}

void BitextView::ToggleLink(std::size_t link) {
    if (!m_model || !m_model->GetRowOf(link)) {
        return;
    }
    auto links = m_selection;
    const auto at = std::lower_bound(links.begin(), links.end(), link);
    if (at != links.end() && *at == link) {
        if (links.size() == 1) {
            return; // the last selected row stays selected
        }
        links.erase(at);
        // The current row moves to the nearest row still selected.
        const auto next = std::lower_bound(links.begin(), links.end(), link);
        SetSelectedLinks(links, next != links.end() ? *next : links.back());
    } else {
        links.insert(at, link);
        SetSelectedLinks(links, link);
    }
    m_anchor = *m_selected;
}

void BitextView::SelectAll() {
    if (!m_model || m_model->GetRowCount() == 0) {
        return;
    }
    std::vector<std::size_t> links(m_model->GetRowCount());
    for (std::size_t row = 0; row < links.size(); ++row) {
        links[row] = m_model->GetLinkAt(row);
    }
    const auto cursor = m_selected.value_or(links.front());
    const auto top = GetVisibleRowsBegin();
    SetSelectedLinks(std::move(links), cursor);
    ScrollToRow(top); // selecting everything does not move the view
    NotifySelection();
}

void BitextView::SetBookmarks(std::vector<session::Bookmark> bookmarks) {
    m_bookmarks = std::move(bookmarks);
    m_layouts.clear(); // a flag can add an icon line to a row
    if (m_model) {
        m_heights.assign(m_model->GetLinkCount(), 0);
    }
    RefreshAll();
}

const session::Bookmark* BitextView::BookmarkOf(std::size_t link) const {
    const auto at = std::lower_bound(
        m_bookmarks.begin(), m_bookmarks.end(), link,
        [](const session::Bookmark& mark, std::size_t wanted) { return mark.link < wanted; });
    return at != m_bookmarks.end() && at->link == link ? &*at : nullptr;
}

wxString BitextView::GetToolTipAt(const wxPoint& point) const {
    if (!m_model || point.x >= m_columns.source_x) {
        return {};
    }
    const auto row = VirtualHitTest(point.y);
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_model->GetRowCount()) {
        return {};
    }
    const auto* mark = BookmarkOf(m_model->GetLinkAt(static_cast<std::size_t>(row)));
    if (mark == nullptr) {
        return {};
    }
    return mark->note.empty() ? _("Bookmark") : _("Bookmark: ") + ToWx(mark->note);
}

void BitextView::OnMotion(wxMouseEvent& event) {
    const auto tooltip = GetToolTipAt(event.GetPosition());
    if (tooltip != m_tooltip) {
        m_tooltip = tooltip;
        if (tooltip.empty()) {
            UnsetToolTip();
        } else {
            SetToolTip(tooltip);
        }
    }
    event.Skip();
}

std::vector<std::size_t> BitextView::GetVisibleLinks() const {
    std::vector<std::size_t> links;
    if (!m_model) {
        return links;
    }
    const auto end = std::min(GetVisibleRowsEnd(), m_model->GetRowCount());
    for (auto row = GetVisibleRowsBegin(); row < end; ++row) {
        links.push_back(m_model->GetLinkAt(row));
    }
    return links;
}

void BitextView::OnLeftDown(wxMouseEvent& event) {
    SetFocus();
    if (!m_model) {
        return;
    }
    const auto row = VirtualHitTest(event.GetPosition().y);
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_model->GetRowCount()) {
        return;
    }
    const auto link = m_model->GetLinkAt(static_cast<std::size_t>(row));
    if (event.ShiftDown() && m_selected) {
        ExtendSelectionTo(link);
    } else if (event.ControlDown() && m_selected) {
        ToggleLink(link);
    } else {
        SelectLink(link);
    }
    NotifySelection();
}

void BitextView::MoveToRow(std::size_t row, bool extend) {
    const auto link = m_model->GetLinkAt(std::min(row, m_model->GetRowCount() - 1));
    if (extend && m_selected) {
        ExtendSelectionTo(link);
    } else {
        SelectLink(link);
    }
    NotifySelection();
}

void BitextView::OnKeyDown(wxKeyEvent& event) {
    if (!m_model || m_model->GetRowCount() == 0) {
        event.Skip();
        return;
    }
    // Plain and Shift+ navigation keys are the table's; with Ctrl or Alt they are shortcuts.
    if (event.ControlDown() || event.AltDown()) {
        event.Skip();
        return;
    }
    const auto rows = m_model->GetRowCount();
    const auto current = m_selected ? m_model->GetNearestRow(*m_selected) : GetVisibleRowsBegin();
    const auto page = std::max<std::size_t>(GetVisibleRowsEnd() - GetVisibleRowsBegin(), 2) - 1;
    const bool extend = event.ShiftDown();
    switch (event.GetKeyCode()) {
    case WXK_DOWN:
        MoveToRow(m_selected ? current + 1 : current, extend);
        break;
    case WXK_UP:
        MoveToRow(current > 0 ? current - 1 : 0, extend);
        break;
    case WXK_PAGEDOWN:
        MoveToRow(current + page, extend);
        break;
    case WXK_PAGEUP:
        MoveToRow(current > page ? current - page : 0, extend);
        break;
    case WXK_HOME:
        MoveToRow(0, extend);
        break;
    case WXK_END:
        MoveToRow(rows - 1, extend);
        break;
    case WXK_RETURN:
    case WXK_NUMPAD_ENTER: {
        if (m_enter_command == wxID_NONE || extend) {
            event.Skip();
            break;
        }
        wxCommandEvent command(wxEVT_MENU, m_enter_command);
        command.SetEventObject(this);
        ProcessWindowEvent(command);
        break;
    }
    default:
        event.Skip();
    }
}

ColumnHeader::ColumnHeader(wxWindow* parent, const BitextView& view)
    : wxWindow(parent, wxID_ANY), m_view(view) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    wxBitmap bitmap(8, 8);
    wxMemoryDC dc(bitmap);
    dc.SetFont(GetFont().Bold());
    SetMinSize(wxSize(-1, dc.GetCharHeight() + 10));
    Bind(wxEVT_PAINT, &ColumnHeader::OnPaint, this);
}

void ColumnHeader::SetTitles(const wxString& source, const wxString& target) {
    m_source = source;
    m_target = target;
    Refresh();
}

void ColumnHeader::OnPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const auto size = GetClientSize();
    dc.SetBackground(wxBrush(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE)));
    dc.Clear();
    const auto& columns = m_view.GetColumns();
    dc.SetFont(GetFont().Bold());
    dc.SetTextForeground(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT));
    const int y = (size.y - dc.GetCharHeight()) / 2;
    const auto draw = [&](const wxString& title, int x, int width) {
        dc.SetClippingRegion(x, 0, width - 4, size.y);
        dc.DrawText(title, x + column_padding, y);
        dc.DestroyClippingRegion();
    };
    draw(wxT("#"), columns.number_x, columns.number_width);
    draw(m_source, columns.source_x, columns.source_width);
    draw(m_target, columns.target_x, columns.target_width);
    dc.SetPen(wxPen(grid_colour.ChangeLightness(85)));
    dc.DrawLine(0, size.y - 1, size.x, size.y - 1);
    for (const int x : {columns.number_x, columns.source_x, columns.target_x}) {
        dc.DrawLine(x, 4, x, size.y - 4);
    }
}

} // namespace tandem::gui
