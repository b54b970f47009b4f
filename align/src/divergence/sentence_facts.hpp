// SPDX-License-Identifier: GPL-3.0-or-later
// What the divergence checks know about each sentence (words with their stems
// and name keys, numbers), and the per-language tools that find it.
#pragma once

#include <tandem/lexicon/stemmer.hpp>
#include <tandem/text/document.hpp>
#include <tandem/text/numbers.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/transliteration.hpp>

#include <tandem/align/alignment.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace tandem::divergence::detail {

/// One word token of a sentence with the keys the checks compare.
struct Word {
    text::ByteRange bytes;
    std::string stem;               ///< case-folded Snowball stem
    std::optional<std::string> key; ///< transliterated name key, computed on demand
    bool capitalised = false;       ///< starts with an upper-case letter
    bool acronym = false;           ///< two to eight capitals
    bool name = false;              ///< a name candidate: capitalised inside the sentence, or
                                    ///< an acronym
};

/// What the checks need to know about one sentence, computed once per analysis.
struct SentenceFacts {
    std::vector<Word> words;
    std::vector<text::NumberMention> numbers;
};

/// Languages that capitalise common nouns (German): there a capitalised word is
/// a name candidate only when the other document confirms it or no dictionary
/// knows it (see confirm_noun_capitalised_names()).
[[nodiscard]] bool capitalises_nouns(std::string_view language);

/// True for the sentences whose words count as text (speech and headings, not
/// stage notes).
[[nodiscard]] bool counts_as_text(text::SentenceRole role) noexcept;

/// Code points of the text sentences of @p span of @p document.
[[nodiscard]] std::size_t code_points(const text::Document& document, align::Span span);

/// The tools of one side: tokenizer, number reader, stemmer, transliterator,
/// and the calendar words (month and weekday names) that are capitalised in
/// some languages but never names.
class Side {
  public:
    explicit Side(std::string_view language);

    [[nodiscard]] const std::string& language() const noexcept { return m_language; }
    lexicon::Stemmer& stemmer() { return m_stemmer; }

    /// Words and numbers of every sentence of @p document.
    std::vector<SentenceFacts> facts(const text::Document& document);

    /// The transliterated name key of @p word of @p sentence (computed once).
    const std::string& key(const text::Sentence& sentence, Word& word);
    /// The transliterated name key of @p text.
    std::string name_key(std::string_view text);

  private:
    void add_calendar_word(std::string_view name);

    std::string m_language;
    std::unordered_set<std::string> m_calendar_words;
    text::Tokenizer m_tokenizer;
    text::NumberExtractor m_numbers;
    lexicon::Stemmer m_stemmer;
    text::Transliterator m_transliterator;
};

/// Translation pairs of stems from the bilingual dictionaries.
struct StemLexicon {
    std::unordered_map<std::string, std::unordered_set<std::string>> source_to_target;
    std::unordered_map<std::string, std::unordered_set<std::string>> target_to_source;
    /// Every source stem the dictionaries know (where nouns are capitalised, those of every
    /// installed dictionary of the language: add_language_vocabulary()).
    std::unordered_set<std::string> source_words;
    std::unordered_set<std::string> target_words; ///< the same for the target language

    [[nodiscard]] bool translates(const std::string& source, const std::string& target) const;
};

} // namespace tandem::divergence::detail
