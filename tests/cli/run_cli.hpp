// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: runs the `tandem` executable and captures its exit code and output.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace tandem::test {

struct CliResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string shell_quote(const std::string& word) {
    std::string quoted = "'";
    for (const char c : word) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

inline std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Runs `tandem ARGS...` with standard input from /dev/null.
inline CliResult run_cli(const std::vector<std::string>& arguments) {
    static int counter = 0;
    const auto base = std::filesystem::temp_directory_path() /
                      ("tandem-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::string command = shell_quote(TANDEM_CLI_PATH);
    for (const auto& argument : arguments) {
        command += ' ' + shell_quote(argument);
    }
    command += " </dev/null >" + shell_quote(base.string() + ".out") + " 2>" +
               shell_quote(base.string() + ".err");
    const int status = std::system(command.c_str());
    CliResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = slurp(base.string() + ".out");
    result.err = slurp(base.string() + ".err");
    std::filesystem::remove(base.string() + ".out");
    std::filesystem::remove(base.string() + ".err");
    return result;
}

/// A fresh, empty scratch folder for one test.
inline std::filesystem::path scratch(const std::string& name) {
    auto folder = std::filesystem::temp_directory_path() /
                  ("tandem-test-" + std::to_string(::getpid()) + "-" + name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

} // namespace tandem::test
