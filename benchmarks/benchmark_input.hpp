// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the shared gold files the benchmarks build their inputs from.
#pragma once

#include <algorithm>
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

/// One document pair of a gold set: sentence files and gold beads.
struct GoldDocument {
    std::filesystem::path source, target, gold;
};

/// A gold set: its folder name, language pair and documents.
struct GoldSet {
    std::string name, source_language, target_language;
    std::vector<GoldDocument> documents;
};

/// Finds the documents of a gold folder by its layout: `dev.XX`/`dev.XXYY` (Text+Berg),
/// `XX.sen`/`YY.sen`/`gold.align` (hunalign's sets), `XX/NNN`, `YY/NNN`, `gold/NNN` (Bertalign).
/// The folder name ends with the pair (`...-de-fr`); a folder of no known layout has no documents.
inline GoldSet discover_gold_set(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    GoldSet set{folder.filename().string(), "", "", {}};
    const auto& name = set.name;
    const auto last = name.rfind('-');
    if (last == std::string::npos || last == 0) {
        return set;
    }
    const auto before = name.rfind('-', last - 1);
    if (before == std::string::npos) {
        return set;
    }
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

/// The gold sets under @p gold_folder with documents, by folder name.
inline std::vector<GoldSet> discover_gold_sets(const std::filesystem::path& gold_folder) {
    std::vector<std::filesystem::path> folders;
    for (const auto& entry : std::filesystem::directory_iterator(gold_folder)) {
        if (entry.is_directory()) {
            folders.push_back(entry.path());
        }
    }
    std::sort(folders.begin(), folders.end());
    std::vector<GoldSet> sets;
    for (const auto& folder : folders) {
        auto set = discover_gold_set(folder);
        if (!set.documents.empty()) {
            sets.push_back(std::move(set));
        }
    }
    return sets;
}

} // namespace tandem::benchmark
