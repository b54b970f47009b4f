// SPDX-License-Identifier: GPL-3.0-or-later
// `tandem check` and the divergence analysis on the bundled sample, whose divergences.tsv lists
// every divergence written into it on purpose.
#include "../test_paths.hpp"
#include "run_cli.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace {

using tandem::divergence::Marker;
using tandem::test::run_cli;
using tandem::test::sample_dir;

/// One row of divergences.tsv.
struct Planted {
    std::string kind;
    std::vector<unsigned> source;
    std::vector<unsigned> target;
};

std::vector<unsigned> ids(const std::string& list) {
    std::vector<unsigned> result;
    std::stringstream in(list);
    std::string id;
    while (std::getline(in, id, ',')) {
        result.push_back(static_cast<unsigned>(std::stoul(id)));
    }
    return result;
}

std::vector<Planted> planted() {
    std::stringstream in(tandem::test::slurp(sample_dir / "divergences.tsv"));
    std::string line;
    std::getline(in, line); // header
    std::vector<Planted> rows;
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        std::string kind, source, target;
        std::getline(fields, kind, '\t');
        std::getline(fields, source, '\t');
        std::getline(fields, target, '\t');
        rows.push_back({kind, ids(source), ids(target)});
    }
    return rows;
}

tandem::align::Bitext sample() {
    return {tandem::text::segment_lines(tandem::test::slurp(sample_dir / "segments.source.txt"), "ru", "source"),
            tandem::text::segment_lines(tandem::test::slurp(sample_dir / "segments.target.txt"), "en", "target")};
}

/// True when a marker of the row's kind sits on a link holding the row's sentences.
bool found(const Planted& row, const tandem::align::Alignment& alignment, const std::vector<Marker>& markers) {
    return std::any_of(markers.begin(), markers.end(), [&](const Marker& marker) {
        const auto& link = alignment.links.at(marker.link);
        const auto inside = [](const tandem::align::Span& span, const std::vector<unsigned>& wanted) {
            return std::all_of(wanted.begin(), wanted.end(),
                               [&](unsigned id) { return id >= span.begin && id < span.end; });
        };
        return to_string(marker.kind) == row.kind && inside(link.source, row.source) &&
               inside(link.target, row.target);
    });
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_check)

BOOST_AUTO_TEST_CASE(sample_gold_alignment_shows_every_planted_divergence) {
    const auto bitext = sample();
    const auto alignment = tandem::formats::to_alignment(
        tandem::formats::read_beads(sample_dir / "gold.beads"), bitext.source.size(), bitext.target.size(), "gold");
    const auto markers = tandem::divergence::find_divergences(bitext, alignment);
    const auto rows = planted();
    BOOST_TEST_REQUIRE(rows.size() == 12U);
    for (const auto& row : rows) {
        BOOST_TEST(found(row, alignment, markers), row.kind << " at source " << row.source.size()
                                                            << " / target " << row.target.size() << " ids");
    }
    // Nothing else on the gold alignment reaches warning.
    const auto warnings = std::count_if(markers.begin(), markers.end(), [](const Marker& m) {
        return m.severity >= tandem::divergence::Severity::warning;
    });
    // Three omissions, the wrong number, the dropped name (`Icelandic` is explained by the CLDR
    // country names, `исландских` ↔ `Iceland`) and the untranslated proverb.
    BOOST_TEST(warnings == 6);
}

BOOST_AUTO_TEST_CASE(sample_automatic_alignment_shows_planted_divergences) {
    const auto bitext = sample();
    const auto alignment = tandem::align::align(bitext);
    const auto markers = tandem::divergence::find_divergences(bitext, alignment);
    for (const auto& row : planted()) {
        // The closing `Thank you.` (10 characters) is glued to the sentence before it by the
        // aligner, and too short for the lengths to tell.
        if (row.kind == "addition") {
            continue;
        }
        BOOST_TEST(found(row, alignment, markers), row.kind << " with " << row.source.size() << '/'
                                                            << row.target.size() << " ids");
    }
}

BOOST_AUTO_TEST_CASE(json_report_filters_and_exit_codes) {
    const std::vector<std::string> input{"check", (sample_dir / "segments.source.txt").string(),
                                         (sample_dir / "segments.target.txt").string(),
                                         "--segmented", "-s", "ru", "-t", "en",
                                         "--alignment", (sample_dir / "gold.beads").string()};
    auto arguments = input;
    arguments.insert(arguments.end(), {"--json", "--kinds", "number,omission"});
    const auto json = run_cli(arguments);
    BOOST_TEST(json.exit_code == 0, json.err);
    BOOST_TEST(json.out.find("\"kind\": \"number\"") != std::string::npos);
    BOOST_TEST(json.out.find("\"kind\": \"omission\"") != std::string::npos);
    BOOST_TEST(json.out.find("\"kind\": \"name\"") == std::string::npos);
    BOOST_TEST(json.out.find("\"explanation\": \"'двадцать семь' (27) in the source, 25 in the target.\"") !=
               std::string::npos);

    arguments = input;
    arguments.insert(arguments.end(), {"--fail-on", "error"});
    const auto report = run_cli(arguments);
    BOOST_TEST(report.exit_code == 3);
    BOOST_TEST(report.out.find("error (1)") == 0U);
    BOOST_TEST(report.out.find("untranslated") != std::string::npos);

    arguments = input;
    arguments.insert(arguments.end(), {"--fail-on", "error", "--kinds", "merge,split"});
    BOOST_TEST(run_cli(arguments).exit_code == 0);

    arguments = input;
    arguments.insert(arguments.end(), {"--kinds", "omissions"});
    BOOST_TEST(run_cli(arguments).exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
