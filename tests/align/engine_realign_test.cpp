// SPDX-License-Identifier: GPL-3.0-or-later
// Re-aligning the regions between confirmed links near their current links (AlignRegion::guide)
// must be as accurate as searching every cell of them, on the development gold sets. As in a
// review: the engine aligns the pair, the reviewer confirms every 50th gold link, and every region
// between them is re-aligned in the session's context; then again with each region's current
// links deliberately shifted by 10 target rows, which the search must still repair.
#include "engine_gold.hpp"

#include <tandem/formats/beads.hpp>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using tandem::align::AlignRegion;
using tandem::align::IndexLink;
using tandem::align::Link;
using tandem::align::SentenceIndex;
using tandem::align::Span;

/// Gold links between two confirmed ones.
constexpr std::size_t anchor_every = 50;
/// How far a damaged region's links are moved on the target side (more than the search's
/// first band).
constexpr SentenceIndex damage_rows = 10;
/// Strict F1 a guided search may lose to the full one: a few links in a thousand.
constexpr double noise = 0.005;

/// The three sets with one document each (mac-dev-zh-en, six short documents, adds nothing here).
std::vector<tandem::test::GoldSet> tested_sets() {
    auto sets = tandem::test::gold_sets();
    std::erase_if(sets, [](const auto& set) { return set.name == "mac-dev-zh-en"; });
    return sets;
}

/// Every anchor_every-th gold link that a reviewer could confirm: contiguous and non-empty on
/// both sides, after the previous one.
std::vector<Link> confirmed_gold(const std::vector<IndexLink>& gold) {
    const auto contiguous = [](const std::vector<std::uint32_t>& side) {
        return !side.empty() && side.back() + 1 == side.front() + side.size();
    };
    std::vector<Link> anchors;
    SentenceIndex source = 0;
    SentenceIndex target = 0;
    for (std::size_t k = anchor_every; k < gold.size(); ++k) {
        const auto& link = gold[k];
        if (!contiguous(link.source) || !contiguous(link.target) || link.source.front() < source ||
            link.target.front() < target) {
            continue;
        }
        anchors.push_back({{link.source.front(), link.source.back() + 1},
                           {link.target.front(), link.target.back() + 1},
                           1.0,
                           tandem::align::LinkStatus::confirmed});
        source = anchors.back().source.end;
        target = anchors.back().target.end;
        k += anchor_every - 1;
    }
    return anchors;
}

/// The regions between @p anchors of an n × m bitext (those with sentences).
std::vector<AlignRegion> regions_between(const std::vector<Link>& anchors, SentenceIndex n,
                                         SentenceIndex m) {
    std::vector<AlignRegion> regions;
    SentenceIndex source = 0;
    SentenceIndex target = 0;
    const auto add = [&](SentenceIndex source_end, SentenceIndex target_end) {
        if (source_end > source || target_end > target) {
            regions.push_back({{source, source_end}, {target, target_end}});
        }
    };
    for (const auto& anchor : anchors) {
        add(anchor.source.begin, anchor.target.begin);
        source = anchor.source.end;
        target = anchor.target.end;
    }
    add(n, m);
    return regions;
}

/// @p links cut to @p region: what a region's rows are after the reviewer confirmed the gold
/// links around it (each sentence stays in the link that had it; links are monotone, so a side
/// left empty sits where the region's other links leave off).
std::vector<Link> clipped(const std::vector<Link>& links, const AlignRegion& region) {
    const auto clip = [](Span span, Span to) {
        const auto begin = std::clamp(span.begin, to.begin, to.end);
        return Span{begin, std::clamp(span.end, begin, to.end)};
    };
    std::vector<Link> inside;
    for (Link link : links) {
        link.source = clip(link.source, region.source);
        link.target = clip(link.target, region.target);
        if (link.source.size() + link.target.size() > 0) {
            inside.push_back(link);
        }
    }
    return inside;
}

/// @p links with their target side moved @p rows later: the first targets become 0-1 links, and
/// links pushed past the region's end keep only their source sentences.
std::vector<Link> shifted(const std::vector<Link>& links, const AlignRegion& region,
                          SentenceIndex rows) {
    const auto end = region.target.end;
    std::vector<Link> moved;
    for (auto t = region.target.begin; t < std::min(end, region.target.begin + rows); ++t) {
        moved.push_back({{region.source.begin, region.source.begin}, {t, t + 1}});
    }
    for (Link link : links) {
        link.target = {std::min(end, link.target.begin + rows),
                       std::min(end, link.target.end + rows)};
        if (link.source.size() + link.target.size() > 0) {
            moved.push_back(link);
        }
    }
    return moved;
}

/// Regions whose links (their sentences) differ between @p a and @p b.
std::size_t regions_differing(const std::vector<std::vector<Link>>& a,
                              const std::vector<std::vector<Link>>& b) {
    std::size_t count = 0;
    for (std::size_t r = 0; r < a.size(); ++r) {
        count += std::equal(a[r].begin(), a[r].end(), b[r].begin(), b[r].end(),
                            [](const Link& x, const Link& y) {
                                return x.source == y.source && x.target == y.target;
                            })
                     ? 0U
                     : 1U;
    }
    return count;
}

/// Strict F1 of @p found (the regions' links) against the gold links outside the anchors.
double strict_f1(const std::vector<std::vector<Link>>& found, const std::vector<IndexLink>& gold) {
    tandem::align::Alignment alignment;
    for (const auto& region : found) {
        alignment.links.insert(alignment.links.end(), region.begin(), region.end());
    }
    const auto test = tandem::formats::to_index_links(alignment);
    return tandem::align::compute_scores(tandem::align::count_matches(gold, test)).strict_f1;
}

} // namespace

BOOST_AUTO_TEST_SUITE(engine_realign)

BOOST_DATA_TEST_CASE(regions_searched_near_their_links_are_as_accurate_as_in_full,
                     boost::unit_test::data::make(tested_sets()), set) {
    const auto& pair = set.pairs.front();
    const tandem::align::Bitext bitext{
        tandem::test::load_segmented(pair.source, set.source_language),
        tandem::test::load_segmented(pair.target, set.target_language)};
    const auto gold = tandem::formats::read_beads(pair.links);
    const auto anchors = confirmed_gold(gold);
    BOOST_REQUIRE(anchors.size() >= 5U);
    auto regions = regions_between(anchors, static_cast<SentenceIndex>(bitext.source.size()),
                                   static_cast<SentenceIndex>(bitext.target.size()));
    // Scored without the anchors, which every variant keeps as they are.
    std::vector<IndexLink> free_gold;
    for (const auto& link : gold) {
        if (std::none_of(anchors.begin(), anchors.end(), [&](const Link& anchor) {
                return !link.source.empty() && link.source.front() == anchor.source.begin &&
                       !link.target.empty() && link.target.front() == anchor.target.begin;
            })) {
            free_gold.push_back(link);
        }
    }

    const auto first_pass = tandem::align::align(bitext).links;
    tandem::align::AlignOptions anchored;
    anchored.fixed_links = anchors;
    const tandem::align::AlignmentContext context(bitext, anchored);

    std::vector<std::vector<Link>> before;
    for (auto& region : regions) {
        region.guide = clipped(first_pass, region);
        before.push_back(region.guide);
    }
    const auto guided = tandem::align::align_regions(context, regions);
    auto damaged_regions = regions;
    for (auto& region : damaged_regions) {
        region.guide = shifted(region.guide, region, damage_rows);
    }
    const auto repaired = tandem::align::align_regions(context, damaged_regions);
    for (auto& region : regions) {
        region.guide.clear();
    }
    const auto full = tandem::align::align_regions(context, regions);

    const double before_f1 = strict_f1(before, free_gold);
    const double full_f1 = strict_f1(full, free_gold);
    const double guided_f1 = strict_f1(guided, free_gold);
    const double repaired_f1 = strict_f1(repaired, free_gold);
    std::vector<std::vector<Link>> damaged;
    for (const auto& region : damaged_regions) {
        damaged.push_back(region.guide);
    }
    BOOST_TEST_MESSAGE(set.name << ": " << regions.size() << " regions; strict F1 outside the "
                                << anchors.size() << " anchors: first pass " << before_f1
                                << ", full search " << full_f1 << ", near the first pass "
                                << guided_f1 << ", near links shifted by " << damage_rows
                                << " rows (F1 " << strict_f1(damaged, free_gold) << ") "
                                << repaired_f1 << "; regions unlike the full search: "
                                << regions_differing(guided, full) << " near the first pass, "
                                << regions_differing(repaired, full) << " near shifted links");
    BOOST_TEST(guided_f1 >= full_f1 - noise, set.name << " guided " << guided_f1);
    BOOST_TEST(repaired_f1 >= full_f1 - noise, set.name << " repaired " << repaired_f1);
}

BOOST_AUTO_TEST_SUITE_END()
