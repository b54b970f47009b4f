// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of `tandem align --segmented` on every gold set under ../shared/data/gold, scored as
// `tandem score` scores (strict and lax; Sennrich & Volk 2010, Thompson & Koehn 2019).
//
// Usage: accuracy_benchmark [GOLD_FOLDER [TANDEM]]
#include "benchmark_input.hpp"
#include "child_process.hpp"

#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
    const fs::path gold_folder = argc > 1 ? fs::path(argv[1]) : fs::path(TANDEM_SHARED_DATA_DIR) / "gold";
    const std::string tandem = argc > 2 ? argv[2] : TANDEM_CLI_PATH;
    const fs::path scratch = fs::temp_directory_path() / ("tandem-accuracy-" + std::to_string(getpid()));
    fs::create_directories(scratch);
    std::printf("| set | docs | strict P | strict R | strict F1 | lax F1 | wall s | CPU s | peak MiB |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& set : tandem::benchmark::discover_gold_sets(gold_folder)) {
        tandem::align::ScoreCounts counts;
        double seconds = 0.0;
        double cpu_seconds = 0.0;
        double peak = 0.0;
        for (std::size_t d = 0; d < set.documents.size(); ++d) {
            const auto& document = set.documents[d];
            const auto output = scratch / (set.name + "-" + std::to_string(d) + ".beads");
            const auto cost = tandem::benchmark::run_program(
                {tandem, "align", "--segmented", "-s", set.source_language, "-t", set.target_language,
                 document.source.string(), document.target.string(), "-f", "beads", "-o", output.string()});
            if (cost.exit_code != 0) {
                std::fprintf(stderr, "tandem align failed on %s\n", document.source.c_str());
                return 1;
            }
            seconds += cost.seconds;
            cpu_seconds += cost.cpu_seconds;
            peak = std::max(peak, cost.peak_mib);
            counts += tandem::align::count_matches(tandem::formats::read_beads(document.gold),
                                                   tandem::formats::read_beads(output));
        }
        const auto scores = tandem::align::compute_scores(counts);
        std::printf("| %s | %zu | %.4f | %.4f | %.4f | %.4f | %.2f | %.2f | %.0f |\n",
                    set.name.c_str(), set.documents.size(), scores.strict_precision,
                    scores.strict_recall, scores.strict_f1, scores.lax_f1, seconds, cpu_seconds, peak);
    }
    fs::remove_all(scratch);
    return 0;
}
