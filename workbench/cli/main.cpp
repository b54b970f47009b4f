// SPDX-License-Identifier: GPL-3.0-or-later
// `tandem`: the command line. Talks to people; the libraries only return values or throw.
#include "commands.hpp"
#include "man_page.hpp"

#include <tandem/formats/version.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

namespace tandem::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all{
        {align_spec, run_align},
        {score_spec, run_score},
        {convert_spec, run_convert},
        {check_spec, run_check},
    };
    return all;
}

namespace {

void print_overview(std::ostream& out) {
    out << "Usage: tandem COMMAND [options] [files]\n\n"
           "Tandem aligns a text with its translation or interpretation sentence by sentence and "
           "shows where they diverge.\n\nCommands:\n";
    for (const auto& command : commands()) {
        out << "  " << command.spec.name
            << std::string(10 - std::min<std::size_t>(command.spec.name.size(), 9), ' ')
            << command.spec.summary << '\n';
    }
    out << "\nRun 'tandem COMMAND --help' for a command's options.\n"
           "Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 findings at or above --fail-on.\n";
}

int run(const std::vector<std::string>& words, Console& console) {
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
        print_overview(words.empty() ? console.err : console.out);
        return words.empty() ? exit_usage : exit_ok;
    }
    if (words[0] == "--man-page") { // hidden: the build writes tandem.1 with it
        console.out << man_page();
        return exit_ok;
    }
    if (words[0] == "--version" || words[0] == "-V") {
        console.out << "tandem " << formats::version_string() << " (revision "
                    << formats::revision_string() << ")\n";
        return exit_ok;
    }
    const auto found = std::find_if(commands().begin(), commands().end(),
                                    [&](const Command& command) { return command.spec.name == words[0]; });
    if (found == commands().end()) {
        throw UsageError("unknown command '" + words[0] + "'");
    }
    const std::vector<std::string> rest(words.begin() + 1, words.end());
    try {
        const auto arguments = parse_arguments(found->spec, rest);
        if (arguments.has("help")) {
            console.out << help_text(found->spec);
            return exit_ok;
        }
        return found->run(arguments, console);
    } catch (const UsageError& error) {
        console.err << "tandem " << found->spec.name << ": " << error.what() << "\nTry 'tandem "
                    << found->spec.name << " --help'.\n";
        return exit_usage;
    }
}

} // namespace
} // namespace tandem::cli

int main(int argc, char** argv) {
    using namespace tandem;
    std::ios::sync_with_stdio(false);
    cli::Console console{std::cout, std::cerr};
    try {
        const int code = cli::run(std::vector<std::string>(argv + 1, argv + argc), console);
        std::cout.flush();
        if (!std::cout) {
            std::cerr << "tandem: cannot write to standard output\n";
            return cli::exit_bad_input;
        }
        return code;
    } catch (const cli::UsageError& error) {
        std::cerr << "tandem: " << error.what() << "\nTry 'tandem --help'.\n";
        return cli::exit_usage;
    } catch (const Error& error) {
        std::cerr << "tandem: " << error.what() << '\n';
        return error.code() == ErrorCode::invalid_argument ? cli::exit_usage : cli::exit_bad_input;
    } catch (const std::exception& error) {
        std::cerr << "tandem: internal error: " << error.what() << '\n';
        return cli::exit_bad_input;
    }
}
