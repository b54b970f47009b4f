// SPDX-License-Identifier: GPL-3.0-or-later
// Sentence segmentation: ICU's sentence rules (UAX #29) with ICU's abbreviation suppressions,
// plus transcript structure (speaker labels, stage notes, headings) and our own exceptions
// where ICU breaks wrongly (initials, Russian and German abbreviations, German ordinals).
#include <tandem/text/segmenter.hpp>

#include <tandem/text/language.hpp>
#include <tandem/text/unicode.hpp>

#include "../icu_support.hpp"
#include "abbreviations.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <memory>
#include <utility>
#include <vector>

namespace tandem::text {
namespace {

/// Stage notes are short: `(Via interpreter)`, `(inaudible)`, `[crosstalk]`, `(Аплодисменты.)`.
constexpr std::size_t max_stage_note_words = 6;
/// Headings are short lines without final punctuation.
constexpr std::size_t max_heading_words = 12;
/// Speaker labels are short: `FOREIGN MINISTER LAVROV:`.
constexpr std::size_t max_label_bytes = 120;

UChar32 decode_at(std::string_view text, std::size_t& offset) {
    UChar32 c = 0;
    auto index = static_cast<int32_t>(offset);
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index,
            static_cast<int32_t>(text.size()), c);
    offset = static_cast<std::size_t>(index);
    return c;
}

UChar32 decode_before(std::string_view text, std::size_t& offset) {
    UChar32 c = 0;
    auto index = static_cast<int32_t>(offset);
    U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, index, c);
    offset = static_cast<std::size_t>(index);
    return c;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) != 0; }

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t offset = 0; offset < text.size();) {
        const bool space = is_space(decode_at(text, offset));
        words += (!space && !in_word) ? 1 : 0;
        in_word = !space;
    }
    return words;
}

/// Length in bytes of a speaker label at the start of @p text (`SECRETARY BLINKEN:` followed by
/// white space or the end), or 0. A label is upper-case letters with spaces, dots, hyphens and
/// apostrophes, ending in a colon.
std::size_t speaker_label_length(std::string_view text) {
    std::size_t offset = 0;
    std::size_t letters = 0;
    while (offset < text.size() && offset <= max_label_bytes) {
        const UChar32 c = decode_at(text, offset);
        if (c == ':') {
            if (letters == 0) {
                return 0;
            }
            std::size_t after = offset;
            if (after < text.size() && !is_space(decode_at(text, after))) {
                return 0;
            }
            return offset;
        }
        if (u_isalpha(c) != 0) {
            if (u_isULowercase(c) != 0 || (u_isUUppercase(c) == 0 && u_hasBinaryProperty(c, UCHAR_CASED))) {
                return 0;
            }
            ++letters;
        } else if (!(is_space(c) || c == '.' || c == '-' || c == '\'' || c == 0x2019 ||
                     u_isdigit(c) != 0)) {
            return 0;
        }
    }
    return 0;
}

/// Length in bytes of a bracketed stage note at the start of @p text, followed by white space or
/// the end, or 0.
std::size_t stage_note_length(std::string_view text) {
    if (text.empty() || (text.front() != '(' && text.front() != '[')) {
        return 0;
    }
    const char close = text.front() == '(' ? ')' : ']';
    const auto end = text.find(close);
    if (end == std::string_view::npos || end + 1 > max_label_bytes) {
        return 0;
    }
    const auto inner = text.substr(1, end - 1);
    if (inner.find_first_of("([") != std::string_view::npos ||
        count_words(inner) > max_stage_note_words || count_words(inner) == 0) {
        return 0;
    }
    std::size_t after = end + 1;
    if (after < text.size() && !is_space(decode_at(text, after))) {
        return 0;
    }
    return end + 1;
}

bool ends_with_terminal_punctuation(std::string_view text) {
    std::size_t offset = text.size();
    while (offset > 0) {
        const UChar32 c = decode_before(text, offset);
        if (u_hasBinaryProperty(c, UCHAR_S_TERM) != 0 || c == ':' || c == ';' || c == 0x2026) {
            return true;
        }
        // Closing quotes and brackets may follow the final stop.
        const auto category = u_charType(c);
        if (!(category == U_END_PUNCTUATION || category == U_FINAL_PUNCTUATION || c == '"' ||
              c == '\'' || is_space(c))) {
            return false;
        }
    }
    return false;
}

/// The first letter of @p text, skipping white space (and opening quotes and brackets when
/// @p skip_openers), or 0 when something else comes first.
UChar32 first_letter(std::string_view text, bool skip_openers) {
    std::size_t offset = 0;
    while (offset < text.size()) {
        const UChar32 c = decode_at(text, offset);
        if (u_isalpha(c) != 0) {
            return c;
        }
        const auto category = u_charType(c);
        const bool opener = category == U_START_PUNCTUATION ||
                            category == U_INITIAL_PUNCTUATION || c == '"';
        if (!is_space(c) && !(skip_openers && opener)) {
            return 0;
        }
    }
    return 0;
}

bool starts_lowercase(std::string_view text) {
    return u_isULowercase(first_letter(text, false)) != 0;
}

bool starts_uppercase(std::string_view text) {
    return u_isUUppercase(first_letter(text, true)) != 0;
}

/// Builds the segments of one document; owns the ICU iterator for this job.
class Segmenter {
public:
    Segmenter(std::string language, const std::string& scratch)
        : m_language(std::move(language)), m_exceptions(abbreviations_for(m_language)),
          m_scratch(scratch) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(m_language, status);
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> plain(
            icu::BreakIterator::createSentenceInstance(locale, status));
        detail::check_icu(status, "BreakIterator::createSentenceInstance");
        // ICU's own abbreviation list ("Mr.", "e.g." …) where the locale has one.
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
        if (U_SUCCESS(status) && builder) {
            m_breaker.reset(builder->wrapIteratorWithFilter(plain.release(), status));
        }
        if (U_FAILURE(status) || !m_breaker) {
            status = U_ZERO_ERROR;
            m_breaker.reset(icu::BreakIterator::createSentenceInstance(locale, status));
            detail::check_icu(status, "BreakIterator::createSentenceInstance");
        }
    }

    /// Appends the segments of the block [range) (one hard line or wrapped lines).
    void add_block(std::string_view text, ByteRange range, std::uint32_t paragraph,
                   bool whole_paragraph, Document& document) {
        range = trim_white_space(text, range);
        if (range.empty()) {
            return;
        }
        const std::size_t first = document.sentences.size();
        if (const auto label = speaker_label_length(text.substr(range.begin, range.size()))) {
            push(text, {range.begin, range.begin + label}, SentenceRole::speaker_label, paragraph,
                 document);
            range = trim_white_space(text, {range.begin + label, range.end});
        }
        for (const auto& sentence : sentences(text, range)) {
            add_sentence(text, sentence, paragraph, document);
        }
        const bool single = document.sentences.size() == first + 1;
        if (whole_paragraph && single && document.sentences.back().role == SentenceRole::speech) {
            Sentence& only = document.sentences.back();
            if (!ends_with_terminal_punctuation(only.text) &&
                count_words(only.text) <= max_heading_words) {
                only.role = SentenceRole::heading;
            }
        }
    }

private:
    void add_sentence(std::string_view text, ByteRange range, std::uint32_t paragraph,
                      Document& document) {
        range = trim_white_space(text, range);
        // Leading stage notes are segments of their own: `(Via interpreter) Thank you.`
        while (!range.empty()) {
            const auto note = stage_note_length(text.substr(range.begin, range.size()));
            if (note == 0) {
                break;
            }
            push(text, {range.begin, range.begin + note}, SentenceRole::stage_note, paragraph,
                 document);
            range = trim_white_space(text, {range.begin + note, range.end});
        }
        if (!range.empty()) {
            push(text, range, classify_segment(text.substr(range.begin, range.size())), paragraph,
                 document);
        }
    }

    static void push(std::string_view text, ByteRange range, SentenceRole role,
                     std::uint32_t paragraph, Document& document) {
        Sentence sentence;
        sentence.id = static_cast<SentenceId>(document.sentences.size());
        sentence.text = std::string(text.substr(range.begin, range.size()));
        sentence.range = range;
        sentence.role = role;
        sentence.paragraph = paragraph;
        document.sentences.push_back(std::move(sentence));
    }

    /// ICU sentence ranges inside @p range, with our exceptions merged back together.
    std::vector<ByteRange> sentences(std::string_view text, ByteRange range) {
        std::vector<ByteRange> result;
        if (range.empty()) {
            return result;
        }
        const std::string_view scratch(m_scratch);
        const auto utext = detail::open_utf8(scratch.substr(range.begin, range.size()));
        UErrorCode status = U_ZERO_ERROR;
        m_breaker->setText(utext.get(), status);
        detail::check_icu(status, "BreakIterator::setText");
        std::size_t start = range.begin;
        for (int32_t boundary = m_breaker->next(); boundary != icu::BreakIterator::DONE;
             boundary = m_breaker->next()) {
            const std::size_t end = range.begin + static_cast<std::size_t>(boundary);
            if (end < range.end && suppress_break(text, start, end, range.end)) {
                continue;
            }
            result.push_back({start, end});
            start = end;
        }
        if (start < range.end) {
            result.push_back({start, range.end});
        }
        return result;
    }

    /// True when ICU's break at @p end (sentence started at @p start) falls after one of our
    /// exceptions: an abbreviation, an initial, or (German) an ordinal number.
    bool suppress_break(std::string_view text, std::size_t start, std::size_t end,
                        std::size_t limit) const {
        const ByteRange before = trim_white_space(text, {start, end});
        const std::string_view sentence = text.substr(before.begin, before.size());
        const auto space = sentence.find_last_of(" \t\n\u00a0");
        std::string_view token =
            space == std::string_view::npos ? sentence : sentence.substr(space + 1);
        while (!token.empty() && (token.front() == '(' || token.front() == '"')) {
            token.remove_prefix(1);
        }
        const std::string_view next = text.substr(end, limit - end);
        return m_exceptions.suppresses(token, sentence, starts_uppercase(next));
    }

    std::string m_language;
    const AbbreviationRules& m_exceptions;
    const std::string& m_scratch;
    std::unique_ptr<icu::BreakIterator> m_breaker;
};

/// Byte offsets of the starts of the lines of @p text, plus text.size() at the end.
std::vector<std::size_t> line_starts(std::string_view text) {
    std::vector<std::size_t> starts{0};
    for (std::size_t offset = text.find('\n'); offset != std::string_view::npos;
         offset = text.find('\n', offset + 1)) {
        starts.push_back(offset + 1);
    }
    if (starts.back() != text.size()) {
        starts.push_back(text.size());
    }
    return starts;
}

ByteRange line_range(std::string_view text, const std::vector<std::size_t>& starts,
                     std::size_t line) {
    std::size_t end = starts[line + 1];
    if (end > starts[line] && end <= text.size() && text[end - 1] == '\n') {
        --end;
    }
    return {starts[line], end};
}

bool is_blank(std::string_view text, ByteRange range) { return trim_white_space(text, range).empty(); }

} // namespace

SentenceRole classify_segment(std::string_view segment) {
    const ByteRange range = trim_white_space(segment, {0, segment.size()});
    const std::string_view text = segment.substr(range.begin, range.size());
    if (text.empty()) {
        return SentenceRole::speech;
    }
    if (speaker_label_length(text) == text.size()) {
        return SentenceRole::speaker_label;
    }
    if (stage_note_length(text) == text.size()) {
        return SentenceRole::stage_note;
    }
    return SentenceRole::speech;
}

Document segment_text(std::string text, std::string language, std::string name) {
    Document document{std::move(name), std::move(language), std::move(text), {}};
    const std::string_view view(document.text);
    const auto starts = line_starts(view);
    const std::size_t line_count = starts.size() - 1;

    // A line break inside a paragraph is a soft wrap when the line runs on into a lower-case
    // continuation; ICU treats every line break as a paragraph end, so hide soft wraps from it.
    std::string scratch = document.text;
    Segmenter segmenter(document.language, scratch);

    std::uint32_t paragraph = 0;
    std::size_t line = 0;
    while (line < line_count) {
        if (is_blank(view, line_range(view, starts, line))) {
            ++line;
            continue;
        }
        std::size_t last = line;
        while (last + 1 < line_count && !is_blank(view, line_range(view, starts, last + 1))) {
            ++last;
        }
        // Lines [line, last] form one paragraph; split it into blocks at hard line breaks.
        const bool single_line = last == line;
        std::size_t block_start = starts[line];
        for (std::size_t current = line; current <= last; ++current) {
            const ByteRange here = line_range(view, starts, current);
            const bool wraps =
                current < last && speaker_label_length(view.substr(starts[current + 1])) == 0 &&
                !ends_with_terminal_punctuation(view.substr(here.begin, here.size())) &&
                starts_lowercase(view.substr(starts[current + 1],
                                             line_range(view, starts, current + 1).size()));
            if (wraps) {
                scratch[here.end] = ' ';
                continue;
            }
            segmenter.add_block(view, {block_start, here.end}, paragraph, single_line, document);
            if (current < last) {
                block_start = starts[current + 1];
            }
        }
        ++paragraph;
        line = last + 1;
    }
    return document;
}

Document segment_lines(std::string text, std::string language, std::string name) {
    Document document{std::move(name), std::move(language), std::move(text), {}};
    const std::string_view view(document.text);
    const auto starts = line_starts(view);
    document.sentences.reserve(starts.size() - 1);
    for (std::size_t line = 0; line + 1 < starts.size(); ++line) {
        const ByteRange range = line_range(view, starts, line);
        Sentence sentence;
        sentence.id = static_cast<SentenceId>(line);
        sentence.range = trim_white_space(view, range);
        sentence.text = std::string(view.substr(sentence.range.begin, sentence.range.size()));
        sentence.role = classify_segment(sentence.text);
        document.sentences.push_back(std::move(sentence));
    }
    return document;
}

} // namespace tandem::text
