// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The edge between Tandem's UTF-8 strings and wxString: every conversion goes through here, and
/// so does turning a Tandem exception into text for people.
#pragma once

#include <wx/string.h>

#include <exception>
#include <filesystem>
#include <string>
#include <string_view>

class wxWindow;

namespace tandem::gui {

/// UTF-8 → wxString.
[[nodiscard]] wxString ToWx(std::string_view utf8);
/// wxString → UTF-8.
[[nodiscard]] std::string FromWx(const wxString& text);
/// A path as wxString (for dialogs and labels).
[[nodiscard]] wxString PathToWx(const std::filesystem::path& path);
/// A wxString naming a file → path.
[[nodiscard]] std::filesystem::path WxToPath(const wxString& path);

/// A translated title for @p error (by its ErrorCode) and its English message with the file,
/// line and column when known.
struct ErrorDescription {
    wxString title;   ///< e.g. "The file is malformed"
    wxString message; ///< `file:line:col: message`, plus the excerpt of a ParseError
};
/// Describes any exception Tandem code throws (Error, ParseError, std::exception).
[[nodiscard]] ErrorDescription DescribeError(const std::exception& error);
/// Shows @p error in a modal message box over @p parent.
void ShowError(wxWindow* parent, const std::exception& error);

} // namespace tandem::gui
