// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.hpp"

#include <wx/artprov.h>
#include <wx/dcmemory.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/toolbar.h>

#include <algorithm>
#include <array>

namespace tandem::gui {
namespace {

constexpr auto file = MenuName::file;
constexpr auto edit = MenuName::edit;
constexpr auto view = MenuName::view;
constexpr auto review = MenuName::review;
constexpr auto help = MenuName::help;
constexpr auto normal = CommandKind::normal;
constexpr unsigned bitext = needs_bitext;
constexpr unsigned row = needs_bitext | in_context_menu;
constexpr unsigned group = separator_before;

// Labels and help texts are English; wxTRANSLATE marks them for the catalogue and
// wxGetTranslation() translates them when a menu is built.
const std::array commands{
    Command{wxID_OPEN, file, normal, wxTRANSLATE("&Open...\tCtrl+O"),
            wxTRANSLATE("Open a source and a target file"), wxART_FILE_OPEN, nullptr, 0},
    Command{ID_OPEN_ALIGNMENT, file, normal,
            wxTRANSLATE("Open &Alignment or Project...\tCtrl+Shift+O"),
            wxTRANSLATE("Open a Tandem project, or a TMX, XCES or InterText alignment made "
                        "elsewhere"),
            nullptr, nullptr, 0},
    Command{wxID_SAVE, file, normal, wxTRANSLATE("&Save Project\tCtrl+S"),
            wxTRANSLATE("Save the alignment as a Tandem project"), wxART_FILE_SAVE, nullptr,
            bitext | group},
    Command{wxID_SAVEAS, file, normal, wxTRANSLATE("Save Project &As...\tCtrl+Shift+S"),
            wxTRANSLATE("Save the alignment as a Tandem project under a new name"), nullptr,
            nullptr, bitext},
    Command{wxID_PREFERENCES, file, normal, wxTRANSLATE("&Settings...\tCtrl+,"),
            wxTRANSLATE("Fonts, thresholds, dictionaries, autosave"), nullptr, nullptr, group},
    Command{wxID_EXIT, file, normal, wxTRANSLATE("&Quit\tCtrl+Q"), nullptr, nullptr, nullptr,
            group},

    Command{wxID_UNDO, edit, normal, wxTRANSLATE("&Undo\tCtrl+Z"), nullptr, wxART_UNDO, nullptr,
            bitext},
    Command{wxID_REDO, edit, normal, wxTRANSLATE("&Redo\tCtrl+Shift+Z"), nullptr, wxART_REDO,
            nullptr, bitext},
    Command{wxID_SELECTALL, edit, normal, wxTRANSLATE("Select &all rows\tCtrl+A"),
            wxTRANSLATE("Select every row shown (Shift+click or Shift+arrows select a range, "
                        "Ctrl+click adds or removes a row)"),
            nullptr, nullptr, bitext | group},
    Command{ID_CONFIRM_NEXT, edit, normal, wxTRANSLATE("&Confirm and next issue\tCtrl+Return"),
            wxTRANSLATE("Confirm the selected links and go to the next issue (Enter in the table)"),
            wxART_TICK_MARK, nullptr, row | group},
    Command{ID_UNCONFIRM, edit, normal, wxTRANSLATE("U&nconfirm\tCtrl+Shift+Return"),
            wxTRANSLATE("Let re-alignment change the selected links again"), nullptr, nullptr, row},
    Command{ID_MERGE_NEXT, edit, normal, wxTRANSLATE("&Merge with next link\tCtrl+M"),
            wxTRANSLATE("Merge the link with the next one; with several rows selected, merge "
                        "them"),
            nullptr, "\u2913", row | group},
    Command{ID_MERGE_PREVIOUS, edit, normal, wxTRANSLATE("Merge with &previous link\tCtrl+Shift+M"),
            wxTRANSLATE("Merge the link with the one before it"), nullptr, nullptr, row},
    Command{ID_LINK_ROWS, edit, normal, wxTRANSLATE("&Link selected rows\tCtrl+L"),
            wxTRANSLATE("Link everything from the first to the last selected row into one link"),
            nullptr, "\u22C8", row},
    Command{ID_SPLIT_LINK, edit, normal,
            wxTRANSLATE("&Split link after its first sentences\tCtrl+T"),
            wxTRANSLATE("Split the link after its first source and first target sentence"), nullptr,
            "\u2702", row},
    Command{ID_SOURCE_UP, edit, normal, wxTRANSLATE("Move first source sentence &up\tAlt+Up"),
            nullptr, nullptr, nullptr, row},
    Command{ID_SOURCE_DOWN, edit, normal, wxTRANSLATE("Move last source sentence &down\tAlt+Down"),
            nullptr, nullptr, nullptr, row},
    Command{ID_TARGET_UP, edit, normal, wxTRANSLATE("Move first target sentence up\tAlt+Shift+Up"),
            nullptr, nullptr, nullptr, row},
    Command{ID_TARGET_DOWN, edit, normal,
            wxTRANSLATE("Move last target sentence down\tAlt+Shift+Down"), nullptr, nullptr,
            nullptr, row},
    Command{ID_UNLINK, edit, normal, wxTRANSLATE("Un&link into gaps\tCtrl+U"),
            wxTRANSLATE("Turn the link into one gap per sentence"), nullptr, nullptr, row},
    Command{ID_GAP_SOURCE, edit, normal,
            wxTRANSLATE("Make first source sentence a &gap (1-0)\tCtrl+G"),
            wxTRANSLATE("The first source sentence has no counterpart"), nullptr, "\u2205", row},
    Command{ID_GAP_TARGET, edit, normal,
            wxTRANSLATE("Make first target sentence a gap (0-1)\tCtrl+Shift+G"),
            wxTRANSLATE("The first target sentence has no counterpart"), nullptr, nullptr, row},
    Command{ID_SPLIT_SENTENCE, edit, normal, wxTRANSLATE("Split a sentence...\tCtrl+Shift+T"),
            wxTRANSLATE("Split a sentence of the link where the segmenter missed a boundary"),
            nullptr, nullptr, row | group},
    Command{ID_MERGE_SOURCE_SENTENCES, edit, normal,
            wxTRANSLATE("Merge first two source sentences\tCtrl+J"), nullptr, nullptr, nullptr,
            row},
    Command{ID_MERGE_TARGET_SENTENCES, edit, normal,
            wxTRANSLATE("Merge first two target sentences\tCtrl+Shift+J"), nullptr, nullptr,
            nullptr, row},
    Command{ID_BOOKMARK, edit, normal, wxTRANSLATE("&Bookmark with note...\tCtrl+B"),
            wxTRANSLATE("Bookmark the link with a note, or edit its note"), nullptr, "\u2691",
            row | group},
    Command{ID_REMOVE_BOOKMARK, edit, normal, wxTRANSLATE("Remove bookmark\tCtrl+Shift+B"), nullptr,
            nullptr, nullptr, row},
    Command{ID_REALIGN_FROM_HERE, edit, normal, wxTRANSLATE("Re-align &from here\tCtrl+R"),
            wxTRANSLATE("Re-align from the selected link until the alignment agrees again; "
                        "confirmed links stay"),
            nullptr, "\u21BB", row | group},
    Command{ID_REALIGN_REST, edit, normal, wxTRANSLATE("Re-align the &rest\tCtrl+Shift+R"),
            wxTRANSLATE("Re-align every unconfirmed link from the selected one to the end, in the "
                        "background; confirmed links stay"),
            nullptr, "\u27F3", row},

    Command{ID_TOGGLE_IDS, view, CommandKind::check, wxTRANSLATE("Show sentence &ids\tCtrl+I"),
            wxTRANSLATE("Show the id of every sentence"), nullptr, "#", 0},
    Command{ID_FILTER_ALL, view, CommandKind::radio, wxTRANSLATE("&All links\tCtrl+0"), nullptr,
            nullptr, nullptr, group},
    Command{ID_FILTER_ISSUES, view, CommandKind::radio, wxTRANSLATE("Links with &issues\tCtrl+1"),
            nullptr, nullptr, nullptr, 0},
    Command{ID_FILTER_LOW_CONFIDENCE, view, CommandKind::radio,
            wxTRANSLATE("&Low confidence\tCtrl+2"), nullptr, nullptr, nullptr, 0},
    Command{ID_FILTER_UNCONFIRMED, view, CommandKind::radio, wxTRANSLATE("&Unconfirmed\tCtrl+3"),
            nullptr, nullptr, nullptr, 0},

    Command{ID_NEXT_ISSUE, review, normal, wxTRANSLATE("&Next issue\tF8"),
            wxTRANSLATE("Go to the next link with a marker"), nullptr, "\u25BC", bitext},
    Command{ID_PREVIOUS_ISSUE, review, normal, wxTRANSLATE("&Previous issue\tShift+F8"),
            wxTRANSLATE("Go to the previous link with a marker"), nullptr, "\u25B2", bitext},
    Command{wxID_FIND, review, normal, wxTRANSLATE("&Find...\tCtrl+F"),
            wxTRANSLATE("Find text or a regular expression in the columns"), wxART_FIND, nullptr,
            bitext | group},
    Command{ID_FIND_NEXT, review, normal, wxTRANSLATE("Find ne&xt\tF3"), nullptr, nullptr, nullptr,
            bitext},
    Command{ID_FIND_PREVIOUS, review, normal, wxTRANSLATE("Find pre&vious\tShift+F3"), nullptr,
            nullptr, nullptr, bitext},
    Command{ID_NEXT_BOOKMARK, review, normal, wxTRANSLATE("Next &bookmark\tF2"),
            wxTRANSLATE("Go to the next bookmarked link"), nullptr, "\u2691\u2193", bitext | group},
    Command{ID_PREVIOUS_BOOKMARK, review, normal, wxTRANSLATE("Previous bookmark\tShift+F2"),
            wxTRANSLATE("Go to the previous bookmarked link"), nullptr, "\u2691\u2191", bitext},
    Command{ID_SAVE_LEXICON, review, normal, wxTRANSLATE("&Save learned lexicon\tCtrl+Shift+L"),
            wxTRANSLATE("Learn word pairs from the confirmed links and keep them for this "
                        "language pair; re-alignment uses them"),
            nullptr, nullptr, bitext | group},

    Command{ID_SHORTCUTS, help, normal, wxTRANSLATE("&Keyboard shortcuts\tF1"), nullptr, nullptr,
            nullptr, 0},
    Command{wxID_ABOUT, help, normal, wxTRANSLATE("&About Tandem"), nullptr, nullptr, nullptr, 0},
};

const std::array tool_bar_layout{
    static_cast<int>(wxID_OPEN),         static_cast<int>(wxID_SAVE),
    static_cast<int>(wxID_SEPARATOR),    static_cast<int>(wxID_UNDO),
    static_cast<int>(wxID_REDO),         static_cast<int>(wxID_SEPARATOR),
    static_cast<int>(ID_PREVIOUS_ISSUE), static_cast<int>(ID_NEXT_ISSUE),
    static_cast<int>(ID_CONFIRM_NEXT),   static_cast<int>(wxID_SEPARATOR),
    static_cast<int>(ID_MERGE_NEXT),     static_cast<int>(ID_SPLIT_LINK),
    static_cast<int>(ID_GAP_SOURCE),     static_cast<int>(ID_LINK_ROWS),
    static_cast<int>(wxID_SEPARATOR),    static_cast<int>(ID_REALIGN_FROM_HERE),
    static_cast<int>(ID_REALIGN_REST),   static_cast<int>(wxID_SEPARATOR),
    static_cast<int>(ID_BOOKMARK),       static_cast<int>(ID_PREVIOUS_BOOKMARK),
    static_cast<int>(ID_NEXT_BOOKMARK),  static_cast<int>(wxID_SEPARATOR),
    static_cast<int>(wxID_ANY),          static_cast<int>(wxID_SEPARATOR),
    static_cast<int>(wxID_FIND),         static_cast<int>(ID_TOGGLE_IDS),
};

wxString Translated(const char* english) {
    return english != nullptr ? wxGetTranslation(wxString::FromUTF8(english)) : wxString();
}

// @p glyph drawn in the text colour on a transparent square of @p size pixels, shrunk until it
// fits (two symbols side by side stay legible).
wxBitmap DrawGlyph(const wxString& glyph, int size) {
    wxBitmap canvas(size, size, 24);
    {
        wxMemoryDC dc(canvas);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        auto font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
        for (int pixels = size; pixels > 6; --pixels) {
            font.SetPixelSize(wxSize(0, pixels));
            dc.SetFont(font);
            const auto extent = dc.GetTextExtent(glyph);
            if (extent.x <= size && extent.y <= size + size / 3) {
                break;
            }
        }
        dc.SetTextForeground(*wxBLACK);
        const auto extent = dc.GetTextExtent(glyph);
        dc.DrawText(glyph, (size - extent.x) / 2, (size - extent.y) / 2);
    }
    // Black on white becomes the text colour with the darkness as alpha: anti-aliased edges stay.
    auto image = canvas.ConvertToImage();
    image.InitAlpha();
    const auto ink = wxSystemSettings::GetColour(wxSYS_COLOUR_BTNTEXT);
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const auto darkness = static_cast<unsigned char>(255 - image.GetRed(x, y));
            image.SetRGB(x, y, ink.Red(), ink.Green(), ink.Blue());
            image.SetAlpha(x, y, darkness);
        }
    }
    return wxBitmap(image);
}

} // namespace

std::span<const Command> Commands() {
    return commands;
}

const Command* FindCommand(int id) {
    const auto found = std::find_if(commands.begin(), commands.end(),
                                    [id](const Command& command) { return command.id == id; });
    return found != commands.end() ? &*found : nullptr;
}

std::span<const int> ToolBarLayout() {
    return tool_bar_layout;
}

wxString CommandMenuText(const Command& command) {
    return Translated(command.label);
}

wxString CommandShortcut(const Command& command) {
    const auto text = CommandMenuText(command);
    const auto tab = text.Find(wxT('\t'));
    return tab == wxNOT_FOUND ? wxString() : text.Mid(static_cast<std::size_t>(tab) + 1);
}

wxString CommandName(const Command& command) {
    auto name = wxStripMenuCodes(CommandMenuText(command), wxStrip_All);
    while (name.EndsWith(wxT("."))) {
        name.RemoveLast();
    }
    return name;
}

wxString CommandToolTip(const Command& command) {
    const auto shortcut = CommandShortcut(command);
    return shortcut.empty() ? CommandName(command)
                            : CommandName(command) + wxT(" (") + shortcut + wxT(")");
}

wxBitmapBundle CommandIcon(const Command& command, int size) {
    if (command.art != nullptr) {
        auto art = wxArtProvider::GetBitmapBundle(wxString::FromUTF8(command.art), wxART_TOOLBAR,
                                                  wxSize(size, size));
        if (art.IsOk()) {
            return art;
        }
    }
    if (command.glyph == nullptr) {
        return {};
    }
    const auto glyph = wxString::FromUTF8(command.glyph);
    return wxBitmapBundle::FromBitmaps(DrawGlyph(glyph, size), DrawGlyph(glyph, 2 * size));
}

void AppendCommands(wxMenu& menu, MenuName menu_name, const std::function<void(int)>& after) {
    for (const auto& command : commands) {
        if (command.menu != menu_name) {
            continue;
        }
        if ((command.flags & separator_before) != 0 && menu.GetMenuItemCount() > 0) {
            menu.AppendSeparator();
        }
        const auto kind = command.kind == CommandKind::check   ? wxITEM_CHECK
                          : command.kind == CommandKind::radio ? wxITEM_RADIO
                                                               : wxITEM_NORMAL;
        menu.Append(command.id, CommandMenuText(command), Translated(command.help), kind);
        after(command.id);
    }
}

void AppendContextCommands(wxMenu& menu) {
    for (const auto& command : commands) {
        if ((command.flags & in_context_menu) == 0) {
            continue;
        }
        if ((command.flags & separator_before) != 0 && menu.GetMenuItemCount() > 0) {
            menu.AppendSeparator();
        }
        menu.Append(command.id, CommandMenuText(command), Translated(command.help));
    }
}

void AddToolBarCommands(wxToolBar& tools, wxControl* filter) {
    const int size = tools.GetToolBitmapSize().y > 0 ? tools.GetToolBitmapSize().y : 16;
    for (const int id : tool_bar_layout) {
        if (id == wxID_SEPARATOR) {
            tools.AddSeparator();
            continue;
        }
        if (id == wxID_ANY) {
            tools.AddControl(filter);
            continue;
        }
        const auto& command = *FindCommand(id);
        tools.AddTool(id, CommandName(command), CommandIcon(command, size), CommandToolTip(command),
                      command.kind == CommandKind::check ? wxITEM_CHECK : wxITEM_NORMAL);
        tools.SetToolLongHelp(id, Translated(command.help));
    }
}

std::vector<ShortcutEntry> ShortcutList() {
    std::vector<ShortcutEntry> entries;
    for (const auto& command : commands) {
        if (auto keys = CommandShortcut(command); !keys.empty()) {
            entries.push_back({std::move(keys), CommandName(command)});
        }
    }
    // Keys of the table itself, which no menu item carries.
    entries.push_back({_("Enter"), _("Confirm the selected links and go to the next issue")});
    entries.push_back({_("Up, Down, Page Up, Page Down, Home, End"), _("Move in the table")});
    entries.push_back(
        {_("Shift+click, Shift+arrows"), _("Select a range of rows (to link, merge, confirm)")});
    entries.push_back({_("Ctrl+click"), _("Add a row to the selection or remove it")});
    entries.push_back({_("Click in the overview ruler or the alignment map"),
                       _("Go to the link at that position")});
    return entries;
}

} // namespace tandem::gui
