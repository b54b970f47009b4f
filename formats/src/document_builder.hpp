// SPDX-License-Identifier: GPL-3.0-or-later
// Building a Document from segments read out of a file, keeping the model's invariants
// (text.substr(range) == sentence text, paragraphs non-decreasing).
#pragma once

#include <tandem/text/document.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tandem::formats::detail {

/// Appends segments to a document: one space between segments of a paragraph, a blank line
/// between paragraphs; each segment NFC-normalised and its role recognised.
class DocumentBuilder {
  public:
    /// Starts an empty document named @p name in @p language.
    DocumentBuilder(std::string name, std::string language);

    /// Appends one segment to paragraph @p paragraph (never smaller than the previous one);
    /// its id is @p id, or its index when nullopt.
    void add(std::string_view segment, std::uint32_t paragraph,
             std::optional<text::SentenceId> id = std::nullopt);
    /// Reserves room for @p bytes of text and @p segments segments (an estimate from the file
    /// size: untouched reserved pages cost address space, not memory).
    void reserve(std::size_t bytes, std::size_t segments) {
        m_document.text.reserve(bytes);
        m_document.sentences.reserve(segments);
    }
    /// Number of segments so far.
    [[nodiscard]] std::size_t size() const noexcept { return m_document.sentences.size(); }
    /// The finished document.
    [[nodiscard]] text::Document finish() { return std::move(m_document); }

  private:
    text::Document m_document;
};

/// A BCP 47 tag in its usual case (`EN-us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`).
[[nodiscard]] std::string canonical_language(std::string_view tag);

/// True when @p requested names @p actual: equal ignoring case, or @p requested is a bare
/// language (`en`) and @p actual is a regional form of it (`en-US`).
[[nodiscard]] bool language_matches(std::string_view requested, std::string_view actual);

} // namespace tandem::formats::detail
