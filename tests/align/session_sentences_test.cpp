// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence operations of the editing session: splitting and merging sentences of one side.
#include "session_fixture.hpp"

#include <tandem/error.hpp>

#include <boost/test/data/test_case.hpp>

#include <ostream>

namespace {

using tandem::session::EditSession;
using tandem::session::Side;
using tandem::text::SentenceRole;

/// Source sentence 1 holds two sentences and a speaker label; links `1-1 1-2 1-1`.
EditSession sample() {
    return EditSession(
        tandem::test::line_bitext({"Good morning.", "MR SMITH: Thank you. Мир вам.", "Bye."},
                                  {"Guten Morgen.", "HERR SMITH:", "Danke. Friede.", "Tschüss."}),
        tandem::test::links_of("1-1 1-2 1-1"));
}

struct BadSplit {
    const char* name;
    std::size_t offset;
};

std::ostream& operator<<(std::ostream& out, const BadSplit& c) { return out << c.name; }

const BadSplit bad_splits[] = {
    {"at the start", 0},
    {"at the end", 35},
    {"past the end", 400},
    {"inside a character", 22},
};

} // namespace

BOOST_AUTO_TEST_SUITE(session_sentences)

BOOST_AUTO_TEST_CASE(split_sentence_keeps_the_link_and_renumbers_the_rest) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    (void)session.confirm(1);
    const auto change = session.split_sentence(Side::source, 1, 9);
    BOOST_TEST(change.first_link == 1U);
    BOOST_TEST(change.links_removed == 1U);
    BOOST_TEST(change.links_inserted == 1U);
    BOOST_TEST(change.source_sentences);
    BOOST_TEST(!change.target_sentences);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 2-2* 1-1");
    BOOST_TEST(tandem::test::broken_invariant(session) == "");

    const auto& sentences = session.bitext().source.sentences;
    BOOST_REQUIRE_EQUAL(sentences.size(), 4U);
    BOOST_TEST(sentences[1].text == "MR SMITH:");
    BOOST_TEST(sentences[1].id == 1U);
    BOOST_TEST(sentences[1].role == SentenceRole::speaker_label);
    BOOST_TEST(sentences[2].text == "Thank you. Мир вам.");
    BOOST_TEST(sentences[2].id == 3U);
    BOOST_TEST(sentences[2].role == SentenceRole::speech);
    BOOST_TEST(sentences[3].id == 2U);
    BOOST_TEST(session.link(2).source.begin == 3U);

    (void)session.undo();
    (void)session.undo();
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(split_at_multibyte_text) {
    EditSession session = sample();
    (void)session.split_sentence(Side::source, 1, 21); // before "Мир"
    BOOST_TEST(session.bitext().source.sentences[2].text == "Мир вам.");
    BOOST_TEST(session.bitext().source.sentences[1].text == "MR SMITH: Thank you.");
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
}

BOOST_DATA_TEST_CASE(bad_split_is_refused, boost::unit_test::data::make(bad_splits), c) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    BOOST_CHECK_THROW((void)session.split_sentence(Side::source, 1, c.offset), tandem::Error);
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(merge_sentences_of_one_link) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    const auto change = session.merge_sentences(Side::target, 1);
    BOOST_TEST(change.target_sentences);
    BOOST_TEST(tandem::test::types_of(session) == "1-1 1-1 1-1");
    const auto& sentences = session.bitext().target.sentences;
    BOOST_REQUIRE_EQUAL(sentences.size(), 3U);
    BOOST_TEST(sentences[1].text == "HERR SMITH:\nDanke. Friede.");
    BOOST_TEST(sentences[1].id == 1U);
    BOOST_TEST(sentences[1].role == SentenceRole::speech);
    BOOST_TEST(sentences[2].id == 3U);
    BOOST_TEST(tandem::test::broken_invariant(session) == "");
    (void)session.undo();
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(merge_then_split_restores_the_text_but_not_the_id) {
    EditSession session = sample();
    (void)session.merge_sentences(Side::target, 1);
    (void)session.split_sentence(Side::target, 1, 11);
    const auto& sentences = session.bitext().target.sentences;
    BOOST_TEST(sentences[1].text == "HERR SMITH:");
    BOOST_TEST(sentences[2].text == "Danke. Friede.");
    BOOST_TEST(sentences[2].id == 4U); // a new sentence gets a fresh id
}

BOOST_AUTO_TEST_CASE(merge_across_links_is_refused) {
    EditSession session = sample();
    const std::string before = tandem::test::dump(session);
    BOOST_CHECK_THROW((void)session.merge_sentences(Side::target, 0), tandem::Error);
    BOOST_CHECK_THROW((void)session.merge_sentences(Side::target, 3), tandem::Error);
    BOOST_CHECK_THROW((void)session.merge_sentences(Side::source, 7), tandem::Error);
    BOOST_TEST(tandem::test::dump(session) == before);
}

BOOST_AUTO_TEST_CASE(sentence_operations_keep_status_and_confidence) {
    EditSession session = sample();
    (void)session.merge_sentences(Side::target, 1);
    BOOST_TEST(session.link(1).confidence == 0.5);
    BOOST_TEST((session.link(1).status == tandem::align::LinkStatus::automatic));
}

BOOST_AUTO_TEST_SUITE_END()
