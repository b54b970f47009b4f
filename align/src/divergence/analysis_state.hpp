// SPDX-License-Identifier: GPL-3.0-or-later
// The state one divergence analysis shares between its checks: the pair, its
// alignment, the sentence facts of both sides, and the markers found so far.
#pragma once

#include "cldr_names.hpp"
#include "sentence_facts.hpp"

#include <tandem/divergence/analysis.hpp>

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

/// Content words of one sentence or link side: its words of four letters or more and its numbers
/// in digits, and how many of them have a counterpart on the other side of the link.
struct Coverage {
    std::size_t content = 0;
    std::size_t covered = 0;
    /// Covered words whose stem no other sentence of the link's side has: competitive linking
    /// (Melamed 2000) gives a target word one source word, so a counterpart that a repeated word
    /// (`вещи` … `вещь`) meets is no evidence that this sentence rather than the other is rendered.
    std::size_t exclusive = 0;
};

/// One analysis of one alignment; the checks read it and add their markers to
/// it.
struct AnalysisState {
    const DivergenceSettings& settings;
    Side& source;
    Side& target;
    const StemLexicon& lexicon;
    ExonymTable& exonyms;
    const align::Bitext& bitext;
    const align::Alignment& alignment;
    std::vector<SentenceFacts> source_facts;
    std::vector<SentenceFacts> target_facts;
    std::set<std::pair<std::string, std::string>> associations; ///< (source stem, target stem)
    /// Source stems of names some link renders by a word like them (`Китчин` → `Kitchin`).
    std::set<std::string> transliterated;
    std::vector<Marker> markers;
    /// The coverage of the words (no numbers) of each source sentence by the other side of its
    /// link, computed once per analysis when a check first asks for it.
    std::vector<std::optional<Coverage>> source_word_coverage;
    std::vector<std::optional<Coverage>> target_word_coverage; ///< the same for target sentences

    /// Appends a marker.
    void add(MarkerKind kind, Severity severity, std::size_t link,
             std::vector<TextSpan> source_spans, std::vector<TextSpan> target_spans,
             std::string explanation);

    /// True when the link's edges are uncertain, so a counterpart may sit in a
    /// neighbouring link.
    [[nodiscard]] bool uncertain(const align::Link& link) const;

    /// The links next to link @p k (one or two).
    [[nodiscard]] std::vector<const align::Link*> neighbours(std::size_t k) const;

    /// The whole text of sentence @p i of @p document as a span.
    [[nodiscard]] static TextSpan whole(const text::Document& document, text::SentenceIndex i);

    /// Every sentence of @p span of @p document as a whole span.
    [[nodiscard]] static std::vector<TextSpan> spans(const text::Document& document,
                                                     align::Span span);
};

/// `'text'`.
[[nodiscard]] std::string quoted(std::string_view text);
/// A value without trailing zeros (`27`, `12.5`).
[[nodiscard]] std::string format_value(double value);
/// `'двадцать семь' (27)`, or just `27` when the text says it already.
[[nodiscard]] std::string describe_number(std::string_view written, double value);

} // namespace tandem::divergence::detail
