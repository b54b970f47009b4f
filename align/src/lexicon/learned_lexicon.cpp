// SPDX-License-Identifier: GPL-3.0-or-later
// IBM Model 1 (Brown et al. 1993, "The mathematics of statistical machine translation") trained
// by EM in both directions; a pair is kept when each word is the other's likely translation, the
// intersection heuristic that keeps Moore's (2002) and hunalign's learned lexicons precise.
#include <tandem/lexicon/learned_lexicon.hpp>

#include <algorithm>
#include <unordered_map>

namespace tandem::lexicon {
namespace {

using PairKey = std::uint64_t;

PairKey key_of(WordId source, WordId target) {
    return (static_cast<PairKey>(source) << 32U) | target;
}

/// Co-occurrences as indices into a table of distinct (source, target) pairs.
struct Cooccurrences {
    std::vector<PairKey> keys;           // distinct pairs, in order of first appearance
    std::vector<std::uint32_t> counts;   // sentence pairs holding each pair
    std::vector<std::uint32_t> cells;    // per training pair, row-major |source| × |target|
    std::vector<std::size_t> starts;     // where each training pair's cells begin
};

Cooccurrences collect(const std::vector<WordBags>& pairs) {
    Cooccurrences result;
    std::unordered_map<PairKey, std::uint32_t> index;
    for (const auto& pair : pairs) {
        result.starts.push_back(result.cells.size());
        for (const auto s : pair.source) {
            for (const auto t : pair.target) {
                const auto [entry, inserted] =
                    index.try_emplace(key_of(s, t), static_cast<std::uint32_t>(result.keys.size()));
                if (inserted) {
                    result.keys.push_back(key_of(s, t));
                    result.counts.push_back(0);
                }
                ++result.counts[entry->second];
                result.cells.push_back(entry->second);
            }
        }
    }
    result.starts.push_back(result.cells.size());
    return result;
}

/// EM for t(target | source) when @p forward, else t(source | target), over the same cells.
std::vector<double> train(const std::vector<WordBags>& pairs, const Cooccurrences& table,
                          bool forward, unsigned iterations) {
    std::vector<double> probability(table.keys.size(), 1.0);
    std::vector<double> counts(table.keys.size());
    std::unordered_map<WordId, double> totals;
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
        totals.clear();
        for (std::size_t k = 0; k < table.keys.size(); ++k) {
            const auto word = forward ? static_cast<WordId>(table.keys[k] >> 32U)
                                      : static_cast<WordId>(table.keys[k]);
            totals[word] += counts[k];
        }
        for (std::size_t k = 0; k < table.keys.size(); ++k) {
            const auto word = forward ? static_cast<WordId>(table.keys[k] >> 32U)
                                      : static_cast<WordId>(table.keys[k]);
            probability[k] = counts[k] / totals[word];
        }
    }
    return probability;
}

} // namespace

std::vector<std::pair<WordId, WordId>> learn_lexicon(const std::vector<WordBags>& pairs,
                                                     const LexiconLearning& settings) {
    const auto table = collect(pairs);
    const auto forward = train(pairs, table, true, settings.iterations);
    const auto backward = train(pairs, table, false, settings.iterations);
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
