// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/error.hpp>

#include <utility>

namespace tandem {

std::string format_location(const std::string& file, const FilePosition& position,
                            const std::string& message) {
    std::string out;
    if (!file.empty()) {
        out += file;
        if (position.line > 0) {
            out += ':' + std::to_string(position.line);
            if (position.column > 0) {
                out += ':' + std::to_string(position.column);
            }
        }
        out += ": ";
    }
    out += message;
    return out;
}

Error::Error(ErrorCode code, const std::string& message, std::string file,
             std::source_location where)
    : Error(code, format_location(file, {}, message), message, file, where) {}

Error::Error(ErrorCode code, const std::string& what, std::string message, std::string file,
             std::source_location where)
    : std::runtime_error(what), m_code(code), m_message(std::move(message)),
      m_file(std::move(file)), m_where(where) {}

ParseError::ParseError(ErrorCode code, std::string file, FilePosition position,
                       const std::string& message, std::string excerpt,
                       std::source_location where)
    : Error(code, format_location(file, position, message), message, file, where),
      m_position(position), m_excerpt(std::move(excerpt)) {}

Cancelled::Cancelled(std::source_location where)
    : Error(ErrorCode::cancelled, "cancelled", {}, where) {}

} // namespace tandem
