// SPDX-License-Identifier: GPL-3.0-or-later
// The engine: analyse both documents, gather lexical evidence (dictionaries, identical tokens,
// cognates, numbers), align coarse-to-fine, learn a lexicon and the length model from the first
// pass (Moore 2002; hunalign's realign, Varga et al. 2005), and align again (after one more EM
// step when the first pass was misled by the length totals of a text that leaves sentences out).
#include <tandem/align/aligner.hpp>

#include "coarse_to_fine.hpp"
#include "lexical_bags.hpp"
#include "link_scorer.hpp"
#include "sentence_words.hpp"

#include <tandem/align/explain.hpp>
#include <tandem/align/gale_church.hpp>
#include <tandem/error.hpp>
#include <tandem/lexicon/dictionary.hpp>
#include <tandem/lexicon/learned_lexicon.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>

namespace tandem::align {
namespace {

using detail::PathLink;

/// Thompson & Koehn (2019) take a low percentile of random-pair costs for their cosine costs; on
/// our log-odds costs the median (scaled in LinkScorer) separates true pairs from random ones.
constexpr double skip_percentile = 0.5;
/// First-pass links at least this probable train the lexicon and the length model.
constexpr double training_posterior = 0.5;
/// Share of a first pass's 1-1 links, those with the least lexical support, that the length ratio
/// is not refitted from (one third: at one half Chinese–English lost 0.6 points of strict F1).
constexpr double ratio_unsupported_share = 1.0 / 3.0;
/// Change of the length ratio (as a log) between the first pass and its refit beyond which the
/// first pass is taken to have been misled and the model is fitted once more: at 5 % a
/// 100-character sentence's length difference moves by a fifth of its standard deviation. The
/// development gold pairs move by at most 4 %, the same pairs with 40 % of the target dropped
/// by 10 to 40 % (three of the six Chinese–English documents by under 3 %).
constexpr double ratio_tolerance = 0.05;
/// Training pairs are capped (taken evenly over the text): a few thousand sentence pairs teach
/// Model 1 the frequent words, and learning then costs the same for any longer text.
constexpr std::size_t max_training_pairs = 6'000;

class ProgressReporter {
public:
    explicit ProgressReporter(const ProgressCallback& callback) : m_callback(callback) {}
    void operator()(std::string_view stage, double fraction) const {
        if (m_callback) {
            m_callback({stage, fraction});
        }
    }

private:
    const ProgressCallback& m_callback;
};

unsigned worker_count(unsigned requested) {
    if (requested != 0) {
        return requested;
    }
    return std::max(1U, std::thread::hardware_concurrency());
}

std::vector<detail::Region> search_regions(const std::vector<Link>& fixed, std::size_t n,
                                           std::size_t m) {
    std::vector<detail::Region> regions;
    detail::Region next;
    for (const auto& link : fixed) {
        if (link.source.begin < next.source_begin || link.target.begin < next.target_begin ||
            link.source.end < link.source.begin || link.target.end < link.target.begin ||
            link.source.end > n || link.target.end > m) {
            throw Error(ErrorCode::invalid_argument,
                        "fixed links must be ordered, non-overlapping and inside the documents");
        }
        next.source_end = link.source.begin;
        next.target_end = link.target.begin;
        regions.push_back(next);
        next.source_begin = link.source.end;
        next.target_begin = link.target.end;
    }
    next.source_end = static_cast<std::uint32_t>(n);
    next.target_end = static_cast<std::uint32_t>(m);
    regions.push_back(next);
    return regions;
}

/// Hands the regions of a search out to whichever worker is free; results are kept by region,
/// so the answer depends neither on the number of workers nor on timing.
class RegionQueue {
public:
    explicit RegionQueue(std::size_t size) : m_size(size) {}
    std::optional<std::size_t> next() {
        const auto r = m_next.fetch_add(1);
        return r < m_size ? std::optional(r) : std::nullopt;
    }
    void finished() { m_done.fetch_add(1); }
    /// Hands out no more regions (a worker failed).
    void abandon() { m_next.store(m_size); }
    [[nodiscard]] double fraction() const {
        return static_cast<double>(m_done.load()) / static_cast<double>(m_size);
    }

private:
    std::size_t m_size;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_done{0};
};

std::vector<Link> path_links(const std::vector<PathLink>& path) {
    std::vector<Link> links;
    links.reserve(path.size());
    for (const auto& step : path) {
        Link link;
        link.source = {step.source, step.source + step.move.source};
        link.target = {step.target, step.target + step.move.target};
        link.confidence = step.posterior;
        links.push_back(link);
    }
    return links;
}

/// The best path through each region. A lone region gets every worker for its lexical cache;
/// several regions are shared out between the workers, one thread each (the calling thread is one
/// of them and the only one that reports progress, which runs from @p from to @p to).
std::vector<std::vector<Link>> search_each(const std::vector<detail::Region>& regions,
                                           const detail::LinkScorer& scorer,
                                           const detail::LexicalBags* bags,
                                           detail::SearchSettings settings, bool posteriors,
                                           const std::stop_token& stop,
                                           const ProgressReporter& progress,
                                           std::string_view stage, double from, double to) {
    std::vector<std::vector<Link>> result(regions.size());
    const unsigned workers = settings.threads;
    if (regions.size() > 1) {
        settings.threads = 1;
    }
    progress(stage, from);
    RegionQueue queue(regions.size());
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&](bool report) {
        try {
            while (const auto r = queue.next()) {
                result[*r] = path_links(
                    detail::align_region(regions[*r], scorer, bags, settings, posteriors, stop));
                queue.finished();
                if (report) {
                    progress(stage, from + (to - from) * queue.fraction());
                }
            }
        } catch (...) {
            // An exception (Cancelled) must not escape a worker: the first is rethrown below.
            queue.abandon();
            const std::lock_guard lock(failure_mutex);
            if (!failure) {
                failure = std::current_exception();
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (unsigned w = 1; w < std::min<std::size_t>(workers, regions.size()); ++w) {
            pool.emplace_back(work, false);
        }
        work(true);
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
    return result;
}

detail::SearchSettings search_settings(const AlignOptions& options, bool posteriors) {
    detail::SearchSettings settings;
    settings.max_link = std::clamp(options.max_link, 1U, 4U);
    if (!posteriors) {
        // A first pass only trains the lexicon: its 1-1 links are what matter.
        settings.max_link = std::min(settings.max_link, 2U);
    }
    settings.threads = worker_count(options.threads);
    return settings;
}

/// The whole search over every region between fixed links; fixed links are kept as they are.
std::vector<Link> search(std::size_t n, std::size_t m, const AlignOptions& options,
                         const detail::LinkScorer& scorer, const detail::LexicalBags* bags,
                         bool posteriors, const std::stop_token& stop,
                         const ProgressReporter& progress, std::string_view stage, double from,
                         double to) {
    const auto regions = search_regions(options.fixed_links, n, m);
    auto found = search_each(regions, scorer, bags, search_settings(options, posteriors),
                             posteriors, stop, progress, stage, from, to);
    std::vector<Link> links;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        links.insert(links.end(), found[r].begin(), found[r].end());
        if (r < options.fixed_links.size()) {
            links.push_back(options.fixed_links[r]);
        }
    }
    return links;
}

std::vector<lexicon::WordBags> training_bags(const std::vector<Link>& links,
                                             const detail::SentenceWords& source,
                                             const detail::SentenceWords& target) {
    std::vector<const Link*> chosen;
    for (const auto& link : links) {
        if (link.source.size() == 1 && link.target.size() == 1 &&
            link.confidence >= training_posterior && link.status == LinkStatus::automatic) {
            chosen.push_back(&link);
        }
    }
    if (chosen.size() > max_training_pairs) {
        std::vector<const Link*> spread;
        for (std::size_t k = 0; k < max_training_pairs; ++k) {
            spread.push_back(chosen[k * chosen.size() / max_training_pairs]);
        }
        chosen = std::move(spread);
    }
    const auto stems = [](const detail::SentenceWords& words, std::uint32_t sentence) {
        std::vector<lexicon::WordId> result;
        for (auto w = words.starts[sentence]; w < words.starts[sentence + 1]; ++w) {
            const auto& type = words.types[words.words[w]];
            if (!type.number) {
                result.push_back(type.stem);
            }
        }
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
        return result;
    };
    std::vector<lexicon::WordBags> bags;
    for (const auto* link : chosen) {
        bags.push_back({stems(source, link->source.begin), stems(target, link->target.begin)});
    }
    return bags;
}

/// The length model fitted to a first pass (Gale & Church's c and s²): the spread from every link,
/// the ratio from the 1-1 links alone, since a merge that absorbed a sentence the other side left
/// out (an interpreter's omission) skews it by that sentence's length; and from the 1-1 links with
/// the most lexical support, since a first pass that started from a skewed ratio (the character
/// totals of a shortened target) pairs some sentences by length alone.
LengthModel refit_length(const std::vector<Link>& links, const detail::SentenceWords& source,
                         const detail::SentenceWords& target, const detail::LexicalBags& bags,
                         const LengthModel& fallback) {
    std::vector<std::pair<double, double>> linked;
    std::vector<std::pair<double, double>> one_to_one;
    std::vector<double> support; // Dice's coefficient of each 1-1 link's words, as LinkScorer's
    for (const auto& link : links) {
        if (link.source.empty() || link.target.empty() || link.confidence < training_posterior) {
            continue;
        }
        double source_characters = 0.0;
        double target_characters = 0.0;
        for (auto s = link.source.begin; s < link.source.end; ++s) {
            source_characters += source.characters[s];
        }
        for (auto t = link.target.begin; t < link.target.end; ++t) {
            target_characters += target.characters[t];
        }
        linked.emplace_back(source_characters, target_characters);
        if (link.source.size() == 1 && link.target.size() == 1) {
            const auto s = link.source.begin;
            const auto t = link.target.begin;
            one_to_one.emplace_back(source_characters, target_characters);
            support.push_back(2.0 * bags.matched(s, t) /
                              (bags.source_mass(s) + bags.target_mass(t) + 2.0));
        }
    }
    auto model = fit_length_model(linked, fallback);
    if (!support.empty()) {
        auto sorted = support;
        const auto cut = sorted.begin() + static_cast<std::ptrdiff_t>(
                                              ratio_unsupported_share *
                                              static_cast<double>(sorted.size()));
        std::nth_element(sorted.begin(), cut, sorted.end());
        std::vector<std::pair<double, double>> supported;
        for (std::size_t k = 0; k < support.size(); ++k) {
            if (support[k] >= *cut) {
                supported.push_back(one_to_one[k]);
            }
        }
        model.ratio = fit_length_model(supported, model).ratio;
    }
    return model;
}

std::shared_ptr<const lexicon::Dictionary> load_dictionaries(const Bitext& bitext,
                                                             const AlignOptions& options,
                                                             EngineSummary& summary) {
    auto loaded = lexicon::load_pair_dictionaries(
        bitext.source.language, bitext.target.language, options.use_dictionaries,
        options.use_dictionaries ? options.dictionaries : std::vector<std::filesystem::path>{});
    summary.dictionaries = std::move(loaded.files);
    summary.dictionary_pairs = loaded.dictionary->size();
    return std::move(loaded.dictionary);
}

std::vector<LinkExplanation> explain_links(const std::vector<Link>& links,
                                           const detail::LinkScorer& scorer,
                                           const detail::LexicalBags* bags) {
    std::vector<LinkExplanation> result;
    for (const auto& link : links) {
        LinkExplanation explanation;
        explanation.link = link;
        if (link.source.empty() || link.target.empty()) {
            explanation.signals.push_back({"skip", link.target.empty() ? scorer.source_skip_cost()
                                                                       : scorer.target_skip_cost()});
        } else {
            std::array<double, detail::evidence_kinds> by_kind{};
            double matched = 0.0;
            std::vector<double> row_sums(link.source.size(), 0.0);
            std::vector<double> column_sums(link.target.size(), 0.0);
            for (auto s = link.source.begin; s < link.source.end && bags != nullptr; ++s) {
                for (auto t = link.target.begin; t < link.target.end; ++t) {
                    const auto parts = bags->matched_by_kind(s, t);
                    for (std::size_t k = 0; k < parts.size(); ++k) {
                        by_kind[k] += parts[k];
                        matched += parts[k];
                        row_sums[s - link.source.begin] += parts[k];
                        column_sums[t - link.target.begin] += parts[k];
                    }
                }
            }
            const auto cost = scorer.cost(link.source.begin, link.source.size(), link.target.begin,
                                          link.target.size(), matched);
            const double unmatched = scorer.unmatched_cost(link.source.begin, row_sums,
                                                           link.target.begin, column_sums);
            explanation.signals.push_back({"prior", cost.prior});
            explanation.signals.push_back({"length", cost.length});
            for (std::size_t k = 0; k < by_kind.size(); ++k) {
                if (by_kind[k] > 0.0) {
                    explanation.signals.push_back(
                        {std::string(detail::evidence_name(static_cast<detail::Evidence>(k))),
                         cost.lexical * by_kind[k] / matched});
                }
            }
            if (cost.structure != 0.0) {
                explanation.signals.push_back({"structure", cost.structure});
            }
            if (unmatched > 0.0) {
                explanation.signals.push_back({"unmatched", unmatched});
            }
        }
        for (const auto& signal : explanation.signals) {
            explanation.cost += signal.cost;
        }
        result.push_back(std::move(explanation));
    }
    return result;
}

} // namespace

struct AlignmentContext::Impl {
    detail::SentenceWords source;
    detail::SentenceWords target;
    detail::TranslationTable table;
    std::optional<detail::LexicalBags> bags;
    std::optional<detail::LinkScorer> scorer;
    EngineSummary summary;
};

/// The engine's view of a context, for the functions of this file.
class ContextAccess {
public:
    static const AlignmentContext::Impl& impl(const AlignmentContext& context) {
        return *context.m_impl;
    }
};

AlignmentContext::AlignmentContext(const Bitext& bitext, const AlignOptions& options,
                                   std::stop_token stop, const ProgressCallback& callback)
    : m_impl(std::make_unique<Impl>()) {
    const ProgressReporter progress(callback);
    Impl& context = *m_impl;
    progress("analysing", 0.0);
    if (worker_count(options.threads) > 1) {
        // An exception (Cancelled) must not escape the worker: it is rethrown here.
        std::exception_ptr failure;
        {
            std::jthread worker([&] {
                try {
                    context.target = detail::analyse_words(bitext.target, stop);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
            context.source = detail::analyse_words(bitext.source, stop);
        }
        if (failure) {
            std::rethrow_exception(failure);
        }
    } else {
        context.source = detail::analyse_words(bitext.source, stop);
        context.target = detail::analyse_words(bitext.target, stop);
    }
    if (stop.stop_requested()) {
        throw Cancelled();
    }
    progress("reading dictionaries", 0.2);
    context.table = detail::empty_translation_table(context.source);
    detail::add_dictionary(context.table, *load_dictionaries(bitext, options, context.summary),
                           context.source, bitext.source.language, context.target,
                           bitext.target.language);
    context.bags.emplace(context.source, context.target, context.table);

    double source_total = 0.0;
    double target_total = 0.0;
    for (const double c : context.source.characters) {
        source_total += c;
    }
    for (const double c : context.target.characters) {
        target_total += c;
    }
    LengthModel length = estimate_length_model(static_cast<std::size_t>(source_total),
                                               static_cast<std::size_t>(target_total));
    context.scorer.emplace(context.source, context.target, &*context.bags, length);
    context.scorer->calibrate_skip(skip_percentile);

    if (options.learn_lexicon) {
        // The first pass only feeds the learning step, which needs no posteriors.
        const auto links = search(context.source.size(), context.target.size(), options,
                                  *context.scorer, &*context.bags, false, stop, progress,
                                  "aligning", 0.4, 0.8);
        progress("learning lexicon", 0.8);
        const auto learned =
            lexicon::learn_lexicon(training_bags(links, context.source, context.target));
        context.summary.learned_pairs = learned.size();
        detail::add_learned(context.table, learned);
        // The scorer refers to the bags: it goes first.
        context.scorer.reset();
        context.bags.emplace(context.source, context.target, context.table);
        // The M step of EM (Gale & Church's priors and length model from the pass's links).
        const auto fit_scorer = [&](const std::vector<Link>& pass) {
            context.scorer.emplace(context.source, context.target, &*context.bags, length);
            context.scorer->calibrate_skip(skip_percentile);
            context.scorer->fit_gap_rates(pass);
            context.scorer->fit_split_rate(pass);
            context.scorer->fit_merge_rate(pass);
        };
        const double first_ratio = length.ratio;
        length = refit_length(links, context.source, context.target, *context.bags, length);
        fit_scorer(links);
        if (std::abs(std::log(length.ratio / first_ratio)) > ratio_tolerance) {
            // The first pass paired sentences under a ratio far from the one its links show (the
            // character totals of an interpretation, which leaves sentences out, understate it):
            // one more EM step, a pass under the refitted model and its ratio and priors. The
            // spread stays the first pass's: the random-pair skip cost was calibrated with it,
            // and a cleaner pass's tighter spread raises it (dtm's gap share 0.91 → 0.73).
            const auto again = search(context.source.size(), context.target.size(), options,
                                      *context.scorer, &*context.bags, false, stop, progress,
                                      "aligning again", 0.8, 0.95);
            length.ratio =
                refit_length(again, context.source, context.target, *context.bags, length).ratio;
            fit_scorer(again);
        }
    }
    context.summary.length_ratio = context.scorer->length_model().ratio;
    context.summary.length_variance = context.scorer->length_model().variance;
    context.summary.skip_cost = context.scorer->skip_cost();
}

AlignmentContext::~AlignmentContext() = default;

std::size_t AlignmentContext::source_size() const noexcept { return m_impl->source.size(); }

std::size_t AlignmentContext::target_size() const noexcept { return m_impl->target.size(); }

const EngineSummary& AlignmentContext::summary() const noexcept { return m_impl->summary; }

namespace {

/// Reports a part of a longer operation, from @p from to @p to of it.
ProgressCallback part_of(const ProgressCallback& callback, double from, double to) {
    if (!callback) {
        return {};
    }
    return [&callback, from, to](const Progress& step) {
        callback({step.stage, from + (to - from) * step.fraction});
    };
}

/// Share of align()'s progress spent building the context; the final search takes the rest.
constexpr double context_share = 0.7;

ExplainedAlignment run(const Bitext& bitext, const AlignOptions& options, bool explain,
                       const std::stop_token& stop, const ProgressCallback& callback) {
    const AlignmentContext shared(bitext, options, stop, part_of(callback, 0.0, context_share));
    const auto& context = ContextAccess::impl(shared);
    const ProgressReporter progress(callback);
    ExplainedAlignment result;
    result.summary = context.summary;
    auto links = search(context.source.size(), context.target.size(), options, *context.scorer,
                        &*context.bags, true, stop, progress,
                        options.learn_lexicon ? "re-aligning" : "aligning", context_share, 1.0);
    if (explain) {
        result.links = explain_links(links, *context.scorer, &*context.bags);
    }
    result.alignment.links = std::move(links);
    progress("done", 1.0);
    return result;
}

} // namespace

Alignment align(const Bitext& bitext, const AlignOptions& options, std::stop_token stop,
                const ProgressCallback& progress) {
    return run(bitext, options, false, stop, progress).alignment;
}

std::vector<std::vector<Link>> align_regions(const AlignmentContext& shared,
                                             const std::vector<AlignRegion>& regions,
                                             const AlignOptions& options, std::stop_token stop,
                                             const ProgressCallback& callback) {
    const auto& context = ContextAccess::impl(shared);
    std::vector<detail::Region> searched;
    searched.reserve(regions.size());
    for (const auto& region : regions) {
        if (region.source.end < region.source.begin || region.target.end < region.target.begin ||
            region.source.end > context.source.size() ||
            region.target.end > context.target.size()) {
            throw Error(ErrorCode::invalid_argument, "a region to align leaves the documents");
        }
        searched.push_back({region.source.begin, region.source.end, region.target.begin,
                            region.target.end, region.guide});
    }
    const ProgressReporter progress(callback);
    auto links = search_each(searched, *context.scorer, &*context.bags,
                             search_settings(options, true), true, stop, progress, "aligning", 0.0,
                             1.0);
    progress("done", 1.0);
    return links;
}

ExplainedAlignment align_explained(const Bitext& bitext, const AlignOptions& options,
                                   std::stop_token stop, const ProgressCallback& progress) {
    return run(bitext, options, true, stop, progress);
}

} // namespace tandem::align
