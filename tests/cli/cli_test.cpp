// SPDX-License-Identifier: GPL-3.0-or-later
#include "../test_paths.hpp"
#include "../xml_validation.hpp"
#include "run_cli.hpp"

#include <tandem/align/scoring.hpp>
#include <tandem/formats/beads.hpp>

#include <boost/test/unit_test.hpp>

#include <fstream>

namespace {

using tandem::test::run_cli;
using tandem::test::sample_dir;

const std::string source = (sample_dir / "source.ru.txt").string();
const std::string target = (sample_dir / "target.en.txt").string();

bool one_line(const std::string& text) {
    return !text.empty() && text.find('\n') == text.size() - 1;
}

} // namespace

BOOST_AUTO_TEST_SUITE(cli_usage)

BOOST_AUTO_TEST_CASE(help_and_version) {
    const auto help = run_cli({"--help"});
    BOOST_TEST(help.exit_code == 0);
    BOOST_TEST(help.out.find("align") != std::string::npos);
    const auto align_help = run_cli({"align", "--help"});
    BOOST_TEST(align_help.exit_code == 0);
    BOOST_TEST(align_help.out.find("--segmented") != std::string::npos);
    const auto version = run_cli({"--version"});
    BOOST_TEST(version.exit_code == 0);
    BOOST_TEST(version.out.starts_with("tandem "));
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
    BOOST_TEST(run_cli({}).exit_code == 2);
    BOOST_TEST(run_cli({"frobnicate"}).exit_code == 2);
    BOOST_TEST(run_cli({"align", source}).exit_code == 2);
    BOOST_TEST(run_cli({"align", source, target, "--bogus"}).exit_code == 2);
    BOOST_TEST(run_cli({"align", source, target, "--format", "docx"}).exit_code == 2);
    BOOST_TEST(run_cli({"align", source, target, "--max-link", "9"}).exit_code == 2);
    BOOST_TEST(run_cli({"align", source, target, "-s", "not a tag"}).exit_code == 2);
    BOOST_TEST(run_cli({"score", "a.beads"}).exit_code == 2);
    const auto missing_value = run_cli({"align", source, target, "-o"});
    BOOST_TEST(missing_value.exit_code == 2);
    BOOST_TEST(missing_value.err.find("needs a value") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_input_exits_1_with_one_line_naming_the_file) {
    const auto folder = tandem::test::scratch("bad-input");
    const auto empty = (folder / "empty.txt").string();
    std::ofstream(empty).close();
    const auto binary = (folder / "binary.bin").string();
    std::ofstream(binary, std::ios::binary) << std::string("\x7F" "ELF\x00\x01\x02\x03", 8);
    const auto bad_utf8 = (folder / "bad.txt").string();
    std::ofstream(bad_utf8, std::ios::binary) << "\xEF\xBB\xBFline one\nline \xC3\x28 two\n";

    for (const auto& [file, expected] :
         {std::pair{std::string("/nonexistent/x.txt"), std::string("tandem: /nonexistent/x.txt: cannot open")},
          std::pair{empty, "tandem: " + empty + ": the file is empty"},
          std::pair{binary, "tandem: " + binary + ": binary file"},
          std::pair{bad_utf8, "tandem: " + bad_utf8 + ":2:6: invalid UTF-8"}}) {
        const auto result = run_cli({"align", file, target, "-s", "ru", "-t", "en"});
        BOOST_TEST(result.exit_code == 1, file);
        BOOST_TEST(result.err.starts_with(expected), result.err);
        BOOST_TEST(one_line(result.err), result.err);
    }
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cli_align)

BOOST_AUTO_TEST_CASE(sample_end_to_end_in_every_format_so_far) {
    const auto folder = tandem::test::scratch("sample");
    const auto tmx = folder / "sample.tmx";
    const auto result = run_cli({"align", "-s", "ru", source, target, "-o", tmx.string(), "-t", "en"});
    BOOST_TEST(result.exit_code == 0, result.err);
    const auto xml = tandem::test::slurp(tmx);
    BOOST_TEST(tandem::test::dtd_errors(xml, tandem::test::shared_data / "tmx14.dtd") == "");
    BOOST_TEST(xml.find("srclang=\"ru\"") != std::string::npos);

    const auto txt = folder / "sample.txt";
    BOOST_TEST(run_cli({"align", source, target, "-s", "ru", "-t", "en", "-o", txt.string()}).exit_code == 0);
    BOOST_TEST(tandem::test::slurp(txt).find("│") != std::string::npos);

    const auto beads = folder / "sample.beads";
    BOOST_TEST(run_cli({"align", source, target, "-o", beads.string()}).exit_code == 0);
    const auto links = tandem::formats::read_beads(beads);
    const auto gold = tandem::formats::read_beads(sample_dir / "gold.beads");
    const auto scores = tandem::align::compute_scores(tandem::align::count_matches(gold, links));
    BOOST_TEST(scores.lax_f1 > 0.8);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(guessed_languages_are_stated) {
    const auto result = run_cli({"align", source, target, "--format", "beads"});
    BOOST_TEST(result.exit_code == 0);
    BOOST_TEST(result.err.find("language guessed as ru") != std::string::npos);
    BOOST_TEST(result.err.find("language guessed as en") != std::string::npos);
    BOOST_TEST(result.out.starts_with("[0]:[0]"));
}

BOOST_AUTO_TEST_CASE(failed_run_leaves_no_output_file) {
    const auto folder = tandem::test::scratch("atomic");
    const auto out = folder / "result.tmx";
    std::ofstream(out) << "previous";
    const auto result = run_cli({"align", "/nonexistent.txt", target, "-o", out.string()});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(tandem::test::slurp(out) == "previous");
    BOOST_TEST(std::distance(std::filesystem::directory_iterator(folder), {}) == 1);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(segmented_input_keeps_line_numbers) {
    const auto result = run_cli({"align", "--segmented", (sample_dir / "segments.source.txt").string(),
                                 (sample_dir / "segments.target.txt").string(), "-f", "beads", "-s", "ru", "-t", "en"});
    BOOST_TEST(result.exit_code == 0);
    const auto links = tandem::formats::parse_beads(result.out, "out");
    BOOST_TEST(links.back().source.back() == 41U);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(cli_score)

BOOST_AUTO_TEST_CASE(hand_computed_figures) {
    const auto folder = tandem::test::scratch("score");
    std::ofstream(folder / "gold") << "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[4]:[]\n";
    std::ofstream(folder / "test") << "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4]:[]\n";
    const auto result = run_cli({"score", (folder / "gold").string(), (folder / "test").string(), "--json"});
    BOOST_TEST(result.exit_code == 0);
    // strict P = 3/5, R = 2/3, F1 = 0.6316; lax P = 4/5, R = 1, F1 = 0.8889
    BOOST_TEST(result.out.find("\"strict\": {\"precision\": 0.6000, \"recall\": 0.6667, \"f1\": 0.6316}") != std::string::npos, result.out);
    BOOST_TEST(result.out.find("\"lax\": {\"precision\": 0.8000, \"recall\": 1.0000, \"f1\": 0.8889}") != std::string::npos, result.out);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(malformed_gold_is_a_located_error) {
    const auto folder = tandem::test::scratch("score-bad");
    std::ofstream(folder / "gold") << "[0]:[0]\n[1 2]:[1]\n";
    const auto result = run_cli({"score", (folder / "gold").string(), (folder / "gold").string()});
    BOOST_TEST(result.exit_code == 1);
    BOOST_TEST(result.err.find(":2:4: expected") != std::string::npos, result.err);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_SUITE_END()
