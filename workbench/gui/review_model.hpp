// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// What the review window shows, without a window: the rows of the table (one per link, after
/// filtering), the markers of each link, issue navigation, search and the status-bar counts.
///
/// Glossary: a **row** is a line of the table; it shows one **link** (index into the alignment).
/// With no filter, row i shows link i. An **issue** is a link with at least one marker.
#pragma once

#include "row_text.hpp"

#include <tandem/align/alignment.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/divergence/marker.hpp>
#include <tandem/session/change.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tandem::gui {

/// Number of divergence::MarkerKind values.
inline constexpr std::size_t marker_kind_count =
    static_cast<std::size_t>(divergence::MarkerKind::low_confidence) + 1;

/// Every marker kind in declaration order (for legends and menus).
[[nodiscard]] const std::array<divergence::MarkerKind, marker_kind_count>& AllMarkerKinds();

/// Which links the table shows.
enum class RowFilter : std::uint8_t {
    all,            ///< every link
    issues,         ///< links with at least one marker
    marker_kind,    ///< links with a marker of one kind
    low_confidence, ///< links below the confidence threshold
    unconfirmed,    ///< links not yet confirmed
};

/// A filter with its parameter.
struct FilterSpec {
    RowFilter filter = RowFilter::all;                              ///< what to keep
    divergence::MarkerKind kind = divergence::MarkerKind::omission; ///< for RowFilter::marker_kind
    friend bool operator==(const FilterSpec&, const FilterSpec&) = default;
};

/// Which column a search looks in.
enum class SearchColumn : std::uint8_t { source, target, both };

/// A find request.
struct SearchQuery {
    std::string pattern;                      ///< UTF-8 text or ECMAScript regular expression
    SearchColumn column = SearchColumn::both; ///< where to look
    bool regex = false;                       ///< pattern is a regular expression
    bool match_case = false;                  ///< compare case-sensitively
};

/// Figures for the status bar.
struct ReviewCounts {
    std::size_t links = 0;             ///< links in the alignment
    std::size_t confirmed = 0;         ///< confirmed links
    std::size_t gaps = 0;              ///< 1-0 and 0-1 links
    std::size_t low_confidence = 0;    ///< links below the threshold
    std::size_t links_with_issues = 0; ///< links with at least one marker
    std::array<std::size_t, marker_kind_count> markers_per_kind{}; ///< indexed by MarkerKind
};

/// The markers of the links an edit did not touch, renumbered for the alignment after @p change
/// (markers of replaced links are dropped: those links are new).
[[nodiscard]] std::vector<divergence::Marker>
KeepUntouchedMarkers(std::span<const divergence::Marker> markers, const session::Change& change);

/// Links either side of an edit that UpdateMarkers() analyses with it: the analysis fits the
/// pair's length model on the links it is given, and a few hundred links estimate it well while
/// keeping one edit fast on any length of bitext.
inline constexpr std::size_t marker_context_links = 100;

/// The markers after @p change, so that none goes stale: those of untouched links are kept
/// (renumbered, and their sentence indices shifted when the change resegmented a side, which it
/// did from @p old_source_size / @p old_target_size sentences to the sizes in @p bitext); the
/// links the change produced are analysed again by @p analyzer (none when it is null), together
/// with up to @p context links either side, on the alignment after the change. Sorted by link.
[[nodiscard]] std::vector<divergence::Marker>
UpdateMarkers(std::span<const divergence::Marker> markers, const session::Change& change,
              std::size_t old_source_size, std::size_t old_target_size, const align::Bitext& bitext,
              const align::Alignment& alignment, divergence::Analyzer* analyzer,
              std::size_t context = marker_context_links);

/// The reviewed alignment and everything derived from it for display.
class ReviewModel {
  public:
    /// An empty model (no bitext open).
    ReviewModel();
    /// Takes an aligned bitext and its markers (sorted by link, as find_divergences returns
    /// them). Links below @p low_confidence that carry no low-confidence marker get one, so the
    /// engine's doubt is visible whatever analysis ran.
    ReviewModel(std::shared_ptr<const align::Bitext> bitext, align::Alignment alignment,
                std::vector<divergence::Marker> markers, double low_confidence);

    /// The two documents.
    [[nodiscard]] const align::Bitext& GetBitext() const noexcept { return *m_bitext; }
    /// The immutable bitext, for workers.
    [[nodiscard]] const std::shared_ptr<const align::Bitext>& GetSharedBitext() const noexcept {
        return m_bitext;
    }
    /// The links.
    [[nodiscard]] const align::Alignment& GetAlignment() const noexcept { return m_alignment; }
    /// Every marker, sorted by link.
    [[nodiscard]] const std::vector<divergence::Marker>& GetMarkers() const noexcept {
        return m_markers;
    }
    /// Number of links.
    [[nodiscard]] std::size_t GetLinkCount() const noexcept { return m_alignment.links.size(); }
    /// True when no bitext is open.
    [[nodiscard]] bool IsEmpty() const noexcept { return m_alignment.links.empty(); }
    /// The confidence below which a link counts as low-confidence.
    [[nodiscard]] double GetLowConfidenceThreshold() const noexcept { return m_low_confidence; }

    /// The markers of link @p link (possibly none).
    [[nodiscard]] std::span<const divergence::Marker> GetMarkersOf(std::size_t link) const;
    /// True when link @p link has a marker.
    [[nodiscard]] bool HasIssue(std::size_t link) const { return !GetMarkersOf(link).empty(); }
    /// The most severe marker of link @p link, or nullptr.
    [[nodiscard]] const divergence::Marker* GetWorstMarker(std::size_t link) const;
    /// True when link @p link is below the confidence threshold.
    [[nodiscard]] bool IsLowConfidence(std::size_t link) const;

    /// Shows only the links @p filter keeps; the row of every kept link changes.
    void SetFilter(const FilterSpec& filter);
    /// The current filter.
    [[nodiscard]] const FilterSpec& GetFilter() const noexcept { return m_filter; }
    /// Number of rows shown.
    [[nodiscard]] std::size_t GetRowCount() const noexcept;
    /// The link row @p row shows.
    [[nodiscard]] std::size_t GetLinkAt(std::size_t row) const;
    /// The row showing link @p link, or nullopt when the filter hides it.
    [[nodiscard]] std::optional<std::size_t> GetRowOf(std::size_t link) const;
    /// The row of the first shown link at or after @p link (the last row when none follows).
    [[nodiscard]] std::size_t GetNearestRow(std::size_t link) const;

    /// The next (or previous) shown link after (before) @p from_link that has an issue, wrapping
    /// around the end; nullopt when no shown link has one. Without @p from_link the search starts
    /// before the first (after the last) link.
    [[nodiscard]] std::optional<std::size_t> NextIssue(std::optional<std::size_t> from_link,
                                                       bool forward) const;
    /// The next (or previous) shown link whose text matches @p query, wrapping around.
    /// Throws Error(invalid_argument) for a malformed regular expression.
    [[nodiscard]] std::optional<std::size_t>
    Find(const SearchQuery& query, std::optional<std::size_t> from_link, bool forward) const;

    /// One side of link @p link as the table shows it.
    [[nodiscard]] RowSideText GetSideText(std::size_t link, Side side, bool show_ids) const;

    /// Status-bar figures (over all links, whatever the filter).
    [[nodiscard]] const ReviewCounts& GetCounts() const noexcept { return m_counts; }

  private:
    [[nodiscard]] bool Keeps(std::size_t link) const;
    template <typename Predicate>
    [[nodiscard]] std::optional<std::size_t> Scan(std::optional<std::size_t> from_link,
                                                  bool forward, Predicate matches) const;

    std::shared_ptr<const align::Bitext> m_bitext;
    align::Alignment m_alignment;
    std::vector<divergence::Marker> m_markers;
    std::vector<std::size_t> m_marker_begin; // markers of link k: [m_marker_begin[k], [k+1])
    double m_low_confidence = 0.5;
    FilterSpec m_filter;
    std::vector<std::size_t> m_rows; // shown links in order; empty when the filter is `all`
    ReviewCounts m_counts;
};

} // namespace tandem::gui
