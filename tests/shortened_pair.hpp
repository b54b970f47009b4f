// SPDX-License-Identifier: GPL-3.0-or-later
// An interpretation made from a gold pair, for the engine test and gap_benchmark: the target
// sentence of 2 in 5 gold 1-1 links dropped, so the target is about 40 % shorter.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/align/scoring.hpp>

#include <cstddef>
#include <cstdint>
#include <set>
#include <vector>

namespace tandem::test {

/// A document pair with the target sentence of 2 in 5 gold 1-1 links dropped.
struct Shortened {
    align::Bitext bitext;
    std::vector<align::IndexLink> gold; ///< renumbered for the shortened target
    std::set<std::uint32_t> orphans;    ///< source sentences whose target was dropped
    std::size_t original_target = 0;    ///< target sentences before dropping
};

inline Shortened shorten(align::Bitext bitext, const std::vector<align::IndexLink>& gold) {
    Shortened result;
    result.original_target = bitext.target.size();
    std::set<std::uint32_t> dropped;
    std::size_t one_to_one = 0;
    for (const auto& link : gold) {
        if (link.source.size() == 1 && link.target.size() == 1) {
            if (one_to_one % 5 < 2) {
                dropped.insert(link.target.front());
                result.orphans.insert(link.source.front());
            }
            ++one_to_one;
        }
    }
    std::vector<std::uint32_t> new_index(bitext.target.size(), 0);
    std::vector<text::Sentence> kept;
    for (std::uint32_t t = 0; t < bitext.target.size(); ++t) {
        new_index[t] = static_cast<std::uint32_t>(kept.size());
        if (!dropped.contains(t)) {
            kept.push_back(bitext.target.sentences[t]);
        }
    }
    bitext.target.sentences = std::move(kept);
    for (const auto& link : gold) {
        align::IndexLink renumbered{link.source, {}};
        for (const auto t : link.target) {
            if (!dropped.contains(t)) {
                renumbered.target.push_back(new_index[t]);
            }
        }
        result.gold.push_back(std::move(renumbered));
    }
    result.bitext = std::move(bitext);
    return result;
}

} // namespace tandem::test
