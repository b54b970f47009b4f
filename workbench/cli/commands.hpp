// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The subcommands of `tandem`: each has a spec (parsing, help, man page) and a runner.
#pragma once

#include "command_line.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace tandem::cli {

/// Where a command writes: standard output for results, standard error for messages.
struct Console {
    std::ostream& out;
    std::ostream& err;
};

/// A subcommand: its spec and what it runs. run() returns the exit code.
struct Command {
    const CommandSpec& spec;
    int (*run)(const ParsedArguments&, Console&);
};

/// Every subcommand, in the order `tandem --help` lists them.
[[nodiscard]] const std::vector<Command>& commands();

/// Exit codes shared by all commands.
enum ExitCode : int { exit_ok = 0, exit_bad_input = 1, exit_usage = 2, exit_findings = 3 };

extern const CommandSpec align_spec;
extern const CommandSpec score_spec;
extern const CommandSpec convert_spec;
extern const CommandSpec check_spec;
int run_align(const ParsedArguments& arguments, Console& console);
int run_score(const ParsedArguments& arguments, Console& console);
int run_convert(const ParsedArguments& arguments, Console& console);
int run_check(const ParsedArguments& arguments, Console& console);

} // namespace tandem::cli
