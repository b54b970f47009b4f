// SPDX-License-Identifier: GPL-3.0-or-later
// Every operation is turned into one Step: "replace rows [first, first + removed) by these links,
// and maybe replace these sentences of one side, and maybe these bookmarks". A Step holds both the
// old and the new values, so applying it backwards is its undo and forwards its redo (the command
// pattern with the changed range as the snapshot). Nothing is changed before a Step is complete,
// so a refused operation leaves the session as it was.
#include <tandem/session/edit_session.hpp>

#include <tandem/error.hpp>
#include <tandem/text/segmenter.hpp>
#include <tandem/text/unicode.hpp>

#include "../enum_names.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <utility>

namespace tandem::session {

using align::Link;
using align::LinkStatus;
using align::SentenceIndex;
using align::Span;

namespace {

constexpr detail::NameTable<Operation, 10> operation_names{{
    {Operation::merge_links, "merge-links"},
    {Operation::split_link, "split-link"},
    {Operation::move_sentence, "move-sentence"},
    {Operation::insert_gap, "insert-gap"},
    {Operation::unlink, "unlink"},
    {Operation::split_sentence, "split-sentence"},
    {Operation::merge_sentences, "merge-sentences"},
    {Operation::set_status, "set-status"},
    {Operation::bookmark, "bookmark"},
    {Operation::realign, "realign"},
}};

[[noreturn]] void refuse(const std::string& message) {
    throw Error(ErrorCode::invalid_argument, message);
}

Span& span_of(Link& link, Side side) { return side == Side::source ? link.source : link.target; }
const Span& span_of(const Link& link, Side side) {
    return side == Side::source ? link.source : link.target;
}
Span& other_span(Link& link, Side side) {
    return side == Side::source ? link.target : link.source;
}

std::string_view side_name(Side side) { return side == Side::source ? "source" : "target"; }

/// Replaces @p count elements of @p values at @p first by @p with, moving the tail at most once.
template <typename T>
void splice(std::vector<T>& values, std::size_t first, std::size_t count,
            const std::vector<T>& with) {
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(first);
    const std::size_t common = std::min(count, with.size());
    std::copy_n(with.begin(), common, at);
    if (count > with.size()) {
        values.erase(at + static_cast<std::ptrdiff_t>(common),
                     at + static_cast<std::ptrdiff_t>(count));
    } else {
        values.insert(at + static_cast<std::ptrdiff_t>(common),
                      with.begin() + static_cast<std::ptrdiff_t>(common), with.end());
    }
}

/// Moves a span by @p delta sentences.
void shift(Span& span, std::ptrdiff_t delta) {
    span.begin = static_cast<SentenceIndex>(static_cast<std::ptrdiff_t>(span.begin) + delta);
    span.end = static_cast<SentenceIndex>(static_cast<std::ptrdiff_t>(span.end) + delta);
}

/// A piece of @p whole (bytes @p piece of its text) as a sentence of its own.
text::Sentence piece_of(const text::Sentence& whole, text::ByteRange piece, text::SentenceId id) {
    text::Sentence sentence;
    sentence.id = id;
    sentence.text = whole.text.substr(piece.begin, piece.size());
    sentence.range = {whole.range.begin + piece.begin, whole.range.begin + piece.end};
    sentence.role = text::classify_segment(sentence.text);
    sentence.paragraph = whole.paragraph;
    return sentence;
}

/// A row replaced by an operation, in row numbers before it.
struct Replacement {
    std::size_t first = 0;
    std::size_t removed = 0;
    std::size_t inserted = 0;
};

/// Where @p bookmarks go when the rows of @p replacements (ascending, disjoint) are replaced: a
/// bookmark inside a replaced range moves proportionally into its replacement; bookmarks that land
/// on the same row are joined.
std::vector<Bookmark> remap(const std::vector<Bookmark>& bookmarks,
                            const std::vector<Replacement>& replacements) {
    std::vector<Bookmark> result;
    result.reserve(bookmarks.size());
    std::ptrdiff_t delta = 0;
    auto next = replacements.begin();
    for (const Bookmark& bookmark : bookmarks) {
        while (next != replacements.end() && next->first + next->removed <= bookmark.link) {
            delta += static_cast<std::ptrdiff_t>(next->inserted) -
                     static_cast<std::ptrdiff_t>(next->removed);
            ++next;
        }
        std::size_t row = bookmark.link;
        if (next != replacements.end() && next->first <= row) {
            const std::size_t offset = (row - next->first) * next->inserted / next->removed;
            row = next->first + std::min(offset, next->inserted - 1);
        }
        row = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(row) + delta);
        if (!result.empty() && result.back().link == row) {
            std::string& note = result.back().note;
            note += (note.empty() || bookmark.note.empty() ? "" : "\n") + bookmark.note;
        } else {
            result.push_back({row, bookmark.note});
        }
    }
    return result;
}

/// The sentences @p span of @p document as a document of their own, with the text they stand in
/// (when their byte ranges are consistent with it) so that ranges stay meaningful.
text::Document sub_document(const text::Document& document, Span span) {
    text::Document part{document.name, document.language, {}, {}};
    if (span.empty()) {
        return part;
    }
    const auto first = document.sentences.begin() + span.begin;
    part.sentences.assign(first, first + span.size());
    const std::size_t begin = part.sentences.front().range.begin;
    const std::size_t end = part.sentences.back().range.end;
    if (begin <= end && end <= document.text.size()) {
        part.text = document.text.substr(begin, end - begin);
        for (auto& sentence : part.sentences) {
            sentence.range.begin -= begin;
            sentence.range.end -= begin;
        }
    }
    return part;
}

} // namespace

std::string_view to_string(Operation operation) noexcept {
    return detail::name_of(operation_names, operation);
}

/// The sentences of one side that an operation replaces.
struct SentenceEdit {
    Side side = Side::source;
    SentenceIndex first = 0;
    std::vector<text::Sentence> removed;
    std::vector<text::Sentence> inserted;
};

struct EditSession::Step {
    Operation operation = Operation::merge_links;
    std::uint64_t serial = 0;
    std::size_t first_link = 0;
    std::vector<Link> removed;
    std::vector<Link> inserted;
    std::optional<SentenceEdit> sentences;
    bool bookmarks_changed = false;
    std::vector<Bookmark> bookmarks_before;
    std::vector<Bookmark> bookmarks_after;

    [[nodiscard]] bool changes_nothing() const {
        return removed == inserted && !sentences && !bookmarks_changed;
    }
};

EditSession::EditSession(align::Bitext bitext, align::Alignment alignment,
                         std::vector<Bookmark> bookmarks)
    : m_bitext(std::move(bitext)), m_alignment(std::move(alignment)) {
    if (const auto broken = align::check_invariants(m_alignment, m_bitext.source.size(),
                                                    m_bitext.target.size())) {
        refuse("cannot edit a broken alignment: " + *broken);
    }
    std::stable_sort(bookmarks.begin(), bookmarks.end(),
                     [](const Bookmark& a, const Bookmark& b) { return a.link < b.link; });
    if (!bookmarks.empty() && bookmarks.back().link >= size()) {
        refuse("bookmark on link " + std::to_string(bookmarks.back().link) + " of " +
               std::to_string(size()));
    }
    m_bookmarks = remap(bookmarks, {});
}

EditSession::~EditSession() = default;
EditSession::EditSession(EditSession&&) noexcept = default;
EditSession& EditSession::operator=(EditSession&&) noexcept = default;

void EditSession::check_row(std::size_t row) const {
    if (row >= size()) {
        refuse("row " + std::to_string(row) + " does not exist (" + std::to_string(size()) +
               " links)");
    }
}

const Link& EditSession::link(std::size_t row) const {
    check_row(row);
    return m_alignment.links[row];
}

std::size_t EditSession::row_of(Side side, SentenceIndex sentence) const {
    const auto& document = side == Side::source ? m_bitext.source : m_bitext.target;
    if (sentence >= document.size()) {
        refuse(std::string(side_name(side)) + " sentence " + std::to_string(sentence) +
               " does not exist (" + std::to_string(document.size()) + " sentences)");
    }
    // Links are ordered and covering: the first link whose span ends after the sentence holds it.
    const auto& links = m_alignment.links;
    const auto found = std::partition_point(links.begin(), links.end(), [&](const Link& link) {
        return span_of(link, side).end <= sentence;
    });
    return static_cast<std::size_t>(found - links.begin());
}

Link EditSession::edited(Span source, Span target) const {
    return {source, target, 1.0, m_edited_status};
}

EditSession::Step EditSession::replace_links(Operation operation, std::size_t first,
                                             std::size_t removed,
                                             std::vector<Link> inserted) const {
    Step step;
    step.operation = operation;
    step.first_link = first;
    const auto begin = m_alignment.links.begin() + static_cast<std::ptrdiff_t>(first);
    step.removed.assign(begin, begin + static_cast<std::ptrdiff_t>(removed));
    step.inserted = std::move(inserted);
    if (removed != step.inserted.size()) {
        step.bookmarks_after = remap(m_bookmarks, {{first, removed, step.inserted.size()}});
        step.bookmarks_changed = step.bookmarks_after != m_bookmarks;
        if (step.bookmarks_changed) {
            step.bookmarks_before = m_bookmarks;
        }
    }
    return step;
}

Change EditSession::record(Step step) {
    if (step.changes_nothing()) {
        return {};
    }
    step.serial = m_next_serial++;
    const Change change = apply(step, true);
    m_undo.push_back(std::move(step));
    m_redo.clear();
    return change;
}

Change EditSession::apply(const Step& step, bool forward) {
    Change change;
    change.first_link = step.first_link;
    const auto& present = forward ? step.removed : step.inserted;
    const auto& coming = forward ? step.inserted : step.removed;
    change.links_removed = present.size();
    change.links_inserted = coming.size();

    std::ptrdiff_t shift_by = 0;
    if (step.sentences) {
        const SentenceEdit& edit = *step.sentences;
        auto& document = edit.side == Side::source ? m_bitext.source : m_bitext.target;
        const auto& old_sentences = forward ? edit.removed : edit.inserted;
        const auto& new_sentences = forward ? edit.inserted : edit.removed;
        splice(document.sentences, edit.first, old_sentences.size(), new_sentences);
        shift_by = static_cast<std::ptrdiff_t>(new_sentences.size()) -
                   static_cast<std::ptrdiff_t>(old_sentences.size());
        (edit.side == Side::source ? change.source_sentences : change.target_sentences) = true;
        m_context.reset(); // analysed for the old segmentation
        ++m_segmentation;
    }
    auto& links = m_alignment.links;
    splice(links, step.first_link, present.size(), coming);
    if (shift_by != 0) {
        const Side side = step.sentences->side;
        for (std::size_t k = step.first_link + coming.size(); k < links.size(); ++k) {
            shift(span_of(links[k], side), shift_by);
        }
    }
    if (step.bookmarks_changed) {
        m_bookmarks = forward ? step.bookmarks_after : step.bookmarks_before;
        change.bookmarks = true;
    }
    ++m_revision;
    return change;
}

Change EditSession::merge_with_next(std::size_t row) {
    check_row(row);
    if (row + 1 == size()) {
        refuse("row " + std::to_string(row) + " is the last row: nothing to merge it with");
    }
    return link_rows(row, row + 1);
}

Change EditSession::merge_with_previous(std::size_t row) {
    check_row(row);
    if (row == 0) {
        refuse("row 0 is the first row: nothing to merge it with");
    }
    return link_rows(row - 1, row);
}

Change EditSession::link_rows(std::size_t first_row, std::size_t last_row) {
    check_row(first_row);
    check_row(last_row);
    if (first_row == last_row) {
        refuse("linking needs two different rows");
    }
    const std::size_t first = std::min(first_row, last_row);
    const std::size_t last = std::max(first_row, last_row);
    const Link& a = m_alignment.links[first];
    const Link& b = m_alignment.links[last];
    return record(replace_links(Operation::merge_links, first, last - first + 1,
                                {edited({a.source.begin, b.source.end},
                                        {a.target.begin, b.target.end})}));
}

Change EditSession::split_link(std::size_t row, std::uint32_t source_count,
                               std::uint32_t target_count) {
    const Link& whole = link(row);
    if (source_count > whole.source.size() || target_count > whole.target.size()) {
        refuse("row " + std::to_string(row) + " (" + whole.type() + ") has no " +
               std::to_string(source_count) + "-" + std::to_string(target_count) + " first part");
    }
    const auto source_cut = whole.source.begin + source_count;
    const auto target_cut = whole.target.begin + target_count;
    const Link head = edited({whole.source.begin, source_cut}, {whole.target.begin, target_cut});
    const Link tail = edited({source_cut, whole.source.end}, {target_cut, whole.target.end});
    if ((head.source.empty() && head.target.empty()) ||
        (tail.source.empty() && tail.target.empty())) {
        refuse("splitting row " + std::to_string(row) + " there would leave an empty link");
    }
    return record(replace_links(Operation::split_link, row, 1, {head, tail}));
}

Change EditSession::move_first_up(std::size_t row, Side side) {
    const Link& current = link(row);
    if (row == 0) {
        refuse("row 0 has no row before it");
    }
    if (span_of(current, side).empty()) {
        refuse("row " + std::to_string(row) + " has no " + std::string(side_name(side)) +
               " sentence to move");
    }
    Link before = m_alignment.links[row - 1];
    Link after = current;
    ++span_of(before, side).end;
    ++span_of(after, side).begin;
    before = edited(before.source, before.target);
    std::vector<Link> links{before};
    if (!after.source.empty() || !after.target.empty()) {
        links.push_back(edited(after.source, after.target));
    }
    return record(replace_links(Operation::move_sentence, row - 1, 2, std::move(links)));
}

Change EditSession::move_last_down(std::size_t row, Side side) {
    const Link& current = link(row);
    if (row + 1 == size()) {
        refuse("row " + std::to_string(row) + " is the last row");
    }
    if (span_of(current, side).empty()) {
        refuse("row " + std::to_string(row) + " has no " + std::string(side_name(side)) +
               " sentence to move");
    }
    Link before = current;
    Link after = m_alignment.links[row + 1];
    --span_of(before, side).end;
    --span_of(after, side).begin;
    std::vector<Link> links;
    if (!before.source.empty() || !before.target.empty()) {
        links.push_back(edited(before.source, before.target));
    }
    links.push_back(edited(after.source, after.target));
    return record(replace_links(Operation::move_sentence, row, 2, std::move(links)));
}

Change EditSession::insert_gap(Side side, SentenceIndex sentence) {
    const std::size_t row = row_of(side, sentence);
    const Link& whole = m_alignment.links[row];
    const Span span = span_of(whole, side);
    Link gap;
    Link rest = whole;
    span_of(gap, side) = {sentence, sentence + 1};
    if (sentence == span.begin) {
        other_span(gap, side) = {other_span(rest, side).begin, other_span(rest, side).begin};
        ++span_of(rest, side).begin;
    } else if (sentence + 1 == span.end) {
        other_span(gap, side) = {other_span(rest, side).end, other_span(rest, side).end};
        --span_of(rest, side).end;
    } else {
        refuse(std::string(side_name(side)) + " sentence " + std::to_string(sentence) +
               " is inside its link: split the link first");
    }
    if (rest.source.empty() && rest.target.empty()) {
        return {}; // already a gap of its own
    }
    gap = edited(gap.source, gap.target);
    rest = edited(rest.source, rest.target);
    std::vector<Link> links = sentence == span.begin ? std::vector<Link>{gap, rest}
                                                     : std::vector<Link>{rest, gap};
    return record(replace_links(Operation::insert_gap, row, 1, std::move(links)));
}

Change EditSession::unlink(std::size_t row) {
    const Link whole = link(row);
    std::vector<Link> gaps;
    for (auto i = whole.source.begin; i < whole.source.end; ++i) {
        gaps.push_back(edited({i, i + 1}, {whole.target.begin, whole.target.begin}));
    }
    for (auto j = whole.target.begin; j < whole.target.end; ++j) {
        gaps.push_back(edited({whole.source.end, whole.source.end}, {j, j + 1}));
    }
    if (gaps.size() == 1) {
        return {}; // already a gap
    }
    return record(replace_links(Operation::unlink, row, 1, std::move(gaps)));
}

Change EditSession::split_sentence(Side side, SentenceIndex sentence, std::size_t byte_offset) {
    const std::size_t row = row_of(side, sentence);
    const auto& document = side == Side::source ? m_bitext.source : m_bitext.target;
    const text::Sentence& whole = document.sentences[sentence];
    const std::string where = std::string(side_name(side)) + " sentence " +
                              std::to_string(sentence);
    if (byte_offset == 0 || byte_offset >= whole.text.size()) {
        refuse("cannot split " + where + " at byte " + std::to_string(byte_offset) +
               ": not inside its " + std::to_string(whole.text.size()) + " bytes");
    }
    if (U8_IS_TRAIL(static_cast<unsigned char>(whole.text[byte_offset]))) {
        refuse("cannot split " + where + " at byte " + std::to_string(byte_offset) +
               ": inside a character");
    }
    const text::ByteRange head = text::trim_white_space(whole.text, {0, byte_offset});
    const text::ByteRange tail = text::trim_white_space(whole.text, {byte_offset, whole.text.size()});
    if (head.empty() || tail.empty()) {
        refuse("cannot split " + where + " at byte " + std::to_string(byte_offset) +
               ": one part would hold only white space");
    }
    SentenceEdit edit{side, sentence, {whole}, {}};
    edit.inserted.push_back(piece_of(whole, head, whole.id));
    edit.inserted.push_back(piece_of(whole, tail, document.next_id()));

    Link grown = m_alignment.links[row];
    ++span_of(grown, side).end;
    Step step = replace_links(Operation::split_sentence, row, 1, {grown});
    step.sentences = std::move(edit);
    return record(std::move(step));
}

Change EditSession::merge_sentences(Side side, SentenceIndex first) {
    const std::size_t row = row_of(side, first);
    const auto& document = side == Side::source ? m_bitext.source : m_bitext.target;
    const std::string which = std::string(side_name(side)) + " sentences " +
                              std::to_string(first) + " and " + std::to_string(first + 1);
    if (first + 1 >= document.size()) {
        refuse("cannot merge " + which + ": the second does not exist");
    }
    if (span_of(m_alignment.links[row], side).end == first + 1) {
        refuse("cannot merge " + which + ": they are in different links (merge the links first)");
    }
    const text::Sentence& a = document.sentences[first];
    const text::Sentence& b = document.sentences[first + 1];
    const text::ByteRange range{a.range.begin, b.range.end};
    if (a.range.end > b.range.begin || range.end > document.text.size() ||
        document.text.compare(a.range.begin, a.range.size(), a.text) != 0 ||
        document.text.compare(b.range.begin, b.range.size(), b.text) != 0) {
        refuse("cannot merge " + which + ": the document text does not hold them where their "
                                         "byte ranges say");
    }
    text::Sentence merged;
    merged.id = a.id;
    merged.text = document.text.substr(range.begin, range.size());
    merged.range = range;
    merged.role = text::classify_segment(merged.text);
    merged.paragraph = a.paragraph;

    Link shrunk = m_alignment.links[row];
    --span_of(shrunk, side).end;
    Step step = replace_links(Operation::merge_sentences, row, 1, {shrunk});
    step.sentences = SentenceEdit{side, first, {a, b}, {std::move(merged)}};
    return record(std::move(step));
}

Change EditSession::set_status(std::size_t row, LinkStatus status) {
    Link changed = link(row);
    changed.status = status;
    return record(replace_links(Operation::set_status, row, 1, {changed}));
}

Change EditSession::set_status(std::span<const std::size_t> rows, LinkStatus status) {
    if (rows.empty()) {
        return {};
    }
    const auto [low, high] = std::minmax_element(rows.begin(), rows.end());
    check_row(*high);
    // One step over the stretch from the first row to the last; rows between them that were not
    // asked for are copied unchanged.
    const std::size_t first = *low;
    const std::size_t count = *high - first + 1;
    const auto begin = m_alignment.links.begin() + static_cast<std::ptrdiff_t>(first);
    std::vector<Link> changed(begin, begin + static_cast<std::ptrdiff_t>(count));
    for (const auto row : rows) {
        changed[row - first].status = status;
    }
    return record(replace_links(Operation::set_status, first, count, std::move(changed)));
}

Change EditSession::set_bookmark(std::size_t row, std::string note) {
    Step step = replace_links(Operation::bookmark, row, 1, {link(row)});
    step.bookmarks_after = m_bookmarks;
    auto& after = step.bookmarks_after;
    const auto at = std::lower_bound(after.begin(), after.end(), row,
                                     [](const Bookmark& b, std::size_t r) { return b.link < r; });
    if (at != after.end() && at->link == row) {
        at->note = std::move(note);
    } else {
        after.insert(at, Bookmark{row, std::move(note)});
    }
    step.bookmarks_changed = after != m_bookmarks;
    step.bookmarks_before = m_bookmarks;
    return record(std::move(step));
}

Change EditSession::remove_bookmark(std::size_t row) {
    Step step = replace_links(Operation::bookmark, row, 1, {link(row)});
    step.bookmarks_after = m_bookmarks;
    std::erase_if(step.bookmarks_after, [row](const Bookmark& b) { return b.link == row; });
    step.bookmarks_changed = step.bookmarks_after != m_bookmarks;
    step.bookmarks_before = m_bookmarks;
    return record(std::move(step));
}

std::vector<ConfirmedPair> EditSession::confirmed_pairs() const {
    std::vector<ConfirmedPair> pairs;
    for (const Link& link : m_alignment.links) {
        if (link.status == LinkStatus::confirmed && !link.source.empty() &&
            !link.target.empty()) {
            pairs.push_back({align::span_text(m_bitext.source, link.source),
                             align::span_text(m_bitext.target, link.target)});
        }
    }
    return pairs;
}

bool EditSession::can_undo() const noexcept { return !m_undo.empty(); }
bool EditSession::can_redo() const noexcept { return !m_redo.empty(); }

std::optional<Operation> EditSession::undo_operation() const noexcept {
    return m_undo.empty() ? std::nullopt : std::optional(m_undo.back().operation);
}

std::optional<Operation> EditSession::redo_operation() const noexcept {
    return m_redo.empty() ? std::nullopt : std::optional(m_redo.back().operation);
}

Change EditSession::undo() {
    if (m_undo.empty()) {
        refuse("nothing to undo");
    }
    const Change change = apply(m_undo.back(), false);
    m_redo.push_back(std::move(m_undo.back()));
    m_undo.pop_back();
    return change;
}

Change EditSession::redo() {
    if (m_redo.empty()) {
        refuse("nothing to redo");
    }
    const Change change = apply(m_redo.back(), true);
    m_undo.push_back(std::move(m_redo.back()));
    m_redo.pop_back();
    return change;
}

void EditSession::mark_saved() noexcept {
    m_saved_serial = m_undo.empty() ? 0 : m_undo.back().serial;
}

bool EditSession::modified() const noexcept {
    return (m_undo.empty() ? 0 : m_undo.back().serial) != m_saved_serial;
}

namespace {

/// What an engine context depends on besides the documents: the dictionary and learning settings
/// (with the files' modification times, so that a rewritten learned-lexicon file counts) and the
/// largest link of the first pass.
std::string realign_context_key(const align::AlignOptions& options) {
    std::string key = options.use_dictionaries ? "dictionaries" : "no dictionaries";
    key += options.learn_lexicon ? ";learn" : ";no learning";
    key += ";first pass " + std::to_string(std::clamp(options.max_link, 1U, 2U));
    for (const auto& path : options.dictionaries) {
        std::error_code error;
        const auto written = std::filesystem::last_write_time(path, error);
        key += ";" + path.string() + "@" +
               (error ? std::string("?") : std::to_string(written.time_since_epoch().count()));
    }
    return key;
}

/// Reports a part of a longer operation, from @p from to @p to of it.
align::ProgressCallback part_of(const align::ProgressCallback& progress, double from, double to) {
    if (!progress) {
        return {};
    }
    return [&progress, from, to](const align::Progress& step) {
        progress({step.stage, from + (to - from) * step.fraction});
    };
}

/// Share of a first realign() spent building the engine context.
constexpr double context_share = 0.8;

} // namespace

void EditSession::prepare_realign(const align::AlignOptions& options, std::stop_token stop,
                                  const align::ProgressCallback& progress) {
    if (!realign_prepared(options)) {
        (void)install_realign_context(
            build_realign_context(plan_realign_context(options), std::move(stop), progress));
    }
}

RealignContextRequest EditSession::plan_realign_context(const align::AlignOptions& options) const {
    RealignContextRequest request{m_segmentation, realign_context_key(options), m_bitext, options};
    // Confirmed links anchor the first pass the lexicon and length model learn from.
    request.options.fixed_links.clear();
    for (const Link& link : m_alignment.links) {
        if (link.status == LinkStatus::confirmed) {
            request.options.fixed_links.push_back(link);
        }
    }
    return request;
}

bool EditSession::install_realign_context(RealignContext built) {
    if (built.segmentation != m_segmentation || !built.context) {
        return false;
    }
    m_context = std::move(built.context);
    m_context_key = std::move(built.key);
    return true;
}

bool EditSession::realign_prepared(const align::AlignOptions& options) const {
    return m_context && m_context_key == realign_context_key(options);
}

RealignJob EditSession::plan_realign(std::size_t first_row, std::size_t end) const {
    return plan(first_row, end, m_context);
}

RealignJob EditSession::plan(std::size_t first_row, std::size_t end,
                             std::shared_ptr<const align::AlignmentContext> context) const {
    end = std::min(end, size());
    if (first_row >= end) {
        refuse("nothing to re-align: rows " + std::to_string(first_row) + " to " +
               std::to_string(end) + " of " + std::to_string(size()));
    }
    const auto& links = m_alignment.links;
    std::vector<std::pair<std::size_t, std::size_t>> stretches; // [first, stop) of rows
    for (std::size_t row = first_row; row < end; ++row) {
        if (links[row].status == LinkStatus::confirmed) {
            continue;
        }
        if (!stretches.empty() && stretches.back().second == row) {
            stretches.back().second = row + 1;
        } else {
            stretches.emplace_back(row, row + 1);
        }
    }
    RealignJob job;
    job.revision = m_revision;
    if (stretches.empty()) {
        return job;
    }
    const Link& head = links[stretches.front().first];
    const Link& tail = links[stretches.back().second - 1];
    job.source_first = head.source.begin;
    job.target_first = head.target.begin;
    job.context = std::move(context);
    if (!job.context) {
        job.bitext = {sub_document(m_bitext.source, {head.source.begin, tail.source.end}),
                      sub_document(m_bitext.target, {head.target.begin, tail.target.end})};
    }
    const auto local = [&](Link link) {
        shift(link.source, -static_cast<std::ptrdiff_t>(job.source_first));
        shift(link.target, -static_cast<std::ptrdiff_t>(job.target_first));
        return link;
    };
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        const auto [first, stop] = stretches[k];
        if (k > 0 && !job.context) {
            for (std::size_t row = stretches[k - 1].second; row < first; ++row) {
                job.anchors.push_back(local(links[row]));
            }
        }
        const Link from = local(links[first]);
        const Link to = local(links[stop - 1]);
        job.regions.push_back({first, stop - first, {from.source.begin, to.source.end},
                               {from.target.begin, to.target.end}});
        if (job.context) {
            job.regions.back().current.assign(links.begin() + static_cast<std::ptrdiff_t>(first),
                                              links.begin() + static_cast<std::ptrdiff_t>(stop));
        }
    }
    return job;
}

Change EditSession::apply_realign(RealignResult result) {
    if (result.revision != m_revision) {
        refuse("the alignment changed while it was being re-aligned; re-align again");
    }
    if (result.regions.empty()) {
        return {};
    }
    const auto& links = m_alignment.links;
    const std::size_t first = result.regions.front().first_link;
    const std::size_t end = result.regions.back().first_link + result.regions.back().link_count;
    std::vector<Link> inserted;
    std::vector<Replacement> replacements;
    std::size_t row = first;
    for (auto& region : result.regions) {
        if (region.first_link < row || region.first_link + region.link_count > size()) {
            refuse("re-aligned regions overlap or leave the alignment");
        }
        inserted.insert(inserted.end(), links.begin() + static_cast<std::ptrdiff_t>(row),
                        links.begin() + static_cast<std::ptrdiff_t>(region.first_link));
        const Link& head = links[region.first_link];
        const Link& tail = links[region.first_link + region.link_count - 1];
        align::Alignment region_links{region.links};
        for (Link& link : region_links.links) {
            shift(link.source, -static_cast<std::ptrdiff_t>(head.source.begin));
            shift(link.target, -static_cast<std::ptrdiff_t>(head.target.begin));
        }
        if (align::check_invariants(region_links, tail.source.end - head.source.begin,
                                    tail.target.end - head.target.begin)) {
            throw Error(ErrorCode::internal,
                        "re-aligned links do not cover rows " +
                            std::to_string(region.first_link) + " to " +
                            std::to_string(region.first_link + region.link_count));
        }
        replacements.push_back({region.first_link, region.link_count, region.links.size()});
        inserted.insert(inserted.end(), region.links.begin(), region.links.end());
        row = region.first_link + region.link_count;
    }
    Step step;
    step.operation = Operation::realign;
    step.first_link = first;
    step.removed.assign(links.begin() + static_cast<std::ptrdiff_t>(first),
                        links.begin() + static_cast<std::ptrdiff_t>(end));
    step.inserted = std::move(inserted);
    step.bookmarks_after = remap(m_bookmarks, replacements);
    step.bookmarks_changed = step.bookmarks_after != m_bookmarks;
    step.bookmarks_before = m_bookmarks;
    return record(std::move(step));
}

Change EditSession::realign(const align::AlignOptions& options, std::size_t first_row,
                            std::size_t end, std::stop_token stop,
                            const align::ProgressCallback& progress) {
    const bool build = !realign_prepared(options);
    if (build) {
        prepare_realign(options, stop, part_of(progress, 0.0, context_share));
    }
    return apply_realign(run_realign(plan_realign(first_row, end), options, std::move(stop),
                                     build ? part_of(progress, context_share, 1.0) : progress));
}

bool EditSession::cut_at_agreement(RealignResult& result, std::size_t limit) const {
    constexpr std::size_t agreement = 3;
    const auto& links = m_alignment.links;
    const auto reach = [](const Link& link) { return link.source.end + link.target.end; };
    for (std::size_t r = 0; r < result.regions.size(); ++r) {
        RealignedRegion& region = result.regions[r];
        // Both sides tile the same sentences: walk them together, advancing the one behind.
        std::size_t fresh = 0;
        std::size_t old = region.first_link;
        const std::size_t old_end = region.first_link + region.link_count;
        std::size_t run = 0;
        while (fresh < region.links.size() && old < old_end && old < limit) {
            const Link& a = region.links[fresh];
            const Link& b = links[old];
            if (a.source == b.source && a.target == b.target) {
                if (++run == agreement) {
                    region.links.resize(fresh + 1 - agreement);
                    region.link_count = old + 1 - agreement - region.first_link;
                    result.regions.resize(region.link_count == 0 ? r : r + 1);
                    return true;
                }
                ++fresh;
                ++old;
                continue;
            }
            run = 0;
            const auto fresh_reach = reach(a);
            const auto old_reach = reach(b);
            fresh += fresh_reach <= old_reach ? 1 : 0;
            old += old_reach <= fresh_reach ? 1 : 0;
        }
    }
    return false;
}

Change EditSession::realign_until_agreement(const align::AlignOptions& options,
                                            std::size_t first_row, std::stop_token stop,
                                            std::size_t window) {
    check_row(first_row);
    // Rows at a window's end are forced to end with it, so agreement there proves nothing.
    constexpr std::size_t margin = 16;
    for (window = std::max<std::size_t>(window, 1);; window *= 2) {
        const std::size_t end = first_row + std::min(window, size() - first_row);
        RealignResult result = run_realign(
            plan(first_row, end, realign_prepared(options) ? m_context : nullptr), options, stop);
        if (end == size() || cut_at_agreement(result, end - std::min(margin, end))) {
            return apply_realign(std::move(result));
        }
    }
}

} // namespace tandem::session
