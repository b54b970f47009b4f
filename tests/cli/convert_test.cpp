// SPDX-License-Identifier: GPL-3.0-or-later
// `tandem convert` between formats and `tandem align` in every output format.
#include "../test_paths.hpp"
#include "../xml_validation.hpp"
#include "run_cli.hpp"

#include <tandem/formats/import.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

namespace {

using tandem::test::run_cli;

const char* const output_formats[] = {"tmx",   "xces", "intertext", "tei", "tsv",
                                      "beads", "html", "tandem",    "txt"};

} // namespace

BOOST_AUTO_TEST_SUITE(cli_convert)

BOOST_AUTO_TEST_CASE(multilingual_tmx_to_tsv_with_chosen_languages) {
    const auto folder = tandem::test::scratch("convert-tsv");
    const auto out = folder / "pair.tsv";
    const auto result = run_cli(
        {"convert",
         (tandem::test::shared_data / "tmx" / "heartsome_XuanZang_srclang-all.tmx").string(),
         out.string(), "-s", "ko", "-t", "zh-CN"});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(result.err.find("holds 6 languages; converted ko → zh-CN") != std::string::npos,
               result.err);
    const auto read = tandem::formats::read_alignment(out);
    BOOST_TEST(read.alignment.links.size() == 51U);
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(xces_to_tmx_to_project_to_xces) {
    const auto folder = tandem::test::scratch("convert-chain");
    const auto xces = tandem::test::shared_data / "xces" / "uplug-rf1988" / "data" / "xml" /
                      "de-en" / "1988.sent.xml";
    const auto tmx = folder / "rf.tmx";
    BOOST_TEST(run_cli({"convert", xces.string(), tmx.string()}).exit_code == 0);
    BOOST_TEST(tandem::test::dtd_errors(tandem::test::slurp(tmx),
                                        tandem::test::shared_data / "tmx14.dtd") == "");
    const auto project = folder / "rf.tandem";
    BOOST_TEST(run_cli({"convert", tmx.string(), project.string()}).exit_code == 0);
    const auto back = folder / "rf.xml";
    BOOST_TEST(run_cli({"convert", project.string(), back.string()}).exit_code == 0);
    BOOST_TEST(std::filesystem::exists(folder / "rf.de.xml"));
    BOOST_TEST(std::filesystem::exists(folder / "rf.en.xml"));
    const auto original = tandem::formats::read_alignment(xces);
    const auto final = tandem::formats::read_alignment(back);
    BOOST_TEST(final.alignment.links.size() == original.alignment.links.size());
    BOOST_TEST(final.bitext.source.size() == original.bitext.source.size());
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_CASE(unreadable_input_and_unknown_format_fail) {
    const auto folder = tandem::test::scratch("convert-bad");
    const auto broken = run_cli(
        {"convert", (tandem::test::test_data / "tmx" / "invalid" / "truncated.tmx").string(),
         (folder / "x.tsv").string()});
    BOOST_TEST(broken.exit_code == 1);
    BOOST_TEST(broken.err.find("truncated.tmx:4:47:") != std::string::npos, broken.err);
    BOOST_TEST(!std::filesystem::exists(folder / "x.tsv"));
    BOOST_TEST(run_cli({"convert", "a.tmx", "b.unknown"}).exit_code == 2);
    std::filesystem::remove_all(folder);
}

BOOST_DATA_TEST_CASE(align_writes_every_format, boost::unit_test::data::make(output_formats),
                     format) {
    const auto folder = tandem::test::scratch(std::string("align-") + format);
    const auto out =
        folder / (std::string("pair.") + (std::string(format) == "xces" ? "xml" : format));
    const auto sample = tandem::test::sample_dir;
    const auto result =
        run_cli({"align", (sample / "source.ru.txt").string(), (sample / "target.en.txt").string(),
                 "-s", "ru", "-t", "en", "-o", out.string(), "--format", format});
    BOOST_TEST(result.exit_code == 0, result.err);
    BOOST_TEST(std::filesystem::file_size(out) > 0U);
    const std::string name(format);
    if (name == "xces" || name == "intertext") {
        BOOST_TEST(std::filesystem::exists(folder / "pair.ru.xml"));
        BOOST_TEST(std::filesystem::exists(folder / "pair.en.xml"));
    }
    if (name != "beads" && name != "html" && name != "txt") {
        const auto read =
            tandem::formats::read_alignment(out, tandem::formats::format_from_name(name));
        BOOST_TEST(!read.alignment.links.empty());
        BOOST_TEST(read.bitext.source.size() > 10U);
    }
    std::filesystem::remove_all(folder);
}

BOOST_AUTO_TEST_SUITE_END()
