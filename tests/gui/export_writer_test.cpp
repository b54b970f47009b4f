// SPDX-License-Identifier: GPL-3.0-or-later
// Writing exports on a worker: the files appear only when complete, a cancelled export leaves the
// destination as it was, progress climbs to 1. No window needed.
#include "../test_paths.hpp"

#include "export_writer.hpp"

#include <tandem/error.hpp>
#include <tandem/formats/xces.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using namespace tandem;
namespace fs = std::filesystem;

// Three 1-1 links over two short documents.
gui::ExportSnapshot snapshot() {
    auto bitext = std::make_shared<align::Bitext>();
    bitext->source = text::segment_lines("One.\nTwo.\nThree.\n", "en", "source.en.txt");
    bitext->target = text::segment_lines("Eins.\nZwei.\nDrei.\n", "de", "target.de.txt");
    align::Alignment alignment;
    for (align::SentenceIndex i = 0; i < 3; ++i) {
        alignment.links.push_back(align::Link{{i, i + 1}, {i, i + 1}});
    }
    return {std::move(bitext), std::move(alignment), {}, {{1, "a note"}}};
}

fs::path folder() {
    auto path = fs::temp_directory_path() / ("tandem-export-writer-" + std::to_string(::getpid()));
    fs::create_directories(path);
    return path;
}

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

BOOST_AUTO_TEST_SUITE(export_writer)

BOOST_AUTO_TEST_CASE(the_file_appears_when_written_and_progress_ends_at_one) {
    const auto path = folder() / "out.tmx";
    fs::remove(path);
    gui::ExportWriter writer(path, formats::Format::tmx, snapshot());
    BOOST_TEST(!fs::exists(path)); // opened as a temporary file only
    std::vector<double> progress;
    writer.Write({}, [&](double fraction) { progress.push_back(fraction); });
    BOOST_TEST(read(path).find("Zwei.") != std::string::npos);
    BOOST_TEST_REQUIRE(!progress.empty());
    BOOST_TEST(progress.back() == 1.0);
}

BOOST_AUTO_TEST_CASE(a_cancelled_export_leaves_the_destination_untouched) {
    const auto path = folder() / "kept.tmx";
    {
        std::ofstream old(path);
        old << "earlier export";
    }
    {
        gui::ExportWriter writer(path, formats::Format::tmx, snapshot());
        std::stop_source stop;
        stop.request_stop();
        BOOST_CHECK_THROW(writer.Write(stop.get_token(), {}), Cancelled);
    }
    BOOST_TEST(read(path) == "earlier export");
    // No temporary file is left beside it once the writer is gone.
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(folder())) {
        files += entry.path().filename().string().find("kept") != std::string::npos;
    }
    BOOST_TEST(files == 1U);
}

BOOST_AUTO_TEST_CASE(xces_writes_its_two_documents_beside_the_alignment) {
    const auto path = folder() / "pair.xml";
    gui::ExportWriter writer(path, formats::Format::xces, snapshot());
    writer.Write({}, {});
    const auto files = formats::alignment_files(path, *snapshot().bitext);
    BOOST_TEST(fs::exists(files.source));
    BOOST_TEST(fs::exists(files.target));
    BOOST_TEST(read(files.alignment).find(files.source.filename().string()) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_folder_fails_when_opening) {
    BOOST_CHECK_THROW(
        gui::ExportWriter("/nonexistent-folder/out.tmx", formats::Format::tmx, snapshot()), Error);
}

BOOST_AUTO_TEST_SUITE_END()
