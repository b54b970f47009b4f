// SPDX-License-Identifier: GPL-3.0-or-later
// "Re-align the rest": region-by-region re-alignment that never moves a confirmed link.
#include "session_fixture.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/error.hpp>

#include <future>
#include <random>

namespace {

using tandem::align::Link;
using tandem::align::LinkStatus;
using tandem::session::EditSession;

/// @p count sentences a side (40 by default) with lengths that make the right alignment obvious
/// to Gale–Church.
tandem::align::Bitext sample_bitext(int count = 40) {
    std::mt19937 random(7);
    std::vector<std::string> source;
    std::vector<std::string> target;
    for (int i = 0; i < count; ++i) {
        const auto words = 2 + random() % 20;
        std::string s;
        std::string t;
        for (unsigned w = 0; w < words; ++w) {
            s += "word ";
            t += "Wort ";
        }
        source.push_back(s + "end.");
        target.push_back(t + "Ende.");
    }
    return tandem::test::line_bitext(source, target);
}

/// A deliberately wrong alignment of sample_bitext(): everything shifted by one.
tandem::align::Alignment shifted() {
    std::string types = "1-0";
    for (int i = 0; i < 39; ++i) {
        types += " 1-1";
    }
    return tandem::test::links_of(types + " 0-1");
}

/// The confirmed links of a session.
std::vector<Link> confirmed(const EditSession& session) {
    std::vector<Link> links;
    for (const auto& link : session.alignment().links) {
        if (link.status == LinkStatus::confirmed) {
            links.push_back(link);
        }
    }
    return links;
}

/// The sentences of links: re-alignment searches near the links it replaces, so its confidences
/// (posteriors over the cells searched) may differ from a full search's.
using LinkSpans = std::vector<std::pair<tandem::align::Span, tandem::align::Span>>;

/// The sentences of each link of @p links.
LinkSpans spans(const std::vector<Link>& links) {
    LinkSpans result;
    for (const auto& link : links) {
        result.emplace_back(link.source, link.target);
    }
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(realign_regions)

BOOST_AUTO_TEST_CASE(without_anchors_it_equals_aligning_the_whole_bitext) {
    EditSession session(sample_bitext(), shifted());
    const auto change = session.realign(tandem::test::quick_options());
    const auto whole = tandem::align::align(session.bitext(), tandem::test::quick_options());
    BOOST_TEST((spans(session.alignment().links) == spans(whole.links)));
    BOOST_TEST(change.first_link == 0U);
    BOOST_TEST(change.links_removed == 41U);
    BOOST_TEST(change.links_inserted == session.size());
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
}

BOOST_AUTO_TEST_CASE(confirmed_links_never_change) {
    EditSession session(sample_bitext(), shifted());
    for (const std::size_t row : {0U, 7U, 8U, 20U, 40U}) {
        (void)session.confirm(row);
    }
    const auto anchors = confirmed(session);
    (void)session.realign(tandem::test::quick_options());
    BOOST_TEST(confirmed(session) == anchors);
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
}

BOOST_AUTO_TEST_CASE(repairs_the_stretch_between_anchors) {
    std::string types = "1-1";
    for (int i = 1; i < 40; ++i) {
        types += " 1-1";
    }
    EditSession session(sample_bitext(), tandem::test::links_of(types));
    (void)session.confirm(5);
    (void)session.confirm(30);
    session.set_edited_status(LinkStatus::automatic);
    (void)session.link_rows(10, 12);
    (void)session.unlink(20);
    (void)session.move_first_up(25, tandem::session::Side::target);
    (void)session.realign(tandem::test::quick_options());
    for (std::size_t row = 0; row < session.size(); ++row) {
        BOOST_TEST(session.link(row).type() == "1-1");
        BOOST_TEST(session.link(row).source.begin == session.link(row).target.begin);
    }
}

BOOST_AUTO_TEST_CASE(undo_restores_exactly_and_redo_repeats) {
    EditSession session(sample_bitext(), shifted(), {{5, "look"}, {39, "end"}});
    (void)session.confirm(20);
    const std::string before = tandem::test::dump(session);
    (void)session.realign(tandem::test::quick_options());
    const std::string after = tandem::test::dump(session);
    BOOST_TEST(after != before);
    BOOST_TEST(tandem::test::next_step(session) == "realign");
    (void)session.undo();
    BOOST_TEST(tandem::test::dump(session) == before);
    (void)session.redo();
    BOOST_TEST(tandem::test::dump(session) == after);
}

BOOST_AUTO_TEST_CASE(until_agreement_replaces_only_the_stretch_that_changes) {
    std::string types = "1-1";
    for (int i = 1; i < 120; ++i) {
        types += " 1-1";
    }
    const auto right = tandem::test::links_of(types).links;
    EditSession session(sample_bitext(120), tandem::test::links_of(types));
    session.set_edited_status(LinkStatus::automatic);
    (void)session.link_rows(10, 12);
    const std::string before = tandem::test::dump(session);
    const auto change = session.realign_until_agreement(tandem::test::quick_options(), 8, {}, 8);
    BOOST_TEST(change == (tandem::session::Change{8, 3, 5}));
    BOOST_TEST(session.size() == 120U);
    for (std::size_t row = 0; row < session.size(); ++row) {
        BOOST_TEST((session.link(row).source == right[row].source));
        BOOST_TEST((session.link(row).target == right[row].target));
    }
    (void)session.undo();
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(until_agreement_runs_to_the_end_when_it_must) {
    EditSession session(sample_bitext(), shifted());
    const auto change = session.realign_until_agreement(tandem::test::quick_options(), 0, {}, 4);
    BOOST_TEST(change.links_removed == 41U);
    BOOST_TEST(session.alignment().links ==
               tandem::align::align(session.bitext(), tandem::test::quick_options()).links);
}

BOOST_AUTO_TEST_CASE(from_a_row_leaves_the_rows_before_it) {
    EditSession session(sample_bitext(), shifted());
    const auto before = session.alignment().links;
    const auto change = session.realign(tandem::test::quick_options(), 10);
    BOOST_TEST(change.first_link == 10U);
    BOOST_TEST(std::equal(before.begin(), before.begin() + 10, session.alignment().links.begin()));
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
}

BOOST_AUTO_TEST_CASE(regions_are_the_unconfirmed_stretches) {
    EditSession session(sample_bitext(), shifted());
    (void)session.confirm(3);
    (void)session.confirm(4);
    (void)session.confirm(30);
    const auto job = session.plan_realign(2, 35);
    BOOST_REQUIRE_EQUAL(job.regions.size(), 3U);
    BOOST_TEST(job.regions[0].first_link == 2U);
    BOOST_TEST(job.regions[0].link_count == 1U);
    BOOST_TEST(job.regions[1].first_link == 5U);
    BOOST_TEST(job.regions[1].link_count == 25U);
    BOOST_TEST(job.regions[2].first_link == 31U);
    BOOST_TEST(job.regions[2].link_count == 4U);
    BOOST_TEST(job.source_first == 2U);
    BOOST_TEST(job.target_first == 1U);
    BOOST_TEST(job.bitext.source.size() == 33U);
    BOOST_TEST(job.bitext.source.sentences[0].text == session.bitext().source.sentences[2].text);
    BOOST_TEST(job.anchors.size() == 3U);
    BOOST_TEST((job.regions[1].source == tandem::align::Span{3, 28}));
    BOOST_TEST((job.regions[2].target == tandem::align::Span{29, 33}));
    BOOST_TEST(job.regions[1].current.empty()); // no context, no guide
    BOOST_CHECK_THROW((void)session.plan_realign(41), tandem::Error);
}

BOOST_AUTO_TEST_CASE(a_kept_context_guides_each_region_with_its_rows) {
    EditSession session(sample_bitext(), shifted());
    (void)session.confirm(4);
    (void)session.confirm(30);
    session.prepare_realign(tandem::test::quick_options());
    const auto job = session.plan_realign(2, 35);
    BOOST_REQUIRE_EQUAL(job.regions.size(), 3U);
    const auto& links = session.alignment().links;
    for (const auto& region : job.regions) {
        const auto first = links.begin() + static_cast<std::ptrdiff_t>(region.first_link);
        BOOST_TEST((region.current ==
                    std::vector<Link>(first, first + static_cast<std::ptrdiff_t>(region.link_count))));
    }
}

BOOST_AUTO_TEST_CASE(all_confirmed_changes_nothing) {
    EditSession session(tandem::test::line_bitext({"A."}, {"B."}), tandem::test::links_of("1-1"));
    (void)session.confirm(0);
    BOOST_TEST(session.realign(tandem::test::quick_options()).empty());
}

BOOST_AUTO_TEST_CASE(cancelled_realignment_changes_nothing) {
    EditSession session(sample_bitext(), shifted());
    const std::string before = tandem::test::dump(session);
    std::stop_source stop;
    stop.request_stop();
    BOOST_CHECK_THROW((void)session.realign(tandem::test::quick_options(), 0,
                                            EditSession::end_row, stop.get_token()),
                      tandem::Cancelled);
    BOOST_TEST(tandem::test::dump(session) == before);
    BOOST_TEST(!session.can_undo());
}

BOOST_AUTO_TEST_CASE(a_stale_result_is_refused) {
    EditSession session(sample_bitext(), shifted());
    const auto job = session.plan_realign();
    auto result = tandem::session::run_realign(job, tandem::test::quick_options());
    (void)session.confirm(0);
    const std::string before = tandem::test::dump(session);
    BOOST_CHECK_THROW((void)session.apply_realign(std::move(result)), tandem::Error);
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(progress_reaches_one) {
    EditSession session(sample_bitext(), shifted());
    (void)session.confirm(10);
    (void)session.confirm(20);
    std::vector<double> fractions;
    const auto record = [&](const tandem::align::Progress& p) { fractions.push_back(p.fraction); };
    (void)session.realign(tandem::test::quick_options(), 0, EditSession::end_row, {}, record);
    BOOST_REQUIRE(!fractions.empty());
    BOOST_TEST(fractions.back() == 1.0);
}

BOOST_AUTO_TEST_CASE(the_kept_context_aligns_as_a_fresh_alignment_with_the_anchors) {
    EditSession session(sample_bitext(), shifted());
    for (const std::size_t row : {6U, 21U}) {
        (void)session.confirm(row);
    }
    auto anchored = tandem::test::quick_options();
    anchored.fixed_links = confirmed(session);
    const auto fresh = tandem::align::align(session.bitext(), anchored).links;
    BOOST_TEST(!session.realign_prepared(tandem::test::quick_options()));
    (void)session.realign(tandem::test::quick_options());
    BOOST_TEST(session.realign_prepared(tandem::test::quick_options()));
    BOOST_TEST(session.alignment().links == fresh);
    // Searching again in the kept context (undo first) gives the same links.
    (void)session.undo();
    const auto job = session.plan_realign();
    BOOST_TEST(job.context != nullptr);
    BOOST_TEST(job.bitext.source.sentences.empty());
    (void)session.apply_realign(tandem::session::run_realign(job, tandem::test::quick_options()));
    BOOST_TEST(session.alignment().links == fresh);
}

BOOST_AUTO_TEST_CASE(a_sentence_operation_drops_the_context) {
    EditSession session(sample_bitext(), shifted());
    const auto options = tandem::test::quick_options();
    session.prepare_realign(options);
    BOOST_TEST(session.realign_prepared(options));
    const auto& text = session.bitext().source.sentences[3].text;
    (void)session.split_sentence(tandem::session::Side::source, 3, text.find(' ') + 1);
    BOOST_TEST(!session.realign_prepared(options));
    BOOST_TEST(session.plan_realign().context == nullptr);
    session.prepare_realign(options);
    (void)session.undo();
    BOOST_TEST(!session.realign_prepared(options));
    (void)session.realign(options);
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
}

BOOST_AUTO_TEST_CASE(a_context_built_on_a_worker_is_kept_unless_the_sentences_changed) {
    EditSession session(sample_bitext(), shifted());
    (void)session.confirm(6);
    const auto options = tandem::test::quick_options();
    const auto request = session.plan_realign_context(options);
    BOOST_TEST(request.options.fixed_links == confirmed(session));
    BOOST_TEST(request.bitext.source.size() == session.bitext().source.size());
    (void)session.confirm(21); // links may change meanwhile: they only anchor the learning
    auto built = std::async(std::launch::async, [&] {
                     return tandem::session::build_realign_context(request);
                 }).get();
    BOOST_TEST(!session.realign_prepared(options));
    BOOST_TEST(session.install_realign_context(std::move(built)));
    BOOST_TEST(session.realign_prepared(options));
    BOOST_TEST(session.plan_realign().context != nullptr);
    // It aligns as the context prepare_realign() builds from the same state.
    EditSession twin(sample_bitext(), shifted());
    (void)twin.confirm(6);
    twin.prepare_realign(options);
    (void)twin.confirm(21);
    (void)session.realign(options);
    (void)twin.realign(options);
    BOOST_TEST(session.alignment().links == twin.alignment().links);
    // A sentence operation while it builds makes it stale, even once undone.
    const auto stale =
        tandem::session::build_realign_context(session.plan_realign_context(options));
    const auto segmentation = session.segmentation();
    const auto& text = session.bitext().source.sentences[3].text;
    (void)session.split_sentence(tandem::session::Side::source, 3, text.find(' ') + 1);
    BOOST_TEST(session.segmentation() != segmentation);
    BOOST_TEST(!session.install_realign_context(stale));
    (void)session.undo();
    BOOST_TEST(!session.install_realign_context(stale));
    BOOST_TEST(!session.realign_prepared(options));
}

BOOST_AUTO_TEST_CASE(other_learning_settings_need_another_context) {
    EditSession session(sample_bitext(), shifted());
    const auto options = tandem::test::quick_options();
    session.prepare_realign(options);
    auto without_learning = options;
    without_learning.learn_lexicon = false;
    BOOST_TEST(!session.realign_prepared(without_learning));
    auto more_threads = options;
    more_threads.threads = 3;
    BOOST_TEST(session.realign_prepared(more_threads));
}

BOOST_AUTO_TEST_CASE(regions_give_the_same_links_on_any_number_of_workers) {
    const auto bitext = sample_bitext(120);
    const tandem::align::AlignmentContext context(bitext, tandem::test::quick_options());
    std::vector<tandem::align::AlignRegion> regions;
    for (std::uint32_t first = 0; first < 120; first += 10) {
        regions.push_back({{first, first + 9}, {first, first + 9}});
    }
    auto one = tandem::test::quick_options();
    auto four = one;
    four.threads = 4;
    const auto serial = tandem::align::align_regions(context, regions, one);
    BOOST_TEST((serial == tandem::align::align_regions(context, regions, four)));
    BOOST_REQUIRE_EQUAL(serial.size(), regions.size());
    for (std::size_t r = 0; r < regions.size(); ++r) {
        BOOST_TEST(serial[r].front().source.begin == regions[r].source.begin);
        BOOST_TEST(serial[r].back().target.end == regions[r].target.end);
    }
    BOOST_CHECK_THROW((void)tandem::align::align_regions(context, {{{0, 121}, {0, 3}}}, one),
                      tandem::Error);
}

BOOST_AUTO_TEST_CASE(a_region_far_from_its_guide_gets_the_links_of_a_full_search) {
    const auto bitext = sample_bitext(120);
    const auto options = tandem::test::quick_options();
    const tandem::align::AlignmentContext context(bitext, options);
    tandem::align::AlignRegion region{{0, 120}, {0, 120}};
    const auto full = tandem::align::align_regions(context, {region}, options).front();
    // The right links are 1-1 on the diagonal; the guide runs 16 rows off it (and in 2-2 links).
    for (std::uint32_t t = 0; t < 16; ++t) {
        region.guide.push_back({{0, 0}, {t, t + 1}});
    }
    for (std::uint32_t s = 0; s < 104; s += 2) {
        region.guide.push_back({{s, s + 2}, {s + 16, s + 18}});
    }
    for (std::uint32_t s = 104; s < 120; ++s) {
        region.guide.push_back({{s, s + 1}, {120, 120}});
    }
    BOOST_REQUIRE(!tandem::align::check_invariants({region.guide}, 120, 120).has_value());
    const auto guided = tandem::align::align_regions(context, {region}, options).front();
    BOOST_REQUIRE_EQUAL(guided.size(), full.size());
    for (std::size_t k = 0; k < full.size(); ++k) {
        BOOST_TEST((guided[k].source == full[k].source && guided[k].target == full[k].target));
        BOOST_TEST(full[k].type() == "1-1");
    }
    region.guide.pop_back(); // no longer covers the region
    BOOST_CHECK_THROW((void)tandem::align::align_regions(context, {region}, options),
                      tandem::Error);
}

BOOST_AUTO_TEST_SUITE_END()
