// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// What an editing operation changed, so that a view can update only those rows.
///
/// Rows are links (indices into Alignment::links). Every operation replaces one contiguous range
/// of rows: `links_removed` rows starting at `first_link` before the operation became
/// `links_inserted` rows starting at `first_link` after it; rows after the range moved by
/// `links_inserted - links_removed`. A sentence operation also renumbers the sentences after the
/// edited ones on its side, so the spans of every later link shift (their text does not change).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tandem::session {

/// One of the two documents of a bitext.
enum class Side : std::uint8_t {
    source, ///< the original
    target, ///< the translation or interpretation
};

/// The kind of an operation, for undo/redo menu labels (front ends translate it).
enum class Operation : std::uint8_t {
    merge_links,     ///< merge_with_next, merge_with_previous, link_rows
    split_link,      ///< split_link
    move_sentence,   ///< move_first_up, move_last_down
    insert_gap,      ///< insert_gap
    unlink,          ///< unlink
    split_sentence,  ///< split_sentence
    merge_sentences, ///< merge_sentences
    set_status,      ///< confirm, unconfirm, set_status
    bookmark,        ///< set_bookmark, remove_bookmark
    realign,         ///< re-align the rest
};

/// Kebab-case name of an operation (`merge-links`, `split-sentence`, `realign` …).
[[nodiscard]] std::string_view to_string(Operation operation) noexcept;

/// The rows and documents one operation (or its undo) changed.
struct Change {
    std::size_t first_link = 0;      ///< first replaced row
    std::size_t links_removed = 0;   ///< rows replaced, counted before the operation
    std::size_t links_inserted = 0;  ///< rows that replaced them, counted after the operation
    bool source_sentences = false;   ///< the source segmentation changed (sentences renumbered)
    bool target_sentences = false;   ///< the target segmentation changed (sentences renumbered)
    bool bookmarks = false;          ///< bookmarks were added, removed, edited or moved

    /// True when the operation changed nothing (it was recorded in no history).
    [[nodiscard]] bool empty() const noexcept {
        return links_removed == 0 && links_inserted == 0 && !source_sentences &&
               !target_sentences && !bookmarks;
    }
    friend bool operator==(const Change&, const Change&) = default;
};

} // namespace tandem::session
