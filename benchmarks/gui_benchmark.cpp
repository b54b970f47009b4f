// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench on long synthetic alignments built from the 1984 ro-en gold set (documents and
// gold links repeated, then cut to the size asked for): time from launch to the first painted
// rows, the repaint time after scrolling one page, and how long exporting (TMX), saving the
// project and autosaving hold the UI thread (the snapshot and opening the files) against the
// whole write, which runs on a worker. Needs a display: run under xvfb-run.
//
// Usage: xvfb-run -a gui_benchmark [--screenshot FILE.png] [LINKS ...]   (default: 10000 200000)
#include "benchmark_input.hpp"

#include "bitext_view.hpp"
#include "main_frame.hpp"

#include <tandem/formats/beads.hpp>
#include <tandem/formats/export.hpp>
#include <tandem/text/segmenter.hpp>

#include <wx/app.h>
#include <wx/image.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <time.h>

namespace {

using tandem::benchmark::read_lines;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const auto launch = Clock::now();

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The gold documents and links repeated until @p size links, then cut there.
tandem::gui::AlignmentResult synthetic_pair(std::size_t size) {
    const fs::path gold = fs::path(TANDEM_SHARED_DATA_DIR) / "gold" / "1984-ro-en";
    const auto source_lines = read_lines(gold / "ro.sen");
    const auto target_lines = read_lines(gold / "en.sen");
    const auto gold_links =
        tandem::formats::to_alignment(tandem::formats::read_beads(gold / "gold.align"),
                                      source_lines.size(), target_lines.size(), "gold.align");
    tandem::align::Alignment alignment;
    for (std::uint32_t copy = 0; alignment.links.size() < size; ++copy) {
        const auto source_offset = copy * static_cast<std::uint32_t>(source_lines.size());
        const auto target_offset = copy * static_cast<std::uint32_t>(target_lines.size());
        for (auto link : gold_links.links) {
            if (alignment.links.size() == size) {
                break;
            }
            link.source = {link.source.begin + source_offset, link.source.end + source_offset};
            link.target = {link.target.begin + target_offset, link.target.end + target_offset};
            // Some doubt, so the ruler and the map have something to show.
            link.confidence = alignment.links.size() % 23 == 0 ? 0.3 : 0.92;
            alignment.links.push_back(link);
        }
    }
    const auto text_of = [](const std::vector<std::string>& lines, std::size_t count) {
        std::string text;
        for (std::size_t k = 0; k < count; ++k) {
            text += lines[k % lines.size()];
            text += '\n';
        }
        return text;
    };
    auto bitext = std::make_shared<tandem::align::Bitext>();
    bitext->source = tandem::text::segment_lines(
        text_of(source_lines, alignment.links.back().source.end), "ro", (gold / "ro.sen").string());
    bitext->target = tandem::text::segment_lines(
        text_of(target_lines, alignment.links.back().target.end), "en", (gold / "en.sen").string());
    return {std::move(bitext), std::move(alignment), {}, {}, {}};
}

void pump_until(const std::function<bool()>& done) {
    while (!done()) {
        wxTheApp->Yield(true);
    }
}

void run(std::size_t size, const wxString& screenshot) {
    const auto started = Clock::now();
    auto result = synthetic_pair(size);
    const double build_ms = milliseconds_since(started);
    const auto links = result.alignment.links.size();

    auto* frame = new tandem::gui::MainFrame(tandem::gui::WorkbenchSettings{}, false);
    frame->Show();
    pump_until([&] { return frame->IsShownOnScreen(); });
    auto& view = frame->GetView();
    const auto paints_before = view.GetPaintCount();
    const auto shown = Clock::now();
    frame->ShowResult(std::move(result));
    pump_until(
        [&] { return view.GetPaintCount() > paints_before && view.GetPaintedRowCount() > 0; });
    const double first_rows_ms = milliseconds_since(shown);
    const double since_launch_ms = milliseconds_since(launch);

    // Scroll page by page from the middle, where no row has been laid out yet.
    frame->SelectLink(links / 2);
    view.Update();
    std::vector<double> repaints;
    std::vector<double> handlers;
    std::vector<double> scrolls;
    for (int page = 0; page < 60; ++page) {
        const auto start = Clock::now();
        view.ScrollPages(1);
        scrolls.push_back(milliseconds_since(start));
        view.Refresh();
        view.Update();
        repaints.push_back(milliseconds_since(start));
        handlers.push_back(view.GetLastPaintMilliseconds());
    }
    std::sort(repaints.begin(), repaints.end());
    std::sort(handlers.begin(), handlers.end());
    std::sort(scrolls.begin(), scrolls.end());
    std::printf(
        "%8zu links: data %7.0f ms | first rows painted %6.1f ms after the result, %7.0f ms "
        "after launch\n"
        "                page scroll + repaint: median %5.2f ms, p95 %5.2f ms, max %5.2f ms; "
        "of which scrolling (row layout) %5.2f ms, the paint handler %5.2f ms (medians; %zu rows a "
        "page)\n",
        links, build_ms, first_rows_ms, since_launch_ms, repaints[repaints.size() / 2],
        repaints[repaints.size() * 95 / 100], repaints.back(), scrolls[scrolls.size() / 2],
        handlers[handlers.size() / 2], view.GetPaintedRowCount());
    // Export, save and autosave: the time the UI thread is held (ExportTo/Autosave return) and
    // the time until the worker has written the file; then what writing on the UI thread, as
    // before, would have held it for.
    const auto folder = fs::temp_directory_path();
    // On a loaded machine the wall time of a short call is mostly waiting for a core; the UI
    // thread's CPU time says what the call costs.
    const auto thread_cpu_ms = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
    };
    const auto timed_write = [&](const char* what, const std::function<bool()>& start) {
        const auto begin = Clock::now();
        const double cpu_begin = thread_cpu_ms();
        if (!start()) {
            std::printf("                %s: not started\n", what);
            return;
        }
        const double ui_ms = milliseconds_since(begin);
        const double ui_cpu_ms = thread_cpu_ms() - cpu_begin;
        pump_until([&] { return !frame->IsWriting(); });
        std::printf("                %-8s UI thread held %6.1f ms (CPU %5.1f ms), written after "
                    "%7.0f ms\n",
                    what, ui_ms, ui_cpu_ms, milliseconds_since(begin));
    };
    const auto tmx = folder / "gui-benchmark.tmx";
    const auto project = folder / "gui-benchmark.tandem";
    const auto recovery = folder / "gui-benchmark-recovery.tandem";
    timed_write("export", [&] {
        return frame->ExportTo(tandem::formats::Format::tmx, wxString::FromUTF8(tmx.string()));
    });
    timed_write("save", [&] { return frame->SaveProject(wxString::FromUTF8(project.string())); });
    frame->SetBookmark(0, wxT("benchmark")); // an unsaved edit, so that autosave writes
    frame->SetAutosave(wxString::FromUTF8(recovery.string()), 0);
    timed_write("autosave", [&] { return frame->Autosave(); });
    {
        const auto& model = *frame->GetModel();
        const auto begin = Clock::now();
        const double cpu_begin = thread_cpu_ms();
        tandem::formats::export_alignment(
            tmx, tandem::formats::Format::tmx,
            {model.GetBitext(), model.GetAlignment(), model.GetMarkers()});
        std::printf("                (writing the TMX on the UI thread, as before, held it %7.0f "
                    "ms, CPU %7.0f ms)\n",
                    milliseconds_since(begin), thread_cpu_ms() - cpu_begin);
    }
    for (const auto& file : {tmx, project, recovery}) {
        fs::remove(file);
    }

    if (!screenshot.empty()) {
        // Show a gap: select the first 1-0 or 0-1 link.
        const auto& all = frame->GetModel()->GetAlignment().links;
        const auto gap = std::find_if(all.begin(), all.end(), [](const tandem::align::Link& link) {
            return link.source.empty() || link.target.empty();
        });
        frame->SelectLink(static_cast<std::size_t>(gap - all.begin()) % all.size());
        wxTheApp->Yield(true);
        frame->SaveScreenshot(screenshot);
    }
    frame->Destroy();
    wxTheApp->Yield(true);
}

} // namespace

int main(int argc, char** argv) {
    wxApp::SetInstance(new wxApp);
    int wx_argc = 1; // our own arguments are not wx's
    if (!wxEntryStart(wx_argc, argv) || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr,
                     "gui_benchmark: wxWidgets could not start (no display? use xvfb-run)\n");
        return 1;
    }
    wxInitAllImageHandlers();
    std::printf("wx started %.0f ms after launch\n", milliseconds_since(launch));
    std::vector<std::size_t> sizes;
    wxString screenshot;
    for (int k = 1; k < argc; ++k) {
        const std::string argument = argv[k];
        if (argument == "--screenshot" && k + 1 < argc) {
            screenshot = wxString::FromUTF8(argv[++k]);
        } else {
            sizes.push_back(std::stoul(argument));
        }
    }
    if (sizes.empty()) {
        sizes = {10'000, 200'000};
    }
    for (const auto size : sizes) {
        run(size, screenshot);
    }
    wxEntryCleanup();
    return 0;
}
