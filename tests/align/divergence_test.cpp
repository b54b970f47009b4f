// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/divergence/analysis.hpp>

#include <tandem/error.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iterator>
#include <map>
#include <string>
#include <vector>

namespace {

using tandem::align::Alignment;
using tandem::align::Bitext;
using tandem::align::Link;
using tandem::divergence::Marker;
using tandem::divergence::MarkerKind;
using tandem::divergence::Severity;
using tandem::divergence::find_divergences;

Bitext bitext(const std::string& source, const std::string& target,
              const std::string& source_language = "ru", const std::string& target_language = "en") {
    return {tandem::text::segment_lines(source, source_language, "source"),
            tandem::text::segment_lines(target, target_language, "target")};
}

/// Links `[s0, s1):[t0, t1)` given as quadruples.
Alignment links(std::initializer_list<std::array<unsigned, 4>> spans) {
    Alignment alignment;
    for (const auto& span : spans) {
        alignment.links.push_back({{span[0], span[1]}, {span[2], span[3]}});
    }
    return alignment;
}

/// Sentences and links of a routine stretch, for a length model to measure what follows against.
struct RoutinePair {
    std::string source;
    std::string target;
    Alignment alignment;
};

/// @p count identical, fully rendered 1-1 links.
RoutinePair routine_links(unsigned count) {
    RoutinePair routine;
    for (unsigned i = 0; i < count; ++i) {
        routine.source += "Комитет подробно обсудил предложение и принял решение сегодня утром.\n";
        routine.target += "The committee discussed the proposal in detail and decided this morning.\n";
        routine.alignment.links.push_back({{i, i + 1}, {i, i + 1}});
    }
    return routine;
}

std::vector<Marker> of_kind(const std::vector<Marker>& markers, MarkerKind kind) {
    std::vector<Marker> result;
    std::copy_if(markers.begin(), markers.end(), std::back_inserter(result),
                 [&](const Marker& m) { return m.kind == kind; });
    return result;
}

std::string span_text(const tandem::text::Document& document, const tandem::divergence::TextSpan& span) {
    return document.sentences.at(span.sentence).text.substr(span.bytes.begin, span.bytes.size());
}

tandem::divergence::DivergenceSettings no_dictionaries() {
    tandem::divergence::DivergenceSettings settings;
    settings.use_dictionaries = false;
    return settings;
}

/// Only the small word list tests/data/divergence/@p pair.tsv for a dictionary.
tandem::divergence::DivergenceSettings word_list(const std::string& pair) {
    auto settings = no_dictionaries();
    settings.dictionaries = {std::filesystem::path(TANDEM_TEST_DATA_DIR) / "divergence" /
                             (pair + ".tsv")};
    return settings;
}

/// The name markers on the source side, by the text they mark.
std::map<std::string, Severity> source_names(const Bitext& pair,
                                             const std::vector<Marker>& markers) {
    std::map<std::string, Severity> names;
    for (const auto& marker : of_kind(markers, MarkerKind::name)) {
        if (!marker.source_spans.empty()) {
            names[span_text(pair.source, marker.source_spans[0])] = marker.severity;
        }
    }
    return names;
}

} // namespace

BOOST_AUTO_TEST_SUITE(divergence)

BOOST_AUTO_TEST_CASE(omission_and_addition_from_gaps) {
    const auto pair = bitext("Мы открыты для сотрудничества.\nЭто предложение не переведено никем.\n",
                             "We are open to cooperation.\nThank you all very much indeed.\n");
    const auto markers = find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 2, 1, 2}}),
                                          no_dictionaries());
    const auto omissions = of_kind(markers, MarkerKind::omission);
    BOOST_TEST_REQUIRE(omissions.size() == 1U);
    BOOST_TEST(omissions[0].link == 1U);
    BOOST_TEST((omissions[0].severity == Severity::warning));
    BOOST_TEST_REQUIRE(omissions[0].source_spans.size() == 1U);
    BOOST_TEST(omissions[0].source_spans[0].sentence == 1U);
    const auto additions = of_kind(markers, MarkerKind::addition);
    BOOST_TEST_REQUIRE(additions.size() == 1U);
    BOOST_TEST(additions[0].link == 2U);
    BOOST_TEST(additions[0].target_spans.at(0).sentence == 1U);
}

BOOST_AUTO_TEST_CASE(number_with_a_wrong_value) {
    const auto pair = bitext("Арктический совет существует уже двадцать семь лет.\n",
                             "The Arctic Council has existed for 25 years.\n");
    const auto numbers = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                                 MarkerKind::number);
    BOOST_TEST_REQUIRE(numbers.size() == 1U);
    BOOST_TEST((numbers[0].severity == Severity::error));
    BOOST_TEST(span_text(pair.source, numbers[0].source_spans.at(0)) == "двадцать семь");
    BOOST_TEST(span_text(pair.target, numbers[0].target_spans.at(0)) == "25");
    BOOST_TEST(numbers[0].explanation == "'двадцать семь' (27) in the source, 25 in the target.");
}

BOOST_AUTO_TEST_CASE(number_approximated) {
    const auto pair = bitext("В прошлом году было выделено 12,5 млрд рублей.\n",
                             "Last year about 12 billion rubles were allocated.\n");
    const auto numbers = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                                 MarkerKind::number);
    BOOST_TEST_REQUIRE(numbers.size() == 1U);
    BOOST_TEST((numbers[0].severity == Severity::notice));
    BOOST_TEST(numbers[0].explanation.find("approximated") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(number_dropped_and_numbers_that_match) {
    const auto pair = bitext("В 2014 году в экспедициях работали 10 000 человек и 350 судов.\n",
                             "In 2014, 10,000 people worked on the expeditions.\n");
    const auto numbers = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                                 MarkerKind::number);
    BOOST_TEST_REQUIRE(numbers.size() == 1U);
    BOOST_TEST((numbers[0].severity == Severity::warning));
    BOOST_TEST(span_text(pair.source, numbers[0].source_spans.at(0)) == "350");
    BOOST_TEST(numbers[0].target_spans.empty());
}

BOOST_AUTO_TEST_CASE(number_hedged_on_both_sides_is_a_wrong_value) {
    // The source's own hedge is rendered: the values must agree (`более 25` ≠ `more than 28`).
    const auto pair = bitext("Потенциал сокращается более чем в 25 раз.\n",
                             "The potential is reduced by more than 28 times.\n");
    const auto numbers = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                                 MarkerKind::number);
    BOOST_TEST_REQUIRE(numbers.size() == 1U);
    BOOST_TEST((numbers[0].severity == Severity::error));
}

BOOST_AUTO_TEST_CASE(an_approximation_is_rounder) {
    // `around 23` is hedged but no rounder than 20: a different value, not an approximation.
    const auto pair = bitext("На Индию приходится 20% всех загрузок.\n",
                             "India had around 23% of all downloads.\n");
    const auto numbers = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                                 MarkerKind::number);
    BOOST_TEST_REQUIRE(numbers.size() == 1U);
    BOOST_TEST((numbers[0].severity == Severity::error));
}

BOOST_AUTO_TEST_CASE(country_names_meet_their_exonyms) {
    // CLDR country and language names, inflected (`Китая`, `Франции`), short (`США` ↔ `U.S.`).
    const auto pair = bitext("Во многих регионах Китая бывают проблемы.\n"
                             "Посол Франции выступил.\n"
                             "Руководство США не рассматривало отправку войск.\n",
                             "Many Chinese regions have problems.\n"
                             "The French ambassador spoke.\n"
                             "U.S. officials never considered sending troops.\n");
    const auto names = of_kind(
        find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}}), no_dictionaries()),
        MarkerKind::name);
    BOOST_TEST(names.empty());
}

BOOST_AUTO_TEST_CASE(an_unmatched_acronym_is_a_notice) {
    // Translators spell acronyms out in common words.
    const auto pair = bitext("Реформа затронула ЖКХ и полицию.\n",
                             "The reform affected housing and public utilities and the police.\n");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    BOOST_TEST_REQUIRE(names.size() == 1U);
    BOOST_TEST((names[0].severity == Severity::notice));
}

BOOST_AUTO_TEST_CASE(an_acronym_quoted_from_another_script_is_copied) {
    // `COVID` in a Russian text is not spelled out in English: `Putin` cannot render it.
    const auto pair = bitext("Власти усилили контроль эпидемии COVID-19 в городах.\n",
                             "The authorities tightened the control of the Putin-19 epidemic in cities.\n");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    const auto covid = std::find_if(names.begin(), names.end(), [&](const Marker& marker) {
        return !marker.source_spans.empty() && span_text(pair.source, marker.source_spans[0]) == "COVID";
    });
    BOOST_TEST_REQUIRE((covid != names.end()));
    BOOST_TEST((covid->severity == Severity::warning));
}

BOOST_AUTO_TEST_CASE(roman_numerals_are_not_names) {
    const auto pair = bitext("Il campo IV si trovava ai piedi del Gasherbrum VI su una morena del ghiacciaio.\n",
                             "The main camp stood at the foot of the summit on a moraine of the glacier.\n",
                             "it", "en");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    // `Gasherbrum` stands alone; the numbers are no names.
    BOOST_TEST_REQUIRE(names.size() == 1U);
    BOOST_TEST(span_text(pair.source, names[0].source_spans.at(0)) == "Gasherbrum");
}

BOOST_AUTO_TEST_CASE(a_swapped_name_is_named_in_the_explanation) {
    const auto pair = bitext("Ник Торп приехал в Будапешт.\n", "Nick Birbaum came to Budapest.\n");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    BOOST_TEST_REQUIRE(!names.empty());
    BOOST_TEST(names[0].explanation.find("'Birbaum'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_name_in_the_same_script_is_rendered_only_by_a_name_like_it) {
    // Latin to Latin a name is copied: `László` cannot render `Chirac`, `Parliament` may render
    // `Parlamentben`.
    const auto pair = bitext("Jacques Chirac francia elnök tegnap a Parlamentben beszélt a képviselőkhöz.\n",
                             "The French president Jacques László spoke to the members of Parliament yesterday.\n",
                             "hu", "en");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    const auto source_name = [&](const std::string& text) {
        return std::find_if(names.begin(), names.end(), [&](const Marker& marker) {
            return !marker.source_spans.empty() && span_text(pair.source, marker.source_spans[0]) == text;
        });
    };
    BOOST_TEST_REQUIRE((source_name("Chirac") != names.end()));
    BOOST_TEST((source_name("Chirac")->severity == Severity::warning));
    BOOST_TEST_REQUIRE((source_name("Parlamentben") != names.end()));
    BOOST_TEST((source_name("Parlamentben")->severity == Severity::notice));
}

BOOST_AUTO_TEST_CASE(a_german_name_is_a_word_no_dictionary_knows_or_one_it_renders_alike) {
    // German capitalises every noun. `Magnone` is known to no dictionary: a name, though the
    // French never names him. `Basislager` is a compound of known words and `Berg` a word the
    // dictionary translates: no names. `Himalaya` is rendered alike and the French names it.
    const auto pair = bitext("Die Expedition unter Magnone erreichte das Basislager am Berg .\n"
                             "Im Himalaya fiel der Schnee früh .\n"
                             "Der Himalaya ist hoch .\n",
                             "L' expédition atteignit le camp de base .\n"
                             "La neige tomba tôt .\n"
                             "L' Himalaya est haut .\n",
                             "de", "fr");
    const auto names =
        source_names(pair, find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}}),
                                            word_list("de-fr")));
    BOOST_TEST(names.size() == 2U);
    BOOST_TEST_REQUIRE(names.contains("Magnone"));
    BOOST_TEST((names.at("Magnone") == Severity::warning));
    BOOST_TEST_REQUIRE(names.contains("Himalaya"));
    BOOST_TEST((names.at("Himalaya") == Severity::warning));
}

BOOST_AUTO_TEST_CASE(titles_and_initials_are_no_names_but_the_names_after_them_are) {
    // `Dr .` is a title; `Toni` after it is a name (rendered); `Eggler` glued to its initial is
    // one too (dropped).
    const auto pair = bitext("Der Bericht von Dr . Toni Hagen und A.Eggler .\n",
                             "Le rapport de Toni Hagen .\n", "de", "fr");
    const auto names =
        source_names(pair, find_divergences(pair, links({{0, 1, 0, 1}}), word_list("de-fr")));
    BOOST_TEST(names.size() == 1U);
    BOOST_TEST_REQUIRE(names.contains("Eggler"));
    BOOST_TEST((names.at("Eggler") == Severity::warning));
}

BOOST_AUTO_TEST_CASE(an_acronym_renders_only_a_name_among_its_initials) {
    // `PM` renders `miniszterelnök`, not `Dzurinda`; `EU` may render `Európai Unió`.
    const auto pair = bitext("Mikulás Dzurinda szlovák miniszterelnök a gyár avatásán.\n"
                             "Ma az Európai Unió bővül.\n",
                             "Slovak PM Mikulás at the opening of the plant.\n"
                             "Today the EU grows.\n",
                             "hu", "en");
    const auto names = source_names(
        pair, find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 2}}), no_dictionaries()));
    BOOST_TEST_REQUIRE(names.contains("Dzurinda"));
    BOOST_TEST((names.at("Dzurinda") == Severity::warning));
    BOOST_TEST_REQUIRE(names.contains("Európai"));
    BOOST_TEST((names.at("Európai") == Severity::notice));
}

BOOST_AUTO_TEST_CASE(a_name_the_pair_transliterates_is_not_rendered_by_a_name_unlike_it) {
    // Across scripts a target name may be a transcription the keys miss (`Киевской` → `Kyiv`),
    // but the pair renders `Китчин` as `Kitchin` elsewhere, so `Ben` cannot render it.
    const auto pair = bitext("Китчин рекомендует не принимать витамин без врача.\n"
                             "Диетолог Бет Китчин советует следить за кислотой.\n"
                             "Власти Киевской области закрыли школы.\n",
                             "Kitchin recommends not taking the vitamin without a doctor.\n"
                             "Nutritionist Ben advises monitoring the acid.\n"
                             "The Kyiv region authorities closed schools.\n");
    const auto names =
        source_names(pair, find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 3, 2, 3}}),
                                            no_dictionaries()));
    BOOST_TEST_REQUIRE(names.contains("Китчин"));
    BOOST_TEST((names.at("Китчин") == Severity::warning));
    BOOST_TEST_REQUIRE(names.contains("Бет"));
    BOOST_TEST((names.at("Бет") == Severity::notice));
    BOOST_TEST_REQUIRE(names.contains("Киевской"));
    BOOST_TEST((names.at("Киевской") == Severity::notice));
}

BOOST_AUTO_TEST_CASE(an_exonym_takes_one_fuzzy_step_not_two) {
    // `Qing` is a little like `Kína`, whose `China` is a little like `Chen`: too far.
    const auto pair = bitext("Gyerekek játszanak a Qing Chen Shan hegyen.\n",
                             "Children playing by the Chen Shan Mountain.\n", "hu", "en");
    const auto names =
        source_names(pair, find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()));
    BOOST_TEST(names.size() == 1U);
    BOOST_TEST_REQUIRE(names.contains("Qing"));
    BOOST_TEST((names.at("Qing") == Severity::warning));
}

BOOST_AUTO_TEST_CASE(a_common_word_capitalised_in_a_title_is_a_notice) {
    // The dictionary translates `Председателя` (chairman): a title's capital, not a name.
    const auto pair = bitext("Принят приказ Председателя о кредитах.\n",
                             "A decree of the head on loans was adopted.\n");
    const auto names =
        source_names(pair, find_divergences(pair, links({{0, 1, 0, 1}}), word_list("ru-en")));
    BOOST_TEST_REQUIRE(names.contains("Председателя"));
    BOOST_TEST((names.at("Председателя") == Severity::notice));
}

BOOST_AUTO_TEST_CASE(name_dropped) {
    const auto pair = bitext("Благодарю госпожу Якобсдоуттир за прекрасную организацию сессии.\n",
                             "I thank you for the excellent organization of the session.\n");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    BOOST_TEST_REQUIRE(names.size() == 1U);
    BOOST_TEST((names[0].severity == Severity::warning));
    BOOST_TEST(span_text(pair.source, names[0].source_spans.at(0)) == "Якобсдоуттир");
}

BOOST_AUTO_TEST_CASE(names_matched_through_transliteration) {
    const auto pair = bitext("Вчера Лавров встретился с Блинкеном в Рейкьявике и Вашингтоне.\n",
                             "Yesterday Lavrov met Blinken in Reykjavik and Washington.\n");
    const auto names = of_kind(find_divergences(pair, links({{0, 1, 0, 1}}), no_dictionaries()),
                               MarkerKind::name);
    BOOST_TEST(names.empty());
}

BOOST_AUTO_TEST_CASE(merge_and_split_are_information) {
    const auto pair = bitext("Они есть.\nОни серьёзные.\nМы предлагаем встречи, потому что диалог нужен.\n",
                             "They exist and they are serious.\nWe propose meetings.\nDialogue is needed.\n");
    const auto markers = find_divergences(pair, links({{0, 2, 0, 1}, {2, 3, 1, 3}}), no_dictionaries());
    const auto merges = of_kind(markers, MarkerKind::merge);
    const auto splits = of_kind(markers, MarkerKind::split);
    BOOST_TEST_REQUIRE(merges.size() == 1U);
    BOOST_TEST_REQUIRE(splits.size() == 1U);
    BOOST_TEST((merges[0].severity == Severity::info));
    BOOST_TEST(merges[0].link == 0U);
    BOOST_TEST(splits[0].link == 1U);
}

BOOST_AUTO_TEST_CASE(untranslated_target) {
    const auto pair = bitext("У нас есть хорошая поговорка.\n«Уговор дороже денег».\n",
                             "We have a good saying.\n«Уговор дороже денег».\n");
    const auto markers = find_divergences(pair, links({{0, 1, 0, 1}, {1, 2, 1, 2}}), no_dictionaries());
    const auto untranslated = of_kind(markers, MarkerKind::untranslated);
    BOOST_TEST_REQUIRE(untranslated.size() == 1U);
    BOOST_TEST(untranslated[0].link == 1U);
}

BOOST_AUTO_TEST_CASE(transcript_notes_are_not_additions) {
    const auto pair = bitext("Спасибо, Тони.\nМы готовы [перекрёстный разговор] обсуждать.\n",
                             "(Via interpreter)\nThank you, Tony.\nWe are ready to discuss.\n");
    const auto markers = find_divergences(pair, links({{0, 0, 0, 1}, {0, 1, 1, 2}, {1, 2, 2, 3}}),
                                          no_dictionaries());
    BOOST_TEST(of_kind(markers, MarkerKind::addition).empty());
    const auto notes = of_kind(markers, MarkerKind::transcript_note);
    BOOST_TEST_REQUIRE(notes.size() == 2U);
    BOOST_TEST(notes[0].link == 0U);
    BOOST_TEST(notes[1].link == 2U);
    BOOST_TEST(span_text(pair.source, notes[1].source_spans.at(0)) == "[перекрёстный разговор]");
}

BOOST_AUTO_TEST_CASE(low_confidence_links) {
    const auto pair = bitext("Добрый вечер всем.\n", "Good evening, everyone.\n");
    auto alignment = links({{0, 1, 0, 1}});
    alignment.links[0].confidence = 0.2;
    auto markers = of_kind(find_divergences(pair, alignment, no_dictionaries()), MarkerKind::low_confidence);
    BOOST_TEST(markers.size() == 1U);
    alignment.links[0].status = tandem::align::LinkStatus::confirmed;
    markers = of_kind(find_divergences(pair, alignment, no_dictionaries()), MarkerKind::low_confidence);
    BOOST_TEST(markers.empty());
}

BOOST_AUTO_TEST_CASE(compression_against_the_pair_own_lengths) {
    std::string source;
    std::string target;
    tandem::align::Alignment alignment;
    for (unsigned i = 0; i < 14; ++i) {
        source += "Комитет подробно обсудил предложение и принял решение сегодня утром.\n";
        target += i == 7 ? std::string("The committee met.\n")
                         : std::string("The committee discussed the proposal in detail and decided this morning.\n");
        alignment.links.push_back({{i, i + 1}, {i, i + 1}});
    }
    const auto pair = bitext(source, target);
    const auto compressions = of_kind(find_divergences(pair, alignment, no_dictionaries()),
                                      MarkerKind::compression);
    BOOST_TEST_REQUIRE(compressions.size() == 1U);
    BOOST_TEST(compressions[0].link == 7U);
    BOOST_TEST((compressions[0].severity >= Severity::warning));
}

/// A sentence whose content words are names and numbers, which match without a dictionary.
constexpr const char* meeting_source =
    "Сергей Рябков встретился с Джоном Смитом и Анной Браун в Женеве 12 марта 2021 года.\n";
constexpr const char* meeting_target =
    "Sergei Ryabkov met with John Smith and Anna Brown in Geneva on 12 March 2021.\n";

BOOST_AUTO_TEST_CASE(a_reduced_rendition_shows_in_its_words) {
    // Eight links: too few to fit the variance, so Gale & Church's wide one applies, and a
    // target 40 % shorter than the others is less than 2 σ short. Its words show it renders
    // little: one of the sentence's names, none of its numbers.
    std::string source;
    std::string target;
    Alignment alignment;
    for (unsigned i = 0; i < 8; ++i) {
        source += meeting_source;
        target += i == 5 ? std::string("Ryabkov had talks with colleagues that spring.\n")
                         : std::string(meeting_target);
        alignment.links.push_back({{i, i + 1}, {i, i + 1}});
    }
    const auto pair = bitext(source, target);
    const auto compressions = of_kind(find_divergences(pair, alignment, no_dictionaries()),
                                      MarkerKind::compression);
    BOOST_TEST_REQUIRE(compressions.size() == 1U);
    BOOST_TEST(compressions[0].link == 5U);
    BOOST_TEST(compressions[0].explanation.find("content words") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_rendition_without_the_hesitations_is_not_compressed) {
    // A spoken source: the interpreter leaves out the speaker's fillers and false starts and
    // renders every content word, so a target far shorter than its source is no reduction.
    auto [source, target, alignment] = routine_links(12);
    for (unsigned i = 0; i < 12; ++i) {
        source += meeting_source;
        target += meeting_target;
        alignment.links.push_back({{12 + i, 13 + i}, {12 + i, 13 + i}});
    }
    source += "Ну, э-э, Сергей, вот, Рябков, э-э, ну, встретился, вот, с, э-э, с Джоном, ну, Смитом "
              "и, э-э, с Анной, вот, Браун в, э-э, в Женеве, ну, 12, э-э, марта 2021, вот, года.\n";
    target += meeting_target;
    alignment.links.push_back({{24, 25}, {24, 25}});
    const auto markers = find_divergences(bitext(source, target), alignment, no_dictionaries());
    BOOST_TEST(of_kind(markers, MarkerKind::compression).empty());
}

BOOST_AUTO_TEST_CASE(omission_hidden_in_a_merge) {
    auto [source, target, alignment] = routine_links(12);
    source += "Мой заместитель Сергей Рябков уже провёл предварительные консультации с коллегами в Женеве.\n";
    alignment.links.back().source.end = 13; // the last link is now a 2-1 merge
    const auto pair = bitext(source, target);
    const auto markers = find_divergences(pair, alignment, no_dictionaries());
    const auto omissions = of_kind(markers, MarkerKind::omission);
    BOOST_TEST_REQUIRE(omissions.size() == 1U);
    BOOST_TEST(omissions[0].source_spans.at(0).sentence == 12U);
    BOOST_TEST(of_kind(markers, MarkerKind::merge).empty());
    BOOST_TEST(of_kind(markers, MarkerKind::name).empty()); // explained by the omission
}

BOOST_AUTO_TEST_CASE(one_accidental_counterpart_does_not_render_a_merged_sentence) {
    auto [source, target, alignment] = routine_links(12);
    // Too little shorter for the length test; `Анна` is the sentence's only word with a
    // counterpart, while the other sentence of the merge has most of its words rendered.
    source += "Сергей Рябков встретился с Джоном Смитом в Женеве.\n"
              "Вечером Анна улетела обратно домой.\n";
    target += "Sergei Ryabkov met with John Smith and Anna in Geneva, as planned.\n";
    alignment.links.push_back({{12, 14}, {12, 13}});
    const auto pair = bitext(source, target);
    auto settings = no_dictionaries();
    const auto omissions = of_kind(find_divergences(pair, alignment, settings), MarkerKind::omission);
    BOOST_TEST_REQUIRE(omissions.size() == 1U);
    BOOST_TEST(omissions[0].source_spans.at(0).sentence == 13U);
    settings.absorbed_lexical_share = 0.0; // only a sentence with no counterpart at all
    BOOST_TEST(of_kind(find_divergences(pair, alignment, settings), MarkerKind::omission).empty());
}

BOOST_AUTO_TEST_CASE(a_counterpart_shared_with_the_other_sentence_does_not_render_it) {
    auto [source, target, alignment] = routine_links(12);
    // Two words with a counterpart, but `Смит` meets the `Smith` that renders `Смитом` of the
    // other sentence, leaving `Анна` alone.
    source += "Сергей Рябков встретился с Джоном Смитом в Женеве.\n"
              "Вечером Смит и Анна улетели домой.\n";
    target += "Sergei Ryabkov met with John Smith and Anna in Geneva, as planned.\n";
    alignment.links.push_back({{12, 14}, {12, 13}});
    const auto omissions =
        of_kind(find_divergences(bitext(source, target), alignment, no_dictionaries()),
                MarkerKind::omission);
    BOOST_TEST_REQUIRE(omissions.size() == 1U);
    BOOST_TEST(omissions[0].source_spans.at(0).sentence == 13U);
}

BOOST_AUTO_TEST_CASE(rejects_an_alignment_that_does_not_fit) {
    const auto pair = bitext("Один.\n", "One.\n");
    BOOST_CHECK_THROW((void)find_divergences(pair, links({{0, 2, 0, 1}})), tandem::Error);
}

BOOST_AUTO_TEST_SUITE_END()
