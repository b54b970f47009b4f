// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/text/tokenizer.hpp>

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

namespace {

std::vector<std::string> words(std::string_view language, std::string_view text) {
    tandem::text::Tokenizer tokenizer(language);
    std::vector<std::string> result;
    for (const auto& token : tokenizer.tokenize(text)) {
        result.emplace_back(text.substr(token.bytes.begin, token.bytes.size()));
    }
    return result;
}

} // namespace

BOOST_AUTO_TEST_SUITE(tokenizer)

BOOST_AUTO_TEST_CASE(words_numbers_and_punctuation) {
    BOOST_TEST(words("en", "It costs 12.5 million, doesn't it?") ==
                   (std::vector<std::string>{"It", "costs", "12.5", "million", ",", "doesn't", "it", "?"}),
               boost::test_tools::per_element());
    tandem::text::Tokenizer tokenizer("en");
    const auto tokens = tokenizer.tokenize("COVID-19 in 2021: 27%");
    BOOST_TEST((tokens.at(3).kind == tandem::text::TokenKind::word)); // "in"
    BOOST_TEST((tokens.at(4).kind == tandem::text::TokenKind::number));
    BOOST_TEST((tokens.back().kind == tandem::text::TokenKind::punctuation ||
                tokens.back().kind == tandem::text::TokenKind::symbol));
}

BOOST_AUTO_TEST_CASE(russian_and_chinese) {
    BOOST_TEST(words("ru", "Лавров сказал: «Да».") ==
                   (std::vector<std::string>{"Лавров", "сказал", ":", "«", "Да", "»", "."}),
               boost::test_tools::per_element());
    tandem::text::Tokenizer chinese("zh");
    const auto tokens = chinese.tokenize("我们今天见面。");
    BOOST_TEST(tokens.size() >= 3U);
    BOOST_TEST((tokens.front().kind == tandem::text::TokenKind::ideographic));
}

BOOST_AUTO_TEST_SUITE_END()
