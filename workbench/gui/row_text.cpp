// SPDX-License-Identifier: GPL-3.0-or-later
#include "row_text.hpp"

#include <tandem/text/language.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <array>

namespace tandem::gui {

RowSideText BuildRowSide(const text::Document& document, align::Span span,
                         std::span<const divergence::Marker> markers, Side side, bool show_ids) {
    RowSideText row;
    const bool spaced = !text::writes_without_spaces(document.language);
    std::size_t code_points = 0;
    const auto append = [&](std::string_view part) {
        row.text += part;
        code_points += text::count_code_points(part);
    };
    for (auto index = span.begin; index < span.end; ++index) {
        const auto& sentence = document.sentences.at(index);
        if (index != span.begin && spaced) {
            append(" ");
        }
        if (show_ids) {
            const auto begin = code_points;
            append("#" + std::to_string(sentence.id));
            row.id_labels.push_back({begin, code_points});
            append(" ");
        }
        const auto sentence_start = code_points;
        append(sentence.text);
        for (const auto& marker : markers) {
            const auto& spans = side == Side::source ? marker.source_spans : marker.target_spans;
            for (const auto& text_span : spans) {
                if (text_span.sentence != index || text_span.bytes.end > sentence.text.size() ||
                    text_span.bytes.empty()) {
                    continue;
                }
                const std::string_view text = sentence.text;
                const auto begin =
                    sentence_start + text::count_code_points(text.substr(0, text_span.bytes.begin));
                const auto end = begin + text::count_code_points(text.substr(
                                             text_span.bytes.begin, text_span.bytes.size()));
                row.highlights.push_back({{begin, end}, marker.kind});
            }
        }
    }
    std::stable_sort(
        row.highlights.begin(), row.highlights.end(),
        [](const Highlight& a, const Highlight& b) { return a.range.begin < b.range.begin; });
    return row;
}

bool IsRightToLeft(std::string_view language) {
    static constexpr std::array<std::string_view, 11> right_to_left{
        "ar", "arc", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"};
    const auto primary = text::primary_language(language);
    return std::find(right_to_left.begin(), right_to_left.end(), primary) != right_to_left.end();
}

} // namespace tandem::gui
