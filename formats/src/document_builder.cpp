// SPDX-License-Identifier: GPL-3.0-or-later
#include "document_builder.hpp"

#include <tandem/text/segmenter.hpp>
#include <tandem/text/unicode.hpp>

#include <cctype>

namespace tandem::formats::detail {

DocumentBuilder::DocumentBuilder(std::string name, std::string language) {
    m_document.name = std::move(name);
    m_document.language = std::move(language);
}

void DocumentBuilder::add(std::string_view segment, std::uint32_t paragraph,
                          std::optional<text::SentenceId> id) {
    auto& document = m_document;
    if (!document.sentences.empty()) {
        paragraph = std::max(paragraph, document.sentences.back().paragraph);
        document.text += paragraph == document.sentences.back().paragraph ? " " : "\n\n";
    }
    text::Sentence sentence;
    sentence.id = id.value_or(static_cast<text::SentenceId>(document.sentences.size()));
    sentence.text = text::normalize_nfc(segment);
    sentence.range = {document.text.size(), document.text.size() + sentence.text.size()};
    sentence.role = text::classify_segment(sentence.text);
    sentence.paragraph = paragraph;
    document.text += sentence.text;
    document.sentences.push_back(std::move(sentence));
}

std::string canonical_language(std::string_view tag) {
    std::string result;
    std::size_t subtag = 0;
    std::size_t start = 0;
    while (start <= tag.size()) {
        auto end = tag.find_first_of("-_", start);
        if (end == std::string_view::npos) {
            end = tag.size();
        }
        std::string part(tag.substr(start, end - start));
        for (auto& c : part) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (subtag > 0 && part.size() == 2) {
            for (auto& c : part) {
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            }
        } else if (subtag > 0 && part.size() == 4) {
            part[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(part[0])));
        }
        result += (subtag == 0 ? "" : "-") + part;
        ++subtag;
        start = end + 1;
    }
    return result;
}

bool language_matches(std::string_view requested, std::string_view actual) {
    const auto same = [](std::string_view a, std::string_view b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(a[i])) !=
                std::tolower(static_cast<unsigned char>(b[i]))) {
                return false;
            }
        }
        return true;
    };
    if (requested == actual || same(requested, actual)) {
        return true;
    }
    const auto dash = actual.find_first_of("-_");
    return requested.find_first_of("-_") == std::string_view::npos &&
           dash != std::string_view::npos && same(requested, actual.substr(0, dash));
}

} // namespace tandem::formats::detail
