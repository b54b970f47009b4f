// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/align/scoring.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace tandem::align {
namespace {

bool overlaps(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
    return std::any_of(a.begin(), a.end(), [&](std::uint32_t x) {
        return std::find(b.begin(), b.end(), x) != b.end();
    });
}

IndexLink sorted(IndexLink link) {
    std::sort(link.source.begin(), link.source.end());
    std::sort(link.target.begin(), link.target.end());
    return link;
}

/// Whether one link of @p links overlaps @p link on both sides; links indexed by source id.
class OverlapIndex {
public:
    explicit OverlapIndex(const std::vector<IndexLink>& links) : m_links(links) {
        for (std::size_t k = 0; k < links.size(); ++k) {
            for (const auto id : links[k].source) {
                m_by_source[id].push_back(k);
            }
        }
    }
    [[nodiscard]] bool overlaps_one(const IndexLink& link) const {
        for (const auto id : link.source) {
            const auto found = m_by_source.find(id);
            if (found == m_by_source.end()) {
                continue;
            }
            for (const auto k : found->second) {
                if (overlaps(link.target, m_links[k].target)) {
                    return true;
                }
            }
        }
        return false;
    }

private:
    const std::vector<IndexLink>& m_links;
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> m_by_source;
};

double ratio(std::size_t part, std::size_t whole) {
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

double f1(double precision, double recall) {
    return precision + recall == 0.0 ? 0.0 : 2.0 * precision * recall / (precision + recall);
}

} // namespace

ScoreCounts& ScoreCounts::operator+=(const ScoreCounts& other) {
    produced += other.produced;
    produced_strict += other.produced_strict;
    produced_lax += other.produced_lax;
    gold += other.gold;
    gold_strict += other.gold_strict;
    gold_lax += other.gold_lax;
    return *this;
}

ScoreCounts count_matches(const std::vector<IndexLink>& gold_links,
                          const std::vector<IndexLink>& test_links) {
    std::vector<IndexLink> gold;
    std::vector<IndexLink> test;
    for (const auto& link : gold_links) {
        if (!link.source.empty() || !link.target.empty()) {
            gold.push_back(sorted(link));
        }
    }
    for (const auto& link : test_links) {
        if (!link.source.empty() || !link.target.empty()) {
            test.push_back(sorted(link));
        }
    }
    const auto key = [](const IndexLink& link) { return std::make_pair(link.source, link.target); };
    std::set<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> gold_set;
    std::set<std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>> test_set;
    for (const auto& link : gold) {
        gold_set.insert(key(link));
    }
    for (const auto& link : test) {
        test_set.insert(key(link));
    }

    ScoreCounts counts;
    const OverlapIndex gold_index(gold);
    for (const auto& link : test) {
        ++counts.produced;
        if (gold_set.contains(key(link))) {
            ++counts.produced_strict;
            ++counts.produced_lax;
        } else if (gold_index.overlaps_one(link)) {
            ++counts.produced_lax;
        }
    }
    std::vector<IndexLink> test_both_sides;
    for (const auto& link : test) {
        if (!link.source.empty() && !link.target.empty()) {
            test_both_sides.push_back(link);
        }
    }
    const OverlapIndex test_index(test_both_sides);
    for (const auto& link : gold) {
        if (link.source.empty() || link.target.empty()) {
            continue;
        }
        ++counts.gold;
        if (test_set.contains(key(link))) {
            ++counts.gold_strict;
            ++counts.gold_lax;
        } else if (test_index.overlaps_one(link)) {
            ++counts.gold_lax;
        }
    }
    return counts;
}

Scores compute_scores(const ScoreCounts& counts) {
    Scores scores;
    scores.strict_precision = ratio(counts.produced_strict, counts.produced);
    scores.strict_recall = ratio(counts.gold_strict, counts.gold);
    scores.strict_f1 = f1(scores.strict_precision, scores.strict_recall);
    scores.lax_precision = ratio(counts.produced_lax, counts.produced);
    scores.lax_recall = ratio(counts.gold_lax, counts.gold);
    scores.lax_f1 = f1(scores.lax_precision, scores.lax_recall);
    return scores;
}

} // namespace tandem::align
