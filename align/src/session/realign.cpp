// SPDX-License-Identifier: GPL-3.0-or-later
// Re-alignment between anchors, as OmegaT's aligner re-aligns every stretch between accepted
// links and memoQ/Trados keep confirmed links when re-aligning.
#include <tandem/session/realign.hpp>

#include <tandem/error.hpp>

#include <string>

namespace tandem::session {

namespace {

/// The links of every region searched in the session's context, in the session's indices.
RealignResult realign_in_context(const RealignJob& job, const align::AlignOptions& options,
                                 std::stop_token stop, const align::ProgressCallback& progress) {
    std::vector<align::AlignRegion> rectangles;
    rectangles.reserve(job.regions.size());
    const auto shifted = [](align::Span span, align::SentenceIndex by) {
        return align::Span{span.begin + by, span.end + by};
    };
    for (const RealignRegion& region : job.regions) {
        rectangles.push_back({shifted(region.source, job.source_first),
                              shifted(region.target, job.target_first), region.current});
    }
    auto found = align::align_regions(*job.context, rectangles, options, std::move(stop), progress);
    RealignResult result;
    result.revision = job.revision;
    for (std::size_t r = 0; r < job.regions.size(); ++r) {
        RealignedRegion realigned{job.regions[r].first_link, job.regions[r].link_count,
                                  std::move(found[r])};
        for (auto& link : realigned.links) {
            link.status = align::LinkStatus::automatic;
        }
        result.regions.push_back(std::move(realigned));
    }
    return result;
}

} // namespace

RealignContext build_realign_context(const RealignContextRequest& request, std::stop_token stop,
                                     const align::ProgressCallback& progress) {
    return {request.segmentation, request.key,
            std::make_shared<const align::AlignmentContext>(request.bitext, request.options,
                                                            std::move(stop), progress)};
}

RealignResult run_realign(const RealignJob& job, const align::AlignOptions& options,
                          std::stop_token stop, const align::ProgressCallback& progress) {
    RealignResult result;
    result.revision = job.revision;
    if (job.regions.empty()) {
        return result;
    }
    if (job.context) {
        return realign_in_context(job, options, std::move(stop), progress);
    }
    align::AlignOptions anchored = options;
    anchored.fixed_links = job.anchors;
    const auto links = align::align(job.bitext, anchored, stop, progress).links;

    // Walk the engine's links once: skip anchors, take what lies inside each region.
    std::size_t next = 0;
    for (const RealignRegion& region : job.regions) {
        while (next < links.size() && (links[next].source.begin < region.source.begin ||
                                       links[next].target.begin < region.target.begin)) {
            ++next;
        }
        align::Alignment inside;
        for (; next < links.size() && links[next].source.end <= region.source.end &&
               links[next].target.end <= region.target.end;
             ++next) {
            align::Link link = links[next];
            link.source = {link.source.begin - region.source.begin,
                           link.source.end - region.source.begin};
            link.target = {link.target.begin - region.target.begin,
                           link.target.end - region.target.begin};
            inside.links.push_back(link);
        }
        if (const auto broken =
                align::check_invariants(inside, region.source.size(), region.target.size())) {
            throw Error(ErrorCode::internal,
                        "the engine's links do not cover rows " +
                            std::to_string(region.first_link) + " to " +
                            std::to_string(region.first_link + region.link_count) + ": " +
                            *broken);
        }
        RealignedRegion realigned{region.first_link, region.link_count, std::move(inside.links)};
        for (auto& link : realigned.links) {
            link.source.begin += job.source_first + region.source.begin;
            link.source.end += job.source_first + region.source.begin;
            link.target.begin += job.target_first + region.target.begin;
            link.target.end += job.target_first + region.target.begin;
            link.status = align::LinkStatus::automatic;
        }
        result.regions.push_back(std::move(realigned));
    }
    return result;
}

} // namespace tandem::session
