// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/project.hpp>

#include <tandem/formats/atomic_file.hpp>
#include <tandem/formats/version.hpp>

#include "xml_reader.hpp"
#include "xml_text.hpp"

#include <charconv>
#include <ostream>

namespace tandem::formats {
namespace {

using detail::Escaped;
using detail::XmlReader;

const char* status_name(align::LinkStatus status) {
    return status == align::LinkStatus::confirmed ? "confirmed" : "automatic";
}

void write_link_attributes(std::ostream& out, const align::Link& link) {
    out << " source=\"" << link.source.begin << ' ' << link.source.end << "\" target=\""
        << link.target.begin << ' ' << link.target.end << "\" confidence=\""
        << detail::shortest(link.confidence) << "\" status=\"" << status_name(link.status) << '"';
}

void write_document(std::ostream& out, const text::Document& document, const char* side) {
    out << " <document side=\"" << side << "\" name=\"" << Escaped{document.name}
        << "\" language=\"" << Escaped{document.language} << "\">\n  <text xml:space=\"preserve\">";
    // In parts of at most 1 MiB: libxml2 refuses single text nodes over 10 MB.
    const std::string_view text(document.text);
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.size(), at + (1U << 20U));
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0U) == 0x80U) {
            --end; // never split a UTF-8 sequence
        }
        out << "<part>" << Escaped{text.substr(at, end - at)} << "</part>";
        at = end;
    }
    out << "</text>\n";
    for (const auto& sentence : document.sentences) {
        out << "  <sentence id=\"" << sentence.id << "\" begin=\"" << sentence.range.begin
            << "\" end=\"" << sentence.range.end << "\" role=\"" << text::to_string(sentence.role)
            << "\" paragraph=\"" << sentence.paragraph << "\"/>\n";
    }
    out << " </document>\n";
}

/// Typed access to the attributes of the current element, failing at its position.
class Attributes {
  public:
    explicit Attributes(const XmlReader& xml) : m_xml(xml) {}

    std::string text(const char* name) const {
        auto value = m_xml.attribute(name);
        if (!value) {
            m_xml.fail("<" + std::string(m_xml.name()) + "> lacks the attribute " + name);
        }
        return *value;
    }
    template <typename Number> Number number(const char* name) const {
        return parse<Number>(text(name), name);
    }
    align::Span span(const char* name) const {
        const auto value = text(name);
        const auto space = value.find(' ');
        if (space == std::string::npos) {
            m_xml.fail(std::string(name) + " must be 'begin end', not '" + value + "'");
        }
        align::Span span{parse<align::SentenceIndex>(value.substr(0, space), name),
                         parse<align::SentenceIndex>(value.substr(space + 1), name)};
        if (span.end < span.begin) {
            m_xml.fail(std::string(name) + " ends before it begins");
        }
        return span;
    }
    bool flag(const char* name) const {
        const auto value = text(name);
        if (value != "true" && value != "false") {
            m_xml.fail(std::string(name) + " must be true or false");
        }
        return value == "true";
    }
    align::LinkStatus status() const {
        const auto value = text("status");
        if (value != "confirmed" && value != "automatic") {
            m_xml.fail("unknown link status '" + value + "'");
        }
        return value == "confirmed" ? align::LinkStatus::confirmed : align::LinkStatus::automatic;
    }
    align::Link link() const {
        align::Link link{span("source"), span("target"), number<double>("confidence"), status()};
        if (!(link.confidence >= 0.0 && link.confidence <= 1.0)) {
            m_xml.fail("confidence outside [0, 1]");
        }
        return link;
    }
    /// Runs @p parse (which may throw Error(invalid_argument) for unknown names) at this element.
    template <typename Function> auto named(Function parse_name) const {
        try {
            return parse_name();
        } catch (const ParseError&) {
            throw;
        } catch (const Error& error) {
            m_xml.fail(error.message());
        }
    }

  private:
    template <typename Number> Number parse(const std::string& value, const char* name) const {
        Number number{};
        const auto [end, error] =
            std::from_chars(value.data(), value.data() + value.size(), number);
        if (error != std::errc{} || end != value.data() + value.size()) {
            m_xml.fail(std::string(name) + " must be a number, not '" + value + "'");
        }
        return number;
    }

    const XmlReader& m_xml;
};

void read_document(XmlReader& xml, text::Document& document) {
    const Attributes attributes(xml);
    document.name = attributes.text("name");
    document.language = attributes.text("language");
    while (xml.next() && !xml.at_end("document")) {
        if (xml.at_start("text")) {
            document.text = xml.element_text();
        } else if (xml.at_start("sentence")) {
            text::Sentence sentence;
            sentence.id = attributes.number<text::SentenceId>("id");
            sentence.range = {attributes.number<std::size_t>("begin"),
                              attributes.number<std::size_t>("end")};
            sentence.role = attributes.named(
                [&] { return text::sentence_role_from_string(attributes.text("role")); });
            sentence.paragraph = attributes.number<std::uint32_t>("paragraph");
            const std::size_t previous_end =
                document.sentences.empty() ? 0 : document.sentences.back().range.end;
            if (sentence.range.end < sentence.range.begin ||
                sentence.range.end > document.text.size() || sentence.range.begin < previous_end) {
                xml.fail(
                    "the sentence's byte range is outside the text or overlaps the previous one");
            }
            if (!document.sentences.empty() &&
                sentence.paragraph < document.sentences.back().paragraph) {
                xml.fail("paragraph numbers must not decrease");
            }
            sentence.text = document.text.substr(sentence.range.begin, sentence.range.size());
            document.sentences.push_back(std::move(sentence));
        }
    }
}

divergence::Marker read_marker(XmlReader& xml, const Project& project) {
    const Attributes attributes(xml);
    divergence::Marker marker;
    marker.link = attributes.number<std::size_t>("link");
    marker.kind = attributes.named(
        [&] { return divergence::marker_kind_from_string(attributes.text("kind")); });
    marker.severity = attributes.named(
        [&] { return divergence::severity_from_string(attributes.text("severity")); });
    if (marker.link >= project.alignment.links.size()) {
        xml.fail("the marker's link does not exist");
    }
    const bool empty = xml.is_empty_element();
    while (!empty && xml.next() && !xml.at_end("marker")) {
        if (xml.at_start("span")) {
            const auto side = attributes.text("side");
            if (side != "source" && side != "target") {
                xml.fail("side must be source or target");
            }
            divergence::TextSpan span{
                attributes.number<text::SentenceIndex>("sentence"),
                {attributes.number<std::size_t>("begin"), attributes.number<std::size_t>("end")}};
            (side == "source" ? marker.source_spans : marker.target_spans).push_back(span);
        } else if (xml.at_start("explanation")) {
            marker.explanation = xml.element_text();
        }
    }
    return marker;
}

} // namespace

void write_project(std::ostream& out, const align::Bitext& bitext,
                   const align::Alignment& alignment, std::span<const divergence::Marker> markers,
                   std::span<const session::Bookmark> bookmarks,
                   const align::AlignOptions& settings) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tandem-project version=\""
        << project_version << "\" generator=\"Tandem " << Escaped{version_string()} << "\">\n"
        << " <settings max-link=\"" << settings.max_link << "\" use-dictionaries=\""
        << (settings.use_dictionaries ? "true" : "false") << "\" learn-lexicon=\""
        << (settings.learn_lexicon ? "true" : "false") << "\" threads=\"" << settings.threads
        << "\">\n";
    for (const auto& dictionary : settings.dictionaries) {
        out << "  <dictionary>" << Escaped{dictionary.string()} << "</dictionary>\n";
    }
    for (const auto& link : settings.fixed_links) {
        out << "  <fixed-link";
        write_link_attributes(out, link);
        out << "/>\n";
    }
    out << " </settings>\n";
    write_document(out, bitext.source, "source");
    write_document(out, bitext.target, "target");
    out << " <links>\n";
    for (const auto& link : alignment.links) {
        out << "  <link";
        write_link_attributes(out, link);
        out << "/>\n";
    }
    out << " </links>\n <markers>\n";
    for (const auto& marker : markers) {
        out << "  <marker link=\"" << marker.link << "\" kind=\""
            << divergence::to_string(marker.kind) << "\" severity=\""
            << divergence::to_string(marker.severity) << "\">";
        for (const auto& [side, spans] : {std::pair{"source", &marker.source_spans},
                                          std::pair{"target", &marker.target_spans}}) {
            for (const auto& span : *spans) {
                out << "<span side=\"" << side << "\" sentence=\"" << span.sentence << "\" begin=\""
                    << span.bytes.begin << "\" end=\"" << span.bytes.end << "\"/>";
            }
        }
        out << "<explanation>" << Escaped{marker.explanation} << "</explanation></marker>\n";
    }
    out << " </markers>\n <bookmarks>\n";
    for (const auto& bookmark : bookmarks) {
        out << "  <bookmark link=\"" << bookmark.link << "\">" << Escaped{bookmark.note}
            << "</bookmark>\n";
    }
    out << " </bookmarks>\n</tandem-project>\n";
}

void write_project(std::ostream& out, const Project& project) {
    write_project(out, project.bitext, project.alignment, project.markers, project.bookmarks,
                  project.settings);
}

void save_project(const std::filesystem::path& path, const Project& project) {
    AtomicFile file(path);
    write_project(file.stream(), project);
    file.commit();
}

Project read_project(const std::filesystem::path& path) {
    XmlReader xml(path, {.max_depth = 16, .max_nodes = 400'000'000, .max_text_bytes = 1U << 30U});
    if (!xml.next() || !xml.at_start("tandem-project")) {
        xml.fail("not a Tandem project: the root element is not <tandem-project>");
    }
    const Attributes attributes(xml);
    const int version = attributes.number<int>("version");
    if (version > project_version || version < 1) {
        throw Error(ErrorCode::unsupported,
                    "project format version " + std::to_string(version) +
                        " is newer than this Tandem reads (" + std::to_string(project_version) +
                        ")",
                    path.string());
    }
    Project project;
    int documents = 0;
    while (xml.next()) {
        if (xml.node() != XmlReader::Node::element) {
            continue;
        }
        if (xml.at_start("settings")) {
            project.settings.max_link = attributes.number<unsigned>("max-link");
            project.settings.use_dictionaries = attributes.flag("use-dictionaries");
            project.settings.learn_lexicon = attributes.flag("learn-lexicon");
            project.settings.threads = attributes.number<unsigned>("threads");
        } else if (xml.at_start("dictionary")) {
            project.settings.dictionaries.emplace_back(xml.element_text());
        } else if (xml.at_start("fixed-link")) {
            project.settings.fixed_links.push_back(attributes.link());
        } else if (xml.at_start("document")) {
            const auto side = attributes.text("side");
            if (side != "source" && side != "target") {
                xml.fail("side must be source or target");
            }
            ++documents;
            read_document(xml, side == "source" ? project.bitext.source : project.bitext.target);
        } else if (xml.at_start("link")) {
            project.alignment.links.push_back(attributes.link());
        } else if (xml.at_start("marker")) {
            project.markers.push_back(read_marker(xml, project));
        } else if (xml.at_start("bookmark")) {
            session::Bookmark bookmark{attributes.number<std::size_t>("link"), {}};
            if (bookmark.link >= project.alignment.links.size()) {
                xml.fail("the bookmark's link does not exist");
            }
            bookmark.note = xml.element_text();
            project.bookmarks.push_back(std::move(bookmark));
        }
    }
    if (documents != 2) {
        throw Error(ErrorCode::parse, "a project holds a source and a target document",
                    path.string());
    }
    if (const auto problem = align::check_invariants(
            project.alignment, project.bitext.source.size(), project.bitext.target.size())) {
        throw Error(ErrorCode::parse, "the links are not a valid alignment: " + *problem,
                    path.string());
    }
    return project;
}

} // namespace tandem::formats
