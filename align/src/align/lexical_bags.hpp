// SPDX-License-Identifier: GPL-3.0-or-later
// Lexical evidence as bags of shared "concepts" per sentence, in the spirit of hunalign's
// dictionary-translated bags (Varga et al. 2005): a source word stands for the target stems it may
// translate to (dictionary, learned lexicon), for itself (identical tokens, numbers) and for its
// first letters (cognates, Simard et al. 1992); a target word stands for its stem, itself and its
// first letters. When the two documents are written in different alphabets, every word also stands
// for the start of its transliterated phonetic skeleton (`Лавров` and `Lavrov`). Two sentences
// share evidence where their bags meet.
#pragma once

#include "sentence_words.hpp"

#include "../large_buffer.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace tandem::lexicon {
class Dictionary;
}

namespace tandem::align::detail {

/// Where a shared concept comes from, best first.
enum class Evidence : std::uint8_t { number, identical, dictionary, learned, cognate };
/// Number of Evidence kinds.
inline constexpr std::size_t evidence_kinds = 5;
/// Lower-case English name of an evidence kind.
[[nodiscard]] std::string_view evidence_name(Evidence kind) noexcept;

/// Translations of source stems into target stems: row = source stem id.
using TranslationTable = std::vector<std::vector<std::pair<std::uint32_t, Evidence>>>;

/// An empty table sized for @p source's stems.
[[nodiscard]] TranslationTable empty_translation_table(const SentenceWords& source);

/// Adds the pairs of @p dictionary whose stems occur in both documents.
void add_dictionary(TranslationTable& table, const lexicon::Dictionary& dictionary,
                    const SentenceWords& source, std::string_view source_language,
                    const SentenceWords& target, std::string_view target_language);

/// Adds learned (source stem, target stem) pairs.
void add_learned(TranslationTable& table,
                 const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs);

/// A concept occurring in exactly one sentence on each side: a candidate anchor.
struct RareMatch {
    std::uint32_t source = 0; ///< source sentence
    std::uint32_t target = 0; ///< target sentence
    float weight = 0;         ///< the concept's weight
};

/// Per-sentence concept bags with inverse-document-frequency weights.
class LexicalBags {
public:
    LexicalBags(const SentenceWords& source, const SentenceWords& target,
                const TranslationTable& table);

    /// Weight of the concepts shared by source sentence @p s and target sentence @p t.
    [[nodiscard]] double matched(std::uint32_t s, std::uint32_t t) const noexcept;
    /// matched(s, t), rounded to float, for the target sentences t from @p first on, one per
    /// element of @p out. Source sentence @p s's bag is spread once over @p scratch (a slot per
    /// concept, sized here and left all zero), then each target's bag is read against it: the
    /// same sums in the same order as matched(), without a merge walk per pair.
    void matched_row(std::uint32_t s, std::uint32_t first, std::span<float> out,
                     std::vector<float>& scratch) const;
    /// The same, split by the evidence kind of the source side.
    [[nodiscard]] std::array<double, evidence_kinds> matched_by_kind(std::uint32_t s,
                                                                     std::uint32_t t) const;
    /// Weight of a source sentence's words that have some counterpart in the target document.
    [[nodiscard]] double source_mass(std::uint32_t s) const noexcept { return m_source_mass[s]; }
    /// Weight of a target sentence's words that have some counterpart in the source document.
    [[nodiscard]] double target_mass(std::uint32_t t) const noexcept { return m_target_mass[t]; }
    /// Concepts found once on each side, in source order.
    [[nodiscard]] const std::vector<RareMatch>& rare_matches() const noexcept { return m_rare; }

private:
    /// Calls @p on_shared(source entry, concept) for every concept bags s and t share (a merge
    /// walk over the two sorted bags).
    template <typename OnShared>
    void for_each_shared(std::uint32_t s, std::uint32_t t, OnShared&& on_shared) const;

    std::vector<std::uint32_t> m_source_starts, m_target_starts;
    tandem::detail::LargeVector<std::uint32_t> m_source_concepts, m_target_concepts;
    tandem::detail::LargeVector<Evidence> m_source_kinds;
    std::vector<float> m_weight;
    std::vector<double> m_source_mass, m_target_mass;
    std::vector<RareMatch> m_rare;
};

} // namespace tandem::align::detail
