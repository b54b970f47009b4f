// SPDX-License-Identifier: GPL-3.0-or-later
#include "wx_text.hpp"

#include <tandem/error.hpp>

#include <wx/intl.h>
#include <wx/msgdlg.h>

namespace tandem::gui {

wxString ToWx(std::string_view utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}

std::string FromWx(const wxString& text) {
    const auto buffer = text.utf8_str();
    return {buffer.data(), buffer.length()};
}

wxString PathToWx(const std::filesystem::path& path) {
    return ToWx(path.string());
}

std::filesystem::path WxToPath(const wxString& path) {
    return {FromWx(path)};
}

namespace {

wxString TitleOf(ErrorCode code) {
    switch (code) {
    case ErrorCode::io:
        return _("The file could not be read or written");
    case ErrorCode::empty_input:
        return _("The file holds no text");
    case ErrorCode::binary_input:
        return _("The file is not a text file");
    case ErrorCode::encoding:
        return _("The file's encoding could not be decoded");
    case ErrorCode::parse:
        return _("The file is malformed");
    case ErrorCode::limit:
        return _("The input is too large");
    case ErrorCode::invalid_argument:
        return _("A setting is not valid");
    case ErrorCode::unsupported:
        return _("This is not supported yet");
    case ErrorCode::cancelled:
        return _("Cancelled");
    case ErrorCode::internal:
        return _("Internal error (a bug in Tandem)");
    }
    return _("Error");
}

} // namespace

ErrorDescription DescribeError(const std::exception& error) {
    if (const auto* parse = dynamic_cast<const ParseError*>(&error)) {
        const auto& position = parse->position();
        auto message = ToWx(parse->message()) + wxT("\n\n") +
                       wxString::Format(_("File: %s\nLine: %zu, column: %zu"), ToWx(parse->file()),
                                        position.line, position.column);
        if (!parse->excerpt().empty()) {
            message += wxT("\n\n") + ToWx(parse->excerpt());
        }
        return {TitleOf(parse->code()), message};
    }
    if (const auto* tandem_error = dynamic_cast<const Error*>(&error)) {
        auto message = ToWx(tandem_error->message());
        if (!tandem_error->file().empty()) {
            message += wxT("\n\n") + wxString::Format(_("File: %s"), ToWx(tandem_error->file()));
        }
        return {TitleOf(tandem_error->code()), message};
    }
    return {_("Error"), ToWx(error.what())};
}

void ShowError(wxWindow* parent, const std::exception& error) {
    const auto description = DescribeError(error);
    wxMessageBox(description.message, description.title, wxOK | wxICON_ERROR, parent);
}

} // namespace tandem::gui
