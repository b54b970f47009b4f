// SPDX-License-Identifier: GPL-3.0-or-later
// Running work in a child process to measure its wall time and peak resident memory (POSIX).
#pragma once

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tandem::benchmark {

/// What a child process cost.
struct ChildCost {
    double seconds = 0.0;   ///< wall time
    double cpu_seconds = 0.0; ///< user plus system time
    double peak_mib = 0.0;  ///< peak resident set size
    int exit_code = 0;      ///< 0 on success
};

/// Runs @p work in a forked child and measures it; the child's exit code is work()'s result.
inline ChildCost measure_in_child(const std::function<int()>& work) {
    std::fflush(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error("fork failed");
    }
    if (child == 0) {
        const int code = work();
        std::fflush(nullptr);
        _exit(code);
    }
    int status = 0;
    rusage usage{};
    wait4(child, &status, 0, &usage);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    const auto seconds_of = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return {elapsed.count(), seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime),
            static_cast<double>(usage.ru_maxrss) / 1024.0, WIFEXITED(status) ? WEXITSTATUS(status) : 128};
}

/// Runs a program with @p arguments (argv[0] first), its output sent to /dev/null.
inline ChildCost run_program(const std::vector<std::string>& arguments) {
    return measure_in_child([&] {
        std::vector<char*> argv;
        for (const auto& argument : arguments) {
            argv.push_back(const_cast<char*>(argument.c_str()));
        }
        argv.push_back(nullptr);
        if (std::freopen("/dev/null", "w", stdout) == nullptr || std::freopen("/dev/null", "w", stderr) == nullptr) {
            return 127;
        }
        execv(argv[0], argv.data());
        return 127;
    });
}

} // namespace tandem::benchmark
