// SPDX-License-Identifier: GPL-3.0-or-later
// Divergence analysis on controlled damage. Clean pairs (the gold sets' two-sided links and the
// WMT22 ru-en news documents, one segment per line) get divergences injected with a fixed seed:
// dropped and added sentences, numbers changed or dropped in digits and in words, names dropped
// or swapped, two sentences merged, a sentence cut in half. Each damaged pair is aligned by the
// engine and checked; every marker of severity warning or above (merges: information) is matched to
// the injections by kind and link, giving precision and recall per kind. The same is done on the
// damaged pair's true alignment to separate analysis errors from alignment errors. Published
// translations diverge by themselves (OCR slips, free renderings, a number the translator left
// out), so the untouched pair is checked first on its true alignment: a source sentence with a
// marker of some kind there is never damaged in a way that causes that kind, and a marker no
// injection explains on such a sentence is left out of precision (and counted apart). The
// untouched WMT22 pairs give the false-alarm rate: markers of severity warning or above per 100
// links of the automatic alignment.
//
// Usage: divergence_benchmark [inject [list]]   the injection benchmark (default); `list` prints
//                                              every unexplained marker and every miss with its link
//        divergence_benchmark clean      every warning on the untouched pairs' true alignments
//        divergence_benchmark eptic      marker counts on the EPTIC interpretations and translations
#include "benchmark_input.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/text/language.hpp>
#include <tandem/text/numbers.hpp>
#include <tandem/text/segmenter.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/transliteration.hpp>

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace {

using tandem::benchmark::read_lines;

namespace fs = std::filesystem;
using tandem::divergence::Marker;
using tandem::divergence::MarkerKind;
using tandem::divergence::Severity;

const fs::path data{TANDEM_SHARED_DATA_DIR};
constexpr unsigned seed = 20261127;
constexpr std::size_t chunk_units = 50;
constexpr std::size_t max_chunks_per_corpus = 10;
constexpr std::size_t min_dropped_words = 3;

/// A clean pair: unit i of the source translates unit i of the target.
struct CleanPair {
    std::string name;
    std::string source_language;
    std::string target_language;
    std::vector<std::string> source;
    std::vector<std::string> target;
};

std::string join_lines(const std::vector<std::string>& lines, const std::vector<std::uint32_t>& ids,
                       const std::string& separator) {
    std::string text;
    for (const auto id : ids) {
        text += (text.empty() ? "" : separator) + lines.at(id);
    }
    return text;
}

/// The two-sided links of a gold set as units, in chunks of chunk_units.
void add_gold(std::vector<CleanPair>& pairs, const std::string& name, const std::string& source_language,
              const std::string& target_language, const fs::path& source_file, const fs::path& target_file,
              const fs::path& beads) {
    const auto source = read_lines(source_file);
    const auto target = read_lines(target_file);
    const std::string source_separator = tandem::text::writes_without_spaces(source_language) ? "" : " ";
    const std::string target_separator = tandem::text::writes_without_spaces(target_language) ? "" : " ";
    CleanPair chunk{name, source_language, target_language, {}, {}};
    std::size_t chunks = 0;
    for (const auto& link : tandem::formats::read_beads(beads)) {
        if (link.source.empty() || link.target.empty()) {
            continue;
        }
        chunk.source.push_back(join_lines(source, link.source, source_separator));
        chunk.target.push_back(join_lines(target, link.target, target_separator));
        if (chunk.source.size() == chunk_units) {
            chunk.name = name + "#" + std::to_string(chunks);
            pairs.push_back(chunk);
            chunk.source.clear();
            chunk.target.clear();
            if (++chunks == max_chunks_per_corpus) {
                return;
            }
        }
    }
}

std::vector<CleanPair> wmt_pairs() {
    std::ifstream in(data / "pairs/wmt22-ru-en-news-docs/segments.tsv", std::ios::binary);
    std::string line;
    std::getline(in, line);
    std::vector<CleanPair> pairs;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream row(line);
        std::string field;
        while (std::getline(row, field, '\t')) {
            fields.push_back(field);
        }
        if (fields.size() < 5) {
            continue;
        }
        if (pairs.empty() || pairs.back().name != fields[0]) {
            pairs.push_back({fields[0], "ru", "en", {}, {}});
        }
        pairs.back().source.push_back(fields[3]);
        pairs.back().target.push_back(fields[4]);
    }
    return pairs;
}

std::vector<CleanPair> gold_pairs() {
    std::vector<CleanPair> pairs;
    const fs::path gold = data / "gold";
    add_gold(pairs, "textberg-de-fr", "de", "fr", gold / "textberg-dev-de-fr/dev.de",
             gold / "textberg-dev-de-fr/dev.fr", gold / "textberg-dev-de-fr/dev.defr");
    add_gold(pairs, "1984-ro-en", "ro", "en", gold / "1984-ro-en/ro.sen", gold / "1984-ro-en/en.sen",
             gold / "1984-ro-en/gold.align");
    add_gold(pairs, "dtm-hu-en", "hu", "en", gold / "dtm-hu-en/hu.sen", gold / "dtm-hu-en/en.sen",
             gold / "dtm-hu-en/gold.align");
    for (const char* chapter : {"001", "002"}) {
        add_gold(pairs, std::string("mac-zh-en-") + chapter, "zh", "en", gold / "mac-dev-zh-en/zh" / chapter,
                 gold / "mac-dev-zh-en/en" / chapter, gold / "mac-dev-zh-en/gold" / chapter);
    }
    return pairs;
}

// --- injection --------------------------------------------------------------------------------

enum class Damage { drop, add, merge, cut, number_digits, number_drop, number_words, name_drop, name_swap };
constexpr std::array<Damage, 9> all_damage{Damage::drop, Damage::add, Damage::merge, Damage::cut,
                                           Damage::number_digits, Damage::number_drop, Damage::number_words,
                                           Damage::name_drop, Damage::name_swap};

MarkerKind expected_kind(Damage damage) {
    switch (damage) {
    case Damage::drop: return MarkerKind::omission;
    case Damage::add: return MarkerKind::addition;
    case Damage::merge: return MarkerKind::merge;
    case Damage::cut: return MarkerKind::compression;
    case Damage::number_digits:
    case Damage::number_drop:
    case Damage::number_words: return MarkerKind::number;
    case Damage::name_drop:
    case Damage::name_swap: return MarkerKind::name;
    }
    return MarkerKind::omission;
}

/// Where a marker is expected: a sentence on one side of the damaged pair. A marker that is not
/// required explains markers (they are correct) without counting as missed when absent: the
/// numbers and names of the half a cut removes.
struct Expected {
    MarkerKind kind;
    bool source_side = true;
    std::uint32_t sentence = 0;
    bool required = true;
};

/// A damaged pair with its true alignment and what should be found.
struct Damaged {
    tandem::align::Bitext bitext;
    tandem::align::Alignment truth;
    std::vector<Expected> expected;
};

/// The tools the injections need, per target language.
class Injector {
public:
    Injector(const std::string& source_language, const std::string& target_language)
        : m_source_numbers(source_language), m_target_numbers(target_language),
          m_source_tokens(source_language), m_target_tokens(target_language) {
        UErrorCode status = U_ZERO_ERROR;
        const auto locale = icu::Locale::forLanguageTag(target_language, status);
        status = U_ZERO_ERROR;
        m_spell_out = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
        if (U_FAILURE(status)) {
            m_spell_out.reset();
        }
    }

    /// A number of @p target (in digits, matched by the same value in @p source): its bytes.
    std::optional<tandem::text::NumberMention> shared_number(const std::string& source, const std::string& target) {
        const auto source_numbers = m_source_numbers.extract(source);
        for (const auto& mention : m_target_numbers.extract(target)) {
            if (mention.spelled_out || mention.date_part || mention.value < 2 || mention.value > 1e6 ||
                mention.value != std::floor(mention.value)) {
                continue;
            }
            for (const auto& other : source_numbers) {
                if (other.value == mention.value) {
                    return mention;
                }
            }
        }
        return std::nullopt;
    }

    std::string spell(double value) {
        icu::UnicodeString text;
        m_spell_out->format(value, text);
        std::string result;
        text.toUTF8String(result);
        return result;
    }
    bool can_spell() const { return m_spell_out != nullptr; }

    /// A capitalised word inside @p target that matches one inside @p source by transliteration.
    std::optional<tandem::text::ByteRange> shared_name(const std::string& source, const std::string& target) {
        const auto source_names = capitalised(m_source_tokens, source);
        for (const auto& range : capitalised(m_target_tokens, target)) {
            for (const auto& other : source_names) {
                if (tandem::text::name_similarity(source.substr(other.begin, other.size()),
                                                  target.substr(range.begin, range.size())) >= 0.9) {
                    return range;
                }
            }
        }
        return std::nullopt;
    }

    std::vector<tandem::text::ByteRange> capitalised(tandem::text::Tokenizer& tokenizer, const std::string& text) {
        std::vector<tandem::text::ByteRange> result;
        bool first = true;
        for (const auto& token : tokenizer.tokenize(text)) {
            if (token.kind != tandem::text::TokenKind::word) {
                continue;
            }
            const std::string word = text.substr(token.bytes.begin, token.bytes.size());
            const std::string ascii = tandem::text::to_latin_ascii(word);
            if (!first && word.size() >= 3 && !ascii.empty() && std::isupper(static_cast<unsigned char>(ascii[0])) != 0 &&
                std::none_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
                result.push_back(token.bytes);
            }
            first = false;
        }
        return result;
    }

    tandem::text::Tokenizer& target_tokens() { return m_target_tokens; }
    tandem::text::Tokenizer& source_tokens() { return m_source_tokens; }

private:
    tandem::text::NumberExtractor m_source_numbers;
    tandem::text::NumberExtractor m_target_numbers;
    tandem::text::Tokenizer m_source_tokens;
    tandem::text::Tokenizer m_target_tokens;
    std::unique_ptr<icu::RuleBasedNumberFormat> m_spell_out;
};

std::string replace(const std::string& text, tandem::text::ByteRange range, const std::string& by) {
    std::string result = text.substr(0, range.begin) + by + text.substr(range.end);
    // Tidy the double space a removal leaves.
    const auto twice = result.find("  ");
    if (by.empty() && twice != std::string::npos) {
        result.erase(twice, 1);
    }
    return result;
}

/// Source sentences where the untouched pair, on its true 1-1 alignment, already has a marker of
/// a kind (severity warning or above): divergences of the published translation itself.
using PreExisting = std::set<std::pair<MarkerKind, std::uint32_t>>;

/// Word tokens of @p text.
std::size_t count_words(tandem::text::Tokenizer& tokenizer, const std::string& text) {
    const auto tokens = tokenizer.tokenize(text);
    return static_cast<std::size_t>(std::count_if(tokens.begin(), tokens.end(), [](const tandem::text::Token& token) {
        return token.kind == tandem::text::TokenKind::word;
    }));
}

std::string join_all(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) {
        text += line + '\n';
    }
    return text;
}

/// Injects divergences into @p pair. A unit whose source sentence already has a marker of the
/// kind a damage would cause (@p pre_existing) is not damaged that way: the marker found there could
/// not be told from the injected one. Dropped sentences have at least three words (the analysis
/// grades shorter omissions, `Thank you.` or a one-word heading, as notices by design).
Damaged damage(const CleanPair& pair, std::mt19937& random, Injector& injector,
               const std::vector<std::string>& extra_sentences, const std::vector<std::string>& name_pool,
               const PreExisting& pre_existing) {
    const std::size_t n = pair.source.size();
    // Per source unit: its target sentences after the damage.
    std::vector<std::vector<std::string>> target(n);
    for (std::size_t i = 0; i < n; ++i) {
        target[i] = {pair.target[i]};
    }
    std::vector<std::pair<Damage, std::size_t>> done; // damage and unit
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::shuffle(order.begin(), order.end(), random);
    const std::size_t wanted = std::max<std::size_t>(1, n / 5);
    std::size_t next_damage = random() % all_damage.size();
    std::set<std::size_t> taken;
    for (const std::size_t i : order) {
        if (done.size() == wanted) {
            break;
        }
        if (i == 0 || i + 2 >= n || taken.contains(i - 1) || taken.contains(i) || taken.contains(i + 1) ||
            taken.contains(i + 2)) {
            continue;
        }
        const std::string& s = pair.source[i];
        std::string& t = target[i][0];
        bool applied = false;
        for (std::size_t attempt = 0; attempt < all_damage.size() && !applied; ++attempt) {
            const Damage kind = all_damage[(next_damage + attempt) % all_damage.size()];
            if (pre_existing.contains({expected_kind(kind), static_cast<std::uint32_t>(i)})) {
                continue;
            }
            switch (kind) {
            case Damage::drop:
                if (count_words(injector.source_tokens(), s) < min_dropped_words) {
                    break;
                }
                target[i].clear();
                applied = true;
                break;
            case Damage::add:
                target[i].push_back(extra_sentences[random() % extra_sentences.size()]);
                applied = true;
                break;
            case Damage::merge:
                target[i][0] += (tandem::text::writes_without_spaces(pair.target_language) ? "" : " ") + target[i + 1][0];
                target[i + 1].clear();
                taken.insert(i + 1);
                applied = true;
                break;
            case Damage::cut: {
                std::vector<tandem::text::Token> words;
                for (const auto& token : injector.target_tokens().tokenize(t)) {
                    if (token.kind == tandem::text::TokenKind::word) {
                        words.push_back(token);
                    }
                }
                if (words.size() >= 16) {
                    t = t.substr(0, words[words.size() / 2].bytes.begin);
                    applied = true;
                }
                break;
            }
            case Damage::number_digits:
            case Damage::number_drop:
            case Damage::number_words:
                if (const auto number = injector.shared_number(s, t)) {
                    const auto value = static_cast<long long>(number->value);
                    const long long changed = value < 10 ? value + 3 : value + value / 10 + 1;
                    if (kind == Damage::number_digits) {
                        t = replace(t, number->bytes, std::to_string(changed));
                    } else if (kind == Damage::number_drop) {
                        t = replace(t, number->bytes, "");
                    } else if (injector.can_spell() && value < 1000 && !number->percent) {
                        t = replace(t, number->bytes, injector.spell(static_cast<double>(changed)));
                    } else {
                        break;
                    }
                    applied = true;
                }
                break;
            case Damage::name_drop:
            case Damage::name_swap:
                if (const auto name = injector.shared_name(s, t)) {
                    if (kind == Damage::name_drop) {
                        t = replace(t, *name, "");
                    } else {
                        std::string other;
                        for (int tries = 0; tries < 20 && other.empty(); ++tries) {
                            const std::string& candidate = name_pool[random() % name_pool.size()];
                            if (tandem::text::name_similarity(candidate, t.substr(name->begin, name->size())) < 0.5 &&
                                s.find(candidate) == std::string::npos) {
                                other = candidate;
                            }
                        }
                        if (other.empty()) {
                            break;
                        }
                        t = replace(t, *name, other);
                    }
                    applied = true;
                }
                break;
            }
            if (applied) {
                done.emplace_back(kind, i);
                taken.insert(i);
                next_damage = (next_damage + attempt + 1) % all_damage.size();
            }
        }
    }

    Damaged result;
    std::vector<std::string> target_lines;
    std::map<std::size_t, std::uint32_t> first_target; // unit → index of its first target sentence
    for (std::size_t i = 0; i < n; ++i) {
        first_target[i] = static_cast<std::uint32_t>(target_lines.size());
        for (const auto& line : target[i]) {
            target_lines.push_back(line);
        }
    }
    result.bitext.source = tandem::text::segment_lines(join_all(pair.source), pair.source_language, pair.name);
    result.bitext.target = tandem::text::segment_lines(join_all(target_lines), pair.target_language, pair.name);
    // The true alignment of the damaged pair.
    std::set<std::size_t> merged_into_previous;
    for (const auto& [kind, unit] : done) {
        if (kind == Damage::merge) {
            merged_into_previous.insert(unit + 1);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (merged_into_previous.contains(i)) {
            continue;
        }
        const auto s = static_cast<std::uint32_t>(i);
        const std::uint32_t s_end = merged_into_previous.contains(i + 1) ? s + 2 : s + 1;
        const std::uint32_t t = first_target[i];
        const bool added = std::any_of(done.begin(), done.end(), [&](const auto& d) {
            return d.first == Damage::add && d.second == i;
        });
        const auto t_end = static_cast<std::uint32_t>(t + target[i].size() - (added ? 1 : 0));
        result.truth.links.push_back({{s, s_end}, {t, t_end}});
        if (added) {
            result.truth.links.push_back({{s_end, s_end}, {t_end, t_end + 1}});
        }
    }
    for (const auto& [kind, unit] : done) {
        const auto u = static_cast<std::uint32_t>(unit);
        if (kind == Damage::add) {
            result.expected.push_back({MarkerKind::addition, false, first_target[unit] + 1});
        } else if (kind == Damage::cut) {
            result.expected.push_back({MarkerKind::compression, true, u});
            result.expected.push_back({MarkerKind::number, true, u, false});
            result.expected.push_back({MarkerKind::name, true, u, false});
        } else {
            result.expected.push_back({expected_kind(kind), true, u});
        }
    }
    return result;
}

// --- scoring ----------------------------------------------------------------------------------

/// Markers of one kind at the scored severity, against the injections of that kind.
struct Tally {
    std::size_t markers = 0;      ///< markers scored (pre-existing ones left out)
    std::size_t pre_existing = 0; ///< markers left out: explained by no injection, on a source
                                  ///< sentence where the untouched pair has a marker of the kind
    std::size_t correct = 0;      ///< scored markers matching an injection
    std::size_t expected = 0;     ///< injections of the kind
    std::size_t found = 0;        ///< of them, matched by a marker
};

/// True when @p marker is of the injection's kind and its link holds the damaged sentence.
bool covers(const tandem::align::Alignment& alignment, const Marker& marker, const Expected& expected) {
    const auto& link = alignment.links.at(marker.link);
    const auto& span = expected.source_side ? link.source : link.target;
    return marker.kind == expected.kind && expected.sentence >= span.begin && expected.sentence < span.end;
}

/// True when a marker is scored: merges and splits are information, the rest must be warnings.
bool scored(const Marker& marker) {
    const bool information = marker.kind == MarkerKind::merge || marker.kind == MarkerKind::split;
    return marker.severity >= (information ? Severity::info : Severity::warning);
}

/// True when a source sentence of @p marker's link has a pre-existing marker of its kind.
bool on_pre_existing(const tandem::align::Alignment& alignment, const Marker& marker, const PreExisting& pre_existing) {
    const auto& link = alignment.links.at(marker.link);
    for (auto i = link.source.begin; i < link.source.end; ++i) {
        if (pre_existing.contains({marker.kind, i})) {
            return true;
        }
    }
    return false;
}

/// With `list`: prints every unexplained marker and every miss, with the link's text.
bool list_misses = false;

void print_link(const tandem::align::Bitext& bitext, const tandem::align::Link& link) {
    for (auto i = link.source.begin; i < link.source.end; ++i) {
        std::printf("   S%u: %s\n", i, bitext.source.sentences[i].text.c_str());
    }
    for (auto i = link.target.begin; i < link.target.end; ++i) {
        std::printf("   T%u: %s\n", i, bitext.target.sentences[i].text.c_str());
    }
}

void score(const tandem::align::Bitext& bitext, const tandem::align::Alignment& alignment,
           const std::vector<Marker>& markers, const std::vector<Expected>& expected,
           const PreExisting& pre_existing, std::map<MarkerKind, Tally>& tallies, const std::string& listed = {}) {
    for (const auto& marker : markers) {
        if (!scored(marker)) {
            continue;
        }
        auto& tally = tallies[marker.kind];
        const bool correct = std::any_of(expected.begin(), expected.end(),
                                         [&](const Expected& e) { return covers(alignment, marker, e); });
        if (!correct && on_pre_existing(alignment, marker, pre_existing)) {
            ++tally.pre_existing;
            continue;
        }
        ++tally.markers;
        tally.correct += correct ? 1 : 0;
        if (!correct && !listed.empty()) {
            std::printf("FP %s link %zu %s %s: %s\n", listed.c_str(), marker.link,
                        std::string(to_string(marker.severity)).c_str(), std::string(to_string(marker.kind)).c_str(),
                        marker.explanation.c_str());
            print_link(bitext, alignment.links.at(marker.link));
        }
    }
    for (const auto& e : expected) {
        if (!e.required) {
            continue;
        }
        auto& tally = tallies[e.kind];
        ++tally.expected;
        const bool found = std::any_of(markers.begin(), markers.end(),
                                       [&](const Marker& marker) { return scored(marker) && covers(alignment, marker, e); });
        tally.found += found ? 1 : 0;
        if (!found && !listed.empty()) {
            std::printf("MISS %s %s %s sentence %u\n", listed.c_str(), std::string(to_string(e.kind)).c_str(),
                        e.source_side ? "source" : "target", e.sentence);
            for (std::size_t k = 0; k < alignment.links.size(); ++k) {
                const auto& link = alignment.links[k];
                const auto& span = e.source_side ? link.source : link.target;
                if (e.sentence >= span.begin && e.sentence < span.end) {
                    for (const auto& marker : markers) {
                        if (marker.link == k) {
                            std::printf("   [%s %s] %s\n", std::string(to_string(marker.severity)).c_str(),
                                        std::string(to_string(marker.kind)).c_str(), marker.explanation.c_str());
                        }
                    }
                    print_link(bitext, link);
                }
            }
        }
    }
}

void print_tallies(const char* title, const std::map<MarkerKind, Tally>& tallies) {
    std::printf("\n%s\n%-16s %8s %8s %10s %8s %8s %14s\n", title, "kind", "markers", "injected", "precision",
                "recall", "F1", "pre-existing");
    for (const auto& [kind, tally] : tallies) {
        if (tally.expected == 0) {
            continue; // kinds we inject nothing for have no precision to speak of here
        }
        const double precision = tally.markers == 0 ? 0.0 : static_cast<double>(tally.correct) / static_cast<double>(tally.markers);
        const double recall = static_cast<double>(tally.found) / static_cast<double>(tally.expected);
        const double f1 = precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
        std::printf("%-16s %8zu %8zu %10.3f %8.3f %8.3f %14zu\n", std::string(to_string(kind)).c_str(), tally.markers,
                    tally.expected, precision, recall, f1, tally.pre_existing);
    }
}

tandem::align::Alignment identity_alignment(std::size_t units) {
    tandem::align::Alignment identity;
    for (std::uint32_t i = 0; i < units; ++i) {
        identity.links.push_back({{i, i + 1}, {i, i + 1}});
    }
    return identity;
}

tandem::align::Bitext untouched_bitext(const CleanPair& pair) {
    return {tandem::text::segment_lines(join_all(pair.source), pair.source_language, pair.name),
            tandem::text::segment_lines(join_all(pair.target), pair.target_language, pair.name)};
}

std::vector<CleanPair> all_pairs() {
    std::vector<CleanPair> pairs = wmt_pairs();
    for (auto& pair : gold_pairs()) {
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

int run_injection() {
    const std::vector<CleanPair> pairs = all_pairs();
    std::mt19937 random(seed);
    std::map<std::string, std::unique_ptr<tandem::divergence::Analyzer>> analyzers;
    std::map<std::string, std::unique_ptr<Injector>> injectors;
    std::map<MarkerKind, Tally> aligned, oracle;
    std::size_t wmt_documents = 0;
    std::size_t clean_links = 0;
    std::size_t clean_alarms = 0;
    std::size_t clean_alarms_gold = 0;
    std::map<MarkerKind, std::size_t> alarm_kinds;
    std::size_t damaged_pairs = 0;
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        const CleanPair& pair = pairs[p];
        const std::string languages = pair.source_language + "-" + pair.target_language;
        auto& analyzer = analyzers[languages];
        if (!analyzer) {
            analyzer = std::make_unique<tandem::divergence::Analyzer>(pair.source_language, pair.target_language);
            injectors[languages] = std::make_unique<Injector>(pair.source_language, pair.target_language);
        }
        if (pair.source.size() < 6) {
            continue;
        }
        // Sentences to add and names to swap in come from the other pairs of the same languages.
        std::vector<std::string> extra;
        std::vector<std::string> names;
        for (std::size_t q = 0; q < pairs.size(); ++q) {
            if (q == p || pairs[q].target_language != pair.target_language ||
                pairs[q].source_language != pair.source_language) {
                continue;
            }
            for (std::size_t i = 0; i < pairs[q].target.size(); ++i) {
                if (pairs[q].target[i].size() > 40) {
                    extra.push_back(pairs[q].target[i]);
                }
                if (names.size() < 500) {
                    if (const auto name = injectors[languages]->shared_name(pairs[q].source[i], pairs[q].target[i])) {
                        names.push_back(pairs[q].target[i].substr(name->begin, name->size()));
                    }
                }
            }
        }
        if (extra.empty() || names.empty()) {
            continue;
        }
        const tandem::align::Bitext untouched = untouched_bitext(pair);
        const bool wmt = pair.name.find('#') == std::string::npos;
        if (wmt) {
            // The untouched translation: every warning is a false alarm.
            ++wmt_documents;
            const auto alignment = tandem::align::align(untouched);
            for (const auto& marker : analyzer->analyze(untouched, alignment)) {
                if (marker.severity >= Severity::warning) {
                    ++clean_alarms;
                    ++alarm_kinds[marker.kind];
                }
            }
            clean_links += alignment.links.size();
        }
        // Divergences the published translation already has: the untouched pair on its true
        // alignment.
        PreExisting pre_existing;
        const auto identity = identity_alignment(pair.source.size());
        for (const auto& marker : analyzer->analyze(untouched, identity)) {
            if (scored(marker)) {
                pre_existing.insert({marker.kind, identity.links[marker.link].source.begin});
                clean_alarms_gold += wmt && marker.severity >= Severity::warning ? 1 : 0;
            }
        }
        const Damaged damaged = damage(pair, random, *injectors[languages], extra, names, pre_existing);
        ++damaged_pairs;
        const auto alignment = tandem::align::align(damaged.bitext);
        score(damaged.bitext, alignment, analyzer->analyze(damaged.bitext, alignment), damaged.expected,
              pre_existing, aligned, list_misses ? pair.name : std::string());
        score(damaged.bitext, damaged.truth, analyzer->analyze(damaged.bitext, damaged.truth), damaged.expected,
              pre_existing, oracle);
    }
    std::printf("divergence benchmark: %zu damaged pairs (%zu WMT22 ru-en documents, the rest gold-set chunks "
                "of %zu links), seed %u\n",
                damaged_pairs, wmt_documents, chunk_units, seed);
    std::printf("markers of severity warning or above (merge: info); pre-existing markers (on a source sentence "
                "where the untouched pair has one of the kind) are left out and counted apart\n");
    print_tallies("automatic alignment:", aligned);
    print_tallies("true alignment of the damaged pair:", oracle);
    std::printf("\nfalse alarms on the untouched WMT22 ru-en translations: %zu warnings or errors on %zu links "
                "= %.2f per 100 links (automatic alignment); %.2f per 100 links on the true 1-1 alignment\n",
                clean_alarms, clean_links, 100.0 * static_cast<double>(clean_alarms) / static_cast<double>(clean_links),
                100.0 * static_cast<double>(clean_alarms_gold) / static_cast<double>(clean_links));
    for (const auto& [kind, count] : alarm_kinds) {
        std::printf("  %-16s %zu\n", std::string(to_string(kind)).c_str(), count);
    }
    return 0;
}

/// Every marker of severity warning or above on the untouched pairs' true alignments, with the
/// link's text: the published translations' own divergences, and the analysis's false alarms.
int run_clean() {
    std::map<std::string, std::unique_ptr<tandem::divergence::Analyzer>> analyzers;
    std::map<MarkerKind, std::size_t> counts;
    std::size_t links = 0;
    for (const auto& pair : all_pairs()) {
        auto& analyzer = analyzers[pair.source_language + "-" + pair.target_language];
        if (!analyzer) {
            analyzer = std::make_unique<tandem::divergence::Analyzer>(pair.source_language, pair.target_language);
        }
        const tandem::align::Bitext untouched = untouched_bitext(pair);
        const auto identity = identity_alignment(pair.source.size());
        links += identity.links.size();
        for (const auto& marker : analyzer->analyze(untouched, identity)) {
            if (marker.severity >= Severity::warning) {
                ++counts[marker.kind];
                std::printf("%s link %zu %s %s: %s\n", pair.name.c_str(), marker.link,
                            std::string(to_string(marker.severity)).c_str(),
                            std::string(to_string(marker.kind)).c_str(), marker.explanation.c_str());
                print_link(untouched, identity.links[marker.link]);
            }
        }
    }
    std::printf("\nmarkers of severity warning or above on %zu untouched links:\n", links);
    for (const auto& [kind, count] : counts) {
        std::printf("  %-16s %zu\n", std::string(to_string(kind)).c_str(), count);
    }
    return 0;
}

// --- EPTIC ------------------------------------------------------------------------------------

fs::path find_text(const fs::path& folder, const std::string& code) {
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.ends_with("." + code + ".txt")) {
            return entry.path();
        }
    }
    return {};
}

std::string slurp(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int run_eptic() {
    const fs::path root = data / "pairs/eptic-ep-interpreting";
    std::ifstream index(root / "index.tsv");
    std::string line;
    std::getline(index, line);
    struct Counts {
        std::size_t pairs = 0;
        std::size_t links = 0;
        std::size_t source_words = 0;
        std::map<MarkerKind, std::size_t> kinds;
    };
    std::map<std::string, Counts> by_mode; // "interpretation"/"translation"
    std::map<std::string, std::unique_ptr<tandem::divergence::Analyzer>> analyzers;
    while (std::getline(index, line)) {
        std::stringstream row(line);
        std::string event, source_language;
        std::getline(row, event, '\t');
        std::getline(row, source_language, '\t');
        const fs::path folder = root / "events" / event;
        const std::vector<std::string> targets =
            source_language == "en" ? std::vector<std::string>{"fr", "it"} : std::vector<std::string>{"en"};
        for (const auto& target_language : targets) {
            for (const auto& [mode, source_code, target_code] :
                 {std::tuple<std::string, std::string, std::string>{"interpretation", source_language + "_sp_st", target_language + "_sp_tt"},
                  {"translation", source_language + "_wr_st", target_language + "_wr_tt"}}) {
                const fs::path source_file = find_text(folder, source_code);
                const fs::path target_file = find_text(folder, target_code);
                if (source_file.empty() || target_file.empty()) {
                    continue;
                }
                tandem::align::Bitext bitext{
                    tandem::text::segment_text(slurp(source_file), source_language, source_file.string()),
                    tandem::text::segment_text(slurp(target_file), target_language, target_file.string())};
                if (bitext.source.size() == 0 || bitext.target.size() == 0) {
                    continue;
                }
                auto& analyzer = analyzers[source_language + "-" + target_language];
                if (!analyzer) {
                    analyzer = std::make_unique<tandem::divergence::Analyzer>(source_language, target_language);
                }
                const auto alignment = tandem::align::align(bitext);
                auto& counts = by_mode[mode];
                ++counts.pairs;
                counts.links += alignment.links.size();
                counts.source_words += static_cast<std::size_t>(std::count(bitext.source.text.begin(), bitext.source.text.end(), ' ')) + 1;
                for (const auto& marker : analyzer->analyze(bitext, alignment)) {
                    if (marker.severity >= Severity::notice || marker.kind == MarkerKind::merge ||
                        marker.kind == MarkerKind::split) {
                        ++counts.kinds[marker.kind];
                    }
                }
            }
        }
    }
    std::printf("EPTIC: markers of severity notice or above (merge/split: all), automatic alignment\n");
    std::printf("%-16s", "kind");
    for (const auto& [mode, counts] : by_mode) {
        std::printf(" %14s %9s", mode.c_str(), "per 100");
    }
    std::printf("\n");
    for (std::size_t kind = 0; kind <= static_cast<std::size_t>(MarkerKind::low_confidence); ++kind) {
        std::printf("%-16s", std::string(to_string(static_cast<MarkerKind>(kind))).c_str());
        for (const auto& [mode, counts] : by_mode) {
            const auto it = counts.kinds.find(static_cast<MarkerKind>(kind));
            const std::size_t count = it == counts.kinds.end() ? 0 : it->second;
            std::printf(" %14zu %9.1f", count, 100.0 * static_cast<double>(count) / static_cast<double>(counts.links));
        }
        std::printf("\n");
    }
    for (const auto& [mode, counts] : by_mode) {
        std::printf("%s: %zu pairs, %zu links, ~%zu source words\n", mode.c_str(), counts.pairs, counts.links,
                    counts.source_words);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "inject";
    list_misses = argc > 2 && std::string(argv[2]) == "list";
    if (mode == "inject") {
        return run_injection();
    }
    if (mode == "clean") {
        return run_clean();
    }
    if (mode == "eptic") {
        return run_eptic();
    }
    std::fprintf(stderr, "usage: divergence_benchmark [inject [list] | clean | eptic]\n");
    return 2;
}
