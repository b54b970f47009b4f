// SPDX-License-Identifier: GPL-3.0-or-later
// Write → read → compare for every readable format, plus the checks of other tools: our TMX
// against the TMX 1.4b DTD and through Translate Toolkit, our XCES ids against our documents.
#include "../test_paths.hpp"
#include "../xml_validation.hpp"

#include <tandem/formats/export.hpp>
#include <tandem/formats/import.hpp>
#include <tandem/formats/project.hpp>
#include <tandem/formats/xces.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <unistd.h>

namespace {

using namespace tandem;
using formats::Format;

align::Bitext sample_bitext() {
    return {text::segment_text("Первое предложение. Второе & <предложение>!\n\nТретий абзац.\n",
                               "ru", "src.txt"),
            text::segment_text("First \"sentence\".\n\nSecond. Third one.\n", "en", "tgt.txt")};
}

align::Alignment sample_alignment() {
    align::Alignment alignment;
    alignment.links = {{{0, 2}, {0, 1}, 0.75, align::LinkStatus::confirmed},
                       {{2, 3}, {1, 1}, 0.5, align::LinkStatus::automatic},
                       {{3, 3}, {1, 2}, 0.25, align::LinkStatus::automatic},
                       {{3, 3}, {2, 3}, 1.0, align::LinkStatus::confirmed}};
    return alignment;
}

std::vector<divergence::Marker> sample_markers() {
    return {{divergence::MarkerKind::merge,
             divergence::Severity::info,
             0,
             {},
             {},
             "Two source sentences, one target sentence."},
            {divergence::MarkerKind::omission,
             divergence::Severity::warning,
             1,
             {{2, {0, 12}}},
             {},
             "Source sentence 3 has no counterpart."}};
}

/// A scratch folder removed at the end of the test.
struct ScratchFolder {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("tandem-round-trip-" + std::to_string(::getpid()));
    ScratchFolder() { std::filesystem::create_directories(path); }
    ~ScratchFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

struct FormatCase {
    Format format;
    const char* file;
    bool status;            // the format keeps the review status
    bool markers;           // the format keeps the markers
    bool ids;               // the format keeps sentence ids
    bool confidence = true; // the format keeps the confidence
};

std::ostream& operator<<(std::ostream& out, const FormatCase& c) {
    return out << c.file;
}

const FormatCase format_cases[] = {
    {Format::tmx, "out.tmx", true, true, false},
    {Format::xces, "out.xml", false, false, true},
    {Format::intertext, "out.alignment.xml", true, false, true, false},
    {Format::tei, "out.tei", true, false, true},
    {Format::tsv, "out.tsv", true, false, true},
    {Format::tandem, "out.tandem", true, true, true},
};

formats::ImportedAlignment write_and_read(const FormatCase& c, const ScratchFolder& folder) {
    const auto bitext = sample_bitext();
    const auto alignment = sample_alignment();
    const auto markers = sample_markers();
    formats::export_alignment(folder.path / c.file, c.format, {bitext, alignment, markers});
    return formats::read_alignment(folder.path / c.file);
}

std::string run_python(const std::string& script, const std::filesystem::path& argument) {
    const std::string command =
        "/usr/bin/python3 -c '" + script + "' '" + argument.string() + "' 2>&1";
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), &pclose);
    BOOST_REQUIRE(pipe);
    std::string output;
    char buffer[4096];
    while (const auto read = std::fread(buffer, 1, sizeof buffer, pipe.get())) {
        output.append(buffer, read);
    }
    return output;
}

} // namespace

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_DATA_TEST_CASE(write_read_compare, boost::unit_test::data::make(format_cases), c) {
    ScratchFolder folder;
    const auto result = write_and_read(c, folder);
    const auto bitext = sample_bitext();
    const auto alignment = sample_alignment();
    for (const auto& [read, written] : {std::pair{&result.bitext.source, &bitext.source},
                                        std::pair{&result.bitext.target, &bitext.target}}) {
        BOOST_REQUIRE_EQUAL(read->size(), written->size());
        if (c.format != Format::tsv) { // TSV languages are guessed, and these texts are short
            BOOST_TEST(read->language == written->language);
        }
        for (std::size_t i = 0; i < read->size(); ++i) {
            BOOST_TEST(read->sentences[i].text == written->sentences[i].text);
            if (c.ids) {
                BOOST_TEST(read->sentences[i].id == written->sentences[i].id);
            }
        }
    }
    BOOST_REQUIRE_EQUAL(result.alignment.links.size(), alignment.links.size());
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& read = result.alignment.links[k];
        const auto& written = alignment.links[k];
        BOOST_TEST((read.source == written.source));
        BOOST_TEST((read.target == written.target));
        if (c.confidence) {
            BOOST_TEST(read.confidence == written.confidence);
        }
        if (c.status) {
            BOOST_TEST((read.status == written.status));
        }
    }
    if (c.markers) {
        const auto markers = sample_markers();
        BOOST_REQUIRE_EQUAL(result.markers.size(), markers.size());
        for (std::size_t m = 0; m < markers.size(); ++m) {
            BOOST_TEST((result.markers[m].kind == markers[m].kind));
            BOOST_TEST(result.markers[m].link == markers[m].link);
            BOOST_TEST(result.markers[m].explanation == markers[m].explanation);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()

// The `.tandem` project file on its own, so `ctest -R project` runs it.
BOOST_AUTO_TEST_SUITE(project_round_trip)

BOOST_AUTO_TEST_CASE(project_restores_everything) {
    ScratchFolder folder;
    formats::Project project{sample_bitext(),
                             sample_alignment(),
                             sample_markers(),
                             {{1, "check the\nomission"}, {3, ""}},
                             {}};
    project.settings.max_link = 4;
    project.settings.use_dictionaries = false;
    project.settings.dictionaries = {"/usr/share/dictd/rus-eng.index"};
    project.settings.fixed_links = {project.alignment.links[0]};
    project.settings.threads = 2;
    project.alignment.links[1].confidence = 0.1 + 0.2; // not exactly representable in 3 digits
    formats::save_project(folder.path / "p.tandem", project);
    const auto read = formats::read_project(folder.path / "p.tandem");
    for (const auto& [a, b] : {std::pair{&read.bitext.source, &project.bitext.source},
                               std::pair{&read.bitext.target, &project.bitext.target}}) {
        BOOST_TEST(a->name == b->name);
        BOOST_TEST(a->language == b->language);
        BOOST_TEST(a->text == b->text);
        BOOST_REQUIRE_EQUAL(a->size(), b->size());
        for (std::size_t i = 0; i < a->size(); ++i) {
            BOOST_TEST(a->sentences[i].id == b->sentences[i].id);
            BOOST_TEST(a->sentences[i].text == b->sentences[i].text);
            BOOST_TEST((a->sentences[i].range == b->sentences[i].range));
            BOOST_TEST((a->sentences[i].role == b->sentences[i].role));
            BOOST_TEST(a->sentences[i].paragraph == b->sentences[i].paragraph);
        }
    }
    BOOST_TEST((read.alignment.links == project.alignment.links));
    BOOST_TEST((read.markers == project.markers));
    BOOST_TEST((read.bookmarks == project.bookmarks));
    BOOST_TEST(read.settings.max_link == 4U);
    BOOST_TEST(!read.settings.use_dictionaries);
    BOOST_TEST(read.settings.learn_lexicon);
    BOOST_TEST(read.settings.threads == 2U);
    BOOST_TEST((read.settings.dictionaries == project.settings.dictionaries));
    BOOST_TEST((read.settings.fixed_links == project.settings.fixed_links));
}

BOOST_AUTO_TEST_CASE(newer_project_versions_are_refused) {
    ScratchFolder folder;
    std::ofstream(folder.path / "new.tandem") << "<tandem-project version=\"99\"/>";
    BOOST_CHECK_THROW((void)formats::read_project(folder.path / "new.tandem"), Error);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(round_trip)

BOOST_AUTO_TEST_CASE(tmx_is_dtd_valid_and_translate_toolkit_reads_it) {
    ScratchFolder folder;
    const auto path = folder.path / "out.tmx";
    formats::export_alignment(path, Format::tmx,
                              {sample_bitext(), sample_alignment(), sample_markers()});
    std::ifstream in(path);
    const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_TEST(test::dtd_errors(xml, test::shared_data / "tmx14.dtd") == "");
    const auto output = run_python("import sys\n"
                                   "from translate.storage import tmx\n"
                                   "from translate.misc.xml_helpers import getXMLlang\n"
                                   "st = tmx.tmxfile.parsefile(sys.argv[1])\n"
                                   "for u in st.units: print([getXMLlang(n) for n in "
                                   "u.getlanguageNodes()], u.source, \"=>\", u.target)\n",
                                   path);
    BOOST_TEST(
        output.find(
            "['ru', 'en'] Первое предложение. Второе & <предложение>! => First \"sentence\".") !=
            std::string::npos,
        output);
    BOOST_TEST(output.find("['ru'] Третий абзац.") != std::string::npos, output);
}

BOOST_AUTO_TEST_CASE(xces_ids_all_resolve_in_our_documents) {
    ScratchFolder folder;
    const auto bitext = sample_bitext();
    formats::export_alignment(folder.path / "pair.xml", Format::xces, {bitext, sample_alignment()});
    const auto files = formats::alignment_files(folder.path / "pair.xml", bitext);
    BOOST_TEST(files.source.filename() == "pair.ru.xml");
    BOOST_TEST(std::filesystem::exists(files.source));
    BOOST_TEST(std::filesystem::exists(files.target));
    const auto parsed = formats::parse_xces_links(files.alignment);
    std::vector<Diagnostic> diagnostics;
    const auto source = formats::read_xces_document(files.source, diagnostics);
    const auto target = formats::read_xces_document(files.target, diagnostics);
    const auto has = [](const text::Document& document, const std::string& id) {
        for (const auto& sentence : document.sentences) {
            if ("s" + std::to_string(sentence.id) == id) {
                return true;
            }
        }
        return false;
    };
    BOOST_REQUIRE_EQUAL(parsed.groups.size(), 1U);
    BOOST_TEST(parsed.groups[0].from_doc == "pair.ru.xml");
    for (const auto& link : parsed.groups[0].links) {
        for (const auto& id : link.first) {
            BOOST_TEST(has(source, id), id);
        }
        for (const auto& id : link.second) {
            BOOST_TEST(has(target, id), id);
        }
    }
}

BOOST_AUTO_TEST_CASE(html_report_is_self_contained_and_well_formed) {
    std::ostringstream out;
    const auto bitext = sample_bitext();
    const auto alignment = sample_alignment();
    const auto markers = sample_markers();
    formats::write_alignment(out, Format::html, {bitext, alignment, markers});
    const std::string html = out.str();
    BOOST_TEST(test::dtd_errors(html, test::shared_data / "tmx14.dtd").find("cannot parse") ==
               std::string::npos);
    BOOST_TEST(html.find("src=") == std::string::npos);
    BOOST_TEST(html.find("<link") == std::string::npos);
    BOOST_TEST(html.find("@media print") != std::string::npos);
    BOOST_TEST(html.find("<tr><td>2-1 links</td><td>1</td></tr>") != std::string::npos);
    BOOST_TEST(html.find("omission (warning)") != std::string::npos);
    BOOST_TEST(html.find("Source sentence 3 has no counterpart.") != std::string::npos);
    BOOST_TEST(html.find("id=\"l4\"") != std::string::npos);
    BOOST_TEST(html.find("<mark class=\"warning\">Третий</mark>") != std::string::npos);
}

/// carries_markers() lets `tandem align` skip the analysis; it must say which writers use markers.
BOOST_DATA_TEST_CASE(carries_markers_matches_what_each_writer_stores,
                     boost::unit_test::data::make(formats::format_names()), name) {
    const Format format = *formats::format_from_name(name);
    std::ostringstream out;
    const auto bitext = sample_bitext();
    const auto alignment = sample_alignment();
    const auto markers = sample_markers();
    formats::write_alignment(out, format, {bitext, alignment, markers});
    const bool stored = out.str().find("no counterpart") != std::string::npos;
    BOOST_TEST(stored == formats::carries_markers(format), name);
}

BOOST_AUTO_TEST_CASE(intertext_lists_target_ids_first_with_status) {
    std::ostringstream out;
    const auto bitext = sample_bitext();
    const std::vector<session::Bookmark> bookmarks{{1, ""}};
    formats::write_intertext(out, bitext, sample_alignment(), "a.ru.xml", "a.en.xml", bookmarks);
    BOOST_TEST(out.str().find("<link type=\"1-2\" xtargets=\"s0;s0 s1\" status=\"man\"/>") !=
                   std::string::npos,
               out.str());
    BOOST_TEST(out.str().find("xtargets=\";s2\" status=\"auto\" mark=\"1\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(tei_joins_multi_sentence_sides) {
    std::ostringstream out;
    formats::write_alignment(out, Format::tei, {sample_bitext(), sample_alignment()});
    BOOST_TEST(out.str().find("<join xml:id=\"j1\" target=\"#s0 #s1\"/>") != std::string::npos);
    BOOST_TEST(out.str().find("<link type=\"2-1\" target=\"#j1 #t0\"") != std::string::npos);
    BOOST_TEST(out.str().find("<linkGrp type=\"alignment\">") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
