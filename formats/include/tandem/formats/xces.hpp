// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// XCES cesAlign (OPUS/Uplug) and InterText stand-off alignments, with the sentence-split XML
/// documents they point to. See shared/research/formats.md §3.
///
/// Sentence ids are `s<id>` of Sentence::id; paragraphs are `<p id="p<n>">`.
#pragma once

#include <tandem/align/alignment.hpp>
#include <tandem/error.hpp>
#include <tandem/formats/import.hpp>
#include <tandem/session/bookmark.hpp>

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace tandem::formats {

/// The three files of an XCES or InterText export.
struct AlignmentFiles {
    std::filesystem::path alignment; ///< the cesAlign / linkGrp file
    std::filesystem::path source;    ///< the source sentence document
    std::filesystem::path target;    ///< the target sentence document
};

/// For `DIR/NAME.xml`: `DIR/NAME.<source language>.xml` and `DIR/NAME.<target language>.xml`
/// (`NAME.source.xml`, `NAME.target.xml` when both languages are the same).
[[nodiscard]] AlignmentFiles alignment_files(const std::filesystem::path& alignment,
                                             const align::Bitext& bitext);

/// Writes @p document as `<text xml:lang xml:space="preserve"><p id><s id>…</s></p></text>`.
void write_sentence_document(std::ostream& out, const text::Document& document);

/// Reads a sentence document: `<s id>` at any depth, tokenised (`<w>` joined by spaces) or not
/// (its text, inline markup dropped); language from `xml:lang` or `language`, else guessed.
[[nodiscard]] text::Document read_xces_document(const std::filesystem::path& path,
                                                std::vector<Diagnostic>& diagnostics);

/// Writes a cesAlign file in the OPUS convention: one `linkGrp targType="s"` whose links read
/// `xtargets="source ids;target ids"`, `certainty` = link confidence. @p from_doc and @p to_doc
/// are the documents' paths relative to the alignment file.
void write_xces(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
                const std::string& from_doc, const std::string& to_doc);

/// Writes InterText's variant: a bare `linkGrp`, `xtargets="target ids;source ids"`, `type` in the
/// same order, `status` `man` (confirmed) or `auto`, `mark="1"` on bookmarked links.
void write_intertext(std::ostream& out, const align::Bitext& bitext,
                     const align::Alignment& alignment, const std::string& from_doc,
                     const std::string& to_doc, std::span<const session::Bookmark> bookmarks = {});

/// One `<link>` as written: the two halves of `xtargets` in file order, not yet given sides.
struct XcesLink {
    std::string id;                       ///< `id`, may be empty
    std::vector<std::string> first;       ///< ids before the `;`
    std::vector<std::string> second;      ///< ids after the `;`
    std::optional<std::string> certainty; ///< `certainty` as written
    std::string status;                   ///< InterText `status` (`man`, `auto`, `plain`)
    bool mark = false;                    ///< InterText `mark="1"`
    FilePosition position;                ///< where the link is
};

/// One `linkGrp`.
struct XcesLinkGroup {
    std::string from_doc;        ///< `fromDoc` (the source)
    std::string to_doc;          ///< `toDoc` (the target)
    std::vector<XcesLink> links; ///< in file order
};

/// The syntax of a cesAlign or InterText file, found at any depth (`cesDoc`/`linkList` nesting).
struct XcesAlignmentFile {
    bool bare_link_group = false;      ///< the root is `linkGrp` (InterText), not `cesAlign`
    std::vector<XcesLinkGroup> groups; ///< in file order
};

/// Parses the links of an alignment file without opening the documents; throws ParseError with
/// line and column for malformed XML or `xtargets`.
[[nodiscard]] XcesAlignmentFile parse_xces_links(const std::filesystem::path& path);

/// Reads an XCES or InterText alignment and the documents of its first link group, looked for
/// next to the alignment file and in the folders above it (OPUS paths are relative to the corpus
/// root). The id order is detected (the order in which every id resolves; `cesAlign` means source
/// first on a tie) unless @p options says. Sentences no link mentions become 1-0 / 0-1 links.
[[nodiscard]] ImportedAlignment read_xces(const std::filesystem::path& path,
                                          const ImportOptions& options = {});

} // namespace tandem::formats
