// SPDX-License-Identifier: GPL-3.0-or-later
// TEI P5 stand-off alignment (TEI Guidelines ch. 16 "Linking, Segmentation, and Alignment",
// §16.4 Alignment of parallel texts; §16.5 Identical elements and virtual elements for <join>).
#include <tandem/formats/tei.hpp>

#include <tandem/formats/version.hpp>

#include "document_builder.hpp"
#include "xml_reader.hpp"
#include "xml_text.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <ostream>

namespace tandem::formats {
namespace {

using detail::Escaped;
using detail::XmlReader;

void write_text(std::ostream& out, const text::Document& document, const char* side, char prefix) {
    out << "   <text xml:id=\"" << side << "\" xml:lang=\"" << Escaped{document.language}
        << "\" xml:space=\"preserve\"><body>\n";
    bool open = false;
    std::uint32_t paragraph = 0;
    for (const auto& sentence : document.sentences) {
        if (!open || sentence.paragraph != paragraph) {
            out << (open ? "</p>\n" : "") << "    <p>";
            open = true;
            paragraph = sentence.paragraph;
        }
        out << "<s xml:id=\"" << prefix << sentence.id << "\">" << Escaped{sentence.text} << "</s>";
    }
    out << (open ? "</p>\n" : "") << "   </body></text>\n";
}

void write_pointers(std::ostream& out, const text::Document& document, align::Span span,
                    char prefix) {
    for (auto i = span.begin; i < span.end; ++i) {
        out << (i == span.begin ? "#" : " #") << prefix << document.sentences[i].id;
    }
}

struct Pointer {
    bool source = false;
    align::Span span;
};

} // namespace

void write_tei(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n"
        << " <teiHeader><fileDesc>\n"
        << "  <titleStmt><title>Alignment of " << Escaped{bitext.source.name} << " and "
        << Escaped{bitext.target.name} << "</title></titleStmt>\n"
        << "  <publicationStmt><p>Written by Tandem " << Escaped{version_string()}
        << "</p></publicationStmt>\n"
        << "  <sourceDesc><bibl n=\"source\">" << Escaped{bitext.source.name}
        << "</bibl><bibl n=\"target\">" << Escaped{bitext.target.name} << "</bibl></sourceDesc>\n"
        << " </fileDesc></teiHeader>\n"
        << " <text><group>\n";
    write_text(out, bitext.source, "source", 's');
    write_text(out, bitext.target, "target", 't');
    out << " </group></text>\n <standOff>\n  <joinGrp result=\"s\">\n";
    // Two passes over the links, so that joins are declared before the links point to them.
    std::size_t joins = 0;
    for (const auto& link : alignment.links) {
        for (const auto& [span, document, prefix] :
             {std::tuple{link.source, &bitext.source, 's'},
              std::tuple{link.target, &bitext.target, 't'}}) {
            if (span.size() > 1) {
                out << "   <join xml:id=\"j" << ++joins << "\" target=\"";
                write_pointers(out, *document, span, prefix);
                out << "\"/>\n";
            }
        }
    }
    out << "  </joinGrp>\n  <linkGrp type=\"alignment\">\n";
    joins = 0;
    for (const auto& link : alignment.links) {
        out << "   <link type=\"" << link.type() << "\" target=\"";
        bool first = true;
        for (const auto& [span, document, prefix] :
             {std::tuple{link.source, &bitext.source, 's'},
              std::tuple{link.target, &bitext.target, 't'}}) {
            if (span.empty()) {
                continue;
            }
            out << (first ? "" : " ");
            first = false;
            if (span.size() > 1) {
                out << "#j" << ++joins;
            } else {
                write_pointers(out, *document, span, prefix);
            }
        }
        out << "\" cert=\"" << detail::shortest(link.confidence) << "\" subtype=\""
            << (link.status == align::LinkStatus::confirmed ? "confirmed" : "automatic")
            << "\"/>\n";
    }
    out << "  </linkGrp>\n </standOff>\n</TEI>\n";
}

ImportedAlignment read_tei(const std::filesystem::path& path) {
    XmlReader xml(path);
    const std::string file = path.string();
    if (!xml.next() || !xml.at_start("TEI")) {
        xml.fail("not a TEI file: the root element is not <TEI>");
    }
    ImportedAlignment result;
    std::optional<detail::DocumentBuilder> builders[2];
    std::map<std::string, Pointer, std::less<>> pointers;
    int side = -1;
    std::uint32_t paragraph = 0;
    std::uint32_t paragraphs_seen = 0;
    align::SentenceIndex next[2] = {0, 0};
    const auto resolve = [&](std::string_view target) {
        std::vector<Pointer> found;
        for (const auto& word : [&] {
                 std::vector<std::string> words;
                 std::size_t at = 0;
                 while ((at = target.find_first_not_of(' ', at)) != std::string_view::npos) {
                     const auto end = std::min(target.find(' ', at), target.size());
                     words.emplace_back(target.substr(at, end - at));
                     at = end;
                 }
                 return words;
             }()) {
            const auto entry =
                pointers.find(std::string_view(word).substr(word.starts_with('#') ? 1 : 0));
            if (entry == pointers.end()) {
                xml.fail("pointer '" + word + "' does not resolve");
            }
            found.push_back(entry->second);
        }
        return found;
    };
    while (xml.next()) {
        if (xml.node() == XmlReader::Node::end_element && xml.name() == "text" && side >= 0) {
            side = -1;
            continue;
        }
        if (xml.node() != XmlReader::Node::element) {
            continue;
        }
        const auto name = xml.name();
        if (name == "text") {
            const auto id = xml.attribute("xml:id").value_or("");
            if (id == "source" || id == "target") {
                side = id == "source" ? 0 : 1;
                builders[side].emplace(
                    file + "#" + id,
                    detail::canonical_language(xml.attribute("xml:lang").value_or("und")));
                paragraphs_seen = 0;
            }
        } else if (name == "bibl" && xml.attribute("n")) {
            const auto n = *xml.attribute("n");
            auto title = xml.element_text();
            if (n == "source" || n == "target") {
                result.header.props.emplace_back(n + "-name", std::move(title));
            }
        } else if (name == "p" && side >= 0) {
            paragraph = paragraphs_seen++;
        } else if (name == "s" && side >= 0) {
            const auto id = xml.attribute("xml:id").value_or("");
            const auto index = static_cast<align::SentenceIndex>(builders[side]->size());
            builders[side]->add(xml.element_text(), paragraph, detail::id_number(id));
            pointers[id] = {side == 0, {index, index + 1}};
        } else if (name == "join") {
            const auto parts = resolve(xml.attribute("target").value_or(""));
            if (parts.empty() || std::any_of(parts.begin(), parts.end(), [&](const Pointer& part) {
                    return part.source != parts.front().source;
                })) {
                xml.fail("a <join> must point to sentences of one text");
            }
            Pointer joined{parts.front().source, parts.front().span};
            for (const auto& part : parts) {
                if (part.span.begin != joined.span.end && &part != &parts.front()) {
                    xml.fail("a <join> must point to consecutive sentences");
                }
                joined.span.end = part.span.end;
            }
            pointers[xml.attribute("xml:id").value_or("")] = joined;
        } else if (name == "link") {
            const auto parts = resolve(xml.attribute("target").value_or(""));
            align::Link link;
            link.source = {next[0], next[0]};
            link.target = {next[1], next[1]};
            for (const auto& part : parts) {
                auto& span = part.source ? link.source : link.target;
                auto& after = next[part.source ? 0 : 1];
                if (part.span.begin != after) {
                    xml.fail("the link does not start where the previous link ends");
                }
                span = part.span;
                after = part.span.end;
            }
            if (const auto cert = xml.attribute("cert")) {
                double value = 1.0;
                std::from_chars(cert->data(), cert->data() + cert->size(), value);
                link.confidence = std::clamp(value, 0.0, 1.0);
            }
            link.status = xml.attribute("subtype").value_or("") == "confirmed"
                              ? align::LinkStatus::confirmed
                              : align::LinkStatus::automatic;
            result.alignment.links.push_back(link);
        }
    }
    if (!builders[0] || !builders[1]) {
        throw Error(ErrorCode::parse,
                    "the file lacks <text xml:id=\"source\"> or <text xml:id=\"target\">", file);
    }
    result.bitext.source = builders[0]->finish();
    result.bitext.target = builders[1]->finish();
    for (const auto& [key, value] : result.header.props) {
        (key == "source-name" ? result.bitext.source : result.bitext.target).name = value;
    }
    if (const auto problem = align::check_invariants(result.alignment, result.bitext.source.size(),
                                                     result.bitext.target.size())) {
        throw Error(ErrorCode::parse, *problem, file);
    }
    result.languages = {result.bitext.source.language, result.bitext.target.language};
    return result;
}

} // namespace tandem::formats
