// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/numbers.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace {

/// One expected mention: its text, its value and its flags as letters (`~` approximate,
/// `%` percent, `o` ordinal, `w` spelled out, `d` part of a date).
struct Expected {
    std::string text;
    double value = 0.0;
    std::string flags;
};

struct NumberCase {
    std::string name;
    std::string language;
    std::string text;
    std::vector<Expected> mentions;
};
std::ostream& operator<<(std::ostream& out, const NumberCase& c) { return out << c.name; }

const std::vector<NumberCase> cases{
    {"en_digits", "en", "It costs 12.5 million, about 10,000 people came in 2019.",
     {{"12.5 million", 12.5e6, ""}, {"10,000", 10000, "~"}, {"2019", 2019, ""}}},
    {"en_words", "en", "More than two hundred and five delegates, twenty-seven of them women.",
     {{"two hundred and five", 205, "~w"}, {"twenty-seven", 27, "w"}}},
    {"en_percent_ordinal", "en", "The 3rd round gave 27% and 4.5 per cent of the votes.",
     {{"3rd", 3, "o"}, {"27%", 27, "%"}, {"4.5 per cent", 4.5, "%"}}},
    {"en_article_is_no_number", "en", "One of them said one thing.", {}},
    {"en_date_in_digits", "en", "Signed on 27.03.2019.", {{"27", 27, "d"}, {"03", 3, "d"}, {"2019", 2019, "d"}}},
    {"ru_digits", "ru", "Около 10 000 человек, а 12,5 процента — против.",
     {{"10 000", 10000, "~"}, {"12,5 процента", 12.5, "%"}}},
    {"ru_words_inflected", "ru", "Почти двадцати семи тысяч и трёх человек.",
     {{"двадцати семи тысяч", 27000, "~w"}, {"трёх", 3, "w"}}},
    {"ru_ordinal_and_scale", "ru", "В 3-й раз в 3-х странах выделили 2,5 млн рублей.",
     {{"3-й", 3, "o"}, {"3-х", 3, ""}, {"2,5 млн", 2.5e6, ""}}},
    {"ru_year_words", "ru", "В две тысячи двадцатом году.", {{"две тысячи двадцатом", 2020, "wo"}}},
    {"de_words_and_ordinal", "de", "Am 3. Oktober kamen siebenundzwanzig Leute, etwa 10.000 insgesamt.",
     {{"3.", 3, "o"}, {"siebenundzwanzig", 27, "w"}, {"10.000", 10000, "~"}}},
    {"de_percent_scale", "de", "Rund 12,5 Prozent, zwei Millionen und 2,5 Mio. Euro.",
     {{"12,5 Prozent", 12.5, "~%"}, {"zwei Millionen", 2e6, "w"}, {"2,5 Mio.", 2.5e6, ""}}},
    {"fr_words", "fr", "Quatre-vingt-dix pays et vingt et un experts, deux cents au total.",
     {{"Quatre-vingt-dix", 90, "w"}, {"vingt et un", 21, "w"}, {"deux cents", 200, "w"}}},
    {"fr_digits", "fr", "Environ 10 000 personnes, soit 12,5 %, le 1er mai.",
     {{"10 000", 10000, "~"}, {"12,5 %", 12.5, "%"}, {"1er", 1, "o"}}},
    {"fr_approximate_words", "fr", "Plus de trois millions d'habitants.", {{"trois millions", 3e6, "~w"}}},
};

std::string flags_of(const tandem::text::NumberMention& mention) {
    std::string flags;
    flags += mention.approximate ? "~" : "";
    flags += mention.percent ? "%" : "";
    flags += mention.ordinal ? "o" : "";
    flags += mention.spelled_out ? "w" : "";
    flags += mention.date_part ? "d" : "";
    return flags;
}

std::string sorted(std::string text) {
    std::sort(text.begin(), text.end());
    return text;
}

} // namespace

BOOST_AUTO_TEST_SUITE(numbers)

BOOST_DATA_TEST_CASE(extracts_numbers, boost::unit_test::data::make(cases), c) {
    const auto mentions = tandem::text::extract_numbers(c.text, c.language);
    BOOST_TEST_REQUIRE(mentions.size() == c.mentions.size());
    for (std::size_t i = 0; i < mentions.size(); ++i) {
        const auto& got = mentions[i];
        BOOST_TEST(c.text.substr(got.bytes.begin, got.bytes.size()) == c.mentions[i].text);
        BOOST_TEST(got.value == c.mentions[i].value, boost::test_tools::tolerance(1e-9));
        BOOST_TEST(sorted(flags_of(got)) == sorted(c.mentions[i].flags));
    }
}

BOOST_AUTO_TEST_CASE(same_value_in_two_languages) {
    tandem::text::NumberExtractor source("ru");
    tandem::text::NumberExtractor target("en");
    const auto ru = source.extract("двадцать семь");
    const auto en = target.extract("twenty-seven");
    BOOST_TEST_REQUIRE(ru.size() == 1U);
    BOOST_TEST_REQUIRE(en.size() == 1U);
    BOOST_TEST(ru.front().value == en.front().value);
}

BOOST_AUTO_TEST_CASE(language_without_spell_out_rules_reads_digits) {
    const auto mentions = tandem::text::extract_numbers("42 and 7", "und");
    BOOST_TEST(mentions.size() == 2U);
}

BOOST_AUTO_TEST_SUITE_END()
