// SPDX-License-Identifier: GPL-3.0-or-later
// The engine: analyse both documents, gather lexical evidence (dictionaries, identical tokens,
// cognates, numbers), align coarse-to-fine, learn a lexicon and the length model from the first
// pass (Moore 2002; hunalign's realign, Varga et al. 2005), and align again.
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
#include <exception>
#include <optional>
#include <thread>

namespace tandem::align {
namespace {

using detail::PathLink;

/// Thompson & Koehn (2019) take a low percentile of random-pair costs for their cosine costs; on
/// our log-odds costs the median (scaled in LinkScorer) separates true pairs from random ones.
constexpr double skip_percentile = 0.5;
/// First-pass links at least this probable train the lexicon and the length model.
constexpr double training_posterior = 0.5;
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

/// The whole search over every region between fixed links; fixed links are kept as they are.
std::vector<Link> search(const Bitext& bitext, const AlignOptions& options,
                         const detail::LinkScorer& scorer, const detail::LexicalBags* bags,
                         bool posteriors, const std::stop_token& stop) {
    const auto regions = search_regions(options.fixed_links, bitext.source.size(), bitext.target.size());
    detail::SearchSettings settings;
    settings.max_link = std::clamp(options.max_link, 1U, 4U);
    if (!posteriors) {
        // A first pass only trains the lexicon: its 1-1 links are what matter.
        settings.max_link = std::min(settings.max_link, 2U);
    }
    settings.threads = worker_count(options.threads);
    std::vector<Link> links;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        for (const auto& step : detail::align_region(regions[r], scorer, bags, settings, posteriors, stop)) {
            Link link;
            link.source = {step.source, step.source + step.move.source};
            link.target = {step.target, step.target + step.move.target};
            link.confidence = step.posterior;
            links.push_back(link);
        }
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

LengthModel refit_length(const std::vector<Link>& links, const detail::SentenceWords& source,
                         const detail::SentenceWords& target, const LengthModel& fallback) {
    std::vector<std::pair<double, double>> linked;
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
    }
    return fit_length_model(linked, fallback);
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
            explanation.signals.push_back({"skip", scorer.skip_cost()});
        } else {
            std::array<double, detail::evidence_kinds> by_kind{};
            double matched = 0.0;
            for (auto s = link.source.begin; s < link.source.end && bags != nullptr; ++s) {
                for (auto t = link.target.begin; t < link.target.end; ++t) {
                    const auto parts = bags->matched_by_kind(s, t);
                    for (std::size_t k = 0; k < parts.size(); ++k) {
                        by_kind[k] += parts[k];
                        matched += parts[k];
                    }
                }
            }
            const auto cost = scorer.cost(link.source.begin, link.source.size(), link.target.begin,
                                          link.target.size(), matched);
            unsigned orphans = 0;
            for (auto s = link.source.begin; s < link.source.end && link.source.size() > 1; ++s) {
                double row = 0.0;
                for (auto t = link.target.begin; t < link.target.end && bags != nullptr; ++t) {
                    row += bags->matched(s, t);
                }
                orphans += scorer.source_orphan(s, row) ? 1U : 0U;
            }
            for (auto t = link.target.begin; t < link.target.end && link.target.size() > 1; ++t) {
                double column = 0.0;
                for (auto s = link.source.begin; s < link.source.end && bags != nullptr; ++s) {
                    column += bags->matched(s, t);
                }
                orphans += scorer.target_orphan(t, column) ? 1U : 0U;
            }
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
            if (orphans > 0) {
                explanation.signals.push_back({"unmatched", scorer.orphan_cost(orphans)});
            }
        }
        for (const auto& signal : explanation.signals) {
            explanation.cost += signal.cost;
        }
        result.push_back(std::move(explanation));
    }
    return result;
}

ExplainedAlignment run(const Bitext& bitext, const AlignOptions& options, bool explain,
                       const std::stop_token& stop, const ProgressCallback& callback) {
    const ProgressReporter progress(callback);
    ExplainedAlignment result;
    progress("analysing", 0.0);
    detail::SentenceWords source;
    detail::SentenceWords target;
    if (worker_count(options.threads) > 1) {
        // An exception (Cancelled) must not escape the worker: it is rethrown here.
        std::exception_ptr failure;
        {
            std::jthread worker([&] {
                try {
                    target = detail::analyse_words(bitext.target, stop);
                } catch (...) {
                    failure = std::current_exception();
                }
            });
            source = detail::analyse_words(bitext.source, stop);
        }
        if (failure) {
            std::rethrow_exception(failure);
        }
    } else {
        source = detail::analyse_words(bitext.source, stop);
        target = detail::analyse_words(bitext.target, stop);
    }
    if (stop.stop_requested()) {
        throw Cancelled();
    }
    progress("reading dictionaries", 0.15);
    auto table = detail::empty_translation_table(source);
    detail::add_dictionary(table, *load_dictionaries(bitext, options, result.summary), source,
                           bitext.source.language, target, bitext.target.language);
    std::optional<detail::LexicalBags> bags(std::in_place, source, target, table);

    double source_total = 0.0;
    double target_total = 0.0;
    for (const double c : source.characters) {
        source_total += c;
    }
    for (const double c : target.characters) {
        target_total += c;
    }
    LengthModel length = estimate_length_model(static_cast<std::size_t>(source_total),
                                               static_cast<std::size_t>(target_total));
    auto scorer = std::make_optional<detail::LinkScorer>(source, target, &*bags, length);
    scorer->calibrate_skip(skip_percentile);
    progress("aligning", 0.3);
    // The first pass only feeds the learning step, which needs no posteriors.
    auto links = search(bitext, options, *scorer, &*bags, !options.learn_lexicon, stop);

    if (options.learn_lexicon) {
        progress("learning lexicon", 0.6);
        const auto learned = lexicon::learn_lexicon(training_bags(links, source, target));
        result.summary.learned_pairs = learned.size();
        detail::add_learned(table, learned);
        bags.emplace(source, target, table);
        length = refit_length(links, source, target, length);
        scorer.emplace(source, target, &*bags, length);
        scorer->calibrate_skip(skip_percentile);
        progress("re-aligning", 0.7);
        links = search(bitext, options, *scorer, &*bags, true, stop);
    }
    result.summary.length_ratio = scorer->length_model().ratio;
    result.summary.length_variance = scorer->length_model().variance;
    result.summary.skip_cost = scorer->skip_cost();
    if (explain) {
        result.links = explain_links(links, *scorer, &*bags);
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

ExplainedAlignment align_explained(const Bitext& bitext, const AlignOptions& options,
                                   std::stop_token stop, const ProgressCallback& progress) {
    return run(bitext, options, true, stop, progress);
}

} // namespace tandem::align
