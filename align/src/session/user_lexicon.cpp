// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/session/user_lexicon.hpp>

#include <tandem/text/language.hpp>
#include <tandem/text/tokenizer.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace tandem::session {
namespace {

/// Numbers words of one language and turns texts into bags of distinct word ids.
class Vocabulary {
public:
    explicit Vocabulary(std::string_view language) : m_tokenizer(language) {}

    std::vector<lexicon::WordId> bag(std::string_view text) {
        std::vector<lexicon::WordId> ids;
        for (const auto& token : m_tokenizer.tokenize(text)) {
            if (token.kind != text::TokenKind::word && token.kind != text::TokenKind::ideographic) {
                continue;
            }
            auto word = text::fold_case(text.substr(token.bytes.begin, token.bytes.size()));
            const auto next = static_cast<lexicon::WordId>(m_words.size());
            const auto [at, added] = m_ids.emplace(word, next);
            if (added) {
                m_words.push_back(std::move(word));
            }
            ids.push_back(at->second);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }

    [[nodiscard]] const std::string& word(lexicon::WordId id) const { return m_words[id]; }

private:
    text::Tokenizer m_tokenizer;
    std::unordered_map<std::string, lexicon::WordId> m_ids;
    std::vector<std::string> m_words;
};

} // namespace

lexicon::Dictionary learn_from_confirmed(const std::vector<ConfirmedPair>& pairs,
                                         std::string_view source_language,
                                         std::string_view target_language,
                                         const lexicon::LexiconLearning& settings) {
    Vocabulary source(source_language);
    Vocabulary target(target_language);
    std::vector<lexicon::WordBags> bags;
    bags.reserve(pairs.size());
    for (const auto& pair : pairs) {
        bags.push_back({source.bag(pair.source), target.bag(pair.target)});
    }
    std::vector<std::pair<std::string_view, std::string_view>> words;
    for (const auto& [s, t] : lexicon::learn_lexicon(bags, settings)) {
        words.emplace_back(source.word(s), target.word(t));
    }
    std::sort(words.begin(), words.end());
    lexicon::Dictionary dictionary;
    for (const auto& [s, t] : words) {
        dictionary.add(s, t);
    }
    return dictionary;
}

void write_word_list(std::ostream& out, const lexicon::Dictionary& dictionary,
                     std::string_view source_language, std::string_view target_language) {
    std::vector<const lexicon::WordPair*> pairs;
    for (const auto& pair : dictionary.pairs()) {
        pairs.push_back(&pair);
    }
    const auto order = [](const lexicon::WordPair* a, const lexicon::WordPair* b) {
        return std::tie(a->source, a->target) < std::tie(b->source, b->target);
    };
    std::sort(pairs.begin(), pairs.end(), order);
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                            [](const auto* a, const auto* b) { return *a == *b; }),
                pairs.end());
    out << "# Tandem learned lexicon, " << source_language << " -> " << target_language
        << ": source<TAB>target\n";
    for (const auto* pair : pairs) {
        out << pair->source << '\t' << pair->target << '\n';
    }
}

std::string learned_lexicon_file_name(std::string_view source_language,
                                      std::string_view target_language) {
    return "learned-" + text::primary_language(source_language) + "-" +
           text::primary_language(target_language) + ".tsv";
}

} // namespace tandem::session
