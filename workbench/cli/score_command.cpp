// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.hpp"

#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>

#include <cstdio>
#include <ostream>

namespace tandem::cli {

const CommandSpec score_spec{
    "score",
    "GOLD TEST [GOLD TEST ...] [options]",
    "Score alignments against gold alignments (strict and lax precision, recall, F1).",
    "Each GOLD and TEST is a beads file (one link per line, [i, j]:[k]). Counts are summed over "
    "all pairs before precision, recall and F1 are computed. Strict: a link is right only if it "
    "equals a gold link. Lax: its source and target ids each overlap the same single gold link. "
    "Precision counts every produced link, 1-0 and 0-1 included; recall counts gold links with "
    "sentences on both sides.",
    {{"json", 0, "", "print the figures as JSON"}},
    2,
    1U << 20U,
};

int run_score(const ParsedArguments& arguments, Console& console) {
    const auto& files = arguments.arguments();
    if (files.size() % 2 != 0) {
        throw UsageError("score takes GOLD TEST pairs; got an odd number of files");
    }
    align::ScoreCounts counts;
    for (std::size_t i = 0; i < files.size(); i += 2) {
        counts += align::count_matches(formats::read_beads(files[i]), formats::read_beads(files[i + 1]));
    }
    const auto scores = align::compute_scores(counts);
    const char* format = arguments.has("json")
                             ? "{\"strict\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}, "
                               "\"lax\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}, "
                               "\"produced\": %zu, \"gold\": %zu}\n"
                             : "         precision  recall     F1\n"
                               "strict   %9.4f  %6.4f  %6.4f\n"
                               "lax      %9.4f  %6.4f  %6.4f\n"
                               "(%zu links produced, %zu gold links with both sides)\n";
    char text[320];
    std::snprintf(text, sizeof text, format, scores.strict_precision, scores.strict_recall,
                  scores.strict_f1, scores.lax_precision, scores.lax_recall, scores.lax_f1,
                  counts.produced, counts.gold);
    console.out << text;
    return exit_ok;
}

} // namespace tandem::cli
