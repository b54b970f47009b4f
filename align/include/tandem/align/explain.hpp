// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Why the engine chose each link: every signal's share of the link's cost.
///
/// Costs are in nats (natural-log units of probability): a negative contribution is evidence for
/// the link, a positive one evidence against it. A link's cost is the sum of its contributions.
#pragma once

#include <tandem/align/aligner.hpp>

#include <string>
#include <vector>

namespace tandem::align {

/// One signal's share of a link's cost.
struct SignalContribution {
    std::string name; ///< `prior`, `length`, `dictionary`, `learned`, `identical`, `cognate`, `number`, `structure`, `unmatched` (a merged sentence sharing no word) or `skip`
    double cost = 0;  ///< in nats; negative supports the link
};

/// A link and the signals behind it.
struct LinkExplanation {
    Link link;                               ///< the link as aligned
    double cost = 0;                         ///< sum of the contributions
    std::vector<SignalContribution> signals; ///< non-zero contributions, in a fixed order
};

/// What the engine estimated for the whole bitext.
struct EngineSummary {
    std::vector<std::string> dictionaries; ///< dictionary files read
    std::size_t dictionary_pairs = 0;      ///< word pairs read from them
    std::size_t learned_pairs = 0;         ///< word pairs learned from the bitext
    double length_ratio = 1.0;             ///< target characters per source character
    double length_variance = 0.0;          ///< Gale–Church variance per character
    double skip_cost = 0.0;                ///< cost of one 1-0 or 0-1 link, in nats
};

/// An alignment with the reasons for each link.
struct ExplainedAlignment {
    Alignment alignment;                ///< what align() returns for the same input
    std::vector<LinkExplanation> links; ///< one per link of `alignment`, in order
    EngineSummary summary;              ///< bitext-wide estimates
};

/// Aligns like align() and explains every link. Throws Cancelled when @p stop is requested.
[[nodiscard]] ExplainedAlignment align_explained(const Bitext& bitext,
                                                 const AlignOptions& options = {},
                                                 std::stop_token stop = {},
                                                 const ProgressCallback& progress = {});

} // namespace tandem::align
