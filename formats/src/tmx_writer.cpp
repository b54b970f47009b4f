// SPDX-License-Identifier: GPL-3.0-or-later
// TMX 1.4b writer following the checklist in shared/research/formats.md §1.6: UTF-8, DOCTYPE,
// all seven header attributes, notes and props before tuvs and before the seg, no white space
// added inside seg.
#include <tandem/formats/tmx.hpp>

#include <tandem/formats/version.hpp>

#include "xml_text.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <ostream>

namespace tandem::formats {
namespace {

using detail::Escaped;

const char* status_name(align::LinkStatus status) {
    return status == align::LinkStatus::confirmed ? "confirmed" : "automatic";
}

void write_tuv(std::ostream& out, const text::Document& document, align::Span span) {
    out << "   <tuv xml:lang=\"" << Escaped{document.language} << "\">";
    if (span.size() > 1) {
        out << "<prop type=\"x-tandem-lengths\">";
        for (auto i = span.begin; i < span.end; ++i) {
            out << (i == span.begin ? "" : " ") << document.sentences[i].text.size();
        }
        out << "</prop>";
    }
    out << "<seg>" << Escaped{align::span_text(document, span)} << "</seg></tuv>\n";
}

} // namespace

std::string tmx_timestamp_now() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &utc);
    return buffer;
}

void write_tmx(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
               std::span<const divergence::Marker> markers, const TmxOptions& options) {
    const std::string date =
        options.creation_date.empty() ? tmx_timestamp_now() : options.creation_date;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
        << "<tmx version=\"1.4\">\n"
        << " <header creationtool=\"Tandem\" creationtoolversion=\"" << Escaped{version_string()}
        << "\" segtype=\"sentence\" o-tmf=\"Tandem\" adminlang=\"en\" srclang=\""
        << Escaped{bitext.source.language} << "\" datatype=\"plaintext\" creationdate=\"" << date
        << "\">\n"
        << "  <prop type=\"x-tandem-source-document\">" << Escaped{bitext.source.name}
        << "</prop>\n"
        << "  <prop type=\"x-tandem-target-document\">" << Escaped{bitext.target.name}
        << "</prop>\n"
        << " </header>\n"
        << " <body>\n";
    std::size_t next_marker = 0;
    char confidence[16];
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& link = alignment.links[k];
        const bool gap = link.source.empty() || link.target.empty();
        // Markers are sorted by link; skip those of links not written.
        const std::size_t first_marker = next_marker;
        while (next_marker < markers.size() && markers[next_marker].link <= k) {
            ++next_marker;
        }
        if (gap && options.skip_gaps) {
            continue;
        }
        std::snprintf(confidence, sizeof confidence, "%.3f", link.confidence);
        out << "  <tu tuid=\"" << (k + 1) << "\">\n";
        for (std::size_t m = first_marker; m < next_marker; ++m) {
            if (markers[m].link == k) {
                out << "   <note>" << Escaped{markers[m].explanation} << "</note>\n";
            }
        }
        out << "   <prop type=\"x-tandem-link\">" << link.type() << "</prop>\n"
            << "   <prop type=\"x-tandem-confidence\">" << confidence << "</prop>\n"
            << "   <prop type=\"x-tandem-status\">" << status_name(link.status) << "</prop>\n";
        if (gap) {
            out << "   <prop type=\"x-tandem-gap\">"
                << (link.target.empty() ? "target-empty" : "source-empty") << "</prop>\n";
        }
        for (std::size_t m = first_marker; m < next_marker; ++m) {
            if (markers[m].link == k) {
                out << "   <prop type=\"x-tandem-marker\">"
                    << divergence::to_string(markers[m].kind) << ' '
                    << divergence::to_string(markers[m].severity) << ' '
                    << Escaped{markers[m].explanation} << "</prop>\n";
            }
        }
        if (!link.source.empty()) {
            write_tuv(out, bitext.source, link.source);
        }
        if (!link.target.empty()) {
            write_tuv(out, bitext.target, link.target);
        }
        out << "  </tu>\n";
    }
    out << " </body>\n</tmx>\n";
}

} // namespace tandem::formats
