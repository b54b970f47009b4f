// SPDX-License-Identifier: GPL-3.0-or-later
// The editing session on a 200k-link project: the time of one edit plus what a view does with its
// Change (the text of the changed rows), of its undo, and of "re-align the rest". The project is
// the hand-aligned 1984 ro-en gold set (MULTEXT-East, ../shared/data, read in place) repeated
// until it has 200k links; sentences the gold leaves out become gaps.
//
// After an edit the workbench also recomputes the divergence markers of the links it touched,
// analysing them with marker_context_links (100) links either side (workbench/gui/review_model.cpp
// UpdateMarkers); the benchmark runs divergence::Analyzer on the same window.
//
// Re-alignment first builds the session's engine context once (EditSession::prepare_realign():
// analysis, dictionaries, first pass and learning over the whole project), then every "re-align
// the rest" searches in it.
//
// Usage: session_benchmark [LINKS]   (default 200000). Prints milliseconds per operation (median
// of 15 runs for edits) and seconds for re-alignment, wall and process CPU (all threads).
#include "benchmark_input.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/session/edit_session.hpp>
#include <tandem/text/segmenter.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using tandem::benchmark::read_lines;

namespace fs = std::filesystem;
using tandem::align::Link;
using tandem::align::SentenceIndex;
using tandem::session::Change;
using tandem::session::EditSession;
using tandem::session::Side;
using Clock = std::chrono::steady_clock;

const fs::path gold_dir = fs::path(TANDEM_SHARED_DATA_DIR) / "gold" / "1984-ro-en";

/// The numbers in a gold list such as `[6, 7]`.
std::vector<SentenceIndex> numbers(const std::string& list) {
    std::vector<SentenceIndex> result;
    std::istringstream in(list.substr(1, list.size() - 2));
    for (std::string item; std::getline(in, item, ',');) {
        result.push_back(static_cast<SentenceIndex>(std::stoul(item)));
    }
    return result;
}

/// The gold links as a covering alignment of @p n × @p m sentences, repeated @p copies times.
std::vector<Link> gold_links(std::size_t n, std::size_t m, std::size_t copies) {
    std::vector<Link> one;
    SentenceIndex source = 0;
    SentenceIndex target = 0;
    const auto fill = [&](SentenceIndex source_to, SentenceIndex target_to) {
        for (; source < source_to; ++source) {
            one.push_back({{source, source + 1}, {target, target}, 1.0, {}});
        }
        for (; target < target_to; ++target) {
            one.push_back({{source, source}, {target, target + 1}, 1.0, {}});
        }
    };
    for (const auto& line : read_lines(gold_dir / "gold.align")) {
        const auto colon = line.find("]:[");
        const auto s = numbers(line.substr(0, colon + 1));
        const auto t = numbers(line.substr(colon + 2));
        const SentenceIndex s_begin = s.empty() ? source : s.front();
        const SentenceIndex t_begin = t.empty() ? target : t.front();
        if (s_begin < source || t_begin < target) {
            continue; // a crossing gold link: its sentences become gaps
        }
        fill(s_begin, t_begin);
        const SentenceIndex s_end = s.empty() ? source : s.back() + 1;
        const SentenceIndex t_end = t.empty() ? target : t.back() + 1;
        one.push_back({{source, s_end}, {target, t_end}, 1.0, {}});
        source = s_end;
        target = t_end;
    }
    fill(static_cast<SentenceIndex>(n), static_cast<SentenceIndex>(m));
    std::vector<Link> links;
    links.reserve(one.size() * copies);
    for (std::size_t c = 0; c < copies; ++c) {
        const auto ds = static_cast<SentenceIndex>(c * n);
        const auto dt = static_cast<SentenceIndex>(c * m);
        for (Link link : one) {
            link.source = {link.source.begin + ds, link.source.end + ds};
            link.target = {link.target.begin + dt, link.target.end + dt};
            links.push_back(link);
        }
    }
    return links;
}

std::string repeated(const std::vector<std::string>& lines, std::size_t copies) {
    std::string text;
    for (std::size_t c = 0; c < copies; ++c) {
        for (const auto& line : lines) {
            text += line;
            text += '\n';
        }
    }
    return text;
}

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// What a view does with a Change: fetch the text of every inserted row.
std::size_t view_update(const EditSession& session, const Change& change) {
    std::size_t bytes = 0;
    for (std::size_t row = change.first_link; row < change.first_link + change.links_inserted;
         ++row) {
        const Link& link = session.link(row);
        bytes += tandem::align::span_text(session.bitext().source, link.source).size();
        bytes += tandem::align::span_text(session.bitext().target, link.target).size();
    }
    return bytes;
}

/// Process CPU time (every thread) in seconds.
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

/// Links either side of an edit that the workbench analyses with it (gui::marker_context_links).
constexpr std::size_t marker_context_links = 100;

/// What the workbench does for markers after an edit (UpdateMarkers): analyse the window of links
/// around the changed ones, as a bitext of their own sentences. Returns the markers found on the
/// changed links.
std::size_t update_markers(const EditSession& session, const Change& change,
                           tandem::divergence::Analyzer& analyzer) {
    if (change.links_inserted == 0) {
        return 0;
    }
    const auto& links = session.alignment().links;
    const auto changed_end = change.first_link + change.links_inserted;
    const auto first = change.first_link - std::min(change.first_link, marker_context_links);
    const auto end = std::min(links.size(), changed_end + marker_context_links);
    const auto source_first = links[first].source.begin;
    const auto target_first = links[first].target.begin;
    const auto part = [](const tandem::text::Document& document, SentenceIndex begin,
                         SentenceIndex stop) {
        tandem::text::Document copy;
        copy.name = document.name;
        copy.language = document.language;
        copy.sentences.assign(document.sentences.begin() + begin,
                              document.sentences.begin() + stop);
        return copy;
    };
    const tandem::align::Bitext window{
        part(session.bitext().source, source_first, links[end - 1].source.end),
        part(session.bitext().target, target_first, links[end - 1].target.end)};
    tandem::align::Alignment window_links;
    window_links.links.assign(links.begin() + static_cast<std::ptrdiff_t>(first),
                              links.begin() + static_cast<std::ptrdiff_t>(end));
    for (auto& link : window_links.links) {
        link.source = {link.source.begin - source_first, link.source.end - source_first};
        link.target = {link.target.begin - target_first, link.target.end - target_first};
    }
    std::size_t found = 0;
    for (const auto& marker : analyzer.analyze(window, window_links)) {
        if (marker.link + first >= change.first_link && marker.link + first < changed_end) {
            ++found;
        }
    }
    return found;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Times @p edit (plus the view update, then plus the markers) and its undo, 15 times each.
void time_edit(EditSession& session, tandem::divergence::Analyzer& analyzer, const char* name,
               const std::function<Change(EditSession&)>& edit) {
    std::vector<double> edits;
    std::vector<double> with_markers;
    std::vector<double> undos;
    std::size_t bytes = 0;
    std::size_t markers = 0;
    for (int run = 0; run < 15; ++run) {
        auto start = Clock::now();
        const Change change = edit(session);
        if (change.empty()) {
            std::fprintf(stderr, "%s changed nothing\n", name);
            std::exit(1);
        }
        bytes += view_update(session, change);
        edits.push_back(milliseconds_since(start));
        markers += update_markers(session, change, analyzer);
        with_markers.push_back(milliseconds_since(start));
        start = Clock::now();
        bytes += view_update(session, session.undo());
        undos.push_back(milliseconds_since(start));
    }
    std::printf("  %-22s %8.3f ms %8.3f ms   undo %7.3f ms   (%zu bytes shown, %zu markers)\n",
                name, median(edits), median(with_markers), median(undos), bytes, markers);
}

/// Plans, runs and applies one re-alignment, printing each step.
void time_realign(EditSession& session, const char* name, std::size_t first_row) {
    const double cpu = cpu_seconds();
    auto start = Clock::now();
    const auto job = session.plan_realign(first_row);
    const double plan = milliseconds_since(start);
    start = Clock::now();
    auto result = tandem::session::run_realign(job, {});
    const double run = milliseconds_since(start);
    start = Clock::now();
    const Change change = session.apply_realign(std::move(result));
    const double apply = milliseconds_since(start);
    const double cpu_used = cpu_seconds() - cpu;
    start = Clock::now();
    (void)session.undo();
    const double undo = milliseconds_since(start);
    std::printf("  %-28s %7.3f s wall, %6.3f s CPU (plan %.1f ms, engine %.1f ms, apply %.1f ms);"
                " %zu regions, %zu -> %zu rows; undo %.1f ms\n",
                name, (plan + run + apply) / 1000.0, cpu_used, plan, run, apply,
                job.regions.size(), change.links_removed, change.links_inserted, undo);
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t wanted = argc > 1 ? std::stoul(argv[1]) : 200'000;
    const auto source_lines = read_lines(gold_dir / "ro.sen");
    const auto target_lines = read_lines(gold_dir / "en.sen");
    const std::size_t per_copy = gold_links(source_lines.size(), target_lines.size(), 1).size();
    const std::size_t copies = (wanted + per_copy - 1) / per_copy;

    auto start = Clock::now();
    tandem::align::Bitext bitext{
        tandem::text::segment_lines(repeated(source_lines, copies), "ro", "ro.sen"),
        tandem::text::segment_lines(repeated(target_lines, copies), "en", "en.sen")};
    tandem::align::Alignment alignment{
        gold_links(source_lines.size(), target_lines.size(), copies)};
    // Every 100th link confirmed, as after a first review pass.
    for (std::size_t row = 0; row < alignment.links.size(); row += 100) {
        alignment.links[row].status = tandem::align::LinkStatus::confirmed;
    }
    EditSession session(std::move(bitext), std::move(alignment));
    std::printf("project: %zu links, %zu + %zu sentences (1984 ro-en gold x %zu), built in %.0f "
                "ms\n",
                session.size(), session.bitext().source.size(), session.bitext().target.size(),
                copies, milliseconds_since(start));

    // A 1-1 row in the middle whose neighbour is not confirmed, so that every edit applies.
    std::size_t row = session.size() / 2;
    while (session.link(row).type() != "1-1" || row % 100 == 0 || row % 100 == 99) {
        ++row;
    }
    const auto sentence = session.link(row).source.begin;
    // The workbench builds its analyzer once per opened bitext (it reads the dictionaries).
    tandem::divergence::Analyzer analyzer(session.bitext().source.language,
                                          session.bitext().target.language);
    std::printf("edits at row %zu (median of 15): edit + view update, edit + view update + "
                "markers (%zu links either side), undo + view update\n",
                row, marker_context_links);
    time_edit(session, analyzer, "merge with next", [&](EditSession& s) { return s.merge_with_next(row); });
    time_edit(session, analyzer, "split link", [&](EditSession& s) { return s.split_link(row, 1, 0); });
    time_edit(session, analyzer, "move first source up",
              [&](EditSession& s) { return s.move_first_up(row, Side::source); });
    time_edit(session, analyzer, "insert gap",
              [&](EditSession& s) { return s.insert_gap(Side::source, sentence); });
    time_edit(session, analyzer, "unlink", [&](EditSession& s) { return s.unlink(row); });
    time_edit(session, analyzer, "link 5 rows", [&](EditSession& s) { return s.link_rows(row, row + 4); });
    time_edit(session, analyzer, "confirm", [&](EditSession& s) { return s.confirm(row + 1); });
    time_edit(session, analyzer, "bookmark", [&](EditSession& s) { return s.set_bookmark(row, "check"); });
    time_edit(session, analyzer, "split sentence", [&](EditSession& s) {
        const auto& text = s.bitext().source.sentences[sentence].text;
        return s.split_sentence(Side::source, sentence, text.find(' ', text.size() / 2));
    });
    std::size_t multi = row;
    while (session.link(multi).source.size() < 2) {
        ++multi;
    }
    time_edit(session, analyzer, "merge sentences", [&](EditSession& s) {
        return s.merge_sentences(Side::source, s.link(multi).source.begin);
    });

    // Break the alignment at the cursor as a wrong link would, then let it re-synchronise.
    session.set_edited_status(tandem::align::LinkStatus::automatic);
    (void)session.link_rows(row + 1, row + 3);
    const auto until_agreement = [&](const char* name) {
        const auto began = Clock::now();
        const double cpu = cpu_seconds();
        const Change change = session.realign_until_agreement({}, row);
        std::printf("  %-28s %7.3f s wall, %6.3f s CPU; %zu -> %zu rows replaced\n", name,
                    milliseconds_since(began) / 1000.0, cpu_seconds() - cpu,
                    change.links_removed, change.links_inserted);
        (void)session.undo();
    };
    std::printf("re-align from the cursor until the links agree again (default options):\n");
    until_agreement("window alone (no context)");

    std::printf("engine context for the whole project (default options, once per segmentation):\n");
    {
        const auto began = Clock::now();
        const double cpu = cpu_seconds();
        session.prepare_realign({});
        std::printf("  %-28s %7.3f s wall, %6.3f s CPU\n", "prepare_realign",
                    milliseconds_since(began) / 1000.0, cpu_seconds() - cpu);
    }
    until_agreement("in the context");
    (void)session.undo();

    std::printf("re-align the rest in the context (default options):\n");
    time_realign(session, "from the last 0.5% of rows", session.size() - session.size() / 200);
    time_realign(session, "from the last 2% of rows", session.size() - session.size() / 50);
    time_realign(session, "from the last 10% of rows", session.size() - session.size() / 10);
    time_realign(session, "every region (anchors /100)", 0);
    return 0;
}
