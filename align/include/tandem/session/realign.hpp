// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// "Re-align the rest": re-running the engine on every unconfirmed stretch of links.
///
/// Confirmed links are fixed anchors. The links between two anchors (or between an anchor and
/// either end of the range asked for) form a **region**; only regions are replaced, and the
/// confirmed links between them are copied from the session, never from the engine, so no
/// automatic step can change a confirmed link. The engine is called once for the stretch from the
/// first region to the last, with the anchors in between as AlignOptions::fixed_links: it reads
/// the dictionaries and learns its lexicon once, and searches region by region. When the session
/// keeps an engine context for its whole documents (align::AlignmentContext, see
/// EditSession::prepare_realign()), the job carries it instead of a copy of the sentences, and
/// re-aligning costs only the search inside the regions, which run in parallel. Each region of
/// the answer is checked to cover exactly that region before anything is spliced back.
///
/// The work is split in three steps so that a front end can run the slow one on a worker thread:
/// EditSession::plan_realign() copies the stretch (UI thread), run_realign() aligns it (any
/// thread, touches no session), EditSession::apply_realign() splices the result back as one
/// undoable step (UI thread), refusing it if the session changed in between. Building the
/// engine context splits the same way: EditSession::plan_realign_context(),
/// build_realign_context(), EditSession::install_realign_context().
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace tandem::session {

/// One unconfirmed stretch of links.
struct RealignRegion {
    std::size_t first_link = 0; ///< first row of the stretch
    std::size_t link_count = 0; ///< rows in the stretch (at least 1)
    align::Span source;         ///< its source sentences, in RealignJob::bitext
    align::Span target;         ///< its target sentences, in RealignJob::bitext
    /// The rows of the stretch in the session's sentence indices, when the job carries a
    /// context: the search's guide (align::AlignRegion::guide). Empty otherwise.
    std::vector<align::Link> current{};
};

/// A snapshot of what to re-align, independent of the session it came from.
struct RealignJob {
    std::uint64_t revision = 0;            ///< EditSession::revision() when the job was planned
    align::SentenceIndex source_first = 0; ///< session index of the bitext's source sentence 0
    align::SentenceIndex target_first = 0; ///< session index of the bitext's target sentence 0
    align::Bitext bitext;                  ///< the sentences from the first region to the last
    std::vector<align::Link> anchors;      ///< confirmed links between the regions, in bitext
    std::vector<RealignRegion> regions;    ///< in document order, not overlapping
    /// The session's engine context for its whole documents, when it keeps one: the regions are
    /// searched in it (at source_first/target_first onward), and bitext and anchors stay empty.
    std::shared_ptr<const align::AlignmentContext> context;
};

/// The links that replace one region, in the session's sentence indices.
struct RealignedRegion {
    std::size_t first_link = 0;     ///< first row of the replaced stretch
    std::size_t link_count = 0;     ///< rows replaced
    std::vector<align::Link> links; ///< the new links (all automatic)
};

/// What run_realign() produced, ready for EditSession::apply_realign().
struct RealignResult {
    std::uint64_t revision = 0;           ///< copied from the job
    std::vector<RealignedRegion> regions; ///< one per region of the job, in order
};

/// What building a session's engine context needs (EditSession::prepare_realign()), copied from
/// the session so that the slow build can run on a worker thread.
struct RealignContextRequest {
    std::uint64_t segmentation = 0; ///< EditSession::segmentation() when it was copied
    std::string key;                ///< the settings the context depends on
    align::Bitext bitext;           ///< the session's documents
    align::AlignOptions options;    ///< the settings, with the confirmed links as fixed links
};

/// A session's engine context built by build_realign_context(), for
/// EditSession::install_realign_context().
struct RealignContext {
    std::uint64_t segmentation = 0;                         ///< copied from the request
    std::string key;                                        ///< copied from the request
    std::shared_ptr<const align::AlignmentContext> context; ///< the context
};

/// Builds the engine context @p request asks for: the slow part of a first re-alignment (any
/// thread, touches no session). Throws Cancelled when @p stop is requested.
[[nodiscard]] RealignContext build_realign_context(const RealignContextRequest& request,
                                                   std::stop_token stop = {},
                                                   const align::ProgressCallback& progress = {});

/// Aligns the job's bitext with align::align() (its anchors as fixed links, replacing any in
/// @p options) and cuts the answer into regions, in the session's sentence indices; or, when the
/// job carries a context, searches each region in it with align::align_regions(), near the
/// region's current links (of @p options only max_link and threads count then: the rest were
/// fixed when the context was built). Throws Cancelled when @p stop is requested, and
/// Error(internal) when the engine's links do not cover a region exactly.
[[nodiscard]] RealignResult run_realign(const RealignJob& job, const align::AlignOptions& options,
                                        std::stop_token stop = {},
                                        const align::ProgressCallback& progress = {});

} // namespace tandem::session
