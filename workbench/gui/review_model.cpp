// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_model.hpp"

#include <tandem/error.hpp>
#include <tandem/text/unicode.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>

namespace tandem::gui {

using divergence::Marker;
using divergence::MarkerKind;

const std::array<MarkerKind, marker_kind_count>& AllMarkerKinds() {
    static constexpr std::array<MarkerKind, marker_kind_count> kinds{
        MarkerKind::omission,      MarkerKind::addition,
        MarkerKind::number,        MarkerKind::name,
        MarkerKind::compression,   MarkerKind::expansion,
        MarkerKind::merge,         MarkerKind::split,
        MarkerKind::untranslated,  MarkerKind::transcript_note,
        MarkerKind::low_confidence};
    return kinds;
}

std::vector<Marker> KeepUntouchedMarkers(std::span<const Marker> markers,
                                         const session::Change& change) {
    std::vector<Marker> kept;
    kept.reserve(markers.size());
    const auto replaced_end = change.first_link + change.links_removed;
    for (const auto& marker : markers) {
        if (marker.link < change.first_link) {
            kept.push_back(marker);
        } else if (marker.link >= replaced_end) {
            kept.push_back(marker);
            kept.back().link = marker.link - change.links_removed + change.links_inserted;
        }
    }
    return kept;
}

std::vector<Marker> UpdateMarkers(std::span<const Marker> markers, const session::Change& change,
                                  std::size_t old_source_size, std::size_t old_target_size,
                                  const align::Bitext& bitext, const align::Alignment& alignment,
                                  divergence::Analyzer* analyzer, std::size_t context) {
    auto kept = KeepUntouchedMarkers(markers, change);
    // A sentence operation renumbers the sentences after the edited ones on its side: every
    // later link's marker spans move by the change in sentence count.
    const auto shift = [](std::vector<divergence::TextSpan>& spans, std::size_t old_size,
                          std::size_t new_size) {
        for (auto& span : spans) {
            span.sentence = static_cast<text::SentenceIndex>(span.sentence + new_size - old_size);
        }
    };
    const auto changed_end = change.first_link + change.links_inserted;
    for (auto& marker : kept) {
        if (marker.link >= changed_end) {
            shift(marker.source_spans, old_source_size, bitext.source.size());
            shift(marker.target_spans, old_target_size, bitext.target.size());
        }
    }
    if (change.links_inserted == 0 || analyzer == nullptr) {
        return kept;
    }
    // The changed links with their context, as a bitext of their own sentences (the analysis
    // reads sentences, not the document text).
    const auto first = change.first_link - std::min(change.first_link, context);
    const auto end = std::min(alignment.links.size(), changed_end + context);
    const auto& links = alignment.links;
    const auto source_first = links[first].source.begin;
    const auto target_first = links[first].target.begin;
    const auto part = [](const text::Document& document, text::SentenceIndex begin,
                         text::SentenceIndex stop) {
        text::Document copy;
        copy.name = document.name;
        copy.language = document.language;
        copy.sentences.assign(document.sentences.begin() + begin,
                              document.sentences.begin() + stop);
        return copy;
    };
    align::Bitext window{part(bitext.source, source_first, links[end - 1].source.end),
                         part(bitext.target, target_first, links[end - 1].target.end)};
    align::Alignment window_links;
    window_links.links.assign(links.begin() + static_cast<std::ptrdiff_t>(first),
                              links.begin() + static_cast<std::ptrdiff_t>(end));
    for (auto& link : window_links.links) {
        link.source = {link.source.begin - source_first, link.source.end - source_first};
        link.target = {link.target.begin - target_first, link.target.end - target_first};
    }
    for (auto& marker : analyzer->analyze(window, window_links)) {
        marker.link += first;
        if (marker.link < change.first_link || marker.link >= changed_end) {
            continue;
        }
        for (auto& span : marker.source_spans) {
            span.sentence += source_first;
        }
        for (auto& span : marker.target_spans) {
            span.sentence += target_first;
        }
        kept.push_back(std::move(marker));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Marker& a, const Marker& b) { return a.link < b.link; });
    return kept;
}

ReviewModel::ReviewModel() : m_bitext(std::make_shared<const align::Bitext>()), m_marker_begin{0} {}

ReviewModel::ReviewModel(std::shared_ptr<const align::Bitext> bitext, align::Alignment alignment,
                         std::vector<Marker> markers, double low_confidence)
    : m_bitext(std::move(bitext)), m_alignment(std::move(alignment)),
      m_low_confidence(low_confidence) {
    const auto links = m_alignment.links.size();
    std::stable_sort(markers.begin(), markers.end(),
                     [](const Marker& a, const Marker& b) { return a.link < b.link; });
    // Merge in a low-confidence marker for every doubtful link the analysis left unmarked.
    m_markers.reserve(markers.size());
    auto next = markers.begin();
    for (std::size_t link = 0; link < links; ++link) {
        bool has_low_confidence = false;
        for (; next != markers.end() && next->link == link; ++next) {
            has_low_confidence = has_low_confidence || next->kind == MarkerKind::low_confidence;
            m_markers.push_back(std::move(*next));
        }
        const double confidence = m_alignment.links[link].confidence;
        if (!has_low_confidence && confidence < m_low_confidence) {
            char percent[16];
            std::snprintf(percent, sizeof percent, "%.0f%%", confidence * 100.0);
            m_markers.push_back(
                {MarkerKind::low_confidence,
                 divergence::Severity::notice,
                 link,
                 {},
                 {},
                 std::string("The aligner is unsure of this link (confidence ") + percent + ")."});
        }
    }
    if (next != markers.end()) {
        throw Error(ErrorCode::internal, "a divergence marker names link " +
                                             std::to_string(next->link) + " of " +
                                             std::to_string(links));
    }
    m_marker_begin.assign(links + 1, 0);
    for (const auto& marker : m_markers) {
        ++m_marker_begin[marker.link + 1];
        ++m_counts.markers_per_kind[static_cast<std::size_t>(marker.kind)];
    }
    for (std::size_t link = 0; link < links; ++link) {
        m_marker_begin[link + 1] += m_marker_begin[link];
        const auto& item = m_alignment.links[link];
        m_counts.confirmed += item.status == align::LinkStatus::confirmed ? 1 : 0;
        m_counts.gaps += item.source.empty() || item.target.empty() ? 1 : 0;
        m_counts.low_confidence += IsLowConfidence(link) ? 1 : 0;
        m_counts.links_with_issues += HasIssue(link) ? 1 : 0;
    }
    m_counts.links = links;
}

std::span<const Marker> ReviewModel::GetMarkersOf(std::size_t link) const {
    if (link + 1 >= m_marker_begin.size()) {
        return {};
    }
    return std::span<const Marker>(m_markers).subspan(
        m_marker_begin[link], m_marker_begin[link + 1] - m_marker_begin[link]);
}

const Marker* ReviewModel::GetWorstMarker(std::size_t link) const {
    const auto markers = GetMarkersOf(link);
    const auto worst =
        std::max_element(markers.begin(), markers.end(),
                         [](const Marker& a, const Marker& b) { return a.severity < b.severity; });
    return worst == markers.end() ? nullptr : &*worst;
}

bool ReviewModel::IsLowConfidence(std::size_t link) const {
    return m_alignment.links.at(link).confidence < m_low_confidence;
}

bool ReviewModel::Keeps(std::size_t link) const {
    switch (m_filter.filter) {
    case RowFilter::all:
        return true;
    case RowFilter::issues:
        return HasIssue(link);
    case RowFilter::marker_kind: {
        const auto markers = GetMarkersOf(link);
        return std::any_of(markers.begin(), markers.end(),
                           [&](const Marker& marker) { return marker.kind == m_filter.kind; });
    }
    case RowFilter::low_confidence:
        return IsLowConfidence(link);
    case RowFilter::unconfirmed:
        return m_alignment.links[link].status != align::LinkStatus::confirmed;
    }
    return true;
}

void ReviewModel::SetFilter(const FilterSpec& filter) {
    m_filter = filter;
    m_rows.clear();
    if (m_filter.filter == RowFilter::all) {
        return;
    }
    for (std::size_t link = 0; link < GetLinkCount(); ++link) {
        if (Keeps(link)) {
            m_rows.push_back(link);
        }
    }
}

std::size_t ReviewModel::GetRowCount() const noexcept {
    return m_filter.filter == RowFilter::all ? GetLinkCount() : m_rows.size();
}

std::size_t ReviewModel::GetLinkAt(std::size_t row) const {
    return m_filter.filter == RowFilter::all ? row : m_rows.at(row);
}

std::optional<std::size_t> ReviewModel::GetRowOf(std::size_t link) const {
    if (m_filter.filter == RowFilter::all) {
        return link < GetLinkCount() ? std::optional(link) : std::nullopt;
    }
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), link);
    if (found == m_rows.end() || *found != link) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(found - m_rows.begin());
}

std::size_t ReviewModel::GetNearestRow(std::size_t link) const {
    const auto rows = GetRowCount();
    if (rows == 0) {
        return 0;
    }
    if (m_filter.filter == RowFilter::all) {
        return std::min(link, rows - 1);
    }
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), link);
    return std::min(static_cast<std::size_t>(found - m_rows.begin()), rows - 1);
}

template <typename Predicate>
std::optional<std::size_t> ReviewModel::Scan(std::optional<std::size_t> from_link, bool forward,
                                             Predicate matches) const {
    const auto rows = GetRowCount();
    if (rows == 0) {
        return std::nullopt;
    }
    // The row to start from: the one after (before) the current link, in shown-row order.
    std::size_t start = forward ? 0 : rows - 1;
    if (from_link) {
        const auto row = GetNearestRow(*from_link);
        const bool on_row = GetLinkAt(row) == *from_link;
        if (forward) {
            start = on_row || GetLinkAt(row) < *from_link ? row + 1 : row;
        } else {
            start = GetLinkAt(row) >= *from_link ? row + rows - 1 : row;
        }
        start %= rows;
    }
    for (std::size_t step = 0; step < rows; ++step) {
        const auto row = forward ? (start + step) % rows : (start + rows - step) % rows;
        const auto link = GetLinkAt(row);
        if (matches(link)) {
            return link;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> ReviewModel::NextIssue(std::optional<std::size_t> from_link,
                                                  bool forward) const {
    return Scan(from_link, forward, [this](std::size_t link) { return HasIssue(link); });
}

std::optional<std::size_t> ReviewModel::Find(const SearchQuery& query,
                                             std::optional<std::size_t> from_link,
                                             bool forward) const {
    if (query.pattern.empty()) {
        return std::nullopt;
    }
    // Case-insensitive plain search compares Unicode case folds; case-insensitive regex search
    // uses std::regex's icase (ASCII letters) on the text and on its case fold, so a lower-case
    // pattern finds text in any case.
    std::optional<std::regex> expression;
    if (query.regex) {
        try {
            auto flags = std::regex::ECMAScript;
            if (!query.match_case) {
                flags |= std::regex::icase;
            }
            expression.emplace(query.pattern, flags);
        } catch (const std::regex_error& error) {
            throw Error(ErrorCode::invalid_argument,
                        "invalid regular expression '" + query.pattern + "': " + error.what());
        }
    }
    const std::string needle = query.match_case ? query.pattern : text::fold_case(query.pattern);
    const auto matches_text = [&](const std::string& haystack) {
        if (expression) {
            return std::regex_search(haystack, *expression) ||
                   (!query.match_case && std::regex_search(text::fold_case(haystack), *expression));
        }
        return (query.match_case ? haystack : text::fold_case(haystack)).find(needle) !=
               std::string::npos;
    };
    return Scan(from_link, forward, [&](std::size_t link) {
        const auto& item = m_alignment.links[link];
        return (query.column != SearchColumn::target &&
                matches_text(align::span_text(m_bitext->source, item.source))) ||
               (query.column != SearchColumn::source &&
                matches_text(align::span_text(m_bitext->target, item.target)));
    });
}

RowSideText ReviewModel::GetSideText(std::size_t link, Side side, bool show_ids) const {
    const auto& item = m_alignment.links.at(link);
    return side == Side::source
               ? BuildRowSide(m_bitext->source, item.source, GetMarkersOf(link), side, show_ids)
               : BuildRowSide(m_bitext->target, item.target, GetMarkersOf(link), side, show_ids);
}

} // namespace tandem::gui
