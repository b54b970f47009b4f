// SPDX-License-Identifier: GPL-3.0-or-later
// The review model without a window: rows, filters, markers, navigation, search, counts.
#include "review_model.hpp"

#include <tandem/divergence/analysis.hpp>
#include <tandem/error.hpp>
#include <tandem/session/edit_session.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

BOOST_TEST_DONT_PRINT_LOG_VALUE(std::optional<std::size_t>)

namespace {

using namespace tandem;
using divergence::Marker;
using divergence::MarkerKind;
using divergence::Severity;
using gui::FilterSpec;
using gui::ReviewModel;
using gui::RowFilter;

// Links: 0 = 1-1, 1 = 1-0 (omission), 2 = 1-1 low confidence, 3 = 0-1, 4 = 2-1 confirmed.
ReviewModel sample_model() {
    auto bitext = std::make_shared<align::Bitext>();
    bitext->source =
        text::segment_lines("Министр Лавров прибыл.\nОн сказал 27 слов.\nПогода хорошая.\n"
                            "Первая часть.\nВторая часть.\n",
                            "ru", "source.txt");
    bitext->target = text::segment_lines("Minister Lavrov arrived.\nThe weather is fine.\n"
                                         "(Via interpreter)\nBoth parts.\n",
                                         "en", "target.txt");
    align::Alignment alignment;
    alignment.links = {{{0, 1}, {0, 1}, 0.9, align::LinkStatus::automatic},
                       {{1, 2}, {1, 1}, 0.8, align::LinkStatus::automatic},
                       {{2, 3}, {1, 2}, 0.2, align::LinkStatus::automatic},
                       {{3, 3}, {2, 3}, 0.7, align::LinkStatus::automatic},
                       {{3, 5}, {3, 4}, 1.0, align::LinkStatus::confirmed}};
    std::vector<Marker> markers{
        {MarkerKind::transcript_note, Severity::info, 3, {}, {{2, {1, 16}}}, "A transcript note."},
        {MarkerKind::omission,
         Severity::warning,
         1,
         {{1, {0, 5}}},
         {},
         "Source sentence 2 is omitted."},
        {MarkerKind::number, Severity::error, 1, {{1, {18, 20}}}, {}, "27 is missing."},
    };
    return ReviewModel(bitext, alignment, markers, 0.5);
}

} // namespace

BOOST_AUTO_TEST_SUITE(review_model)

BOOST_AUTO_TEST_CASE(markers_are_grouped_by_link_and_low_confidence_is_added) {
    const auto model = sample_model();
    BOOST_TEST(model.GetLinkCount() == 5U);
    BOOST_TEST(model.GetMarkersOf(0).empty());
    BOOST_REQUIRE_EQUAL(model.GetMarkersOf(1).size(), 2U);
    BOOST_REQUIRE_EQUAL(model.GetMarkersOf(2).size(), 1U);
    BOOST_TEST((model.GetMarkersOf(2)[0].kind == MarkerKind::low_confidence));
    BOOST_TEST(model.GetMarkersOf(2)[0].explanation.find("20%") != std::string::npos);
    BOOST_TEST((model.GetWorstMarker(1)->kind == MarkerKind::number));
    BOOST_TEST(model.GetWorstMarker(0) == nullptr);
    BOOST_TEST(model.HasIssue(3));
    BOOST_TEST(!model.HasIssue(4));
}

BOOST_AUTO_TEST_CASE(an_existing_low_confidence_marker_is_not_doubled) {
    auto bitext = std::make_shared<align::Bitext>();
    bitext->source = text::segment_lines("A.\n", "en", "s");
    bitext->target = text::segment_lines("B.\n", "en", "t");
    align::Alignment alignment{{{{0, 1}, {0, 1}, 0.1, align::LinkStatus::automatic}}};
    const ReviewModel model(bitext, alignment,
                            {{MarkerKind::low_confidence, Severity::notice, 0, {}, {}, "unsure"}},
                            0.5);
    BOOST_TEST(model.GetMarkersOf(0).size() == 1U);
    BOOST_TEST(model.GetMarkersOf(0)[0].explanation == "unsure");
}

BOOST_AUTO_TEST_CASE(a_marker_beyond_the_alignment_is_an_internal_error) {
    auto bitext = std::make_shared<align::Bitext>();
    bitext->source = text::segment_lines("A.\n", "en", "s");
    bitext->target = text::segment_lines("B.\n", "en", "t");
    align::Alignment alignment{{{{0, 1}, {0, 1}, 1.0, align::LinkStatus::automatic}}};
    BOOST_CHECK_THROW(ReviewModel(bitext, alignment,
                                  {{MarkerKind::omission, Severity::warning, 7, {}, {}, "x"}}, 0.5),
                      Error);
}

BOOST_AUTO_TEST_CASE(counts_cover_all_links) {
    const auto& counts = sample_model().GetCounts();
    BOOST_TEST(counts.links == 5U);
    BOOST_TEST(counts.confirmed == 1U);
    BOOST_TEST(counts.gaps == 2U);
    BOOST_TEST(counts.low_confidence == 1U);
    BOOST_TEST(counts.links_with_issues == 3U);
    BOOST_TEST(counts.markers_per_kind[static_cast<std::size_t>(MarkerKind::omission)] == 1U);
    BOOST_TEST(counts.markers_per_kind[static_cast<std::size_t>(MarkerKind::low_confidence)] == 1U);
}

struct FilterCase {
    const char* name;
    FilterSpec filter;
    std::vector<std::size_t> links;
};

BOOST_AUTO_TEST_CASE(filters_map_rows_to_links) {
    const std::vector<FilterCase> cases{
        {"all", {RowFilter::all}, {0, 1, 2, 3, 4}},
        {"issues", {RowFilter::issues}, {1, 2, 3}},
        {"number kind", {RowFilter::marker_kind, MarkerKind::number}, {1}},
        {"name kind", {RowFilter::marker_kind, MarkerKind::name}, {}},
        {"low confidence", {RowFilter::low_confidence}, {2}},
        {"unconfirmed", {RowFilter::unconfirmed}, {0, 1, 2, 3}},
    };
    auto model = sample_model();
    for (const auto& item : cases) {
        BOOST_TEST_CONTEXT(item.name) {
            model.SetFilter(item.filter);
            BOOST_REQUIRE_EQUAL(model.GetRowCount(), item.links.size());
            for (std::size_t row = 0; row < item.links.size(); ++row) {
                BOOST_TEST(model.GetLinkAt(row) == item.links[row]);
                BOOST_TEST(model.GetRowOf(item.links[row]) == std::optional(row));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(hidden_links_have_no_row_but_a_nearest_one) {
    auto model = sample_model();
    model.SetFilter({RowFilter::issues});
    BOOST_TEST(!model.GetRowOf(0).has_value());
    BOOST_TEST(model.GetNearestRow(0) == 0U);
    BOOST_TEST(model.GetNearestRow(4) == 2U);
}

BOOST_AUTO_TEST_CASE(next_issue_steps_and_wraps) {
    const auto model = sample_model();
    BOOST_TEST(model.NextIssue(std::nullopt, true) == std::optional<std::size_t>(1));
    BOOST_TEST(model.NextIssue(1, true) == std::optional<std::size_t>(2));
    BOOST_TEST(model.NextIssue(3, true) == std::optional<std::size_t>(1));
    BOOST_TEST(model.NextIssue(1, false) == std::optional<std::size_t>(3));
    BOOST_TEST(model.NextIssue(std::nullopt, false) == std::optional<std::size_t>(3));
    BOOST_TEST(model.NextIssue(0, false) == std::optional<std::size_t>(3));
}

BOOST_AUTO_TEST_CASE(next_issue_respects_the_filter) {
    auto model = sample_model();
    model.SetFilter({RowFilter::marker_kind, MarkerKind::low_confidence});
    BOOST_TEST(model.NextIssue(2, true) == std::optional<std::size_t>(2));
    model.SetFilter({RowFilter::marker_kind, MarkerKind::name});
    BOOST_TEST(!model.NextIssue(std::nullopt, true).has_value());
}

BOOST_AUTO_TEST_CASE(find_plain_text_ignores_case_across_scripts) {
    const auto model = sample_model();
    gui::SearchQuery query{"ЛАВРОВ", gui::SearchColumn::both, false, false};
    BOOST_TEST(model.Find(query, std::nullopt, true) == std::optional<std::size_t>(0));
    query.match_case = true;
    BOOST_TEST(!model.Find(query, std::nullopt, true).has_value());
}

BOOST_AUTO_TEST_CASE(find_looks_only_in_the_chosen_column) {
    const auto model = sample_model();
    gui::SearchQuery query{"weather", gui::SearchColumn::source, false, false};
    BOOST_TEST(!model.Find(query, std::nullopt, true).has_value());
    query.column = gui::SearchColumn::target;
    BOOST_TEST(model.Find(query, std::nullopt, true) == std::optional<std::size_t>(2));
}

BOOST_AUTO_TEST_CASE(find_with_a_regular_expression_and_wrapping) {
    const auto model = sample_model();
    const gui::SearchQuery query{"[0-9]+", gui::SearchColumn::both, true, false};
    BOOST_TEST(model.Find(query, std::nullopt, true) == std::optional<std::size_t>(1));
    BOOST_TEST(model.Find(query, 1, true) == std::optional<std::size_t>(1));
    const gui::SearchQuery both_parts{"part", gui::SearchColumn::target, true, false};
    BOOST_TEST(model.Find(both_parts, 4, false) == std::optional<std::size_t>(4));
}

BOOST_AUTO_TEST_CASE(a_malformed_regular_expression_is_an_invalid_argument) {
    const auto model = sample_model();
    try {
        static_cast<void>(
            model.Find({"(unclosed", gui::SearchColumn::both, true, false}, std::nullopt, true));
        BOOST_FAIL("no error");
    } catch (const Error& error) {
        BOOST_TEST((error.code() == ErrorCode::invalid_argument));
    }
}

BOOST_AUTO_TEST_CASE(side_text_joins_sentences_with_highlights) {
    const auto model = sample_model();
    const auto merged = model.GetSideText(4, gui::Side::source, false);
    BOOST_TEST(merged.text == "Первая часть. Вторая часть.");
    const auto omitted = model.GetSideText(1, gui::Side::source, false);
    BOOST_REQUIRE_EQUAL(omitted.highlights.size(), 2U);
    // "Он сказал 27 слов.": bytes [0,5) are "Он " → code points [0,3); bytes [18,20) are "27".
    BOOST_TEST((omitted.highlights[0].range == gui::CodePointRange{0, 3}));
    BOOST_TEST((omitted.highlights[1].range == gui::CodePointRange{10, 12}));
    BOOST_TEST(model.GetSideText(1, gui::Side::target, false).text.empty());
}

BOOST_AUTO_TEST_CASE(an_edit_keeps_the_markers_of_untouched_links_renumbered) {
    const std::vector<Marker> markers{{MarkerKind::name, Severity::notice, 0, {}, {}, "a"},
                                      {MarkerKind::omission, Severity::warning, 2, {}, {}, "b"},
                                      {MarkerKind::number, Severity::error, 3, {}, {}, "c"},
                                      {MarkerKind::addition, Severity::warning, 6, {}, {}, "d"}};
    // Rows 2 and 3 merged into one: row 6 becomes row 5.
    const auto kept = gui::KeepUntouchedMarkers(markers, {2, 2, 1});
    BOOST_REQUIRE_EQUAL(kept.size(), 2U);
    BOOST_TEST(kept[0].explanation == "a");
    BOOST_TEST(kept[0].link == 0U);
    BOOST_TEST(kept[1].explanation == "d");
    BOOST_TEST(kept[1].link == 5U);
}

// A pair with an omission (source sentence 3 has no counterpart) and numbers to check.
struct MarkedPair {
    align::Bitext bitext;
    align::Alignment alignment;

    MarkedPair() {
        bitext.source = text::segment_lines(
            "Министр Лавров прибыл в Рейкьявик.\nОн провёл 3 встречи.\nПогода была хорошей.\n"
            "Переговоры заняли 45 минут.\nЗатем министр уехал.\n",
            "ru", "source.txt");
        bitext.target =
            text::segment_lines("Minister Lavrov arrived in Reykjavik.\nHe held 3 meetings.\n"
                                "The talks took 54 minutes.\nThen the minister left.\n",
                                "en", "target.txt");
        alignment.links = {{{0, 1}, {0, 1}, 0.9, align::LinkStatus::automatic},
                           {{1, 2}, {1, 2}, 0.9, align::LinkStatus::automatic},
                           {{2, 3}, {2, 2}, 0.9, align::LinkStatus::automatic},
                           {{3, 4}, {2, 3}, 0.9, align::LinkStatus::automatic},
                           {{4, 5}, {3, 4}, 0.9, align::LinkStatus::automatic}};
    }
};

// An operation on the session, and the markers UpdateMarkers() gives after it compared with a
// full analysis of the edited alignment (the context covers the whole pair, so they must agree).
// @p prepare runs first, unchecked.
void check_update(const std::function<session::Change(session::EditSession&)>& operation,
                  const std::function<void(session::EditSession&)>& prepare = {}) {
    const MarkedPair pair;
    divergence::Analyzer analyzer("ru", "en");
    session::EditSession session(pair.bitext, pair.alignment);
    if (prepare) {
        prepare(session);
    }
    const auto before = analyzer.analyze(session.bitext(), session.alignment());
    const auto source_size = session.bitext().source.size();
    const auto target_size = session.bitext().target.size();
    const auto change = operation(session);
    BOOST_TEST_REQUIRE(!change.empty());
    const auto updated = gui::UpdateMarkers(before, change, source_size, target_size,
                                            session.bitext(), session.alignment(), &analyzer);
    const auto expected = analyzer.analyze(session.bitext(), session.alignment());
    BOOST_TEST_REQUIRE(updated.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST_CONTEXT("marker " << i << ": " << expected[i].explanation) {
            BOOST_TEST((updated[i] == expected[i]));
        }
    }
}

BOOST_AUTO_TEST_CASE(update_markers_matches_a_full_analysis_after_a_link_edit) {
    // Merging the omitted sentence into its neighbour drops the omission marker.
    const MarkedPair pair;
    const auto markers = divergence::find_divergences(pair.bitext, pair.alignment);
    BOOST_TEST_REQUIRE(std::any_of(markers.begin(), markers.end(), [](const Marker& marker) {
        return marker.kind == MarkerKind::omission && marker.link == 2U;
    }));
    check_update([](session::EditSession& session) { return session.merge_with_next(1); });
}

BOOST_AUTO_TEST_CASE(update_markers_matches_a_full_analysis_after_undo) {
    // Undoing the merge brings the omitted sentence, and its marker, back.
    check_update(
        [](session::EditSession& session) { return session.undo(); },
        [](session::EditSession& session) { static_cast<void>(session.merge_with_next(1)); });
}

BOOST_AUTO_TEST_CASE(update_markers_shifts_later_sentences_after_a_split) {
    // Splitting source sentence 1 renumbers every later source sentence; undoing it as well.
    const auto split = [](session::EditSession& session) {
        return session.split_sentence(session::Side::source, 1, std::string("Он провёл").size());
    };
    check_update(split);
    check_update([](session::EditSession& session) { return session.undo(); },
                 [&](session::EditSession& session) { static_cast<void>(split(session)); });
}

BOOST_AUTO_TEST_CASE(update_markers_analyses_only_the_changed_links) {
    const MarkedPair pair;
    divergence::Analyzer analyzer("ru", "en");
    // Link 2 (1-0, with its omission) merges into link 1: the stale omission goes with it, link 1
    // is analysed again (and may find the sentence it absorbed omitted), and the marker of link 3
    // moves to link 2 as it was (no context: nothing else is analysed).
    std::vector<Marker> before{
        {MarkerKind::omission, Severity::warning, 2, {{2, {0, 5}}}, {}, "omitted"},
        {MarkerKind::name, Severity::notice, 3, {}, {}, "kept as it was"},
    };
    session::EditSession session(pair.bitext, pair.alignment);
    const auto change = session.merge_with_previous(2);
    const auto updated =
        gui::UpdateMarkers(before, change, pair.bitext.source.size(), pair.bitext.target.size(),
                           session.bitext(), session.alignment(), &analyzer, 0);
    BOOST_TEST_REQUIRE(updated.size() >= 1U);
    const auto kept = std::find_if(updated.begin(), updated.end(),
                                   [](const Marker& marker) { return marker.link == 2U; });
    BOOST_TEST_REQUIRE((kept != updated.end()));
    BOOST_TEST(kept->explanation == "kept as it was");
    for (const auto& marker : updated) {
        BOOST_TEST(marker.explanation != "omitted");
        BOOST_TEST((marker.kind != MarkerKind::omission || marker.link == 1U));
    }
}

BOOST_AUTO_TEST_CASE(update_markers_without_an_analyzer_still_moves_later_sentences) {
    const MarkedPair pair;
    std::vector<Marker> before{
        {MarkerKind::number, Severity::error, 1, {{1, {0, 2}}}, {}, "on the split link"},
        {MarkerKind::number, Severity::error, 3, {{3, {19, 21}}}, {{2, {15, 17}}}, "later"},
    };
    session::EditSession session(pair.bitext, pair.alignment);
    const auto change =
        session.split_sentence(session::Side::source, 1, std::string("Он провёл").size());
    const auto updated =
        gui::UpdateMarkers(before, change, pair.bitext.source.size(), pair.bitext.target.size(),
                           session.bitext(), session.alignment(), nullptr);
    BOOST_TEST_REQUIRE(updated.size() == 1U);
    BOOST_TEST(updated[0].explanation == "later");
    BOOST_TEST(updated[0].link == 3U);
    BOOST_TEST(updated[0].source_spans[0].sentence == 4U); // one more source sentence before it
    BOOST_TEST(updated[0].target_spans[0].sentence == 2U); // the target side did not change
}

BOOST_AUTO_TEST_SUITE_END()
