// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The editing session: a bitext, its alignment and bookmarks, with reversible operations.
///
/// Glossary (see also tandem/align/alignment.hpp)
/// - **row**: a link, by its index in the alignment (what a view shows as one line).
/// - **link operation**: changes which sentences go together (merge, split, move, gap, unlink);
///   the documents' segmentation stays as it is.
/// - **sentence operation**: changes the segmentation of one document (split or merge sentences);
///   which text goes with which stays as it is.
/// - **step**: one entry of the undo history; every operation that changes something is one step,
///   a whole re-alignment included.
///
/// Rules every operation follows
/// - Invalid operations throw Error(invalid_argument) and change nothing; an operation that would
///   change nothing returns an empty Change and records no step.
/// - After every operation, undo and redo, the alignment is ordered, non-crossing and covering
///   (align::check_invariants() holds).
/// - Confirmed links: automatic steps (re-alignment) never change them. A link operation is a
///   person's decision, so every link it produces gets edited_status() — `confirmed` by default —
///   with confidence 1; this holds whether or not the links it replaced were confirmed. Sentence
///   operations keep each link's status and confidence (the link holds the same text).
///   set_status() is the only way to unconfirm a link.
/// - Sentence ids are stable: merging keeps the first sentence's id, splitting gives the second
///   part Document::next_id(); undo restores the sentences exactly.
/// - Bookmarks follow their link; when links are merged, their notes are joined with a newline.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>
#include <tandem/session/bookmark.hpp>
#include <tandem/session/change.hpp>
#include <tandem/session/realign.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <vector>

namespace tandem::session {

/// A source and target text that a person confirmed as translations of each other.
struct ConfirmedPair {
    std::string source; ///< the link's source sentences (align::span_text)
    std::string target; ///< the link's target sentences (align::span_text)
    friend bool operator==(const ConfirmedPair&, const ConfirmedPair&) = default;
};

/// A bitext being reviewed: its alignment, bookmarks and unlimited undo/redo. Not thread-safe;
/// long work runs on a RealignJob snapshot (see realign.hpp).
class EditSession {
public:
    /// Rows up to the end, for plan_realign() and realign().
    static constexpr std::size_t end_row = std::numeric_limits<std::size_t>::max();

    /// Takes ownership of a bitext and its alignment. Throws Error(invalid_argument) when the
    /// alignment breaks an invariant for these documents or a bookmark names no link.
    EditSession(align::Bitext bitext, align::Alignment alignment,
                std::vector<Bookmark> bookmarks = {});
    ~EditSession();
    EditSession(EditSession&&) noexcept;
    EditSession& operator=(EditSession&&) noexcept;
    EditSession(const EditSession&) = delete;
    EditSession& operator=(const EditSession&) = delete;

    /// The documents (their segmentation changes with sentence operations).
    [[nodiscard]] const align::Bitext& bitext() const noexcept { return m_bitext; }
    /// The current links.
    [[nodiscard]] const align::Alignment& alignment() const noexcept { return m_alignment; }
    /// Bookmarks sorted by link, at most one per link.
    [[nodiscard]] const std::vector<Bookmark>& bookmarks() const noexcept { return m_bookmarks; }
    /// Number of rows (links).
    [[nodiscard]] std::size_t size() const noexcept { return m_alignment.links.size(); }
    /// The link at @p row; throws Error(invalid_argument) when there is none.
    [[nodiscard]] const align::Link& link(std::size_t row) const;
    /// The row whose link holds sentence @p sentence of @p side (binary search).
    [[nodiscard]] std::size_t row_of(Side side, align::SentenceIndex sentence) const;

    /// Merges @p row with the row after it.
    Change merge_with_next(std::size_t row);
    /// Merges @p row with the row before it.
    Change merge_with_previous(std::size_t row);
    /// Merges rows @p first_row to @p last_row (inclusive; either order) into one link.
    Change link_rows(std::size_t first_row, std::size_t last_row);
    /// Splits @p row in two: the first @p source_count source and @p target_count target
    /// sentences stay in @p row, the rest go into a new link after it. Neither part may be 0-0.
    Change split_link(std::size_t row, std::uint32_t source_count, std::uint32_t target_count);
    /// Moves the first @p side sentence of @p row to the end of the row before it; @p row
    /// disappears if nothing is left in it.
    Change move_first_up(std::size_t row, Side side);
    /// Moves the last @p side sentence of @p row to the start of the row after it; @p row
    /// disappears if nothing is left in it.
    Change move_last_down(std::size_t row, Side side);
    /// Makes @p sentence a gap of its own (1-0 on the source side, 0-1 on the target side). It
    /// must be the first or the last @p side sentence of its link; the gap goes before or after
    /// the rest of the link accordingly (a 1-1 link becomes 1-0 then 0-1).
    Change insert_gap(Side side, align::SentenceIndex sentence);
    /// Turns @p row into one gap per sentence: its source sentences as 1-0 links, then its
    /// target sentences as 0-1 links.
    Change unlink(std::size_t row);

    /// Splits sentence @p sentence of @p side at @p byte_offset (bytes into Sentence::text, on a
    /// code point boundary). White space at the cut belongs to neither part; both parts must
    /// hold something else. Both parts stay in the sentence's link.
    Change split_sentence(Side side, align::SentenceIndex sentence, std::size_t byte_offset);
    /// Merges sentences @p first and @p first + 1 of @p side into one (the document text between
    /// them included). Both must be in the same link: merge the links first otherwise.
    Change merge_sentences(Side side, align::SentenceIndex first);

    /// Sets the review status of @p row (its spans and confidence stay).
    Change set_status(std::size_t row, align::LinkStatus status);
    /// Sets the review status of every row in @p rows (any order, repeats allowed) as one step:
    /// what a view does to a multi-row selection, which need not be contiguous (a filtered view).
    Change set_status(std::span<const std::size_t> rows, align::LinkStatus status);
    /// set_status(row, confirmed): @p row becomes a fixed anchor.
    Change confirm(std::size_t row) { return set_status(row, align::LinkStatus::confirmed); }
    /// set_status(row, automatic): re-alignment may change @p row again.
    Change unconfirm(std::size_t row) { return set_status(row, align::LinkStatus::automatic); }
    /// Bookmarks @p row with @p note, replacing the note of an existing bookmark.
    Change set_bookmark(std::size_t row, std::string note);
    /// Removes the bookmark of @p row, if any.
    Change remove_bookmark(std::size_t row);

    /// The status link operations give the links they produce (default `confirmed`).
    [[nodiscard]] align::LinkStatus edited_status() const noexcept { return m_edited_status; }
    /// Changes the status link operations give the links they produce.
    void set_edited_status(align::LinkStatus status) noexcept { m_edited_status = status; }

    /// Builds the engine context that re-alignment searches in (align::AlignmentContext: the
    /// documents' analysed words, dictionaries, the lexicon and length model learned from a first
    /// pass with the confirmed links as anchors, the skip cost), unless the session keeps one
    /// built with the same dictionary and learning settings (and unchanged dictionary files).
    /// This is the slow part of a first re-alignment, done once: the context is kept until a
    /// sentence operation (or its undo or redo) changes the segmentation. realign() calls it.
    void prepare_realign(const align::AlignOptions& options, std::stop_token stop = {},
                         const align::ProgressCallback& progress = {});
    /// True when the session keeps an engine context that fits @p options.
    [[nodiscard]] bool realign_prepared(const align::AlignOptions& options) const;
    /// prepare_realign() in three steps, for a front end that builds the context on a worker:
    /// copies what the context is built from (the documents and confirmed links) for
    /// build_realign_context().
    [[nodiscard]] RealignContextRequest
    plan_realign_context(const align::AlignOptions& options) const;
    /// Keeps @p built as the engine context unless the segmentation changed since its request
    /// was planned (links may have changed: confirmed links only anchor its learning); returns
    /// whether it was kept.
    bool install_realign_context(RealignContext built);
    /// Increases whenever the documents' segmentation changes (a sentence operation, its undo or
    /// redo): an engine context built before then no longer fits.
    [[nodiscard]] std::uint64_t segmentation() const noexcept { return m_segmentation; }

    /// Copies the unconfirmed stretches of rows [@p first_row, @p end) for run_realign(), with
    /// the kept engine context when there is one (then without copying sentences, and with each
    /// stretch's rows as the guide of its search).
    /// Throws Error(invalid_argument) when the range is empty or outside the alignment.
    [[nodiscard]] RealignJob plan_realign(std::size_t first_row = 0,
                                          std::size_t end = end_row) const;
    /// Splices a result of run_realign() in as one undoable step. Throws Error(invalid_argument)
    /// when the session changed since the job was planned.
    Change apply_realign(RealignResult result);
    /// prepare_realign(), plan_realign(), run_realign() and apply_realign() in one call.
    Change realign(const align::AlignOptions& options, std::size_t first_row = 0,
                   std::size_t end = end_row, std::stop_token stop = {},
                   const align::ProgressCallback& progress = {});

    /// Re-aligns from @p first_row onward one window of rows at a time and stops where the new
    /// links agree with the existing ones again (three identical links in a row, before the last
    /// 16 rows of the window, whose forced end may distort them); only the rows before that point
    /// are replaced, as one undoable step. The window starts at @p window rows and doubles until
    /// agreement or the end of the alignment. The work grows with the stretch that changes, not
    /// with the rest of the bitext: this is what makes "re-align from the cursor" fast on long
    /// bitexts. Searches in the kept engine context when it fits @p options (then the lexicon
    /// is the one learned from the whole documents), else in the window alone. Synchronous.
    Change realign_until_agreement(const align::AlignOptions& options, std::size_t first_row,
                                   std::stop_token stop = {}, std::size_t window = 256);

    /// The text of every confirmed link with sentences on both sides, in document order:
    /// training data for the lexicon used by re-alignment.
    [[nodiscard]] std::vector<ConfirmedPair> confirmed_pairs() const;

    /// True when there is a step to undo.
    [[nodiscard]] bool can_undo() const noexcept;
    /// True when there is a step to redo.
    [[nodiscard]] bool can_redo() const noexcept;
    /// The kind of the step undo() would revert.
    [[nodiscard]] std::optional<Operation> undo_operation() const noexcept;
    /// The kind of the step redo() would repeat.
    [[nodiscard]] std::optional<Operation> redo_operation() const noexcept;
    /// Reverts the last step; throws Error(invalid_argument) when there is none.
    Change undo();
    /// Repeats the last undone step; throws Error(invalid_argument) when there is none.
    Change redo();

    /// Increases with every change, undo and redo (for views and RealignJob).
    [[nodiscard]] std::uint64_t revision() const noexcept { return m_revision; }
    /// Records the current state as saved.
    void mark_saved() noexcept;
    /// True when the state differs from the one last marked saved (or from the start).
    [[nodiscard]] bool modified() const noexcept;

private:
    struct Step;

    Change record(Step step);
    Change apply(const Step& step, bool forward);
    [[nodiscard]] Step replace_links(Operation operation, std::size_t first,
                                     std::size_t removed, std::vector<align::Link> inserted) const;
    [[nodiscard]] align::Link edited(align::Span source, align::Span target) const;
    [[nodiscard]] bool cut_at_agreement(RealignResult& result, std::size_t limit) const;
    [[nodiscard]] RealignJob plan(std::size_t first_row, std::size_t end,
                                  std::shared_ptr<const align::AlignmentContext> context) const;
    void check_row(std::size_t row) const;

    align::Bitext m_bitext;
    align::Alignment m_alignment;
    std::vector<Bookmark> m_bookmarks;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
    align::LinkStatus m_edited_status = align::LinkStatus::confirmed;
    std::uint64_t m_revision = 0;
    std::uint64_t m_next_serial = 1;
    std::uint64_t m_saved_serial = 0;
    /// Engine context of the documents as they are (see prepare_realign()), and what it was
    /// built with (realign_context_key()).
    std::shared_ptr<const align::AlignmentContext> m_context;
    std::string m_context_key;
    std::uint64_t m_segmentation = 0;
};

} // namespace tandem::session
