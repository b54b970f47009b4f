// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/align/alignment.hpp>

#include <tandem/text/language.hpp>

namespace tandem::align {

std::string Link::type() const {
    return std::to_string(source.size()) + '-' + std::to_string(target.size());
}

std::string span_text(const text::Document& document, Span span) {
    const bool spaced = !text::writes_without_spaces(document.language);
    std::string joined;
    for (auto i = span.begin; i < span.end && i < document.size(); ++i) {
        if (i != span.begin && spaced) {
            joined += ' ';
        }
        joined += document.sentences[i].text;
    }
    return joined;
}

std::optional<std::string> check_invariants(const Alignment& alignment, std::size_t source_size,
                                            std::size_t target_size) {
    SentenceIndex next_source = 0;
    SentenceIndex next_target = 0;
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const Link& link = alignment.links[k];
        const std::string where = "link " + std::to_string(k) + " (" + link.type() + ")";
        if (link.source.end < link.source.begin || link.target.end < link.target.begin) {
            return where + " has a reversed span";
        }
        if (link.source.empty() && link.target.empty()) {
            return where + " is empty on both sides";
        }
        if (link.source.begin != next_source || link.target.begin != next_target) {
            return where + " does not start where the previous link ends";
        }
        if (!(link.confidence >= 0.0 && link.confidence <= 1.0)) {
            return where + " has a confidence outside [0, 1]";
        }
        next_source = link.source.end;
        next_target = link.target.end;
    }
    if (next_source != source_size || next_target != target_size) {
        return "the links cover " + std::to_string(next_source) + " of " +
               std::to_string(source_size) + " source and " + std::to_string(next_target) +
               " of " + std::to_string(target_size) + " target sentences";
    }
    return std::nullopt;
}

} // namespace tandem::align
