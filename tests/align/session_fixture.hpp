// SPDX-License-Identifier: GPL-3.0-or-later
// Small bitexts and state dumps shared by the editing-session tests.
#pragma once

#include <tandem/align/aligner.hpp>
#include <tandem/align/alignment.hpp>
#include <tandem/session/edit_session.hpp>
#include <tandem/text/segmenter.hpp>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace tandem::session {

inline std::ostream& operator<<(std::ostream& out, const Change& change) {
    return out << '{' << change.first_link << ", " << change.links_removed << ", "
               << change.links_inserted << (change.source_sentences ? ", source" : "")
               << (change.target_sentences ? ", target" : "")
               << (change.bookmarks ? ", bookmarks" : "") << '}';
}

} // namespace tandem::session

namespace tandem::text {

inline std::ostream& operator<<(std::ostream& out, SentenceRole role) {
    return out << to_string(role);
}

} // namespace tandem::text

namespace tandem::test {

/// Engine options for tests of the session's mechanics: no dictionaries to read, one thread.
inline align::AlignOptions quick_options() {
    align::AlignOptions options;
    options.use_dictionaries = false;
    options.threads = 1;
    return options;
}

/// The name of the step undo() (or with @p redo, redo()) would take, or `none`.
inline std::string next_step(const session::EditSession& session, bool redo = false) {
    const auto operation = redo ? session.redo_operation() : session.undo_operation();
    return operation ? std::string(to_string(*operation)) : "none";
}

/// A bitext whose sentence i is line i of @p source / @p target.
inline align::Bitext line_bitext(const std::vector<std::string>& source,
                                 const std::vector<std::string>& target) {
    std::string source_text;
    std::string target_text;
    for (const auto& line : source) {
        source_text += line + '\n';
    }
    for (const auto& line : target) {
        target_text += line + '\n';
    }
    return {text::segment_lines(source_text, "en", "source"),
            text::segment_lines(target_text, "de", "target")};
}

/// Links of the given types (`1-1 2-1 0-1`), in order from sentence 0 on both sides.
inline align::Alignment links_of(const std::string& types) {
    align::Alignment alignment;
    std::istringstream in(types);
    align::SentenceIndex source = 0;
    align::SentenceIndex target = 0;
    unsigned n = 0;
    unsigned m = 0;
    char dash = 0;
    while (in >> n >> dash >> m) {
        alignment.links.push_back({{source, source + n}, {target, target + m}, 0.5, {}});
        source += n;
        target += m;
    }
    return alignment;
}

/// The link types of a session, `*` marking confirmed links: `1-1* 2-1 0-1`.
inline std::string types_of(const session::EditSession& session) {
    std::string result;
    for (const auto& link : session.alignment().links) {
        result += (result.empty() ? "" : " ") + link.type() +
                  (link.status == align::LinkStatus::confirmed ? "*" : "");
    }
    return result;
}

/// Everything a session holds, as text, for exact before/after comparisons.
inline std::string dump(const session::EditSession& session) {
    std::ostringstream out;
    out.precision(17); // confidences exactly
    for (const auto* document : {&session.bitext().source, &session.bitext().target}) {
        for (const auto& s : document->sentences) {
            out << s.id << '|' << s.text << '|' << s.range.begin << '-' << s.range.end << '|'
                << to_string(s.role) << '|' << s.paragraph << '\n';
        }
        out << "--\n";
    }
    for (const auto& link : session.alignment().links) {
        out << link.source.begin << ',' << link.source.end << ':' << link.target.begin << ','
            << link.target.end << ' ' << link.confidence << ' '
            << static_cast<int>(link.status) << '\n';
    }
    for (const auto& bookmark : session.bookmarks()) {
        out << '#' << bookmark.link << ' ' << bookmark.note << '\n';
    }
    return out.str();
}

/// Describes the first broken invariant of the session (links and documents), or "".
inline std::string broken_invariant(const session::EditSession& session) {
    const auto& bitext = session.bitext();
    if (const auto broken = align::check_invariants(session.alignment(), bitext.source.size(),
                                                    bitext.target.size())) {
        return *broken;
    }
    for (const auto* document : {&bitext.source, &bitext.target}) {
        std::vector<text::SentenceId> ids;
        for (const auto& s : document->sentences) {
            if (document->text.compare(s.range.begin, s.range.size(), s.text) != 0) {
                return "sentence " + std::to_string(s.id) + " is not where its range says";
            }
            ids.push_back(s.id);
        }
        std::sort(ids.begin(), ids.end());
        if (std::adjacent_find(ids.begin(), ids.end()) != ids.end()) {
            return "two sentences share an id";
        }
    }
    return {};
}

} // namespace tandem::test
