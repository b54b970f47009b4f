// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy of `tandem align --segmented` on every gold set under ../shared/data/gold, scored as
// `tandem score` scores (strict and lax; Sennrich & Volk 2010, Thompson & Koehn 2019).
//
// Usage: accuracy_benchmark [GOLD_FOLDER [TANDEM]]
#include "child_process.hpp"

#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Document {
    fs::path source, target, gold;
};

struct Set {
    std::string name, source_language, target_language;
    std::vector<Document> documents;
};

/// Finds the documents of a gold folder by its layout: `dev.XX`/`dev.XXYY` (Text+Berg),
/// `XX.sen`/`YY.sen`/`gold.align` (hunalign's sets), `XX/NNN`, `YY/NNN`, `gold/NNN` (Bertalign).
Set discover(const fs::path& folder) {
    Set set{folder.filename().string(), "", "", {}};
    const auto name = set.name;
    // The folder name ends with the pair: `...-de-fr`.
    const auto last = name.rfind('-');
    const auto before = name.rfind('-', last - 1);
    set.source_language = name.substr(before + 1, last - before - 1);
    set.target_language = name.substr(last + 1);
    const auto& s = set.source_language;
    const auto& t = set.target_language;
    if (fs::exists(folder / ("dev." + s + t))) {
        set.documents.push_back({folder / ("dev." + s), folder / ("dev." + t), folder / ("dev." + s + t)});
    } else if (fs::exists(folder / "gold.align")) {
        set.documents.push_back({folder / (s + ".sen"), folder / (t + ".sen"), folder / "gold.align"});
    } else if (fs::is_directory(folder / "gold")) {
        std::vector<fs::path> golds;
        for (const auto& entry : fs::directory_iterator(folder / "gold")) {
            golds.push_back(entry.path());
        }
        std::sort(golds.begin(), golds.end());
        for (const auto& gold : golds) {
            const auto id = gold.filename();
            set.documents.push_back({folder / s / id, folder / t / id, gold});
        }
    }
    return set;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path gold_folder = argc > 1 ? fs::path(argv[1]) : fs::path(TANDEM_SHARED_DATA_DIR) / "gold";
    const std::string tandem = argc > 2 ? argv[2] : TANDEM_CLI_PATH;
    const fs::path scratch = fs::temp_directory_path() / ("tandem-accuracy-" + std::to_string(getpid()));
    fs::create_directories(scratch);
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(gold_folder)) {
        if (entry.is_directory()) {
            folders.push_back(entry.path());
        }
    }
    std::sort(folders.begin(), folders.end());
    std::printf("| set | docs | strict P | strict R | strict F1 | lax F1 | wall s | CPU s | peak MiB |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& folder : folders) {
        const Set set = discover(folder);
        if (set.documents.empty()) {
            continue;
        }
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
