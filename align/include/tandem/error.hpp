// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The one error hierarchy of Tandem. Library code throws these when no result can be produced;
/// front ends catch them and talk to people. Messages are English; front ends may map codes.
#pragma once

#include <cstddef>
#include <source_location>
#include <stdexcept>
#include <string>

namespace tandem {

/// What kind of failure an Error reports; front ends map these to translated text and exit codes.
enum class ErrorCode {
    io,               ///< a file could not be opened, read or written
    empty_input,      ///< a file holds no text
    binary_input,     ///< a file is not text
    encoding,         ///< text could not be decoded or is not valid in its declared encoding
    parse,            ///< a file's structure is malformed
    limit,            ///< an input exceeds a safety limit (size, depth, count)
    invalid_argument, ///< a caller passed an unusable value (unknown language, bad option)
    unsupported,      ///< a valid input uses something Tandem does not handle
    cancelled,        ///< the user stopped a long operation
    internal,         ///< a broken invariant: a bug in Tandem
};

/// Base of every exception Tandem throws: a code, an optional file, and where it was thrown.
class Error : public std::runtime_error {
public:
    /// @param file the file the error is about, or empty when it concerns no file
    Error(ErrorCode code, const std::string& message, std::string file = {},
          std::source_location where = std::source_location::current());

    /// The failure kind.
    [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
    /// The file the error is about; empty when none.
    [[nodiscard]] const std::string& file() const noexcept { return m_file; }
    /// The message without the file prefix.
    [[nodiscard]] const std::string& message() const noexcept { return m_message; }
    /// Where in Tandem's source the error was thrown (for bug reports).
    [[nodiscard]] const std::source_location& where() const noexcept { return m_where; }

protected:
    Error(ErrorCode code, const std::string& what, std::string message, std::string file,
          std::source_location where);

private:
    ErrorCode m_code;
    std::string m_message;
    std::string m_file;
    std::source_location m_where;
};

/// Position of a problem inside a file; line and column are 1-based, 0 when unknown.
struct FilePosition {
    std::size_t line = 0;        ///< 1-based line, 0 when unknown
    std::size_t column = 0;      ///< 1-based column in characters, 0 when unknown
    std::size_t byte_offset = 0; ///< byte offset from the start of the file
};

/// A malformed file: what() reads `file:line:col: message`.
class ParseError : public Error {
public:
    ParseError(ErrorCode code, std::string file, FilePosition position, const std::string& message,
               std::string excerpt = {},
               std::source_location where = std::source_location::current());

    /// Where in the file the problem is.
    [[nodiscard]] const FilePosition& position() const noexcept { return m_position; }
    /// The raw text around the problem, for display; may be empty.
    [[nodiscard]] const std::string& excerpt() const noexcept { return m_excerpt; }

private:
    FilePosition m_position;
    std::string m_excerpt;
};

/// Thrown by long operations when their std::stop_token was triggered.
class Cancelled : public Error {
public:
    explicit Cancelled(std::source_location where = std::source_location::current());
};

/// A problem that does not stop a result from being produced (a bad record, a guess made).
struct Diagnostic {
    enum class Level { note, warning, error };
    Level level = Level::warning; ///< how serious it is
    std::string message;          ///< one English sentence
    std::string file;             ///< the file concerned, or empty
    FilePosition position;        ///< where in the file, when known
};

/// Formats `file:line:col: message` (omitting parts that are unknown).
[[nodiscard]] std::string format_location(const std::string& file, const FilePosition& position,
                                          const std::string& message);

} // namespace tandem
