// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The workbench's commands in one table: menu text and shortcut, help text, toolbar icon, whether
/// the table's context menu offers it. The menu bar, the toolbar, the context menu and Help →
/// Keyboard shortcuts are all built from this table, so none of them can miss a command.
#pragma once

#include <wx/bmpbndl.h>
#include <wx/defs.h>
#include <wx/string.h>

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

class wxMenu;
class wxToolBar;
class wxControl;

namespace tandem::gui {

/// Command ids beyond wx's stock ids (wxID_OPEN, wxID_UNDO …), which the table uses too.
enum CommandId : int {
    ID_NEXT_ISSUE = wxID_HIGHEST + 1,
    ID_PREVIOUS_ISSUE,
    ID_OPEN_ALIGNMENT,
    ID_FIND_NEXT,
    ID_FIND_PREVIOUS,
    ID_TOGGLE_IDS,
    ID_FILTER_ALL,
    ID_FILTER_ISSUES,
    ID_FILTER_LOW_CONFIDENCE,
    ID_FILTER_UNCONFIRMED,
    ID_FILTER_KIND_FIRST,
    ID_FILTER_KIND_LAST = ID_FILTER_KIND_FIRST + 31,
    ID_EXPORT_FIRST,
    ID_EXPORT_LAST = ID_EXPORT_FIRST + 5,
    ID_RECENT_FIRST,
    ID_RECENT_LAST = ID_RECENT_FIRST + 9,
    // Edit operations on the selected rows, contiguous (OnEdit binds the range).
    ID_CONFIRM_NEXT,
    ID_UNCONFIRM,
    ID_MERGE_NEXT,
    ID_MERGE_PREVIOUS,
    ID_LINK_ROWS,
    ID_SPLIT_LINK,
    ID_SOURCE_UP,
    ID_SOURCE_DOWN,
    ID_TARGET_UP,
    ID_TARGET_DOWN,
    ID_UNLINK,
    ID_GAP_SOURCE,
    ID_GAP_TARGET,
    ID_SPLIT_SENTENCE,
    ID_MERGE_SOURCE_SENTENCES,
    ID_MERGE_TARGET_SENTENCES,
    ID_BOOKMARK,
    ID_REMOVE_BOOKMARK,
    ID_REALIGN_FROM_HERE,
    ID_REALIGN_REST,
    // Review commands that need an open bitext.
    ID_NEXT_BOOKMARK,
    ID_PREVIOUS_BOOKMARK,
    ID_SAVE_LEXICON,
    ID_SHORTCUTS,
};

/// The menu of the menu bar a command lives in.
enum class MenuName : std::uint8_t { file, edit, view, review, help };

/// What kind of menu item a command is.
enum class CommandKind : std::uint8_t { normal, check, radio };

/// Flags of a Command.
enum CommandFlag : unsigned {
    separator_before = 1U << 0U, ///< a separator precedes it in its menu
    in_context_menu = 1U << 1U,  ///< the table's context menu offers it
    needs_bitext = 1U << 2U,     ///< enabled only while a bitext is open
};

/// One command of the workbench.
struct Command {
    int id;            ///< a CommandId or a wx stock id
    MenuName menu;     ///< where it lives in the menu bar
    CommandKind kind;  ///< normal, check or radio item
    const char* label; ///< English menu text with `&` mnemonic and `\t` shortcut
    const char* help;  ///< English status bar text, or nullptr
    const char* art;   ///< wxArtID of its toolbar icon, or nullptr
    const char* glyph; ///< UTF-8 symbol drawn as its icon when it has no art, or nullptr
    unsigned flags;    ///< CommandFlag bits
};

/// Every command, in menu order.
[[nodiscard]] std::span<const Command> Commands();
/// The command with @p id, or nullptr.
[[nodiscard]] const Command* FindCommand(int id);
/// The toolbar's commands, left to right; wxID_SEPARATOR separates groups, wxID_ANY marks where
/// the filter choice goes.
[[nodiscard]] std::span<const int> ToolBarLayout();

/// The translated menu text of @p command, with mnemonic and shortcut.
[[nodiscard]] wxString CommandMenuText(const Command& command);
/// The shortcut of @p command as its menu shows it (`Ctrl+M`), empty when it has none.
[[nodiscard]] wxString CommandShortcut(const Command& command);
/// The translated name of @p command without mnemonic, shortcut or trailing dots.
[[nodiscard]] wxString CommandName(const Command& command);
/// The tooltip of @p command's toolbar button: its name and its shortcut in brackets.
[[nodiscard]] wxString CommandToolTip(const Command& command);
/// The toolbar icon of @p command (its art, or its glyph drawn), invalid when it has neither.
[[nodiscard]] wxBitmapBundle CommandIcon(const Command& command, int size);

/// Appends the commands of @p menu_name to @p menu; @p after is called with each command's id
/// after its item is appended (to insert submenus there).
void AppendCommands(wxMenu& menu, MenuName menu_name, const std::function<void(int)>& after);
/// Appends the context-menu commands to @p menu.
void AppendContextCommands(wxMenu& menu);
/// Adds the toolbar's buttons to @p tools; @p filter is the control put at the wxID_ANY slot.
void AddToolBarCommands(wxToolBar& tools, wxControl* filter);

/// One line of Help → Keyboard shortcuts.
struct ShortcutEntry {
    wxString keys;   ///< as the menus show them (`Ctrl+M`)
    wxString action; ///< translated
};
/// Every command that has a shortcut, in menu order, then the keys of the table itself (arrows,
/// Enter, Shift+click …).
[[nodiscard]] std::vector<ShortcutEntry> ShortcutList();

} // namespace tandem::gui
