// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench's commands under Xvfb: the command table against the menus, toolbar, context menu
// and shortcut list; multi-row selection and what it feeds (link, merge, confirm); bookmarks in
// the gutter, the ruler and the map; clicks in the overview ruler and the alignment map.
#include "open_sample.hpp"

#include "alignment_map.hpp"
#include "commands.hpp"
#include "marker_style.hpp"
#include "overview_ruler.hpp"

#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/menu.h>
#include <wx/toolbar.h>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <vector>

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::optional<std::size_t>)

namespace {

using namespace tandem;
using test::OpenSample;

// The menu bar's items with their shortcut text, submenus included.
void collect_items(wxMenu& menu, std::vector<wxMenuItem*>& items) {
    for (auto* item : menu.GetMenuItems()) {
        if (item->IsSubMenu()) {
            collect_items(*item->GetSubMenu(), items);
        } else if (!item->IsSeparator()) {
            items.push_back(item);
        }
    }
}

std::vector<wxMenuItem*> menu_bar_items(wxFrame& frame) {
    std::vector<wxMenuItem*> items;
    auto* bar = frame.GetMenuBar();
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i) {
        collect_items(*bar->GetMenu(i), items);
    }
    return items;
}

// The y of the middle of the row showing @p link, scanning the visible rows.
std::optional<int> row_y(const gui::BitextView& view, std::size_t link) {
    for (int y = 0; y < view.GetClientSize().y; ++y) {
        const auto row = view.VirtualHitTest(y);
        if (row == wxNOT_FOUND) {
            continue;
        }
        const auto visible = view.GetVisibleLinks();
        const auto index = static_cast<std::size_t>(row) - view.GetVisibleRowsBegin();
        if (index < visible.size() && visible[index] == link) {
            int bottom = y;
            while (bottom + 1 < view.GetClientSize().y && view.VirtualHitTest(bottom + 1) == row) {
                ++bottom;
            }
            return (y + bottom) / 2;
        }
    }
    return std::nullopt;
}

void click(wxWindow& window, wxPoint point, bool shift = false, bool control = false) {
    wxMouseEvent event(wxEVT_LEFT_DOWN);
    event.SetPosition(point);
    event.SetShiftDown(shift);
    event.SetControlDown(control);
    event.SetEventObject(&window);
    window.ProcessWindowEvent(event);
}

// How many pixels of @p window's current drawing have @p colour.
std::size_t pixels_of(wxWindow& window, const wxColour& colour) {
    window.Refresh();
    window.Update();
    wxTheApp->Yield(true);
    const auto size = window.GetClientSize();
    wxBitmap bitmap(size);
    {
        wxClientDC screen(&window);
        wxMemoryDC memory(bitmap);
        memory.Blit(0, 0, size.x, size.y, &screen, 0, 0);
    }
    const auto image = bitmap.ConvertToImage();
    std::size_t count = 0;
    for (int y = 0; y < image.GetHeight(); ++y) {
        for (int x = 0; x < image.GetWidth(); ++x) {
            count += image.GetRed(x, y) == colour.Red() && image.GetGreen(x, y) == colour.Green() &&
                     image.GetBlue(x, y) == colour.Blue();
        }
    }
    return count;
}

bool valid(const gui::ReviewModel& model) {
    return !align::check_invariants(model.GetAlignment(), model.GetBitext().source.size(),
                                    model.GetBitext().target.size())
                .has_value();
}

} // namespace

BOOST_AUTO_TEST_SUITE(workbench_commands)

BOOST_FIXTURE_TEST_CASE(every_command_is_in_the_menus_and_every_shortcut_in_the_list, OpenSample) {
    const auto shortcuts = gui::ShortcutList();
    const auto listed = [&](const wxString& keys) {
        return std::any_of(shortcuts.begin(), shortcuts.end(),
                           [&](const gui::ShortcutEntry& entry) { return entry.keys == keys; });
    };
    const auto items = menu_bar_items(*frame);
    for (const auto& command : gui::Commands()) {
        BOOST_TEST_CONTEXT(gui::CommandName(command).utf8_string()) {
            BOOST_TEST(frame->GetMenuBar()->FindItem(command.id) != nullptr);
            const auto keys = gui::CommandShortcut(command);
            if (!keys.empty()) {
                BOOST_TEST(listed(keys));
            }
            // Every operation on rows has a shortcut and is in the context menu.
            if (command.menu == gui::MenuName::edit && command.id != wxID_SELECTALL) {
                BOOST_TEST(!keys.empty());
            }
        }
    }
    // Nothing reaches the menus around the table: every item with a shortcut is listed too.
    std::set<wxString> seen;
    for (auto* item : items) {
        const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel) {
            const auto keys = accel->ToString();
            BOOST_TEST_CONTEXT(item->GetItemLabelText().utf8_string()) {
                BOOST_TEST(gui::FindCommand(item->GetId()) != nullptr);
                BOOST_TEST(seen.insert(keys).second, "two items share a shortcut");
            }
        }
    }
    // The context menu offers every edit operation.
    wxMenu context;
    gui::AppendContextCommands(context);
    std::vector<wxMenuItem*> offered;
    collect_items(context, offered);
    for (const auto& command : gui::Commands()) {
        if (command.menu == gui::MenuName::edit && command.id != wxID_UNDO &&
            command.id != wxID_REDO && command.id != wxID_SELECTALL) {
            BOOST_TEST(context.FindItem(command.id) != nullptr, gui::CommandName(command));
        }
    }
}

BOOST_FIXTURE_TEST_CASE(toolbar_buttons_dispatch_their_commands, OpenSample) {
    auto* tools = frame->GetToolBar();
    BOOST_TEST_REQUIRE(tools != nullptr);
    for (const int id : gui::ToolBarLayout()) {
        if (id == wxID_SEPARATOR || id == wxID_ANY) {
            continue;
        }
        const auto* command = gui::FindCommand(id);
        BOOST_TEST_REQUIRE(command != nullptr);
        BOOST_TEST_CONTEXT(gui::CommandName(*command).utf8_string()) {
            auto* tool = tools->FindById(id);
            BOOST_TEST_REQUIRE(tool != nullptr);
            BOOST_TEST(tool->GetNormalBitmapBundle().IsOk());
            // The tooltip names the shortcut.
            const auto keys = gui::CommandShortcut(*command);
            BOOST_TEST(tool->GetShortHelp().Contains(keys));
        }
    }
    const auto press_tool = [&](int id) {
        wxCommandEvent event(wxEVT_TOOL, id);
        event.SetEventObject(tools);
        tools->ProcessWindowEvent(event);
    };
    const auto& model = [&]() -> const gui::ReviewModel& { return *frame->GetModel(); };
    const auto links = model().GetLinkCount();
    press_tool(gui::ID_NEXT_ISSUE);
    const auto issue = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(issue.has_value());
    BOOST_TEST(model().HasIssue(*issue));
    press_tool(gui::ID_MERGE_NEXT);
    BOOST_TEST(model().GetLinkCount() == links - 1);
    press_tool(wxID_UNDO);
    BOOST_TEST(model().GetLinkCount() == links);
    press_tool(wxID_REDO);
    BOOST_TEST(model().GetLinkCount() == links - 1);
    press_tool(wxID_UNDO);
    frame->SelectLink(*issue);
    press_tool(gui::ID_CONFIRM_NEXT);
    BOOST_TEST((model().GetAlignment().links[*issue].status == align::LinkStatus::confirmed));
    BOOST_TEST(frame->GetSelectedLink() != issue);
    // Nothing to undo after opening: the undo button is disabled, redo too after an undo of all.
    press_tool(wxID_UNDO);
    BOOST_TEST(!frame->IsCommandEnabled(wxID_UNDO));
    frame->UpdateWindowUI();
    BOOST_TEST(!tools->GetToolEnabled(wxID_UNDO));
    BOOST_TEST(tools->GetToolEnabled(wxID_REDO));
}

BOOST_FIXTURE_TEST_CASE(shift_selects_rows_that_link_merge_and_confirm_as_one_step, OpenSample) {
    const auto& model = [&]() -> const gui::ReviewModel& { return *frame->GetModel(); };
    const auto links = model().GetLinkCount();
    auto& view = frame->GetView();
    paint();
    // Click row 2, Shift+click row 4: three rows selected.
    const auto first = row_y(view, 2);
    const auto last = row_y(view, 4);
    BOOST_TEST_REQUIRE(first.has_value());
    BOOST_TEST_REQUIRE(last.has_value());
    click(view, {view.GetColumns().source_x + 20, *first});
    click(view, {view.GetColumns().source_x + 20, *last}, true);
    BOOST_TEST((view.GetSelectedLinks() == std::vector<std::size_t>{2, 3, 4}));
    BOOST_TEST(frame->GetSelectedLink() == std::optional<std::size_t>(4));
    BOOST_TEST(frame->GetStatusField(3).Contains(wxT("3 selected")));
    // Confirm all three as one step.
    press(WXK_RETURN, wxACCEL_CTRL);
    BOOST_TEST(model().GetCounts().confirmed == 3U);
    press(wxT('Z'), wxACCEL_CTRL);
    BOOST_TEST(model().GetCounts().confirmed == 0U);
    BOOST_TEST(!frame->GetSession()->can_undo());
    // Shift+Down from a single row, then link the rows into one.
    frame->SelectLink(2);
    type_in_table(WXK_DOWN, true);
    type_in_table(WXK_DOWN, true);
    BOOST_TEST((view.GetSelectedLinks() == std::vector<std::size_t>{2, 3, 4}));
    const auto source_begin = model().GetAlignment().links[2].source.begin;
    const auto source_end = model().GetAlignment().links[4].source.end;
    press(wxT('L'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links - 2);
    BOOST_TEST(model().GetAlignment().links[2].source.begin == source_begin);
    BOOST_TEST(model().GetAlignment().links[2].source.end == source_end);
    BOOST_TEST(valid(model()));
    press(wxT('Z'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links);
    // Ctrl+click adds rows; Ctrl+M merges the selection from its first to its last row.
    paint();
    frame->SelectLink(5);
    paint();
    const auto seventh = row_y(view, 7);
    BOOST_TEST_REQUIRE(seventh.has_value());
    click(view, {view.GetColumns().target_x + 20, *seventh}, false, true);
    BOOST_TEST((view.GetSelectedLinks() == std::vector<std::size_t>{5, 7}));
    click(view, {view.GetColumns().target_x + 20, *seventh}, false, true);
    BOOST_TEST((view.GetSelectedLinks() == std::vector<std::size_t>{5}));
    click(view, {view.GetColumns().target_x + 20, *seventh}, false, true);
    press(wxT('M'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links - 2);
    BOOST_TEST(valid(model()));
    // A single row: Ctrl+L says how to select, and changes nothing.
    frame->SelectLink(0);
    press(wxT('L'), wxACCEL_CTRL);
    BOOST_TEST(model().GetLinkCount() == links - 2);
    BOOST_TEST(frame->GetStatusField(0).Contains(wxT("Shift+click")));
    // Ctrl+A selects every row shown.
    press(wxT('A'), wxACCEL_CTRL);
    BOOST_TEST(view.GetSelectedLinks().size() == model().GetRowCount());
}

BOOST_FIXTURE_TEST_CASE(a_bookmark_shows_in_the_gutter_ruler_and_map_with_its_note, OpenSample) {
    auto& view = frame->GetView();
    const auto flag = gui::BookmarkColour();
    BOOST_TEST(pixels_of(view, flag) == 0U);
    BOOST_TEST(pixels_of(frame->GetRuler(), flag) == 0U);
    BOOST_TEST(pixels_of(frame->GetMap(), flag) == 0U);
    BOOST_TEST_REQUIRE(frame->SetBookmark(3, wxT("check the date")));
    frame->SelectLink(0);
    paint();
    BOOST_TEST(pixels_of(view, flag) > 10U);
    BOOST_TEST(pixels_of(frame->GetRuler(), flag) > 10U);
    BOOST_TEST(pixels_of(frame->GetMap(), flag) > 10U);
    // The note is the tooltip over the gutter of that row, and only there.
    const auto y = row_y(view, 3);
    BOOST_TEST_REQUIRE(y.has_value());
    BOOST_TEST(view.GetToolTipAt({8, *y}).utf8_string() == "Bookmark: check the date");
    BOOST_TEST(view.GetToolTipAt({view.GetColumns().source_x + 10, *y}).empty());
    BOOST_TEST(view.GetToolTipAt({8, *row_y(view, 2)}).empty());
    // Removing it removes the flag.
    frame->SelectLink(3);
    press(wxT('B'), wxACCEL_CTRL | wxACCEL_SHIFT);
    BOOST_TEST(frame->GetSession()->bookmarks().empty());
    BOOST_TEST(pixels_of(frame->GetRuler(), flag) == 0U);
}

BOOST_FIXTURE_TEST_CASE(a_click_in_the_ruler_or_the_map_moves_the_cursor_there, OpenSample) {
    const auto links = frame->GetModel()->GetLinkCount();
    auto& ruler = frame->GetRuler();
    const int height = ruler.GetClientSize().y;
    BOOST_TEST_REQUIRE(height > 100);
    // Three quarters down the ruler: the link three quarters into the document.
    const int y = height * 3 / 4;
    click(ruler, {ruler.GetClientSize().x / 2, y});
    const auto selected = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(selected.has_value());
    BOOST_TEST(*selected == ruler.LinkAtY(y));
    BOOST_TEST(*selected >= links * 2 / 3);
    BOOST_TEST(*selected <= links * 5 / 6);
    paint();
    auto visible = frame->GetView().GetVisibleLinks();
    BOOST_TEST((std::find(visible.begin(), visible.end(), *selected) != visible.end()));
    BOOST_TEST(frame->GetDetailHtml().Contains(wxString::Format(wxT("Link %zu"), *selected + 1)));
    // The middle of the map across: a link holding the middle source sentence.
    auto& map = frame->GetMap();
    const auto size = map.GetClientSize();
    const wxPoint middle(size.x / 2 + 10, size.y / 2);
    click(map, middle);
    const auto at = frame->GetSelectedLink();
    BOOST_TEST_REQUIRE(at.has_value());
    BOOST_TEST(*at == map.LinkAt(middle));
    BOOST_TEST(*at != *selected);
    const auto sentences = frame->GetModel()->GetBitext().source.size();
    const auto& link = frame->GetModel()->GetAlignment().links[*at];
    BOOST_TEST(link.source.end >= sentences / 3);
    BOOST_TEST(link.source.begin <= sentences * 2 / 3);
    paint();
    visible = frame->GetView().GetVisibleLinks();
    BOOST_TEST((std::find(visible.begin(), visible.end(), *at) != visible.end()));
}

BOOST_FIXTURE_TEST_CASE(saving_runs_in_the_background_and_ctrl_s_saves_again, OpenSample) {
    press(WXK_F8);
    press(WXK_RETURN, wxACCEL_CTRL);
    BOOST_TEST(frame->IsModified());
    const auto project = test::temporary_folder() / "saved.tandem";
    std::filesystem::remove(project);
    BOOST_TEST_REQUIRE(frame->SaveProject(wxString::FromUTF8(project.string())));
    wait_for_writing();
    BOOST_TEST(std::filesystem::exists(project));
    BOOST_TEST(!frame->IsModified());
    BOOST_TEST(!frame->GetTitle().StartsWith(wxT("*")));
    // Ctrl+S writes the same project again, without asking where.
    const auto before = std::filesystem::last_write_time(project);
    press(WXK_F8);
    press(WXK_RETURN, wxACCEL_CTRL);
    BOOST_TEST(frame->IsModified());
    press(wxT('S'), wxACCEL_CTRL);
    wait_for_writing();
    BOOST_TEST(!frame->IsModified());
    BOOST_TEST((std::filesystem::last_write_time(project) >= before));
    // An export is not a save.
    press(WXK_F8);
    press(WXK_RETURN, wxACCEL_CTRL);
    const auto tmx = test::temporary_folder() / "not-a-save.tmx";
    BOOST_TEST_REQUIRE(frame->ExportTo(formats::Format::tmx, wxString::FromUTF8(tmx.string())));
    wait_for_writing();
    BOOST_TEST(std::filesystem::exists(tmx));
    BOOST_TEST(frame->IsModified());
    BOOST_TEST(frame->GetStatusField(0).Contains(wxT("Exported")));
}

BOOST_AUTO_TEST_SUITE_END()
