// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Declarative command-line specs: one table per command drives parsing, `--help` and the man
/// page, so they never drift apart.
#pragma once

#include <tandem/error.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::cli {

/// One option of a command.
struct OptionSpec {
    std::string_view long_name;  ///< without dashes: `format`
    char short_name = 0;         ///< `o` for `-o`, 0 for none
    std::string_view value_name; ///< `FILE`; empty for a flag
    std::string_view help;       ///< one line
    bool repeatable = false;     ///< may be given several times
};

/// One subcommand.
struct CommandSpec {
    std::string_view name;        ///< `align`
    std::string_view synopsis;    ///< `SOURCE TARGET [options]`
    std::string_view summary;     ///< one line for the command list
    std::string_view description; ///< paragraphs for --help and the man page
    std::vector<OptionSpec> options;
    std::size_t min_arguments = 0;
    std::size_t max_arguments = 0; ///< a large number for "any"
};

/// A wrong invocation: exit code 2.
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message)
        : Error(ErrorCode::invalid_argument, message) {}
};

/// The parsed invocation of one command.
class ParsedArguments {
public:
    /// True when the flag or option was given.
    [[nodiscard]] bool has(std::string_view name) const;
    /// The last value of an option, or nullopt.
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    /// Every value of a repeatable option, in order.
    [[nodiscard]] std::vector<std::string> values(std::string_view name) const;
    /// The positional arguments.
    [[nodiscard]] const std::vector<std::string>& arguments() const { return m_arguments; }

private:
    friend ParsedArguments parse_arguments(const CommandSpec&, const std::vector<std::string>&);
    std::map<std::string, std::vector<std::string>, std::less<>> m_options;
    std::vector<std::string> m_arguments;
};

/// Parses @p words (after the command name); options may come before or after the arguments,
/// `--` ends options, `--name=value` and `-oVALUE` are accepted. `--help` is always known.
/// Throws UsageError.
[[nodiscard]] ParsedArguments parse_arguments(const CommandSpec& spec,
                                              const std::vector<std::string>& words);

/// The `--help` text of a command.
[[nodiscard]] std::string help_text(const CommandSpec& spec);

/// A roff man-page section for a command (used to generate tandem.1).
[[nodiscard]] std::string man_section(const CommandSpec& spec);

} // namespace tandem::cli
