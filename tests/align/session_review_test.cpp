// SPDX-License-Identifier: GPL-3.0-or-later
// Review state of the editing session: confirmation, bookmarks, saved state, training pairs.
#include "session_fixture.hpp"

#include <tandem/error.hpp>

namespace {

using tandem::align::LinkStatus;
using tandem::session::Bookmark;
using tandem::session::EditSession;

EditSession sample(std::vector<Bookmark> bookmarks = {}) {
    return EditSession(tandem::test::line_bitext({"One.", "Two.", "Three.", "Four."},
                                                 {"Eins.", "Zwei.", "Drei.", "Vier."}),
                       tandem::test::links_of("1-1 1-1 1-1 1-1"), std::move(bookmarks));
}

} // namespace

BOOST_AUTO_TEST_SUITE(session_review)

BOOST_AUTO_TEST_CASE(confirm_and_unconfirm) {
    EditSession session = sample();
    const auto change = session.confirm(2);
    BOOST_TEST(change.first_link == 2U);
    BOOST_TEST(change.links_removed == 1U);
    BOOST_TEST(change.links_inserted == 1U);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1 1-1* 1-1");
    BOOST_TEST(session.link(2).confidence == 0.5);
    BOOST_TEST(session.confirm(2).empty()); // already confirmed: no step
    (void)session.unconfirm(2);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1 1-1 1-1");
    (void)session.undo();
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1 1-1* 1-1");
    BOOST_CHECK_THROW((void)session.confirm(4), tandem::Error);
}

BOOST_AUTO_TEST_CASE(confirming_several_rows_is_one_step) {
    EditSession session = sample();
    const std::vector<std::size_t> rows{3, 1};
    const auto change = session.set_status(rows, LinkStatus::confirmed);
    BOOST_TEST(change.first_link == 1U);
    BOOST_TEST(change.links_removed == 3U);
    BOOST_TEST(change.links_inserted == 3U);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1* 1-1 1-1*");
    BOOST_TEST(session.set_status(rows, LinkStatus::confirmed).empty()); // nothing to change
    (void)session.undo();
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1 1-1 1-1");
    BOOST_TEST(!session.can_undo());
    BOOST_TEST(session.set_status(std::vector<std::size_t>{}, LinkStatus::confirmed).empty());
    BOOST_CHECK_THROW((void)session.set_status(std::vector<std::size_t>{0, 4},
                                               LinkStatus::confirmed),
                      tandem::Error);
}

BOOST_AUTO_TEST_CASE(bookmarks_set_replace_remove_and_undo) {
    EditSession session = sample();
    BOOST_TEST(session.set_bookmark(1, "check the number").bookmarks);
    BOOST_TEST(session.set_bookmark(3, "").bookmarks);
    BOOST_TEST(session.set_bookmark(1, "check the number").empty());
    (void)session.set_bookmark(1, "check the date");
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{1, "check the date"}, {3, ""}}));
    BOOST_TEST(session.remove_bookmark(3).bookmarks);
    BOOST_TEST(session.remove_bookmark(3).empty());
    (void)session.undo();
    (void)session.undo();
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{1, "check the number"}, {3, ""}}));
}

BOOST_AUTO_TEST_CASE(bookmarks_follow_their_links) {
    EditSession session = sample({{3, "last"}, {1, "second"}, {2, "third"}});
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{1, "second"}, {2, "third"}, {3, "last"}}));
    const auto change = session.merge_with_next(1);
    BOOST_TEST(change.bookmarks);
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{1, "second\nthird"}, {2, "last"}}));
    (void)session.unlink(0);
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{2, "second\nthird"}, {3, "last"}}));
    (void)session.undo();
    (void)session.undo();
    BOOST_TEST((session.bookmarks() ==
                std::vector<Bookmark>{{1, "second"}, {2, "third"}, {3, "last"}}));
}

BOOST_AUTO_TEST_CASE(modified_follows_the_saved_point) {
    EditSession session = sample();
    BOOST_TEST(!session.modified());
    (void)session.confirm(0);
    BOOST_TEST(session.modified());
    session.mark_saved();
    BOOST_TEST(!session.modified());
    (void)session.undo();
    BOOST_TEST(session.modified());
    (void)session.redo();
    BOOST_TEST(!session.modified());
    (void)session.undo();
    (void)session.confirm(1); // the saved state can no longer be reached
    BOOST_TEST(session.modified());
}

BOOST_AUTO_TEST_CASE(revision_counts_every_change) {
    EditSession session = sample();
    const auto start = session.revision();
    (void)session.confirm(0);
    (void)session.undo();
    (void)session.redo();
    BOOST_TEST(session.revision() == start + 3);
    (void)session.confirm(0); // no change
    BOOST_TEST(session.revision() == start + 3);
}

BOOST_AUTO_TEST_CASE(confirmed_pairs_are_the_training_data) {
    EditSession session = sample();
    (void)session.link_rows(1, 2);
    (void)session.confirm(0);
    (void)session.unconfirm(0);
    const auto pairs = session.confirmed_pairs();
    BOOST_REQUIRE_EQUAL(pairs.size(), 1U);
    BOOST_TEST(pairs[0].source == "Two. Three.");
    BOOST_TEST(pairs[0].target == "Zwei. Drei.");
}

BOOST_AUTO_TEST_CASE(broken_input_is_refused) {
    auto bitext = tandem::test::line_bitext({"One.", "Two."}, {"Eins."});
    BOOST_CHECK_THROW(EditSession(bitext, tandem::test::links_of("1-1")), tandem::Error);
    BOOST_CHECK_THROW(EditSession(bitext, tandem::test::links_of("1-1 1-0"), {{2, ""}}),
                      tandem::Error);
    BOOST_CHECK_NO_THROW(EditSession(bitext, tandem::test::links_of("1-1 1-0"), {{1, ""}}));
}

BOOST_AUTO_TEST_SUITE_END()
