// SPDX-License-Identifier: GPL-3.0-or-later
#include "note_check.hpp"

#include <tandem/text/segmenter.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <iterator>
#include <string>

namespace tandem::divergence::detail {
namespace {

/// Inline transcript notes inside a speech sentence: words a bracketed aside
/// starts with.
constexpr std::string_view note_words[] = {"inaudible",
                                           "unintelligible",
                                           "indistinct",
                                           "crosstalk",
                                           "cross-talk",
                                           "laughter",
                                           "laughs",
                                           "applause",
                                           "via interpreter",
                                           "through interpreter",
                                           "through an interpreter",
                                           "interpret",
                                           "off-mic",
                                           "off mic",
                                           "unclear",
                                           "pause",
                                           "неразборчиво",
                                           "смех",
                                           "аплодисменты",
                                           "переводчик",
                                           "через переводчика",
                                           "пауза",
                                           "оживление",
                                           "шум в зале",
                                           "rires",
                                           "applaudissements",
                                           "interprète",
                                           "inaudible",
                                           "beifall",
                                           "heiterkeit",
                                           "lachen",
                                           "dolmetsch",
                                           "applausi",
                                           "risate",
                                           "interprete",
                                           "oklaski",
                                           "śmiech",
                                           "tłumacz",
                                           "aplausos",
                                           "risas"};

/// Stage-note segments, and bracketed notes inside speech (`… [crosstalk] …`).
std::vector<TextSpan> notes(const text::Document& document, align::Span span) {
    std::vector<TextSpan> found;
    for (text::SentenceIndex i = span.begin; i < span.end; ++i) {
        const text::Sentence& sentence = document.sentences[i];
        if (sentence.role == text::SentenceRole::stage_note) {
            found.push_back(AnalysisState::whole(document, i));
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
            const bool known =
                std::any_of(std::begin(note_words), std::end(note_words), [&](std::string_view w) {
                    return folded.find(w) != std::string::npos;
                });
            if (close == ']' || known) {
                found.push_back({i, {open, end + 1}});
            }
        }
    }
    return found;
}

} // namespace

void check_notes(AnalysisState& state, std::size_t k, const align::Link& link) {
    auto source_notes = notes(state.bitext.source, link.source);
    auto target_notes = notes(state.bitext.target, link.target);
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
        explanation = "Transcript notes " + describe(state.bitext.source, source_notes) + " and " +
                      describe(state.bitext.target, target_notes) + " are not speech.";
    } else if (!source_notes.empty()) {
        explanation = "Transcript note " + describe(state.bitext.source, source_notes) +
                      " in the source is not speech.";
    } else {
        explanation = "Transcript note " + describe(state.bitext.target, target_notes) +
                      " in the target is not speech.";
    }
    state.add(MarkerKind::transcript_note, Severity::info, k, std::move(source_notes),
              std::move(target_notes), std::move(explanation));
}

} // namespace tandem::divergence::detail
