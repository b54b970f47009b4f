// SPDX-License-Identifier: GPL-3.0-or-later
// Link operations of the editing session, each with its undo and redo.
#include "session_fixture.hpp"

#include <tandem/error.hpp>

#include <boost/test/data/test_case.hpp>

#include <functional>
#include <ostream>

namespace {

using tandem::session::Change;
using tandem::session::EditSession;
using tandem::session::Side;

/// Six sentences a side, linked `1-1 2-1 1-2 0-1 1-0 1-1`.
EditSession sample() {
    return EditSession(
        tandem::test::line_bitext({"S0.", "S1.", "S2.", "S3.", "S4.", "S5."},
                                  {"T0.", "T1.", "T2.", "T3.", "T4.", "T5."}),
        tandem::test::links_of("1-1 2-1 1-2 0-1 1-0 1-1"));
}

struct LinkCase {
    const char* name;
    std::function<Change(EditSession&)> operation;
    const char* types_after;
    Change change;
};

std::ostream& operator<<(std::ostream& out, const LinkCase& c) { return out << c.name; }

const LinkCase link_cases[] = {
    {"merge with next", [](EditSession& s) { return s.merge_with_next(0); },
     "3-2* 1-2 0-1 1-0 1-1", {0, 2, 1}},
    {"merge with previous", [](EditSession& s) { return s.merge_with_previous(2); },
     "1-1 3-3* 0-1 1-0 1-1", {1, 2, 1}},
    {"link rows in either order", [](EditSession& s) { return s.link_rows(4, 1); },
     "1-1 4-4* 1-1", {1, 4, 1}},
    {"split a 1-2 link", [](EditSession& s) { return s.split_link(2, 1, 1); },
     "1-1 2-1 1-1* 0-1* 0-1 1-0 1-1", {2, 1, 2}},
    {"split a 2-1 link into 1-0 and 1-1", [](EditSession& s) { return s.split_link(1, 1, 0); },
     "1-1 1-0* 1-1* 1-2 0-1 1-0 1-1", {1, 1, 2}},
    {"move first source up", [](EditSession& s) { return s.move_first_up(1, Side::source); },
     "2-1* 1-1* 1-2 0-1 1-0 1-1", {0, 2, 2}},
    {"move the only target up removes the row",
     [](EditSession& s) { return s.move_first_up(3, Side::target); },
     "1-1 2-1 1-3* 1-0 1-1", {2, 2, 1}},
    {"move last source down", [](EditSession& s) { return s.move_last_down(1, Side::source); },
     "1-1 1-1* 2-2* 0-1 1-0 1-1", {1, 2, 2}},
    {"move the only source down removes the row",
     [](EditSession& s) { return s.move_last_down(4, Side::source); },
     "1-1 2-1 1-2 0-1 2-1*", {4, 2, 1}},
    {"gap at the start of a link", [](EditSession& s) { return s.insert_gap(Side::source, 0); },
     "1-0* 0-1* 2-1 1-2 0-1 1-0 1-1", {0, 1, 2}},
    {"gap at the end of a link", [](EditSession& s) { return s.insert_gap(Side::target, 3); },
     "1-1 2-1 1-1* 0-1* 0-1 1-0 1-1", {2, 1, 2}},
    {"gap of the last source of a 2-1",
     [](EditSession& s) { return s.insert_gap(Side::source, 2); },
     "1-1 1-1* 1-0* 1-2 0-1 1-0 1-1", {1, 1, 2}},
    {"unlink", [](EditSession& s) { return s.unlink(2); },
     "1-1 2-1 1-0* 0-1* 0-1* 0-1 1-0 1-1", {2, 1, 3}},
    {"unlink a gap changes nothing", [](EditSession& s) { return s.unlink(4); },
     "1-1 2-1 1-2 0-1 1-0 1-1", {}},
    {"a gap stays a gap", [](EditSession& s) { return s.insert_gap(Side::target, 4); },
     "1-1 2-1 1-2 0-1 1-0 1-1", {}},
};

struct RefusedCase {
    const char* name;
    std::function<Change(EditSession&)> operation;
};

std::ostream& operator<<(std::ostream& out, const RefusedCase& c) { return out << c.name; }

const RefusedCase refused_cases[] = {
    {"merge the last row with the next", [](EditSession& s) { return s.merge_with_next(5); }},
    {"merge the first row with the previous",
     [](EditSession& s) { return s.merge_with_previous(0); }},
    {"merge a row that does not exist", [](EditSession& s) { return s.merge_with_next(6); }},
    {"link a row with itself", [](EditSession& s) { return s.link_rows(2, 2); }},
    {"split leaving an empty tail", [](EditSession& s) { return s.split_link(1, 2, 1); }},
    {"split leaving an empty head", [](EditSession& s) { return s.split_link(1, 0, 0); }},
    {"split past the link", [](EditSession& s) { return s.split_link(0, 2, 0); }},
    {"move up from the first row", [](EditSession& s) { return s.move_first_up(0, Side::source); }},
    {"move up a side that is empty",
     [](EditSession& s) { return s.move_first_up(3, Side::source); }},
    {"move down from the last row",
     [](EditSession& s) { return s.move_last_down(5, Side::target); }},
    {"gap of a sentence that does not exist",
     [](EditSession& s) { return s.insert_gap(Side::target, 6); }},
    {"unlink a row that does not exist", [](EditSession& s) { return s.unlink(17); }},
};

} // namespace

BOOST_AUTO_TEST_SUITE(session_links)

BOOST_DATA_TEST_CASE(operation_then_undo_and_redo, boost::unit_test::data::make(link_cases), c) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    const Change change = c.operation(session);
    BOOST_TEST(tandem::test::types_of(session) == c.types_after);
    BOOST_TEST(change == c.change);
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
    if (change.empty()) {
        BOOST_TEST(!session.can_undo());
        BOOST_TEST(tandem::test::dump(session) == before);
        return;
    }
    const std::string after = tandem::test::dump(session);
    const Change undone = session.undo();
    BOOST_TEST(tandem::test::dump(session) == before);
    BOOST_TEST(undone.first_link == change.first_link);
    BOOST_TEST(undone.links_removed == change.links_inserted);
    BOOST_TEST(undone.links_inserted == change.links_removed);
    BOOST_TEST(session.redo() == change);
    BOOST_TEST(tandem::test::dump(session) == after);
}

BOOST_DATA_TEST_CASE(invalid_operation_is_refused_and_changes_nothing,
                     boost::unit_test::data::make(refused_cases), c) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    try {
        (void)c.operation(session);
        BOOST_FAIL("the operation was not refused");
    } catch (const tandem::Error& error) {
        BOOST_TEST((error.code() == tandem::ErrorCode::invalid_argument));
    }
    BOOST_TEST(tandem::test::dump(session) == before);
    BOOST_TEST(!session.can_undo());
}

BOOST_AUTO_TEST_CASE(gap_inside_a_link_is_refused) {
    EditSession session = sample();
    (void)session.link_rows(0, 2);
    BOOST_CHECK_THROW((void)session.insert_gap(Side::source, 2), tandem::Error);
    BOOST_TEST(tandem::test::types_of(session) == "4-4* 0-1 1-0 1-1");
}

BOOST_AUTO_TEST_CASE(edited_links_can_stay_automatic) {
    EditSession session = sample();
    session.set_edited_status(tandem::align::LinkStatus::automatic);
    (void)session.merge_with_next(0);
    BOOST_TEST(tandem::test::types_of(session) == "3-2 1-2 0-1 1-0 1-1");
    BOOST_TEST(session.link(0).confidence == 1.0);
}

BOOST_AUTO_TEST_CASE(editing_a_confirmed_link_keeps_the_result_confirmed) {
    EditSession session = sample();
    (void)session.confirm(1);
    (void)session.split_link(1, 1, 1);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1* 1-0* 1-2 0-1 1-0 1-1");
}

BOOST_AUTO_TEST_CASE(row_of_finds_the_link_of_a_sentence) {
    const EditSession session = sample();
    BOOST_TEST(session.row_of(Side::source, 0) == 0U);
    BOOST_TEST(session.row_of(Side::source, 2) == 1U);
    BOOST_TEST(session.row_of(Side::source, 4) == 4U);
    BOOST_TEST(session.row_of(Side::target, 4) == 3U);
    BOOST_TEST(session.row_of(Side::target, 5) == 5U);
}

BOOST_AUTO_TEST_CASE(undo_and_redo_walk_the_history) {
    EditSession session = sample();
    const std::string start = tandem::test::dump(session);
    (void)session.merge_with_next(0);
    (void)session.unlink(0);
    BOOST_TEST(tandem::test::next_step(session) == "unlink");
    (void)session.undo();
    BOOST_TEST(tandem::test::next_step(session, true) == "unlink");
    BOOST_TEST(tandem::test::next_step(session) == "merge-links");
    (void)session.undo();
    BOOST_TEST(tandem::test::dump(session) == start);
    BOOST_TEST(!session.can_undo());
    BOOST_CHECK_THROW((void)session.undo(), tandem::Error);
    (void)session.redo();
    (void)session.split_link(0, 1, 1); // a new step drops what was undone
    BOOST_TEST(!session.can_redo());
}

BOOST_AUTO_TEST_SUITE_END()
