// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// TEI P5 parallel text: both documents in one file (`<text xml:id="source">` and
/// `<text xml:id="target">` inside a `<group>`, sentences `<s xml:id="s<id>">` / `t<id>`), and a
/// stand-off `<linkGrp type="alignment">` of `<link target="#s1 #t1"/>`; a side of several
/// sentences is a `<join xml:id="j<n>" target="#s1 #s2" result="s"/>` the link points to.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/formats/import.hpp>

#include <filesystem>
#include <iosfwd>

namespace tandem::formats {

/// Writes the bitext and its alignment as one TEI P5 file. Each link carries its type
/// (`type="2-1"`), `cert` (the confidence) and `subtype` (`confirmed` or `automatic`).
void write_tei(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment);

/// Reads a file write_tei() wrote (or one built the same way); throws ParseError with line and
/// column when a pointer does not resolve or the links are not in document order.
[[nodiscard]] ImportedAlignment read_tei(const std::filesystem::path& path);

} // namespace tandem::formats
