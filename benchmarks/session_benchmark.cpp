// SPDX-License-Identifier: GPL-3.0-or-later
// The editing session on a 200k-link project: the time of one edit plus what a view does with its
// Change (the text of the changed rows), of its undo, and of "re-align the rest". The project is
// the hand-aligned 1984 ro-en gold set (MULTEXT-East, ../shared/data, read in place) repeated
// until it has 200k links; sentences the gold leaves out become gaps.
//
// Usage: session_benchmark [LINKS]   (default 200000). Prints milliseconds per operation (median
// of 15 runs for edits) and seconds for re-alignment.
#include "benchmark_input.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/session/edit_session.hpp>
#include <tandem/text/segmenter.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

/// Times @p edit (plus the view update) and its undo, 15 times each, at row @p row.
void time_edit(EditSession& session, const char* name,
               const std::function<Change(EditSession&)>& edit) {
    std::vector<double> edits;
    std::vector<double> undos;
    std::size_t bytes = 0;
    for (int run = 0; run < 15; ++run) {
        auto start = Clock::now();
        const Change change = edit(session);
        if (change.empty()) {
            std::fprintf(stderr, "%s changed nothing\n", name);
            std::exit(1);
        }
        bytes += view_update(session, change);
        edits.push_back(milliseconds_since(start));
        start = Clock::now();
        bytes += view_update(session, session.undo());
        undos.push_back(milliseconds_since(start));
    }
    std::printf("  %-28s %8.3f ms   undo %8.3f ms   (%zu bytes shown)\n", name, median(edits),
                median(undos), bytes);
}

/// Plans, runs and applies one re-alignment, printing each step.
void time_realign(EditSession& session, const char* name, std::size_t first_row,
                  const tandem::align::AlignOptions& options = {}) {
    auto start = Clock::now();
    const auto job = session.plan_realign(first_row);
    const double plan = milliseconds_since(start);
    start = Clock::now();
    auto result = tandem::session::run_realign(job, options);
    const double run = milliseconds_since(start);
    start = Clock::now();
    const Change change = session.apply_realign(std::move(result));
    const double apply = milliseconds_since(start);
    start = Clock::now();
    (void)session.undo();
    const double undo = milliseconds_since(start);
    std::printf("  %-28s %8.3f s total (plan %.1f ms, engine %.1f ms, apply %.1f ms); "
                "%zu regions, %zu sentences, %zu -> %zu rows; undo %.1f ms\n",
                name, (plan + run + apply) / 1000.0, plan, run, apply, job.regions.size(),
                job.bitext.source.size() + job.bitext.target.size(), change.links_removed,
                change.links_inserted, undo);
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
    std::printf("edits at row %zu (median of 15, including the view's text fetch):\n", row);
    time_edit(session, "merge with next", [&](EditSession& s) { return s.merge_with_next(row); });
    time_edit(session, "split link", [&](EditSession& s) { return s.split_link(row, 1, 0); });
    time_edit(session, "move first source up",
              [&](EditSession& s) { return s.move_first_up(row, Side::source); });
    time_edit(session, "insert gap",
              [&](EditSession& s) { return s.insert_gap(Side::source, sentence); });
    time_edit(session, "unlink", [&](EditSession& s) { return s.unlink(row); });
    time_edit(session, "link 5 rows", [&](EditSession& s) { return s.link_rows(row, row + 4); });
    time_edit(session, "confirm", [&](EditSession& s) { return s.confirm(row + 1); });
    time_edit(session, "bookmark", [&](EditSession& s) { return s.set_bookmark(row, "check"); });
    time_edit(session, "split sentence", [&](EditSession& s) {
        const auto& text = s.bitext().source.sentences[sentence].text;
        return s.split_sentence(Side::source, sentence, text.find(' ', text.size() / 2));
    });
    std::size_t multi = row;
    while (session.link(multi).source.size() < 2) {
        ++multi;
    }
    time_edit(session, "merge sentences", [&](EditSession& s) {
        return s.merge_sentences(Side::source, s.link(multi).source.begin);
    });

    std::printf("re-align from the cursor until the links agree again (default options):\n");
    {
        // Break the alignment at the cursor as a wrong link would, then let it re-synchronise.
        session.set_edited_status(tandem::align::LinkStatus::automatic);
        (void)session.link_rows(row + 1, row + 3);
        const auto began = Clock::now();
        const Change change = session.realign_until_agreement({}, row);
        const double elapsed = milliseconds_since(began);
        std::printf("  %-28s %8.3f s; %zu -> %zu rows replaced\n", "from the middle row",
                    elapsed / 1000.0, change.links_removed, change.links_inserted);
        (void)session.undo();
        (void)session.undo();
    }
    std::printf("re-align the rest (default engine options unless said):\n");
    tandem::align::AlignOptions no_dictionaries;
    no_dictionaries.use_dictionaries = false;
    time_realign(session, "last 0.5%, no dictionaries", session.size() - session.size() / 200,
                 no_dictionaries);
    time_realign(session, "from the last 0.5% of rows", session.size() - session.size() / 200);
    time_realign(session, "from the last 2% of rows", session.size() - session.size() / 50);
    time_realign(session, "from the last 10% of rows", session.size() - session.size() / 10);
    time_realign(session, "every region (anchors /100)", 0);
    return 0;
}
