// SPDX-License-Identifier: GPL-3.0-or-later
#include "../test_paths.hpp"

#include <tandem/text/segmenter.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using tandem::text::SentenceRole;

struct SegmentationCase {
    const char* name;
    const char* language;
    std::string text;
    std::vector<std::string> sentences;
};

std::ostream& operator<<(std::ostream& out, const SegmentationCase& c) { return out << c.name; }

std::vector<std::string> texts(const tandem::text::Document& document) {
    std::vector<std::string> result;
    for (const auto& sentence : document.sentences) {
        result.push_back(sentence.text);
    }
    return result;
}

const std::vector<SegmentationCase> cases{
    {"en_titles", "en", "Mr. Smith met Dr. Jones today. They talked.",
     {"Mr. Smith met Dr. Jones today.", "They talked."}},
    {"en_decimal", "en", "Growth was 12.5 percent. It fell.", {"Growth was 12.5 percent.", "It fell."}},
    {"en_initials", "en", "We met J. K. Rowling there. Then we left.",
     {"We met J. K. Rowling there.", "Then we left."}},
    {"en_question_exclamation", "en", "Is it true? Yes! Good.", {"Is it true?", "Yes!", "Good."}},
    {"en_ellipsis", "en", "We waited... and waited. Nothing came.",
     {"We waited... and waited.", "Nothing came."}},
    {"ru_abbreviation", "ru", "Это важно, т.е. срочно. Мы начнём.", {"Это важно, т.е. срочно.", "Мы начнём."}},
    {"ru_year_end", "ru", "Встреча прошла в 2021 г. Затем был перерыв.",
     {"Встреча прошла в 2021 г.", "Затем был перерыв."}},
    {"ru_city", "ru", "Он живёт в г. Москва. Это столица.", {"Он живёт в г. Москва.", "Это столица."}},
    {"ru_initials", "ru", "Выступил С.В. Лавров. Потом вопросы.", {"Выступил С.В. Лавров.", "Потом вопросы."}},
    {"ru_decimal_comma", "ru", "Рост составил 12,5 процента. Это много.",
     {"Рост составил 12,5 процента.", "Это много."}},
    {"ru_quote_dash", "ru", "«Мы готовы!» — сказал министр. Все согласились.",
     {"«Мы готовы!» — сказал министр.", "Все согласились."}},
    {"de_ordinal", "de", "Wir treffen uns am 3. Mai in Bern. Das ist gut.",
     {"Wir treffen uns am 3. Mai in Bern.", "Das ist gut."}},
    {"de_abbreviation", "de", "Es gibt z.B. Käse. Und Brot.", {"Es gibt z.B. Käse.", "Und Brot."}},
    {"fr_monsieur", "fr", "M. Dupont est arrivé. Il parle.", {"M. Dupont est arrivé.", "Il parle."}},
    {"fr_question", "fr", "Vous venez ? Oui.", {"Vous venez ?", "Oui."}},
    {"zh_full_stops", "zh", "我们今天见面。他们明天走！你呢？", {"我们今天见面。", "他们明天走！", "你呢？"}},
    {"ja_full_stops", "ja", "今日は晴れです。明日は雨でしょう。", {"今日は晴れです。", "明日は雨でしょう。"}},
    {"speaker_label_en", "en", "SECRETARY BLINKEN: Good evening. Thank you.",
     {"SECRETARY BLINKEN:", "Good evening.", "Thank you."}},
    {"speaker_label_ru_with_note", "ru", "МИНИСТР ЛАВРОВ: (неразборчиво) Думаю, да.",
     {"МИНИСТР ЛАВРОВ:", "(неразборчиво)", "Думаю, да."}},
    {"via_interpreter", "en", "FOREIGN MINISTER LAVROV: (Via interpreter) Thank you very much, Tony.",
     {"FOREIGN MINISTER LAVROV:", "(Via interpreter)", "Thank you very much, Tony."}},
    {"mid_sentence_note_stays", "en", "We are glad to see such (inaudible). Thanks.",
     {"We are glad to see such (inaudible).", "Thanks."}},
    {"paragraphs_and_heading", "en", "Remarks to the Press\n\nGood evening. Welcome.\n",
     {"Remarks to the Press", "Good evening.", "Welcome."}},
    {"soft_wrapped_lines", "en", "This sentence is wrapped\nacross two lines. Next one.",
     {"This sentence is wrapped\nacross two lines.", "Next one."}},
};

} // namespace

BOOST_AUTO_TEST_SUITE(segmenter)

BOOST_DATA_TEST_CASE(splits_sentences, boost::unit_test::data::make(cases), c) {
    const auto document = tandem::text::segment_text(c.text, c.language, c.name);
    BOOST_TEST(texts(document) == c.sentences, boost::test_tools::per_element());
    for (const auto& sentence : document.sentences) {
        BOOST_TEST(document.text.substr(sentence.range.begin, sentence.range.size()) == sentence.text);
    }
}

BOOST_AUTO_TEST_CASE(roles_and_paragraphs) {
    const auto document = tandem::text::segment_text(
        "Remarks to the Press\n\nSECRETARY BLINKEN: Hello. (Laughter.)\n\nMINISTER: (Via interpreter) Hi.",
        "en", "roles");
    const std::vector<SentenceRole> roles{SentenceRole::heading,    SentenceRole::speaker_label,
                                          SentenceRole::speech,     SentenceRole::stage_note,
                                          SentenceRole::speaker_label, SentenceRole::stage_note,
                                          SentenceRole::speech};
    BOOST_REQUIRE_EQUAL(document.size(), roles.size());
    for (std::size_t i = 0; i < roles.size(); ++i) {
        BOOST_TEST((document.sentences[i].role == roles[i]), "sentence " << i);
    }
    BOOST_TEST(document.sentences[0].paragraph == 0U);
    BOOST_TEST(document.sentences[1].paragraph == 1U);
    BOOST_TEST(document.sentences[6].paragraph == 2U);
}

BOOST_AUTO_TEST_CASE(lines_are_sentences_when_segmented) {
    const auto document = tandem::text::segment_lines("One. Two.\n\nThree\n", "en", "lines");
    BOOST_REQUIRE_EQUAL(document.size(), 3U);
    BOOST_TEST(document.sentences[0].text == "One. Two.");
    BOOST_TEST(document.sentences[1].text.empty());
    BOOST_TEST(document.sentences[2].text == "Three");
}

BOOST_AUTO_TEST_CASE(sample_matches_its_hand_segmentation) {
    for (const auto& [text_file, segments_file, language] :
         {std::tuple{"source.ru.txt", "segments.source.txt", "ru"},
          std::tuple{"target.en.txt", "segments.target.txt", "en"}}) {
        std::ifstream text_in(tandem::test::sample_dir / text_file);
        std::ifstream segments_in(tandem::test::sample_dir / segments_file);
        std::stringstream text;
        text << text_in.rdbuf();
        std::vector<std::string> expected;
        for (std::string line; std::getline(segments_in, line);) {
            expected.push_back(line);
        }
        const auto document = tandem::text::segment_text(text.str(), language, text_file);
        BOOST_TEST(texts(document) == expected, boost::test_tools::per_element());
    }
}

BOOST_AUTO_TEST_SUITE_END()
