// SPDX-License-Identifier: GPL-3.0-or-later
// Interpretations are shorter than their source: every gold set made 40 % shorter on the target
// side (the target sentence of 2 in 5 gold 1-1 links dropped), aligned with the defaults. Prints per
// set the share of the orphaned source sentences that come out as 1-0 links, the strict F1 of the
// whole alignment against the gold renumbered for the shortened target (orphans as 1-0 links), and
// for comparison the strict F1 on the unshortened pair.
//
// Usage: gap_benchmark [GOLD_FOLDER]
#include "../tests/shortened_pair.hpp"
#include "benchmark_input.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/formats/document_loader.hpp>

#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using tandem::align::IndexLink;

tandem::text::Document load(const fs::path& file, const std::string& language) {
    tandem::formats::LoadOptions options;
    options.language = language;
    options.segmented = true;
    return tandem::formats::load_text_document(file, options).document;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path gold_folder = argc > 1 ? fs::path(argv[1]) : fs::path(TANDEM_SHARED_DATA_DIR) / "gold";
    std::printf("| set | source | target → shortened | orphans | as 1-0 | share | strict F1 | "
                "strict F1 unshortened |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const auto& set : tandem::benchmark::discover_gold_sets(gold_folder)) {
        std::size_t source_sentences = 0;
        std::size_t target_before = 0;
        std::size_t target_after = 0;
        std::size_t orphans = 0;
        std::size_t found = 0;
        tandem::align::ScoreCounts counts;
        tandem::align::ScoreCounts full_counts;
        for (const auto& document : set.documents) {
            const auto gold = tandem::formats::read_beads(document.gold);
            const tandem::align::Bitext full{load(document.source, set.source_language),
                                             load(document.target, set.target_language)};
            full_counts += tandem::align::count_matches(
                gold, tandem::formats::to_index_links(tandem::align::align(full)));
            const auto shortened = tandem::test::shorten(full, gold);
            const auto alignment = tandem::align::align(shortened.bitext);
            for (const auto& link : alignment.links) {
                if (link.target.empty() && link.source.size() == 1 &&
                    shortened.orphans.contains(link.source.begin)) {
                    ++found;
                }
            }
            source_sentences += shortened.bitext.source.size();
            target_before += shortened.original_target;
            target_after += shortened.bitext.target.size();
            orphans += shortened.orphans.size();
            counts += tandem::align::count_matches(shortened.gold,
                                                   tandem::formats::to_index_links(alignment));
        }
        std::printf("| %s | %zu | %zu → %zu | %zu | %zu | %.3f | %.4f | %.4f |\n", set.name.c_str(),
                    source_sentences, target_before, target_after, orphans, found,
                    orphans > 0 ? static_cast<double>(found) / static_cast<double>(orphans) : 0.0,
                    tandem::align::compute_scores(counts).strict_f1,
                    tandem::align::compute_scores(full_counts).strict_f1);
    }
    return 0;
}
