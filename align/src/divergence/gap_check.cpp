// SPDX-License-Identifier: GPL-3.0-or-later
// Omissions and additions (Barik 1975; Wadensjö's zero and expanded renditions;
// MQM Omission and Addition): 1-0 and 0-1 links, and sentences a merge or split
// holds that its lengths show were not rendered.
#include "gap_check.hpp"

#include "name_check.hpp"

#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

namespace {

/// How many markers added since @p first_marker that @p wanted accepts hold sentence @p i of one
/// side (the source when @p source_side) and nothing on the other: what that sentence alone lacks.
template <typename Wanted>
std::size_t one_sided_markers(const AnalysisState& state, bool source_side, text::SentenceIndex i,
                              std::size_t first_marker, Wanted wanted) {
    return static_cast<std::size_t>(std::count_if(
        state.markers.begin() + static_cast<std::ptrdiff_t>(first_marker), state.markers.end(),
        [&](const Marker& m) {
            const auto& spans = source_side ? m.source_spans : m.target_spans;
            const auto& others = source_side ? m.target_spans : m.source_spans;
            return wanted(m) && others.empty() &&
                   std::any_of(spans.begin(), spans.end(),
                               [&](const TextSpan& held) { return held.sentence == i; });
        }));
}

/// True when a text sentence of @p span other than @p i has a word with stem @p stem.
bool stem_elsewhere(const AnalysisState& state, bool source_side, align::Span span,
                    text::SentenceIndex i, const std::string& stem) {
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    const auto& facts = source_side ? state.source_facts : state.target_facts;
    for (text::SentenceIndex j = span.begin; j < span.end; ++j) {
        if (j != i && counts_as_text(document.sentences[j].role) &&
            std::any_of(facts[j].words.begin(), facts[j].words.end(),
                        [&](const Word& word) { return word.stem == stem; })) {
            return true;
        }
    }
    return false;
}

/// The coverage of the words (no numbers) of sentence @p i of @p span (of the side
/// @p source_side) by @p other, the other side of its link. A sentence belongs to one link, so
/// it is computed once per analysis and kept in the state.
const Coverage& word_coverage(AnalysisState& state, bool source_side, align::Span span,
                              text::SentenceIndex i, align::Span other) {
    std::optional<Coverage>& known =
        (source_side ? state.source_word_coverage : state.target_word_coverage)[i];
    if (known) {
        return *known;
    }
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    auto& facts = source_side ? state.source_facts : state.target_facts;
    Coverage result;
    for (Word& word : facts[i].words) {
        // Short words are mostly function words (`и`, `and`), which any sentence pair shares;
        // four letters is the prefix length of cognate tests (Simard, Foster & Isabelle 1992).
        constexpr std::size_t min_letters = 4;
        const std::string_view surface = std::string_view(document.sentences[i].text)
                                             .substr(word.bytes.begin, word.bytes.size());
        if (text::count_code_points(surface) < min_letters) {
            continue;
        }
        ++result.content;
        if (has_counterpart(state, source_side, document.sentences[i], word, other)) {
            ++result.covered;
            result.exclusive += stem_elsewhere(state, source_side, span, i, word.stem) ? 0 : 1;
        }
    }
    return known.emplace(result);
}

/// The coverage of sentence @p i of @p span (of the side @p source_side) by @p other. Numbers in
/// digits count as content words, covered unless a number marker added since @p first_marker
/// finds no counterpart for them.
Coverage coverage(AnalysisState& state, bool source_side, align::Span span, text::SentenceIndex i,
                  align::Span other, std::size_t first_marker) {
    const auto& facts = source_side ? state.source_facts : state.target_facts;
    Coverage result;
    result.content = static_cast<std::size_t>(
        std::count_if(facts[i].numbers.begin(), facts[i].numbers.end(),
                      [](const text::NumberMention& number) { return !number.spelled_out; }));
    const auto unmatched =
        one_sided_markers(state, source_side, i, first_marker,
                          [](const Marker& m) { return m.kind == MarkerKind::number; });
    result.covered = result.content - std::min(result.content, unmatched);
    result.exclusive = result.covered;
    const Coverage& words = word_coverage(state, source_side, span, i, other);
    result.content += words.content;
    result.covered += words.covered;
    result.exclusive += words.exclusive;
    return result;
}

} // namespace

Coverage link_coverage(AnalysisState& state, const align::Link& link, bool source_side,
                       std::size_t first_marker) {
    const align::Span span = source_side ? link.source : link.target;
    const align::Span other = source_side ? link.target : link.source;
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    Coverage total;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        if (counts_as_text(document.sentences[i].role)) {
            const Coverage own = coverage(state, source_side, span, i, other, first_marker);
            total.content += own.content;
            total.covered += own.covered;
            total.exclusive += own.exclusive;
        }
    }
    return total;
}

// A gap the lengths cannot show: a short heading glued to its neighbour. Coverage-based
// omission detection (as in MT quality estimation) judges a sentence against the rest of its
// link, so one accidental dictionary hit (`ügyében` → `issues`) does not make it rendered.
std::optional<text::SentenceIndex> lexically_unrendered(AnalysisState& state,
                                                        const align::Link& link, bool source_side,
                                                        std::size_t first_marker) {
    const align::Span span = source_side ? link.source : link.target;
    const align::Span other = source_side ? link.target : link.source;
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    const auto& facts = source_side ? state.source_facts : state.target_facts;
    std::vector<std::pair<text::SentenceIndex, Coverage>> sentences;
    Coverage total;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        if (counts_as_text(document.sentences[i].role)) {
            sentences.emplace_back(i, coverage(state, source_side, span, i, other, first_marker));
            total.content += sentences.back().second.content;
            total.covered += sentences.back().second.covered;
        }
    }
    const auto unrendered_share = [&](const Coverage& own) {
        if (own.exclusive == 0) {
            return true;
        }
        const std::size_t rest_content = total.content - own.content;
        const std::size_t rest_covered = total.covered - own.covered;
        // own.exclusive / own.content <= share * rest_covered / rest_content, one hit at most;
        // the rest must show more than the one hit it is compared with.
        return own.exclusive == 1 && rest_covered > 1 &&
               static_cast<double>(own.exclusive * rest_content) <=
                   state.settings.absorbed_lexical_share *
                       static_cast<double>(rest_covered * own.content);
    };
    constexpr std::size_t min_words = 3;
    std::optional<text::SentenceIndex> unrendered;
    for (const auto& [i, own] : sentences) {
        if (!unrendered_share(own)) {
            continue;
        }
        if (unrendered || facts[i].words.size() < min_words) {
            return std::nullopt; // two unrendered sentences, or one too short to tell
        }
        unrendered = i;
    }

    return unrendered;
}

void check_gap(AnalysisState& state, std::size_t k, const align::Link& link, bool source_side) {
    const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
    const auto& facts = source_side ? state.source_facts : state.target_facts;
    const align::Span span = source_side ? link.source : link.target;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        const text::Sentence& sentence = document.sentences[i];
        if (sentence.role == text::SentenceRole::stage_note || sentence.text.empty()) {
            continue; // a note is reported as such; an empty line is nothing
        }
        const std::size_t words = facts[i].words.size();
        const bool minor = sentence.role != text::SentenceRole::speech || words <= 2;
        std::vector<TextSpan> source_spans;
        std::vector<TextSpan> target_spans;
        (source_side ? source_spans : target_spans).push_back(AnalysisState::whole(document, i));
        state.add(source_side ? MarkerKind::omission : MarkerKind::addition,
                  minor ? Severity::notice : Severity::warning, k, std::move(source_spans),
                  std::move(target_spans),
                  (source_side ? "Source sentence " : "Target sentence ") +
                      std::to_string(sentence.id) + " (" + std::to_string(words) +
                      (words == 1 ? " word" : " words") + ") has no counterpart in the " +
                      (source_side ? "target." : "source."));
    }
}

/// Finds a gap hidden inside an n-m link: the link's length ratio is far off
/// the pair's norm and becomes normal without one sentence (Gale & Church 1993
/// reasoning on one link). A number or name of that sentence with no
/// counterpart lowers the bar; such markers are then replaced by the omission
/// or addition they are part of.
Absorbed check_absorbed(AnalysisState& state, std::size_t k, const align::Link& link,
                        const LengthModel& model, std::size_t first_marker) {
    Absorbed absorbed;
    const auto source_length = static_cast<double>(code_points(state.bitext.source, link.source));
    const auto target_length = static_cast<double>(code_points(state.bitext.target, link.target));
    if (source_length <= 0.0 || target_length <= 0.0) {
        return absorbed;
    }
    const auto z_of = [&](double s, double t) { return model.z(s, t); };
    const double z_all = z_of(source_length, target_length);
    const auto anchored = [&](bool source_side, text::SentenceIndex i) {
        return one_sided_markers(state, source_side, i, first_marker, [](const Marker& m) {
                   return m.severity >= Severity::notice;
               }) > 0;
    };
    const auto find = [&](bool source_side) -> std::optional<text::SentenceIndex> {
        const align::Span span = source_side ? link.source : link.target;
        const text::Document& document = source_side ? state.bitext.source : state.bitext.target;
        const double direction = source_side ? -1.0 : 1.0; // omissions compress, additions expand
        // An anchored sentence (a number or name with no counterpart) is the
        // likelier gap.
        constexpr double anchor_bonus = 0.5;
        std::optional<text::SentenceIndex> best;
        double best_score = 0.0;
        double best_z = 0.0;
        std::size_t speech = 0;
        for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
            if (!counts_as_text(document.sentences[i].role)) {
                continue;
            }
            ++speech;
            const auto length =
                static_cast<double>(text::count_code_points(document.sentences[i].text));
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
        if (const auto uncovered = lexically_unrendered(state, link, source_side, first_marker);
            uncovered && direction * z_all >= state.settings.absorbed_lexical_z) {
            return uncovered;
        }
        const bool anchor = anchored(source_side, *best);
        const double needed = anchor || link.confidence < state.settings.low_confidence
                                  ? state.settings.absorbed_anchor_z
                                  : state.settings.absorbed_z;
        // With an anchor, removing the sentence need only explain most of the
        // deviation.
        constexpr double anchored_share = 0.6;
        const double fit =
            anchor ? std::max(state.settings.absorbed_fit_z, anchored_share * std::fabs(z_all))
                   : state.settings.absorbed_fit_z;
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
        const auto inside = [](const std::vector<TextSpan>& spans,
                               std::optional<text::SentenceIndex> i) {
            return i && std::any_of(spans.begin(), spans.end(),
                                    [&](const TextSpan& span) { return span.sentence == *i; });
        };
        return (m.target_spans.empty() && inside(m.source_spans, absorbed.source)) ||
               (m.source_spans.empty() && inside(m.target_spans, absorbed.target));
    };
    state.markers.erase(
        std::remove_if(state.markers.begin() + static_cast<std::ptrdiff_t>(first_marker),
                       state.markers.end(), explained),
        state.markers.end());
    const auto other = [&](const text::Document& document, align::Span span,
                           text::SentenceIndex skip) {
        std::string ids;
        for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
            if (i != skip) {
                ids += (ids.empty() ? "" : ", ") + std::to_string(document.sentences[i].id);
            }
        }
        return ids;
    };
    if (absorbed.source) {
        const text::Sentence& sentence = state.bitext.source.sentences[*absorbed.source];
        state.add(MarkerKind::omission, Severity::warning, k,
                  {AnalysisState::whole(state.bitext.source, *absorbed.source)}, {},
                  "Source sentence " + std::to_string(sentence.id) + " (" +
                      std::to_string(state.source_facts[*absorbed.source].words.size()) +
                      " words) has no counterpart: the target of this link renders only "
                      "source sentence " +
                      other(state.bitext.source, link.source, *absorbed.source) + ".");
    }
    if (absorbed.target) {
        const text::Sentence& sentence = state.bitext.target.sentences[*absorbed.target];
        state.add(MarkerKind::addition, Severity::warning, k, {},
                  {AnalysisState::whole(state.bitext.target, *absorbed.target)},
                  "Target sentence " + std::to_string(sentence.id) + " (" +
                      std::to_string(state.target_facts[*absorbed.target].words.size()) +
                      " words) has no counterpart: the source of this link is rendered "
                      "by target sentence " +
                      other(state.bitext.target, link.target, *absorbed.target) + ".");
    }
    return absorbed;
}

/// Merges and splits, counted without stage notes and without absorbed gaps.
void check_shape(AnalysisState& state, std::size_t k, const align::Link& link,
                 const Absorbed& absorbed) {
    std::vector<TextSpan> source_spans;
    std::vector<TextSpan> target_spans;
    for (text::SentenceIndex i = link.source.begin; i < link.source.end; ++i) {
        if (state.bitext.source.sentences[i].role != text::SentenceRole::stage_note &&
            absorbed.source != i) {
            source_spans.push_back(AnalysisState::whole(state.bitext.source, i));
        }
    }
    for (text::SentenceIndex i = link.target.begin; i < link.target.end; ++i) {
        if (state.bitext.target.sentences[i].role != text::SentenceRole::stage_note &&
            absorbed.target != i) {
            target_spans.push_back(AnalysisState::whole(state.bitext.target, i));
        }
    }
    const std::size_t n = source_spans.size();
    const std::size_t m = target_spans.size();
    if (n == 0 || m == 0) {
        return;
    }
    if (n > 1) {
        state.add(MarkerKind::merge, Severity::info, k, source_spans, target_spans,
                  std::to_string(n) + " source sentences are rendered as " + std::to_string(m) +
                      " in the target.");
    }
    if (m > 1) {
        state.add(MarkerKind::split, Severity::info, k, source_spans, target_spans,
                  std::to_string(n) + " source sentence" + (n == 1 ? " is" : "s are") +
                      " rendered as " + std::to_string(m) + " in the target.");
    }
}

} // namespace tandem::divergence::detail
