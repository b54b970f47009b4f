// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/align/aligner.hpp>
#include <tandem/error.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <stop_token>
#include <string>

namespace {

using tandem::align::Alignment;
using tandem::align::Bitext;

Bitext lines(const std::string& source, const std::string& target) {
    return {tandem::text::segment_lines(source, "en", "source"),
            tandem::text::segment_lines(target, "de", "target")};
}

std::string types(const Alignment& alignment) {
    std::string result;
    for (const auto& link : alignment.links) {
        result += link.type() + ' ';
    }
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(aligner)

BOOST_AUTO_TEST_CASE(one_to_one_when_lengths_match) {
    const auto bitext = lines("A short one.\nA much, much longer sentence with many more words in it.\nMid-sized sentence here.\n",
                              "Ein kurzer.\nEin viel, viel längerer Satz mit sehr viel mehr Wörtern darin.\nMittellanger Satz hier.\n");
    const auto alignment = tandem::align::align(bitext);
    BOOST_TEST(types(alignment) == "1-1 1-1 1-1 ");
    BOOST_TEST(!tandem::align::check_invariants(alignment, 3, 3).has_value());
}

BOOST_AUTO_TEST_CASE(finds_a_merge) {
    const auto bitext = lines("This is the first half of a thought.\nAnd this is the second half of it.\nA final remark closes the text here.\n",
                              "Dies ist die erste Hälfte eines Gedankens und dies ist die zweite Hälfte davon.\nEine letzte Bemerkung schließt den Text hier ab.\n");
    const auto alignment = tandem::align::align(bitext);
    BOOST_TEST(types(alignment) == "2-1 1-1 ");
}

BOOST_AUTO_TEST_CASE(deterministic) {
    const auto bitext = lines("One.\nTwo two.\nThree three three.\nFour.\n", "Eins.\nZwei zwei.\nDrei.\n");
    BOOST_TEST(tandem::align::align(bitext).links == tandem::align::align(bitext).links);
}

BOOST_AUTO_TEST_CASE(empty_documents_align_to_nothing) {
    const Bitext empty{tandem::text::segment_lines("", "en", "s"), tandem::text::segment_lines("", "de", "t")};
    BOOST_TEST(tandem::align::align(empty).links.empty());
}

BOOST_AUTO_TEST_CASE(one_side_empty_gives_gaps) {
    const Bitext bitext{tandem::text::segment_lines("One.\nTwo.\n", "en", "s"),
                        tandem::text::segment_lines("", "de", "t")};
    const auto alignment = tandem::align::align(bitext);
    BOOST_TEST(types(alignment) == "1-0 1-0 ");
}

BOOST_AUTO_TEST_CASE(cancellation_throws) {
    std::stop_source stop;
    stop.request_stop();
    const auto bitext = lines("One.\n", "Eins.\n");
    BOOST_CHECK_THROW((void)tandem::align::align(bitext, {}, stop.get_token()), tandem::Cancelled);
}

BOOST_AUTO_TEST_CASE(confidence_in_unit_interval) {
    const auto bitext = lines("One.\nTwo two two two two two two.\n", "Eins eins eins eins eins eins eins eins.\n");
    for (const auto& link : tandem::align::align(bitext).links) {
        BOOST_TEST(link.confidence >= 0.0);
        BOOST_TEST(link.confidence <= 1.0);
    }
}

BOOST_AUTO_TEST_SUITE_END()
