// SPDX-License-Identifier: GPL-3.0-or-later
// Divergence analysis on any alignment. The marker kinds follow the interpreting-studies
// taxonomies (Barik 1975: omissions, additions, substitutions; Wadensjö 1998: reduced, expanded,
// summarised, zero renditions) and the MQM accuracy branch (addition, omission, mistranslation,
// untranslated); numbers and names are the "problem triggers" of interpreting research (Mead 2015,
// Braun & Clarici 1996) and get their own checks. Every threshold is relative to the pair itself
// where a distribution exists (lengths), and documented in docs/divergences.md otherwise.
#include <tandem/divergence/analysis.hpp>

#include <tandem/error.hpp>
#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/stemmer.hpp>
#include <tandem/text/language.hpp>
#include <tandem/text/numbers.hpp>
#include <tandem/text/segmenter.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/transliteration.hpp>
#include <tandem/text/unicode.hpp>

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tandem::divergence {
namespace {

using text::SentenceIndex;

/// One word token of a sentence with the keys the checks compare.
struct Word {
    text::ByteRange bytes;
    std::string stem;               ///< case-folded Snowball stem
    std::optional<std::string> key; ///< transliterated name key, computed on demand
    bool capitalised = false;       ///< starts with an upper-case letter
    bool acronym = false;           ///< two to eight capitals
    bool name = false;              ///< a name candidate: capitalised inside the sentence, or an acronym
};

/// What the checks need to know about one sentence, computed once per analysis.
struct SentenceFacts {
    std::vector<Word> words;
    std::vector<text::NumberMention> numbers;
};

/// Inline transcript notes inside a speech sentence: words a bracketed aside starts with.
constexpr std::string_view note_words[] = {
    "inaudible", "unintelligible", "indistinct", "crosstalk", "cross-talk", "laughter", "laughs",
    "applause", "via interpreter", "through interpreter", "through an interpreter", "interpret",
    "off-mic", "off mic", "unclear", "pause", "неразборчиво", "смех", "аплодисменты", "переводчик",
    "через переводчика", "пауза", "оживление", "шум в зале", "rires", "applaudissements",
    "interprète", "inaudible", "beifall", "heiterkeit", "lachen", "dolmetsch", "applausi",
    "risate", "interprete", "oklaski", "śmiech", "tłumacz", "aplausos", "risas"};

/// Languages that capitalise common nouns: only acronyms and words the dictionary does not know
/// are name candidates there.
constexpr std::string_view noun_capitalising_languages[] = {"de", "lb"};

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string format_value(double value) {
    char buffer[64];
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.6g", value);
    }
    return buffer;
}

/// `'двадцать семь' (27)`, or just `27` when the text says it already.
std::string describe_number(std::string_view written, double value) {
    const std::string formatted = format_value(value);
    return written == formatted ? formatted : quoted(written) + " (" + formatted + ")";
}

bool is_upper_start(std::string_view word) {
    int32_t offset = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset, static_cast<int32_t>(word.size()), c);
    return c >= 0 && u_isupper(c) != 0;
}

bool is_acronym(std::string_view word) {
    std::size_t letters = 0;
    for (int32_t offset = 0; offset < static_cast<int32_t>(word.size());) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), offset, static_cast<int32_t>(word.size()), c);
        if (c < 0 || u_isalpha(c) == 0 || u_isupper(c) == 0) {
            return false;
        }
        ++letters;
    }
    return letters >= 2 && letters <= 8;
}

bool has_digit(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool counts_as_text(text::SentenceRole role) {
    return role == text::SentenceRole::speech || role == text::SentenceRole::heading;
}

std::size_t code_points(const text::Document& document, align::Span span) {
    std::size_t total = 0;
    for (SentenceIndex i = span.begin; i < span.end; ++i) {
        if (counts_as_text(document.sentences[i].role)) {
            total += text::count_code_points(document.sentences[i].text);
        }
    }
    return total;
}

/// The tools of one side: tokenizer, number reader, stemmer, transliterator.
class Side {
public:
    explicit Side(std::string_view language)
        : m_language(text::primary_language(language)), m_tokenizer(language), m_numbers(language),
          m_stemmer(language) {
        // Month and weekday names are capitalised in some languages and never names.
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(
            icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), status);
        status = U_ZERO_ERROR;
        const icu::DateFormatSymbols symbols(locale, status);
        if (U_FAILURE(status)) {
            return;
        }
        for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
            for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
                int32_t count = 0;
                const icu::UnicodeString* months = symbols.getMonths(count, context, width);
                for (int32_t i = 0; i < count; ++i) {
                    add_calendar_word(months[i]);
                }
                const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
                for (int32_t i = 0; i < count; ++i) {
                    add_calendar_word(weekdays[i]);
                }
            }
        }
    }

    [[nodiscard]] const std::string& language() const noexcept { return m_language; }
    lexicon::Stemmer& stemmer() { return m_stemmer; }

    /// Words and numbers of every sentence of @p document.
    std::vector<SentenceFacts> facts(const text::Document& document,
                                     const std::unordered_set<std::string>& known_words) {
        std::vector<SentenceFacts> result(document.size());
        const bool capitalises_nouns =
            std::find(std::begin(noun_capitalising_languages), std::end(noun_capitalising_languages),
                      m_language) != std::end(noun_capitalising_languages);
        for (std::size_t i = 0; i < document.size(); ++i) {
            const text::Sentence& sentence = document.sentences[i];
            if (!counts_as_text(sentence.role)) {
                continue;
            }
            SentenceFacts& facts = result[i];
            facts.numbers = m_numbers.extract(sentence.text);
            std::size_t capitalised = 0;
            bool first = true;
            for (const auto& token : m_tokenizer.tokenize(sentence.text)) {
                if (token.kind == text::TokenKind::punctuation) {
                    // After a full stop, a colon, a quote or a dash a word is capitalised anyway
                    // (segments may hold several sentences); after a comma it is not.
                    const std::string_view mark =
                        std::string_view(sentence.text).substr(token.bytes.begin, token.bytes.size());
                    first = first || (mark != "," && mark != "-" && mark != "(" && mark != ")");
                    continue;
                }
                if (token.kind != text::TokenKind::word) {
                    continue;
                }
                const std::string_view surface =
                    std::string_view(sentence.text).substr(token.bytes.begin, token.bytes.size());
                Word word;
                word.bytes = token.bytes;
                word.stem = m_stemmer.stem(text::fold_case(surface));
                word.capitalised = is_upper_start(surface);
                word.acronym = is_acronym(surface);
                const bool initials = surface.find('.') != std::string_view::npos;
                word.name = sentence.role == text::SentenceRole::speech && !has_digit(surface) &&
                            !initials && !m_calendar_words.contains(word.stem) &&
                            ((word.capitalised && !first && text::count_code_points(surface) >= 2 &&
                              (!capitalises_nouns || !known_words.contains(word.stem))) ||
                             word.acronym);
                capitalised += word.capitalised ? 1 : 0;
                first = false;
                facts.words.push_back(std::move(word));
            }
            // Title case and capitals (headlines, shouted labels) say nothing about names.
            if (facts.words.size() >= 4 && capitalised * 10 > facts.words.size() * 6) {
                for (auto& word : facts.words) {
                    word.name = false;
                }
            }
        }
        // A capitalised word the document also writes in lower case is a common word that
        // starts a phrase or a title (`Council`, `Route`), not a name.
        std::unordered_set<std::string> lower_case;
        for (const auto& facts : result) {
            for (const auto& word : facts.words) {
                if (!word.capitalised) {
                    lower_case.insert(word.stem);
                }
            }
        }
        for (auto& facts : result) {
            for (auto& word : facts.words) {
                word.name = word.name && (word.acronym || !lower_case.contains(word.stem));
            }
        }
        return result;
    }

    const std::string& key(const text::Sentence& sentence, Word& word) {
        if (!word.key) {
            word.key = m_transliterator.name_key(
                std::string_view(sentence.text).substr(word.bytes.begin, word.bytes.size()));
        }
        return *word.key;
    }

private:
    void add_calendar_word(const icu::UnicodeString& name) {
        std::string utf8;
        name.toUTF8String(utf8);
        m_calendar_words.insert(m_stemmer.stem(text::fold_case(utf8)));
    }

    std::string m_language;
    std::unordered_set<std::string> m_calendar_words;
    text::Tokenizer m_tokenizer;
    text::NumberExtractor m_numbers;
    lexicon::Stemmer m_stemmer;
    text::Transliterator m_transliterator;
};

/// Translation pairs of stems, both directions.
struct StemLexicon {
    std::unordered_map<std::string, std::unordered_set<std::string>> source_to_target;
    std::unordered_set<std::string> source_words; ///< every source stem the dictionary knows
    std::unordered_set<std::string> target_words; ///< every target stem the dictionary knows

    [[nodiscard]] bool translates(const std::string& source, const std::string& target) const {
        const auto it = source_to_target.find(source);
        return it != source_to_target.end() && it->second.contains(target);
    }
};

} // namespace

struct Analyzer::Impl {
    DivergenceSettings settings;
    Side source;
    Side target;
    StemLexicon lexicon;

    // Per analysis.
    const align::Bitext* bitext = nullptr;
    const align::Alignment* alignment = nullptr;
    std::vector<SentenceFacts> source_facts;
    std::vector<SentenceFacts> target_facts;
    std::set<std::pair<std::string, std::string>> associations; ///< (source stem, target stem)
    std::vector<Marker> markers;

    /// The length model of Gale & Church (1993), fitted to the pair's own links: a target of
    /// `ratio × s` characters for `s` source characters, with a variance of `variance × s`.
    struct LengthModel {
        double ratio = 1.0;
        double variance = 6.8; ///< Gale & Church's s² for characters

        /// How many standard deviations @p t is from what @p s source characters predict.
        [[nodiscard]] double z(double s, double t) const {
            return (t - ratio * s) / std::sqrt(std::max(s, 1.0) * variance);
        }
    };

    Impl(std::string_view source_language, std::string_view target_language, DivergenceSettings s)
        : settings(std::move(s)), source(source_language), target(target_language) {
        const auto dictionary = lexicon::load_pair_dictionaries(
            source_language, target_language, settings.use_dictionaries, settings.dictionaries);
        for (const auto& pair : dictionary.dictionary->pairs()) {
            std::string source_stem = source.stemmer().stem(pair.source);
            std::string target_stem = target.stemmer().stem(pair.target);
            lexicon.source_words.insert(source_stem);
            lexicon.target_words.insert(target_stem);
            lexicon.source_to_target[std::move(source_stem)].insert(std::move(target_stem));
        }
    }

    /// Where every noun is capitalised (German), a capitalised word is a name candidate only when
    /// the other document has a word like it (`Everest`, `Zermatt`): compounds such as
    /// `Höhenzahl` are translated, not transliterated.
    void confirm_noun_capitalised_names(bool source_side) {
        Side& own = source_side ? source : target;
        if (std::find(std::begin(noun_capitalising_languages), std::end(noun_capitalising_languages),
                      own.language()) == std::end(noun_capitalising_languages)) {
            return;
        }
        Side& other = source_side ? target : source;
        const text::Document& own_document = source_side ? bitext->source : bitext->target;
        const text::Document& other_document = source_side ? bitext->target : bitext->source;
        auto& own_facts = source_side ? source_facts : target_facts;
        auto& other_facts = source_side ? target_facts : source_facts;
        std::set<std::string> other_keys;
        for (std::size_t i = 0; i < other_facts.size(); ++i) {
            for (Word& word : other_facts[i].words) {
                if (word.capitalised) {
                    other_keys.insert(other.key(other_document.sentences[i], word));
                }
            }
        }
        for (std::size_t i = 0; i < own_facts.size(); ++i) {
            for (Word& word : own_facts[i].words) {
                if (!word.name || word.acronym) {
                    continue;
                }
                const std::string& key = own.key(own_document.sentences[i], word);
                word.name = std::any_of(other_keys.begin(), other_keys.end(), [&](const std::string& k) {
                    return text::key_similarity(key, k) >= settings.name_similarity;
                });
            }
        }
    }

    void add(MarkerKind kind, Severity severity, std::size_t link, std::vector<TextSpan> source_spans,
             std::vector<TextSpan> target_spans, std::string explanation) {
        markers.push_back({kind, severity, link, std::move(source_spans), std::move(target_spans),
                           std::move(explanation)});
    }

    static TextSpan whole(const text::Document& document, SentenceIndex i) {
        return {i, {0, document.sentences[i].text.size()}};
    }

    std::vector<Marker> run(const align::Bitext& pair, const align::Alignment& links) {
        if (const auto broken = align::check_invariants(links, pair.source.size(), pair.target.size())) {
            throw Error(ErrorCode::invalid_argument, "the alignment does not fit the texts: " + *broken);
        }
        bitext = &pair;
        alignment = &links;
        markers.clear();
        source_facts = source.facts(pair.source, lexicon.source_words);
        target_facts = target.facts(pair.target, lexicon.target_words);
        confirm_noun_capitalised_names(true);
        confirm_noun_capitalised_names(false);
        learn_associations();
        const LengthModel lengths = calibrate_lengths();
        for (std::size_t k = 0; k < links.links.size(); ++k) {
            const align::Link& link = links.links[k];
            check_notes(k, link);
            if (link.target.empty()) {
                check_omission(k, link);
            } else if (link.source.empty()) {
                check_addition(k, link);
            } else {
                const std::size_t first_marker = markers.size();
                check_numbers(k, link);
                check_names(k, link);
                const Absorbed absorbed = check_absorbed(k, link, lengths, first_marker);
                check_shape(k, link, absorbed);
                if (!absorbed.source && !absorbed.target) {
                    check_length(k, link, lengths);
                }
                check_untranslated(k, link);
            }
            if (link.status == align::LinkStatus::automatic && link.confidence < settings.low_confidence) {
                add(MarkerKind::low_confidence, Severity::notice, k, {}, {},
                    "The engine is only " + format_value(std::round(link.confidence * 100.0)) +
                        "% sure of this " + link.type() + " link.");
            }
        }
        std::stable_sort(markers.begin(), markers.end(), [](const Marker& a, const Marker& b) {
            return a.link != b.link ? a.link < b.link : a.kind < b.kind;
        });
        return std::move(markers);
    }

    // --- gaps, shapes and notes -------------------------------------------------------------

    void check_omission(std::size_t k, const align::Link& link) {
        for (SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            const text::Sentence& sentence = bitext->source.sentences[i];
            if (sentence.role == text::SentenceRole::stage_note || sentence.text.empty()) {
                continue; // a note is reported as such; an empty line is nothing
            }
            const std::size_t words = source_facts[i].words.size();
            const bool minor = sentence.role != text::SentenceRole::speech || words <= 2;
            add(MarkerKind::omission, minor ? Severity::notice : Severity::warning, k,
                {whole(bitext->source, i)}, {},
                "Source sentence " + std::to_string(sentence.id) + " (" + std::to_string(words) +
                    (words == 1 ? " word" : " words") + ") has no counterpart in the target.");
        }
    }

    void check_addition(std::size_t k, const align::Link& link) {
        for (SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
            const text::Sentence& sentence = bitext->target.sentences[i];
            if (sentence.role == text::SentenceRole::stage_note || sentence.text.empty()) {
                continue;
            }
            const std::size_t words = target_facts[i].words.size();
            const bool minor = sentence.role != text::SentenceRole::speech || words <= 2;
            add(MarkerKind::addition, minor ? Severity::notice : Severity::warning, k, {},
                {whole(bitext->target, i)},
                "Target sentence " + std::to_string(sentence.id) + " (" + std::to_string(words) +
                    (words == 1 ? " word" : " words") + ") has no counterpart in the source.");
        }
    }

    /// Sentences of a link's larger side that the lengths show were not rendered at all, though
    /// the engine put them in a merge or a split.
    struct Absorbed {
        std::optional<SentenceIndex> source; ///< an omitted source sentence
        std::optional<SentenceIndex> target; ///< an added target sentence
    };

    /// Finds a gap hidden inside an n-m link: the link's length ratio is far off the pair's
    /// norm and becomes normal without one sentence (Gale & Church 1993 reasoning on one link).
    /// A number or name of that sentence with no counterpart lowers the bar; such markers are then
    /// replaced by the omission or addition they are part of.
    Absorbed check_absorbed(std::size_t k, const align::Link& link, const LengthModel& model,
                            std::size_t first_marker) {
        Absorbed absorbed;
        const auto source_length = static_cast<double>(code_points(bitext->source, link.source));
        const auto target_length = static_cast<double>(code_points(bitext->target, link.target));
        if (source_length <= 0.0 || target_length <= 0.0) {
            return absorbed;
        }
        const auto z_of = [&](double s, double t) { return model.z(s, t); };
        const double z_all = z_of(source_length, target_length);
        const auto anchored = [&](bool source_side, SentenceIndex i) {
            return std::any_of(markers.begin() + static_cast<std::ptrdiff_t>(first_marker), markers.end(),
                               [&](const Marker& m) {
                                   const auto& spans = source_side ? m.source_spans : m.target_spans;
                                   const auto& others = source_side ? m.target_spans : m.source_spans;
                                   return m.severity >= Severity::notice && others.empty() &&
                                          std::any_of(spans.begin(), spans.end(),
                                                      [&](const TextSpan& span) { return span.sentence == i; });
                               });
        };
        const auto find = [&](bool source_side) -> std::optional<SentenceIndex> {
            const align::Span span = source_side ? link.source : link.target;
            const text::Document& document = source_side ? bitext->source : bitext->target;
            const double direction = source_side ? -1.0 : 1.0; // omissions compress, additions expand
            // An anchored sentence (a number or name with no counterpart) is the likelier gap.
            constexpr double anchor_bonus = 0.5;
            std::optional<SentenceIndex> best;
            double best_score = 0.0;
            double best_z = 0.0;
            std::size_t speech = 0;
            for (SentenceIndex i = span.begin; i < span.end; ++i) {
                if (!counts_as_text(document.sentences[i].role)) {
                    continue;
                }
                ++speech;
                const auto length = static_cast<double>(text::count_code_points(document.sentences[i].text));
                const double rest = (source_side ? source_length : target_length) - length;
                if (rest <= 0.0) {
                    continue;
                }
                const double z = source_side ? z_of(rest, target_length) : z_of(source_length, rest);
                const double score = std::fabs(z) - (anchored(source_side, i) ? anchor_bonus : 0.0);
                if (!best || score < best_score) {
                    best = i;
                    best_score = score;
                    best_z = z;
                }
            }
            if (speech < 2 || !best) {
                return std::nullopt;
            }
            const bool anchor = anchored(source_side, *best);
            const double needed = anchor || link.confidence < settings.low_confidence ? settings.absorbed_anchor_z
                                                                                       : settings.absorbed_z;
            // With an anchor, removing the sentence need only explain most of the deviation.
            constexpr double anchored_share = 0.6;
            const double fit = anchor ? std::max(settings.absorbed_fit_z, anchored_share * std::fabs(z_all))
                                      : settings.absorbed_fit_z;
            if (direction * z_all >= needed && std::fabs(best_z) <= fit) {
                return best;
            }
            return std::nullopt;
        };
        if (link.source.size() > 1) {
            absorbed.source = find(true);
        }
        if (link.target.size() > 1) {
            absorbed.target = find(false);
        }
        const auto explained = [&](const Marker& m) {
            const auto inside = [](const std::vector<TextSpan>& spans, std::optional<SentenceIndex> i) {
                return i && std::any_of(spans.begin(), spans.end(), [&](const TextSpan& span) { return span.sentence == *i; });
            };
            return (m.target_spans.empty() && inside(m.source_spans, absorbed.source)) ||
                   (m.source_spans.empty() && inside(m.target_spans, absorbed.target));
        };
        markers.erase(std::remove_if(markers.begin() + static_cast<std::ptrdiff_t>(first_marker), markers.end(), explained),
                      markers.end());
        const auto other = [&](const text::Document& document, align::Span span, SentenceIndex skip) {
            std::string ids;
            for (SentenceIndex i = span.begin; i < span.end; ++i) {
                if (i != skip) {
                    ids += (ids.empty() ? "" : ", ") + std::to_string(document.sentences[i].id);
                }
            }
            return ids;
        };
        if (absorbed.source) {
            const text::Sentence& sentence = bitext->source.sentences[*absorbed.source];
            add(MarkerKind::omission, Severity::warning, k, {whole(bitext->source, *absorbed.source)}, {},
                "Source sentence " + std::to_string(sentence.id) + " (" +
                    std::to_string(source_facts[*absorbed.source].words.size()) +
                    " words) has no counterpart: the target of this link renders only source sentence " +
                    other(bitext->source, link.source, *absorbed.source) + ".");
        }
        if (absorbed.target) {
            const text::Sentence& sentence = bitext->target.sentences[*absorbed.target];
            add(MarkerKind::addition, Severity::warning, k, {}, {whole(bitext->target, *absorbed.target)},
                "Target sentence " + std::to_string(sentence.id) + " (" +
                    std::to_string(target_facts[*absorbed.target].words.size()) +
                    " words) has no counterpart: the source of this link is rendered by target sentence " +
                    other(bitext->target, link.target, *absorbed.target) + ".");
        }
        return absorbed;
    }

    /// Merges and splits, counted without stage notes and without absorbed gaps.
    void check_shape(std::size_t k, const align::Link& link, const Absorbed& absorbed) {
        std::vector<TextSpan> source_spans;
        std::vector<TextSpan> target_spans;
        for (SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            if (bitext->source.sentences[i].role != text::SentenceRole::stage_note && absorbed.source != i) {
                source_spans.push_back(whole(bitext->source, i));
            }
        }
        for (SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
            if (bitext->target.sentences[i].role != text::SentenceRole::stage_note && absorbed.target != i) {
                target_spans.push_back(whole(bitext->target, i));
            }
        }
        const std::size_t n = source_spans.size();
        const std::size_t m = target_spans.size();
        if (n == 0 || m == 0) {
            return;
        }
        if (n > 1) {
            add(MarkerKind::merge, Severity::info, k, source_spans, target_spans,
                std::to_string(n) + " source sentences are rendered as " + std::to_string(m) +
                    " in the target.");
        }
        if (m > 1) {
            add(MarkerKind::split, Severity::info, k, source_spans, target_spans,
                std::to_string(n) + " source sentence" + (n == 1 ? " is" : "s are") + " rendered as " +
                    std::to_string(m) + " in the target.");
        }
    }

    /// Stage-note segments, and bracketed notes inside speech (`… [crosstalk] …`).
    static std::vector<TextSpan> notes(const text::Document& document, align::Span span) {
        std::vector<TextSpan> found;
        for (SentenceIndex i = span.begin; i < span.end; ++i) {
            const text::Sentence& sentence = document.sentences[i];
            if (sentence.role == text::SentenceRole::stage_note) {
                found.push_back(whole(document, i));
                continue;
            }
            const std::string_view textv = sentence.text;
            for (std::size_t open = textv.find_first_of("(["); open != std::string_view::npos;
                 open = textv.find_first_of("([", open + 1)) {
                const char close = textv[open] == '(' ? ')' : ']';
                const std::size_t end = textv.find(close, open);
                if (end == std::string_view::npos) {
                    break;
                }
                const std::string_view bracketed = textv.substr(open, end + 1 - open);
                if (text::classify_segment(bracketed) != text::SentenceRole::stage_note) {
                    continue;
                }
                const std::string folded = text::fold_case(bracketed);
                const bool known = std::any_of(std::begin(note_words), std::end(note_words),
                                               [&](std::string_view w) { return folded.find(w) != std::string::npos; });
                if (close == ']' || known) {
                    found.push_back({i, {open, end + 1}});
                }
            }
        }
        return found;
    }

    void check_notes(std::size_t k, const align::Link& link) {
        auto source_notes = notes(bitext->source, link.source);
        auto target_notes = notes(bitext->target, link.target);
        if (source_notes.empty() && target_notes.empty()) {
            return;
        }
        const auto describe = [](const text::Document& document, const std::vector<TextSpan>& spans) {
            std::string result;
            for (const auto& span : spans) {
                result += (result.empty() ? "" : ", ") +
                          quoted(std::string_view(document.sentences[span.sentence].text)
                                     .substr(span.bytes.begin, span.bytes.size()));
            }
            return result;
        };
        std::string explanation;
        if (!source_notes.empty() && !target_notes.empty()) {
            explanation = "Transcript notes " + describe(bitext->source, source_notes) + " and " +
                          describe(bitext->target, target_notes) + " are not speech.";
        } else if (!source_notes.empty()) {
            explanation = "Transcript note " + describe(bitext->source, source_notes) +
                          " in the source is not speech.";
        } else {
            explanation = "Transcript note " + describe(bitext->target, target_notes) +
                          " in the target is not speech.";
        }
        add(MarkerKind::transcript_note, Severity::info, k, std::move(source_notes),
            std::move(target_notes), std::move(explanation));
    }

    // --- numbers ----------------------------------------------------------------------------

    struct Found {
        SentenceIndex sentence;
        const text::NumberMention* mention;
        bool used = false;
    };

    static std::vector<Found> numbers_in(const std::vector<SentenceFacts>& facts, align::Span span) {
        std::vector<Found> found;
        for (SentenceIndex i = span.begin; i < span.end; ++i) {
            for (const auto& mention : facts[i].numbers) {
                found.push_back({i, &mention});
            }
        }
        return found;
    }

    static bool same_value(double a, double b) {
        return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
    }

    /// True when the link's edges are uncertain, so a counterpart may sit in a neighbouring link.
    [[nodiscard]] bool uncertain(const align::Link& link) const {
        return link.confidence < 0.9 || link.source.size() != 1 || link.target.size() != 1;
    }

    [[nodiscard]] bool in_neighbour_target(std::size_t k, double value) const {
        for (const std::size_t n : {k - 1, k + 1}) {
            if (n < alignment->links.size()) {
                for (const auto& found : numbers_in(target_facts, alignment->links[n].target)) {
                    if (same_value(found.mention->value, value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    [[nodiscard]] bool in_neighbour_source(std::size_t k, double value) const {
        for (const std::size_t n : {k - 1, k + 1}) {
            if (n < alignment->links.size()) {
                for (const auto& found : numbers_in(source_facts, alignment->links[n].source)) {
                    if (same_value(found.mention->value, value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    std::string_view written(const text::Document& document, const Found& found) const {
        return std::string_view(document.sentences[found.sentence].text)
            .substr(found.mention->bytes.begin, found.mention->bytes.size());
    }

    void check_numbers(std::size_t k, const align::Link& link) {
        auto source_numbers = numbers_in(source_facts, link.source);
        auto target_numbers = numbers_in(target_facts, link.target);
        if (source_numbers.empty() && target_numbers.empty()) {
            return;
        }
        // Equal values match whatever their form (27 = двадцать семь, 12,5 = 12.5).
        for (auto& s : source_numbers) {
            for (auto& t : target_numbers) {
                if (!t.used && same_value(s.mention->value, t.mention->value)) {
                    s.used = t.used = true;
                    break;
                }
            }
        }
        const auto span_of = [](const Found& found) {
            return TextSpan{found.sentence, found.mention->bytes};
        };
        // A hedged value close to its counterpart is an approximation (12,5 → `about 12`).
        for (auto& s : source_numbers) {
            for (auto& t : target_numbers) {
                if (s.used || t.used) {
                    continue;
                }
                const double a = s.mention->value;
                const double b = t.mention->value;
                const double difference = std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b));
                if ((t.mention->approximate || s.mention->approximate) &&
                    difference <= settings.approximation_tolerance) {
                    s.used = t.used = true;
                    add(MarkerKind::number, Severity::notice, k, {span_of(s)}, {span_of(t)},
                        describe_number(written(bitext->source, s), a) + " in the source is approximated as " +
                            describe_number(written(bitext->target, t), b) + " in the target.");
                }
            }
        }
        // What is left on both sides: different values, paired in order of appearance.
        auto t_it = target_numbers.begin();
        for (auto& s : source_numbers) {
            if (s.used || s.mention->date_part) {
                continue;
            }
            while (t_it != target_numbers.end() && (t_it->used || t_it->mention->date_part)) {
                ++t_it;
            }
            if (t_it == target_numbers.end()) {
                break;
            }
            if (uncertain(link) && (in_neighbour_target(k, s.mention->value) ||
                                    in_neighbour_source(k, t_it->mention->value))) {
                continue; // the counterpart may be across a link boundary the engine guessed
            }
            s.used = t_it->used = true;
            add(MarkerKind::number, Severity::error, k, {span_of(s)}, {span_of(*t_it)},
                describe_number(written(bitext->source, s), s.mention->value) + " in the source, " +
                    describe_number(written(bitext->target, *t_it), t_it->mention->value) +
                    " in the target.");
        }
        for (auto& s : source_numbers) {
            if (s.used || (uncertain(link) && in_neighbour_target(k, s.mention->value))) {
                continue;
            }
            // Small numbers in words, hedged numbers and date fields are often rendered otherwise
            // (`both`, `thousands of`, `March`): a notice, not a warning.
            const bool minor = s.mention->date_part || s.mention->approximate ||
                               (s.mention->spelled_out && s.mention->value <= 10);
            add(MarkerKind::number, minor ? Severity::notice : Severity::warning, k, {span_of(s)}, {},
                describe_number(written(bitext->source, s), s.mention->value) +
                    " in the source has no counterpart in the target.");
        }
        for (auto& t : target_numbers) {
            if (t.used || (uncertain(link) && in_neighbour_source(k, t.mention->value))) {
                continue;
            }
            add(MarkerKind::number, Severity::notice, k, {}, {span_of(t)},
                describe_number(written(bitext->target, t), t.mention->value) +
                    " in the target has no counterpart in the source.");
        }
    }

    // --- names ------------------------------------------------------------------------------

    /// Source stems and target stems of name candidates that keep appearing in the same links:
    /// a within-pair association (Dice coefficient, as in Smadja et al. 1996) for names no
    /// transliteration or dictionary connects (`США` ↔ `US`).
    void learn_associations() {
        associations.clear();
        std::map<std::string, int> source_counts;
        std::map<std::string, int> target_counts;
        std::map<std::pair<std::string, std::string>, int> pair_counts;
        for (const auto& link : alignment->links) {
            if (link.source.empty() || link.target.empty()) {
                continue;
            }
            std::set<std::string> source_stems;
            std::set<std::string> target_stems;
            for (SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
                for (const auto& word : source_facts[i].words) {
                    if (word.name) {
                        source_stems.insert(word.stem);
                    }
                }
            }
            for (SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
                for (const auto& word : target_facts[i].words) {
                    if (word.capitalised) {
                        target_stems.insert(word.stem);
                    }
                }
            }
            for (const auto& s : source_stems) {
                ++source_counts[s];
                for (const auto& t : target_stems) {
                    ++pair_counts[{s, t}];
                }
            }
            for (const auto& t : target_stems) {
                ++target_counts[t];
            }
        }
        constexpr int min_together = 2;
        constexpr double min_dice = 0.6;
        for (const auto& [pair, together] : pair_counts) {
            const double dice = 2.0 * together / (source_counts[pair.first] + target_counts[pair.second]);
            if (together >= min_together && dice >= min_dice) {
                associations.insert(pair);
            }
        }
    }

    /// True when @p word (a source word when @p word_is_source) has a counterpart among the words
    /// of @p span on the other side.
    bool has_counterpart(bool word_is_source, const text::Sentence& sentence, Word& word,
                         align::Span span) {
        Side& own = word_is_source ? source : target;
        Side& other = word_is_source ? target : source;
        const text::Document& other_document = word_is_source ? bitext->target : bitext->source;
        std::vector<SentenceFacts>& other_facts = word_is_source ? target_facts : source_facts;
        const std::string& key = own.key(sentence, word);
        for (SentenceIndex i = span.begin; i < span.end; ++i) {
            for (Word& candidate : other_facts[i].words) {
                const bool linked = word_is_source ? lexicon.translates(word.stem, candidate.stem) ||
                                                         associations.contains({word.stem, candidate.stem})
                                                   : lexicon.translates(candidate.stem, word.stem) ||
                                                         associations.contains({candidate.stem, word.stem});
                if (linked || candidate.stem == word.stem ||
                    text::key_similarity(key, other.key(other_document.sentences[i], candidate)) >=
                        settings.name_similarity) {
                    return true;
                }
            }
        }
        return false;
    }

    struct Unmatched {
        SentenceIndex sentence;
        text::ByteRange bytes;
    };

    std::vector<Unmatched> unmatched_names(bool source_side, std::size_t k, const align::Link& link) {
        const text::Document& document = source_side ? bitext->source : bitext->target;
        std::vector<SentenceFacts>& facts = source_side ? source_facts : target_facts;
        const align::Span own = source_side ? link.source : link.target;
        const align::Span other = source_side ? link.target : link.source;
        std::vector<Unmatched> result;
        std::set<std::string> reported;
        for (SentenceIndex i = own.begin; i < own.end; ++i) {
            for (Word& word : facts[i].words) {
                if (!word.name || reported.contains(word.stem) ||
                    has_counterpart(source_side, document.sentences[i], word, other)) {
                    continue;
                }
                bool near = false;
                if (uncertain(link)) {
                    for (const std::size_t n : {k - 1, k + 1}) {
                        if (n < alignment->links.size()) {
                            const align::Link& neighbour = alignment->links[n];
                            near = near || has_counterpart(source_side, document.sentences[i], word,
                                                           source_side ? neighbour.target : neighbour.source);
                        }
                    }
                }
                if (!near) {
                    reported.insert(word.stem);
                    result.push_back({i, word.bytes});
                }
            }
        }
        return result;
    }

    void check_names(std::size_t k, const align::Link& link) {
        const auto missing_in_target = unmatched_names(true, k, link);
        const auto missing_in_source = unmatched_names(false, k, link);
        const auto text_of = [](const text::Document& document, const Unmatched& name) {
            return std::string_view(document.sentences[name.sentence].text)
                .substr(name.bytes.begin, name.bytes.size());
        };
        for (const auto& name : missing_in_target) {
            // With an unexplained name on the other side too it may be a rendering we cannot
            // verify (an exonym, an expanded acronym): a notice, not a warning.
            add(MarkerKind::name, missing_in_source.empty() ? Severity::warning : Severity::notice, k,
                {{name.sentence, name.bytes}}, {},
                "The name " + quoted(text_of(bitext->source, name)) +
                    " in the source has no counterpart in the target.");
        }
        for (const auto& name : missing_in_source) {
            add(MarkerKind::name, Severity::notice, k, {}, {{name.sentence, name.bytes}},
                "The name " + quoted(text_of(bitext->target, name)) +
                    " in the target has no counterpart in the source.");
        }
    }

    // --- lengths ----------------------------------------------------------------------------

    [[nodiscard]] LengthModel calibrate_lengths() const {
        std::vector<std::pair<double, double>> lengths;
        double source_total = 0.0;
        double target_total = 0.0;
        for (const auto& link : alignment->links) {
            const auto s = static_cast<double>(code_points(bitext->source, link.source));
            const auto t = static_cast<double>(code_points(bitext->target, link.target));
            if (s >= 20.0 && t >= 20.0) {
                lengths.emplace_back(s, t);
                source_total += s;
                target_total += t;
            }
        }
        LengthModel model;
        constexpr std::size_t min_links = 10;
        if (lengths.size() < min_links) {
            if (source_total > 0.0) {
                model.ratio = target_total / source_total;
                model.variance *= model.ratio;
            }
            return model;
        }
        // Median and median absolute deviation (scaled to a normal sigma): robust to the very
        // divergences we are looking for.
        const auto median = [](std::vector<double> values) {
            const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
            std::nth_element(values.begin(), middle, values.end());
            return *middle;
        };
        std::vector<double> ratios;
        for (const auto& [s, t] : lengths) {
            ratios.push_back(t / s);
        }
        model.ratio = median(ratios);
        std::vector<double> residuals;
        for (const auto& [s, t] : lengths) {
            residuals.push_back((t - model.ratio * s) / std::sqrt(s));
        }
        const double centre = median(residuals);
        for (double& r : residuals) {
            r = std::fabs(r - centre);
        }
        constexpr double mad_to_sigma = 1.4826;
        constexpr double min_variance = 0.5;
        const double sigma = mad_to_sigma * median(residuals);
        model.variance = std::max(min_variance, sigma * sigma);
        return model;
    }

    void check_length(std::size_t k, const align::Link& link, const LengthModel& model) {
        const std::size_t s = code_points(bitext->source, link.source);
        const std::size_t t = code_points(bitext->target, link.target);
        if (std::max(s, t) < settings.min_length || s == 0 || t == 0) {
            return;
        }
        const double z = model.z(static_cast<double>(s), static_cast<double>(t));
        if (std::fabs(z) < settings.length_notice_z) {
            return;
        }
        const Severity severity = std::fabs(z) >= settings.length_warning_z ? Severity::warning : Severity::notice;
        std::vector<TextSpan> source_spans;
        std::vector<TextSpan> target_spans;
        for (SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            source_spans.push_back(whole(bitext->source, i));
        }
        for (SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
            target_spans.push_back(whole(bitext->target, i));
        }
        const double expected = model.ratio * static_cast<double>(s);
        const std::string figures = "The target has " + std::to_string(t) + " characters where about " +
                                    format_value(std::round(expected)) + " are usual for " +
                                    std::to_string(s) + " source characters in this pair";
        if (z < 0) {
            add(MarkerKind::compression, severity, k, std::move(source_spans), std::move(target_spans),
                figures + ": a reduced or summarised rendition.");
        } else {
            add(MarkerKind::expansion, severity, k, std::move(source_spans), std::move(target_spans),
                figures + ": an expanded rendition.");
        }
    }

    // --- untranslated -----------------------------------------------------------------------

    void check_untranslated(std::size_t k, const align::Link& link) {
        if (source.language() == target.language()) {
            return;
        }
        std::unordered_set<std::string> source_words;
        for (SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
            const text::Sentence& sentence = bitext->source.sentences[i];
            for (const auto& word : source_facts[i].words) {
                source_words.insert(text::fold_case(
                    std::string_view(sentence.text).substr(word.bytes.begin, word.bytes.size())));
            }
        }
        for (SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
            const text::Sentence& sentence = bitext->target.sentences[i];
            std::size_t words = 0;
            std::size_t copied = 0;
            for (const auto& word : target_facts[i].words) {
                if (word.name) {
                    continue; // names are copied in every good translation
                }
                ++words;
                copied += source_words.contains(text::fold_case(std::string_view(sentence.text)
                                                                    .substr(word.bytes.begin, word.bytes.size())))
                              ? 1
                              : 0;
            }
            constexpr std::size_t min_words = 2;
            if (words >= min_words &&
                static_cast<double>(copied) >= settings.untranslated_share * static_cast<double>(words)) {
                std::vector<TextSpan> source_spans;
                for (SentenceIndex j = link.source.begin; j < link.source.end; ++j) {
                    source_spans.push_back(whole(bitext->source, j));
                }
                add(MarkerKind::untranslated, Severity::warning, k, std::move(source_spans),
                    {whole(bitext->target, i)},
                    std::to_string(copied) + " of the " + std::to_string(words) +
                        " words of target sentence " + std::to_string(sentence.id) +
                        " repeat the source text: it is not translated.");
            }
        }
    }
};

Analyzer::Analyzer(std::string_view source_language, std::string_view target_language,
                   DivergenceSettings settings)
    : m_impl(std::make_unique<Impl>(source_language, target_language, std::move(settings))) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

std::vector<Marker> Analyzer::analyze(const align::Bitext& bitext, const align::Alignment& alignment) {
    return m_impl->run(bitext, alignment);
}

std::vector<Marker> find_divergences(const align::Bitext& bitext, const align::Alignment& alignment,
                                     const DivergenceSettings& settings) {
    Analyzer analyzer(bitext.source.language, bitext.target.language, settings);
    return analyzer.analyze(bitext, alignment);
}

} // namespace tandem::divergence
