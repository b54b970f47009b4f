// SPDX-License-Identifier: GPL-3.0-or-later
// Thousands of random operations with undo and redo: after each one the invariants hold, refused
// operations change nothing, and undo/redo walk back and forth through exactly the same states.
#include "session_fixture.hpp"

#include <tandem/error.hpp>

#include <random>

namespace {

using tandem::session::EditSession;
using tandem::session::Side;

std::string random_sentence(std::mt19937& random) {
    static const char* const words[] = {"alpha", "beta", "мир", "дом", "gamma", "Ölfeld", "x"};
    std::string sentence;
    const auto count = 1 + random() % 6;
    for (unsigned i = 0; i < count; ++i) {
        sentence += std::string(i == 0 ? "" : " ") + words[random() % std::size(words)];
    }
    return sentence + '.';
}

EditSession random_session(std::mt19937& random) {
    std::vector<std::string> source;
    std::vector<std::string> target;
    for (int i = 0; i < 30; ++i) {
        source.push_back(random_sentence(random));
        target.push_back(random_sentence(random));
    }
    std::string types = "1-1";
    for (int i = 1; i < 30; ++i) {
        types += " 1-1";
    }
    return EditSession(tandem::test::line_bitext(source, target), tandem::test::links_of(types));
}

/// Runs one random operation on @p session (many of them are refused).
void random_operation(EditSession& session, std::mt19937& random) {
    const auto pick = [&](std::size_t n) { return n == 0 ? 0 : random() % n; };
    const std::size_t row = pick(session.size() + 1); // sometimes one past the end
    const Side side = random() % 2 == 0 ? Side::source : Side::target;
    const auto& document = side == Side::source ? session.bitext().source : session.bitext().target;
    const auto sentence = static_cast<tandem::align::SentenceIndex>(pick(document.size() + 1));
    switch (random() % 14) {
    case 0: (void)session.merge_with_next(row); break;
    case 1: (void)session.merge_with_previous(row); break;
    case 2: (void)session.link_rows(row, row + pick(4)); break;
    case 3:
        (void)session.split_link(row, static_cast<std::uint32_t>(pick(4)),
                                 static_cast<std::uint32_t>(pick(4)));
        break;
    case 4: (void)session.move_first_up(row, side); break;
    case 5: (void)session.move_last_down(row, side); break;
    case 6: (void)session.insert_gap(side, sentence); break;
    case 7: (void)session.unlink(row); break;
    case 8: {
        const std::size_t size =
            sentence < document.size() ? document.sentences[sentence].text.size() : 10;
        (void)session.split_sentence(side, sentence, pick(size + 1));
        break;
    }
    case 9: (void)session.merge_sentences(side, sentence); break;
    case 10:
        (void)session.set_status(row, random() % 3 == 0 ? tandem::align::LinkStatus::automatic
                                                        : tandem::align::LinkStatus::confirmed);
        break;
    case 11:
        if (random() % 2 == 0) {
            (void)session.set_bookmark(row, "note " + std::to_string(random() % 3));
        } else {
            (void)session.remove_bookmark(row);
        }
        break;
    case 12: (void)session.realign(tandem::test::quick_options(), row, row + 1 + pick(20)); break;
    default: session.set_edited_status(random() % 2 == 0 ? tandem::align::LinkStatus::automatic
                                                         : tandem::align::LinkStatus::confirmed);
    }
}

} // namespace

BOOST_AUTO_TEST_SUITE(undo_random)

BOOST_AUTO_TEST_CASE(thousands_of_operations_with_undo_and_redo) {
    std::mt19937 random(20261127);
    EditSession session = random_session(random);
    std::vector<std::string> states{tandem::test::dump(session)};
    std::size_t position = 0;
    std::size_t applied = 0;
    std::size_t refused = 0;
    std::size_t undone = 0;
    for (int step = 0; step < 5000; ++step) {
        const auto choice = random() % 10;
        if (choice < 2 && session.can_undo()) {
            (void)session.undo();
            --position;
            ++undone;
        } else if (choice < 3 && session.can_redo()) {
            (void)session.redo();
            ++position;
        } else {
            const std::string before = tandem::test::dump(session);
            try {
                random_operation(session, random);
            } catch (const tandem::Error& error) {
                BOOST_REQUIRE(error.code() == tandem::ErrorCode::invalid_argument);
                BOOST_REQUIRE(tandem::test::dump(session) == before);
                ++refused;
                continue;
            }
            const std::string after = tandem::test::dump(session);
            if (after != before) {
                states.resize(position + 1);
                states.push_back(after);
                ++position;
                ++applied;
            }
            BOOST_REQUIRE(session.can_undo() == (position > 0));
            BOOST_REQUIRE(!session.can_redo() || after == before);
        }
        const std::string broken = tandem::test::broken_invariant(session);
        BOOST_REQUIRE_MESSAGE(broken.empty(), "step " << step << ": " << broken);
        BOOST_REQUIRE_MESSAGE(tandem::test::dump(session) == states[position],
                              "step " << step << " reached an unexpected state");
    }
    while (session.can_undo()) {
        (void)session.undo();
        --position;
        BOOST_REQUIRE(tandem::test::dump(session) == states[position]);
    }
    BOOST_TEST(position == 0U);
    // The run must exercise every path, not only refusals.
    BOOST_TEST(applied > 1000U);
    BOOST_TEST(refused > 100U);
    BOOST_TEST(undone > 300U);
}

BOOST_AUTO_TEST_SUITE_END()
