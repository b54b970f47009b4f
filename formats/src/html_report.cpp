// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/html_report.hpp>

#include <tandem/formats/version.hpp>
#include <tandem/text/language.hpp>

#include "xml_text.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace tandem::formats {
namespace {

using detail::Escaped;

constexpr const char* style = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .35em .5em; vertical-align: top; text-align: left; }
td.text { width: 38%; } td.num { white-space: nowrap; color: #555; }
tr.gap td.text:empty::after { content: "—"; color: #999; }
tr.confirmed td.num { font-weight: bold; }
.summary td { border: none; padding: .1em .8em .1em 0; }
mark { background: #fff3b0; } mark.error, mark.warning { background: #ffd6d6; }
ul.markers { margin: .3em 0 0 0; padding-left: 1.2em; font-size: .9em; }
.sev-error, .sev-warning { color: #a40000; } .sev-notice { color: #8a5a00; } .sev-info { color: #555; }
@media print {
  body { margin: 0; font-size: 10pt; } a { color: inherit; text-decoration: none; }
  tr { break-inside: avoid; } thead { display: table-header-group; }
}
)";

/// Writes @p text with the byte ranges @p ranges (sorted, non-overlapping) inside `<mark>`.
void write_marked(std::ostream& out, std::string_view text,
                  const std::vector<std::pair<text::ByteRange, divergence::Severity>>& ranges) {
    std::size_t at = 0;
    for (const auto& [range, severity] : ranges) {
        if (range.begin < at || range.end > text.size() || range.empty()) {
            continue;
        }
        out << Escaped{text.substr(at, range.begin - at)} << "<mark class=\""
            << divergence::to_string(severity) << "\">"
            << Escaped{text.substr(range.begin, range.size())} << "</mark>";
        at = range.end;
    }
    out << Escaped{text.substr(at)};
}

void write_side(std::ostream& out, const text::Document& document, align::Span span,
                std::span<const divergence::Marker> markers, bool source) {
    const bool spaced = !text::writes_without_spaces(document.language);
    out << "<td class=\"text\" lang=\"" << Escaped{document.language} << "\">";
    for (auto i = span.begin; i < span.end; ++i) {
        std::vector<std::pair<text::ByteRange, divergence::Severity>> ranges;
        for (const auto& marker : markers) {
            for (const auto& piece : source ? marker.source_spans : marker.target_spans) {
                if (piece.sentence == i) {
                    ranges.emplace_back(piece.bytes, marker.severity);
                }
            }
        }
        std::sort(ranges.begin(), ranges.end(),
                  [](const auto& a, const auto& b) { return a.first.begin < b.first.begin; });
        if (i != span.begin && spaced) {
            out << ' ';
        }
        write_marked(out, document.sentences[i].text, ranges);
    }
    out << "</td>";
}

} // namespace

void write_html_report(std::ostream& out, const align::Bitext& bitext,
                       const align::Alignment& alignment,
                       std::span<const divergence::Marker> markers) {
    std::map<std::string, std::size_t> per_type;
    std::size_t confirmed = 0;
    for (const auto& link : alignment.links) {
        ++per_type[link.type()];
        confirmed += link.status == align::LinkStatus::confirmed ? 1 : 0;
    }
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> per_marker;
    for (const auto& marker : markers) {
        ++per_marker[{divergence::to_string(marker.kind), divergence::to_string(marker.severity)}];
    }
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
        << "<meta name=\"generator\" content=\"Tandem " << Escaped{version_string()} << "\"/>\n"
        << "<title>Alignment: " << Escaped{bitext.source.name} << " / "
        << Escaped{bitext.target.name} << "</title>\n<style>" << style
        << "</style>\n</head>\n<body>\n"
        << "<h1>Alignment of " << Escaped{bitext.source.name} << " ("
        << Escaped{bitext.source.language} << ") and " << Escaped{bitext.target.name} << " ("
        << Escaped{bitext.target.language} << ")</h1>\n"
        << "<h2>Summary</h2>\n<table class=\"summary\">\n"
        << "<tr><td>Source sentences</td><td>" << bitext.source.size() << "</td></tr>\n"
        << "<tr><td>Target sentences</td><td>" << bitext.target.size() << "</td></tr>\n"
        << "<tr><td>Links</td><td>" << alignment.links.size() << " (" << confirmed
        << " confirmed)</td></tr>\n";
    for (const auto& [type, count] : per_type) {
        out << "<tr><td>" << type << " links</td><td>" << count << "</td></tr>\n";
    }
    out << "<tr><td>Markers</td><td>" << markers.size() << "</td></tr>\n";
    for (const auto& [key, count] : per_marker) {
        out << "<tr><td class=\"sev-" << key.second << "\">" << key.first << " (" << key.second
            << ")</td><td>" << count << "</td></tr>\n";
    }
    out << "</table>\n<h2>Links</h2>\n<table class=\"links\">\n<thead><tr><th>#</th><th>Source</th>"
        << "<th>Target</th><th>Markers</th></tr></thead>\n<tbody>\n";
    std::size_t next_marker = 0;
    char confidence[16];
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& link = alignment.links[k];
        const std::size_t first = next_marker;
        while (next_marker < markers.size() && markers[next_marker].link <= k) {
            ++next_marker;
        }
        std::size_t own = first;
        while (own < next_marker && markers[own].link != k) {
            ++own;
        }
        const auto mine = markers.subspan(own, next_marker - own);
        std::snprintf(confidence, sizeof confidence, "%.2f", link.confidence);
        const bool gap = link.source.empty() || link.target.empty();
        out << "<tr id=\"l" << k + 1 << "\" class=\""
            << (link.status == align::LinkStatus::confirmed ? "confirmed" : "automatic")
            << (gap ? " gap" : "") << "\"><td class=\"num\"><a href=\"#l" << k + 1 << "\">" << k + 1
            << "</a><br/>" << link.type() << "<br/>" << confidence
            << (link.status == align::LinkStatus::confirmed ? "<br/>✓" : "") << "</td>";
        write_side(out, bitext.source, link.source, mine, true);
        write_side(out, bitext.target, link.target, mine, false);
        out << "<td>";
        if (!mine.empty()) {
            out << "<ul class=\"markers\">";
            for (const auto& marker : mine) {
                out << "<li class=\"sev-" << divergence::to_string(marker.severity) << "\"><b>"
                    << divergence::to_string(marker.kind) << "</b> ("
                    << divergence::to_string(marker.severity)
                    << "): " << Escaped{marker.explanation} << "</li>";
            }
            out << "</ul>";
        }
        out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n<p><small>Written by Tandem " << Escaped{version_string()}
        << ".</small></p>\n</body>\n</html>\n";
}

} // namespace tandem::formats
