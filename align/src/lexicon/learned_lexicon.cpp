// SPDX-License-Identifier: GPL-3.0-or-later
// IBM Model 1 (Brown et al. 1993, "The mathematics of statistical machine translation") trained
// by EM in both directions; a pair is kept when each word is the other's likely translation, the
// intersection heuristic that keeps Moore's (2002) and hunalign's learned lexicons precise.
#include <tandem/lexicon/learned_lexicon.hpp>

#include "../large_buffer.hpp"

#include <algorithm>

namespace tandem::lexicon {
namespace {

using tandem::detail::LargeVector;

using PairKey = std::uint64_t;

PairKey key_of(WordId source, WordId target) {
    return (static_cast<PairKey>(source) << 32U) | target;
}

/// Co-occurrences as indices into a table of distinct (source, target) pairs.
struct Cooccurrences {
    LargeVector<PairKey> keys;         // distinct pairs, in order of first appearance
    LargeVector<std::uint32_t> counts; // sentence pairs holding each pair
    LargeVector<std::uint32_t> cells;  // per training pair, row-major |source| × |target|
    std::vector<std::size_t> starts;   // where each training pair's cells begin
};

/// Open-addressing hash index of the distinct pairs (linear probing; Knuth, TAOCP vol. 3, 6.4),
/// holding only their numbers so that it stays small: counting co-occurrences is the bulk of
/// learning, and a node-based map spends it in allocation and cache misses.
class PairIndex {
public:
    explicit PairIndex(const LargeVector<PairKey>& keys) : m_keys(keys) { resize(1024); }
    /// The number of @p key in the key list, or the list's size when the key is new (the caller
    /// then appends it).
    std::uint32_t find_or_add(PairKey key) {
        if (2 * (m_keys.size() + 1) > m_slots.size()) {
            resize(2 * m_slots.size());
        }
        auto slot = home(key);
        while (m_slots[slot] != absent) {
            if (m_keys[m_slots[slot]] == key) {
                return m_slots[slot];
            }
            slot = (slot + 1) & m_mask;
        }
        m_slots[slot] = static_cast<std::uint32_t>(m_keys.size());
        return m_slots[slot];
    }

private:
    [[nodiscard]] std::size_t home(PairKey key) const noexcept {
        // Fibonacci hashing spreads the packed word ids over the table.
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 24U) & m_mask;
    }
    void resize(std::size_t capacity) {
        const auto old = std::move(m_slots);
        m_slots.assign(capacity, absent);
        m_mask = capacity - 1;
        for (const auto number : old) {
            if (number != absent) {
                auto slot = home(m_keys[number]);
                while (m_slots[slot] != absent) {
                    slot = (slot + 1) & m_mask;
                }
                m_slots[slot] = number;
            }
        }
    }
    static constexpr std::uint32_t absent = 0xFFFFFFFFU;
    const LargeVector<PairKey>& m_keys;
    LargeVector<std::uint32_t> m_slots;
    std::size_t m_mask = 0;
};

Cooccurrences collect(const std::vector<WordBags>& pairs) {
    Cooccurrences result;
    std::size_t cells = 0;
    for (const auto& pair : pairs) {
        cells += pair.source.size() * pair.target.size();
    }
    result.cells.reserve(cells);
    result.starts.reserve(pairs.size() + 1);
    PairIndex index(result.keys);
    for (const auto& pair : pairs) {
        result.starts.push_back(result.cells.size());
        for (const auto s : pair.source) {
            for (const auto t : pair.target) {
                const auto cell = index.find_or_add(key_of(s, t));
                if (cell == result.keys.size()) {
                    result.keys.push_back(key_of(s, t));
                    result.counts.push_back(0);
                }
                ++result.counts[cell];
                result.cells.push_back(cell);
            }
        }
    }
    result.starts.push_back(result.cells.size());
    return result;
}

/// For each distinct pair, its conditioning word (the source word when @p forward, else the target
/// word), and one more than the largest: word ids are numbers in a vocabulary, so they index the
/// per-word totals directly.
std::pair<LargeVector<WordId>, std::size_t> conditioning_words(const Cooccurrences& table,
                                                               bool forward) {
    LargeVector<WordId> words(table.keys.size());
    std::size_t bound = 0;
    for (std::size_t k = 0; k < table.keys.size(); ++k) {
        words[k] = forward ? static_cast<WordId>(table.keys[k] >> 32U) : static_cast<WordId>(table.keys[k]);
        bound = std::max(bound, static_cast<std::size_t>(words[k]) + 1);
    }
    return {std::move(words), bound};
}

/// EM for t(target | source) when @p forward, else t(source | target), over the same cells.
template <bool forward>
LargeVector<double> train(const std::vector<WordBags>& pairs, const Cooccurrences& table,
                          unsigned iterations) {
    LargeVector<double> probability(table.keys.size(), 1.0);
    LargeVector<double> counts(table.keys.size());
    const auto [word_of, word_count] = conditioning_words(table, forward);
    std::vector<double> totals(word_count);
    std::vector<double> denominators;
    for (unsigned iteration = 0; iteration < iterations; ++iteration) {
        std::fill(counts.begin(), counts.end(), 0.0);
        for (std::size_t p = 0; p < pairs.size(); ++p) {
            const auto rows = pairs[p].source.size();
            const auto columns = pairs[p].target.size();
            const auto* cells = table.cells.data() + table.starts[p];
            // Each generated word spreads one count over the words that may have produced it.
            const auto generated = forward ? columns : rows;
            denominators.assign(generated, 0.0);
            for (std::size_t r = 0; r < rows; ++r) {
                for (std::size_t c = 0; c < columns; ++c) {
                    denominators[forward ? c : r] += probability[cells[r * columns + c]];
                }
            }
            for (std::size_t r = 0; r < rows; ++r) {
                for (std::size_t c = 0; c < columns; ++c) {
                    const auto cell = cells[r * columns + c];
                    counts[cell] += probability[cell] / denominators[forward ? c : r];
                }
            }
        }
        std::fill(totals.begin(), totals.end(), 0.0);
        for (std::size_t k = 0; k < table.keys.size(); ++k) {
            totals[word_of[k]] += counts[k];
        }
        for (std::size_t k = 0; k < table.keys.size(); ++k) {
            probability[k] = counts[k] / totals[word_of[k]];
        }
    }
    return probability;
}

} // namespace

std::vector<std::pair<WordId, WordId>> learn_lexicon(const std::vector<WordBags>& pairs,
                                                     const LexiconLearning& settings) {
    const auto table = collect(pairs);
    const auto forward = train<true>(pairs, table, settings.iterations);
    const auto backward = train<false>(pairs, table, settings.iterations);
    std::vector<std::pair<WordId, WordId>> lexicon;
    lexicon.reserve(table.keys.size() / 16);
    for (std::size_t k = 0; k < table.keys.size(); ++k) {
        if (table.counts[k] >= settings.min_cooccurrences &&
            forward[k] >= settings.min_probability && backward[k] >= settings.min_probability) {
            lexicon.emplace_back(static_cast<WordId>(table.keys[k] >> 32U),
                                 static_cast<WordId>(table.keys[k]));
        }
    }
    std::sort(lexicon.begin(), lexicon.end());
    return lexicon;
}

} // namespace tandem::lexicon
