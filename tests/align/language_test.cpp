// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/language.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <string>
#include <ostream>
#include <vector>

namespace {
struct Sample {
    std::string text;
    std::string tag;
};
std::ostream& operator<<(std::ostream& out, const Sample& sample) { return out << sample.tag; }
const std::vector<Sample> samples{
    {"The minister said that the talks were useful and that he was glad to be here.", "en"},
    {"Министр сказал, что переговоры были полезными и что он рад быть здесь.", "ru"},
    {"Der Minister sagte, dass die Gespräche nützlich waren und dass er sich freue.", "de"},
    {"Le ministre a dit que les discussions étaient utiles et qu'il était content d'être là.", "fr"},
    {"部长说，会谈很有用，他很高兴来到这里。", "zh"},
    {"大臣は、会談は有益だったと述べ、ここに来られてうれしいと語った。", "ja"},
    {"A miniszter azt mondta, hogy a tárgyalások hasznosak voltak, és hogy örül, hogy itt van.", "hu"},
};
} // namespace

BOOST_AUTO_TEST_SUITE(language)

BOOST_DATA_TEST_CASE(guesses_language_from_text, boost::unit_test::data::make(samples), sample) {
    BOOST_TEST(tandem::text::guess_language(sample.text).tag == sample.tag);
}

BOOST_AUTO_TEST_CASE(nothing_to_guess_from) {
    BOOST_TEST(tandem::text::guess_language("12345 !!!").tag == "und");
}

BOOST_AUTO_TEST_CASE(validates_tags) {
    BOOST_TEST(tandem::text::is_valid_language_tag("en-GB"));
    BOOST_TEST(tandem::text::is_valid_language_tag("zh-Hans"));
    BOOST_TEST(!tandem::text::is_valid_language_tag("english please"));
    BOOST_TEST(!tandem::text::is_valid_language_tag(""));
}

BOOST_AUTO_TEST_CASE(spaceless_languages) {
    BOOST_TEST(tandem::text::writes_without_spaces("zh-Hant"));
    BOOST_TEST(tandem::text::writes_without_spaces("ja"));
    BOOST_TEST(!tandem::text::writes_without_spaces("en"));
}

BOOST_AUTO_TEST_SUITE_END()
