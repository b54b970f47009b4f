// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Bookmarks a reviewer leaves on links.
#pragma once

#include <cstddef>
#include <string>

namespace tandem::session {

/// A reviewer's mark on a link, with an optional note.
struct Bookmark {
    std::size_t link = 0; ///< index of the link in its alignment
    std::string note;     ///< free text, may be empty
    friend bool operator==(const Bookmark&, const Bookmark&) = default;
};

} // namespace tandem::session
