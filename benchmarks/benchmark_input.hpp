// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the shared gold files the benchmarks build their inputs from.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace tandem::benchmark {

/// The lines of @p file without line endings; exits with a message when it cannot be read
/// (a benchmark without its data has nothing to measure).
inline std::vector<std::string> read_lines(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.c_str());
        std::exit(1);
    }
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        lines.push_back(line);
    }
    return lines;
}

} // namespace tandem::benchmark
