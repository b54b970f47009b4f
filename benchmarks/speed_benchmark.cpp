// SPDX-License-Identifier: GPL-3.0-or-later
// Speed and memory of the engine on long synthetic pairs built by concatenating gold documents
// (1984 ro-en, repeated), and on a 30k × 40k pair built from the Chinese–English novels (whose
// English side has a third more sentences). Each size runs in its own process on one thread;
// `align` is the engine alone (dictionary loading included), the process CPU time includes
// building the documents. Each pair runs twice: first with an empty dictionary cache (the
// dictionaries are read from /usr/share/dictd and the merged result stored), then with the cache
// that run left; the cache lives in a temporary folder, never in the user's own.
//
// The machine's speed varies from run to run: `--runs N` aligns each row N times and shows the
// run that took the least process CPU.
//
// Usage: speed_benchmark [--threads N] [--runs N] [SIZE | zh-en ...]   (default: one thread, one
// run; 10000 50000 200000 and zh-en, the 30k × 41k pair)
#include "benchmark_input.hpp"

#include "child_process.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/text/segmenter.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using tandem::benchmark::read_lines;

namespace fs = std::filesystem;

/// @p lines repeated until @p count lines, one per line.
std::string repeated(const std::vector<std::string>& lines, std::size_t count) {
    std::string text;
    for (std::size_t k = 0; k < count; ++k) {
        text += lines[k % lines.size()];
        text += '\n';
    }
    return text;
}

struct Pair {
    std::string label;
    std::string source, target;
    std::string source_language, target_language;
};

/// Worker threads of each alignment (`--threads`).
unsigned threads = 1;

int align_pair(const Pair& pair, std::size_t& links, double& seconds) {
    const tandem::align::Bitext bitext{
        tandem::text::segment_lines(pair.source, pair.source_language, "source"),
        tandem::text::segment_lines(pair.target, pair.target_language, "target")};
    tandem::align::AlignOptions options;
    options.threads = threads;
    const auto start = std::chrono::steady_clock::now();
    links = tandem::align::align(bitext, options).links.size();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    seconds = elapsed.count();
    return 0;
}

/// Runs of each row (`--runs`): the row shows the fastest, as the machine's load varies.
unsigned runs = 1;

/// What one run of a pair measured.
struct RunCost {
    double align_seconds = 0.0; ///< wall time of align() alone
    double cpu_seconds = 0.0;   ///< the child process's user plus system time
    double peak_mib = 0.0;      ///< the child's peak resident memory
    std::size_t links = 0;      ///< links found
};

/// Aligns @p pair in a child process; false when the alignment failed.
bool measure_run(const Pair& pair, RunCost& result) {
    int channel[2];
    if (pipe(channel) != 0) {
        return false;
    }
    const auto cost = tandem::benchmark::measure_in_child([&] {
        std::size_t links = 0;
        double seconds = 0.0;
        align_pair(pair, links, seconds);
        const std::string report = std::to_string(seconds) + " " + std::to_string(links);
        return write(channel[1], report.data(), report.size()) > 0 ? 0 : 1;
    });
    close(channel[1]);
    char buffer[128] = {};
    const auto read_bytes = read(channel[0], buffer, sizeof buffer - 1);
    close(channel[0]);
    if (cost.exit_code != 0 || read_bytes <= 0) {
        std::fprintf(stderr, "alignment failed for %s\n", pair.label.c_str());
        return false;
    }
    std::istringstream(buffer) >> result.align_seconds >> result.links;
    result.cpu_seconds = cost.cpu_seconds;
    result.peak_mib = cost.peak_mib;
    return true;
}

/// Aligns @p pair `runs` times, each cold run with an empty dictionary cache in @p cache_home,
/// and prints a table row of the fastest run (by process CPU); false when an alignment failed.
bool report_run(const Pair& pair, bool warm, const fs::path& cache_home) {
    RunCost best;
    for (unsigned run = 0; run < runs; ++run) {
        if (!warm) {
            fs::remove_all(cache_home / "tandem");
        }
        RunCost cost;
        if (!measure_run(pair, cost)) {
            return false;
        }
        if (run == 0 || cost.cpu_seconds < best.cpu_seconds) {
            best = cost;
        }
    }
    std::printf("| %s | %s | %.2f | %.2f | %.0f | %zu |\n", pair.label.c_str(),
                warm ? "warm" : "cold", best.align_seconds, best.cpu_seconds, best.peak_mib,
                best.links);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path gold = fs::path(TANDEM_SHARED_DATA_DIR) / "gold";
    const auto source_lines = read_lines(gold / "1984-ro-en/ro.sen");
    const auto target_lines = read_lines(gold / "1984-ro-en/en.sen");
    std::vector<Pair> pairs;
    std::vector<std::size_t> sizes;
    bool chinese_pair = false;
    for (int k = 1; k < argc; ++k) {
        const std::string_view argument = argv[k];
        if (argument == "--threads" && k + 1 < argc) {
            threads = static_cast<unsigned>(std::stoul(argv[++k]));
        } else if (argument == "--runs" && k + 1 < argc) {
            runs = std::max(1U, static_cast<unsigned>(std::stoul(argv[++k])));
        } else if (argument == "zh-en") {
            chinese_pair = true;
        } else {
            sizes.push_back(std::stoul(argv[k]));
        }
    }
    if (sizes.empty() && !chinese_pair) {
        sizes = {10'000, 50'000, 200'000};
        chinese_pair = true;
    }
    for (const auto size : sizes) {
        // Keep the pair's own proportion of sentences (6480 : 6705).
        const auto target_size = size * target_lines.size() / source_lines.size();
        pairs.push_back({std::to_string(size) + " x " + std::to_string(target_size) + " (1984 ro-en)",
                         repeated(source_lines, size), repeated(target_lines, target_size), "ro", "en"});
    }
    if (chinese_pair) {
        std::vector<std::string> chinese;
        std::vector<std::string> english;
        for (const char* document : {"001", "002", "003", "004", "005", "006"}) {
            for (auto& line : read_lines(gold / "mac-dev-zh-en/zh" / document)) {
                chinese.push_back(std::move(line));
            }
            for (auto& line : read_lines(gold / "mac-dev-zh-en/en" / document)) {
                english.push_back(std::move(line));
            }
        }
        const std::size_t copies = (30'000 + chinese.size() - 1) / chinese.size();
        pairs.push_back({"", repeated(chinese, copies * chinese.size()),
                         repeated(english, copies * english.size()), "zh", "en"});
        pairs.back().label = std::to_string(copies * chinese.size()) + " x " +
                             std::to_string(copies * english.size()) + " (mac zh-en)";
    }
    std::string cache_home = (fs::temp_directory_path() / "tandem-speed-XXXXXX").string();
    if (mkdtemp(cache_home.data()) == nullptr ||
        setenv("XDG_CACHE_HOME", cache_home.c_str(), 1) != 0) {
        std::fprintf(stderr, "cannot make a temporary cache folder\n");
        return 1;
    }
    std::printf("| pair (sentences) | dictionary cache | align wall s | process CPU s | "
                "process peak MiB | links |\n");
    std::printf("|---|---|---:|---:|---:|---:|\n");
    for (const auto& pair : pairs) {
        for (const bool warm : {false, true}) {
            if (!report_run(pair, warm, cache_home)) {
                fs::remove_all(cache_home);
                return 1;
            }
        }
    }
    fs::remove_all(cache_home);
    return 0;
}
