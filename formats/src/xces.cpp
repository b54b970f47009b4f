// SPDX-License-Identifier: GPL-3.0-or-later
// XCES cesAlign (Ide, Bonhomme & Romary 2000; OPUS/Uplug conventions) and InterText's stand-off
// linkGrp (Vondřička 2014), as described in shared/research/formats.md §3.
#include <tandem/formats/xces.hpp>

#include <tandem/text/language.hpp>

#include "document_builder.hpp"
#include "xml_reader.hpp"
#include "xml_text.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

namespace tandem::formats {
namespace {

using detail::Escaped;
using detail::XmlReader;

void write_ids(std::ostream& out, const text::Document& document, align::Span span) {
    for (auto i = span.begin; i < span.end; ++i) {
        out << (i == span.begin ? "s" : " s") << document.sentences[i].id;
    }
}

std::vector<std::string> split_ids(std::string_view text) {
    std::vector<std::string> ids;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto start = text.find_first_not_of(" \t\r\n", at);
        if (start == std::string_view::npos) {
            break;
        }
        auto end = text.find_first_of(" \t\r\n", start);
        end = end == std::string_view::npos ? text.size() : end;
        ids.emplace_back(text.substr(start, end - start));
        at = end;
    }
    return ids;
}

/// A sentence document read back: sentences with their ids and where each id stands.
struct SentenceDocument {
    text::Document document;
    std::map<std::string, text::SentenceIndex, std::less<>> index;
};

/// Collapses white space runs that hold a line break (pretty-printing) into one space and trims.
std::string tidy(std::string text) {
    if (text.find('\n') == std::string::npos) {
        return text;
    }
    std::string result;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !result.empty()) {
            result += ' ';
        }
        space = false;
        result += c;
    }
    return result;
}

/// Reads `<s id>` elements at any depth: the text of tokenised sentences is their `<w>` tokens
/// joined by spaces (OPUS), otherwise all the text inside (InterText keeps inline markup).
SentenceDocument read_sentence_document(const std::filesystem::path& path,
                                        std::vector<Diagnostic>& diagnostics) {
    XmlReader xml(path);
    std::string language;
    bool preserve = false;
    std::vector<std::pair<std::string, std::string>> sentences; // id, text
    std::vector<std::uint32_t> paragraphs;
    std::uint32_t paragraph = 0;
    bool seen_paragraph = false;
    while (xml.next()) {
        if (xml.node() != XmlReader::Node::element) {
            continue;
        }
        if (xml.depth() == 0) {
            language = xml.attribute("xml:lang").value_or(xml.attribute("language").value_or(""));
            preserve = xml.attribute("xml:space").value_or("") == "preserve";
        }
        if (xml.name() == "p") {
            paragraph += seen_paragraph ? 1 : 0;
            seen_paragraph = true;
        } else if (xml.name() == "s") {
            auto id = xml.attribute("id").value_or(xml.attribute("xml:id").value_or(""));
            if (id.empty()) {
                diagnostics.push_back(
                    xml.diagnostic(Diagnostic::Level::warning, "<s> without an id"));
            }
            std::string joined_words;
            std::string all;
            bool words = false;
            const int start = xml.depth();
            const bool empty = xml.is_empty_element();
            bool in_word = false;
            while (!empty && xml.next() &&
                   !(xml.node() == XmlReader::Node::end_element && xml.depth() == start)) {
                if (xml.at_start("w")) {
                    words = true;
                    in_word = true;
                    if (!joined_words.empty()) {
                        joined_words += ' ';
                    }
                } else if (xml.at_end("w")) {
                    in_word = false;
                } else if (xml.node() == XmlReader::Node::text) {
                    xml.append_text(all, xml.text());
                    if (in_word) {
                        xml.append_text(joined_words, tidy(std::string(xml.text())));
                    }
                }
            }
            sentences.emplace_back(std::move(id),
                                   words ? joined_words : (preserve ? all : tidy(all)));
            paragraphs.push_back(paragraph);
        }
    }
    if (language.empty()) {
        std::string sample;
        for (std::size_t i = 0; i < sentences.size() && sample.size() < 20000; ++i) {
            sample += sentences[i].second + '\n';
        }
        language = text::guess_language(sample).tag;
        diagnostics.push_back(
            {Diagnostic::Level::note, "language guessed as " + language, path.string(), {}});
    }
    SentenceDocument result;
    detail::DocumentBuilder builder(path.string(), detail::canonical_language(language));
    // Ids of the form s<number>, unique: keep the numbers as sentence ids (our own files).
    std::set<std::uint32_t> numbers;
    bool numbered = true;
    for (const auto& [id, ignored] : sentences) {
        const auto number = detail::id_number(id);
        numbered = numbered && number && numbers.insert(*number).second;
    }
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const auto& id = sentences[i].first;
        if (!result.index.emplace(id, static_cast<text::SentenceIndex>(i)).second) {
            diagnostics.push_back({Diagnostic::Level::warning,
                                   "duplicate sentence id '" + id + "'",
                                   path.string(),
                                   {}});
        }
        builder.add(sentences[i].second, paragraphs[i],
                    numbered ? detail::id_number(id) : std::nullopt);
    }
    result.document = builder.finish();
    return result;
}

/// The document named by a fromDoc/toDoc value: next to the alignment or in a folder above it.
std::filesystem::path find_document(const std::filesystem::path& alignment, const std::string& name,
                                    const char* attribute) {
    if (name.empty()) {
        throw Error(ErrorCode::parse, std::string("the linkGrp has no ") + attribute,
                    alignment.string());
    }
    std::filesystem::path relative(name);
    if (relative.is_absolute()) {
        if (std::filesystem::exists(relative)) {
            return relative;
        }
    } else {
        auto folder = alignment.parent_path();
        for (int level = 0; level < 8; ++level) {
            const auto candidate =
                (folder.empty() ? std::filesystem::path(".") : folder) / relative;
            if (std::filesystem::exists(candidate)) {
                return candidate;
            }
            if (folder.empty() || folder == folder.parent_path()) {
                break;
            }
            folder = folder.parent_path();
        }
    }
    throw Error(ErrorCode::io,
                std::string(attribute) + " '" + name +
                    "' was found neither next to the alignment file nor in a folder above it",
                alignment.string());
}

std::size_t unresolved(const XcesLinkGroup& group, const SentenceDocument& first_document,
                       const SentenceDocument& second_document) {
    std::size_t missing = 0;
    for (const auto& link : group.links) {
        for (const auto& id : link.first) {
            missing += first_document.index.count(id) == 0 ? 1 : 0;
        }
        for (const auto& id : link.second) {
            missing += second_document.index.count(id) == 0 ? 1 : 0;
        }
    }
    return missing;
}

/// The span of sentence @p ids in @p document, which must be contiguous.
align::Span span_of(const std::vector<std::string>& ids, const SentenceDocument& document,
                    const XcesLink& link, const std::string& file, const char* side) {
    std::vector<text::SentenceIndex> indices;
    for (const auto& id : ids) {
        const auto found = document.index.find(id);
        if (found == document.index.end()) {
            throw ParseError(ErrorCode::parse, file, link.position,
                             std::string(side) + " sentence id '" + id + "' is not in " +
                                 document.document.name);
        }
        indices.push_back(found->second);
    }
    std::sort(indices.begin(), indices.end());
    for (std::size_t i = 1; i < indices.size(); ++i) {
        if (indices[i] != indices[i - 1] + 1) {
            throw ParseError(ErrorCode::unsupported, file, link.position,
                             std::string("the link's ") + side + " sentences are not contiguous");
        }
    }
    return indices.empty() ? align::Span{} : align::Span{indices.front(), indices.back() + 1};
}

} // namespace

text::Document read_xces_document(const std::filesystem::path& path,
                                  std::vector<Diagnostic>& diagnostics) {
    return read_sentence_document(path, diagnostics).document;
}

AlignmentFiles alignment_files(const std::filesystem::path& alignment,
                               const align::Bitext& bitext) {
    const auto stem = alignment.stem().string();
    const bool distinct = bitext.source.language != bitext.target.language &&
                          !bitext.source.language.empty() && !bitext.target.language.empty();
    const auto beside = [&](const std::string& tag) {
        return alignment.parent_path() / (stem + "." + tag + ".xml");
    };
    return {alignment, beside(distinct ? bitext.source.language : "source"),
            beside(distinct ? bitext.target.language : "target")};
}

void write_sentence_document(std::ostream& out, const text::Document& document) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<text xml:lang=\""
        << Escaped{document.language} << "\" xml:space=\"preserve\">\n";
    bool open = false;
    std::uint32_t paragraph = 0;
    for (const auto& sentence : document.sentences) {
        if (!open || sentence.paragraph != paragraph) {
            out << (open ? "</p>\n" : "") << "<p id=\"p" << sentence.paragraph + 1 << "\">\n";
            open = true;
            paragraph = sentence.paragraph;
        }
        out << "<s id=\"s" << sentence.id << "\">" << Escaped{sentence.text} << "</s>\n";
    }
    out << (open ? "</p>\n" : "") << "</text>\n";
}

void write_xces(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
                const std::string& from_doc, const std::string& to_doc) {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<cesAlign version=\"1.0\" fromDoc=\"" << Escaped{from_doc} << "\" toDoc=\""
        << Escaped{to_doc} << "\">\n"
        << " <linkGrp targType=\"s\" fromDoc=\"" << Escaped{from_doc} << "\" toDoc=\""
        << Escaped{to_doc} << "\">\n";
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& link = alignment.links[k];
        out << "  <link id=\"SL" << k + 1 << "\" xtargets=\"";
        write_ids(out, bitext.source, link.source);
        out << ';';
        write_ids(out, bitext.target, link.target);
        out << "\" certainty=\"" << detail::shortest(link.confidence) << "\"/>\n";
    }
    out << " </linkGrp>\n</cesAlign>\n";
}

void write_intertext(std::ostream& out, const align::Bitext& bitext,
                     const align::Alignment& alignment, const std::string& from_doc,
                     const std::string& to_doc, std::span<const session::Bookmark> bookmarks) {
    std::set<std::size_t> marked;
    for (const auto& bookmark : bookmarks) {
        marked.insert(bookmark.link);
    }
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<linkGrp toDoc=\"" << Escaped{to_doc}
        << "\" fromDoc=\"" << Escaped{from_doc} << "\">\n";
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& link = alignment.links[k];
        out << "<link type=\"" << link.target.size() << '-' << link.source.size()
            << "\" xtargets=\"";
        write_ids(out, bitext.target, link.target);
        out << ';';
        write_ids(out, bitext.source, link.source);
        out << "\" status=\"" << (link.status == align::LinkStatus::confirmed ? "man" : "auto")
            << '"' << (marked.count(k) != 0 ? " mark=\"1\"" : "") << "/>\n";
    }
    out << "</linkGrp>\n";
}

XcesAlignmentFile parse_xces_links(const std::filesystem::path& path) {
    XmlReader xml(path);
    XcesAlignmentFile file;
    bool root = true;
    while (xml.next()) {
        if (xml.node() != XmlReader::Node::element) {
            continue;
        }
        if (root) {
            const auto name = xml.name();
            if (name != "cesAlign" && name != "cesDoc" && name != "linkGrp") {
                xml.fail("not an XCES alignment: the root element is <" + std::string(name) + ">");
            }
            file.bare_link_group = name == "linkGrp";
            root = false;
        }
        if (xml.name() == "linkGrp") {
            file.groups.push_back(
                {xml.attribute("fromDoc").value_or(""), xml.attribute("toDoc").value_or(""), {}});
        } else if (xml.name() == "link") {
            if (file.groups.empty()) {
                xml.fail("<link> outside a <linkGrp>");
            }
            XcesLink link;
            link.position = xml.position();
            link.id = xml.attribute("id").value_or("");
            const auto targets = xml.attribute("xtargets");
            if (!targets) {
                xml.fail("<link> without xtargets");
            }
            const auto semicolon = targets->find(';');
            if (semicolon == std::string::npos ||
                targets->find(';', semicolon + 1) != std::string::npos) {
                xml.fail("xtargets '" + *targets + "' is not 'ids;ids'");
            }
            link.first = split_ids(std::string_view(*targets).substr(0, semicolon));
            link.second = split_ids(std::string_view(*targets).substr(semicolon + 1));
            if (link.first.empty() && link.second.empty()) {
                xml.fail("xtargets is empty on both sides");
            }
            link.certainty = xml.attribute("certainty");
            link.status = xml.attribute("status").value_or("");
            link.mark = xml.attribute("mark").value_or("0") != "0";
            file.groups.back().links.push_back(std::move(link));
        }
    }
    if (file.groups.empty()) {
        throw Error(ErrorCode::empty_input, "no <linkGrp> in the file", path.string());
    }
    return file;
}

ImportedAlignment read_xces(const std::filesystem::path& path, const ImportOptions& options) {
    const std::string file = path.string();
    const XcesAlignmentFile parsed = parse_xces_links(path);
    ImportedAlignment result;
    if (parsed.groups.size() > 1) {
        result.diagnostics.push_back({Diagnostic::Level::note,
                                      "the file aligns " + std::to_string(parsed.groups.size()) +
                                          " document pairs; only the first is read",
                                      file,
                                      {}});
    }
    const XcesLinkGroup& group = parsed.groups.front();
    SentenceDocument source =
        read_sentence_document(find_document(path, group.from_doc, "fromDoc"), result.diagnostics);
    SentenceDocument target =
        read_sentence_document(find_document(path, group.to_doc, "toDoc"), result.diagnostics);
    XcesOrder order = options.xces_order;
    if (order == XcesOrder::detect) {
        const auto source_first = unresolved(group, source, target);
        const auto target_first = unresolved(group, target, source);
        if (source_first == target_first) {
            order = parsed.bare_link_group ? XcesOrder::target_first : XcesOrder::source_first;
        } else {
            order = source_first < target_first ? XcesOrder::source_first : XcesOrder::target_first;
        }
        if (parsed.bare_link_group != (order == XcesOrder::target_first)) {
            result.diagnostics.push_back({Diagnostic::Level::note,
                                          order == XcesOrder::target_first
                                              ? "xtargets list the toDoc ids first (InterText "
                                                "order): that is where they resolve"
                                              : "xtargets list the fromDoc ids first (OPUS order): "
                                                "that is where they resolve",
                                          file,
                                          {}});
        }
    }
    bool scores_outside = false;
    align::SentenceIndex next_source = 0;
    align::SentenceIndex next_target = 0;
    const auto add_gaps = [&](align::SentenceIndex source_end, align::SentenceIndex target_end) {
        for (; next_source < source_end; ++next_source) {
            result.alignment.links.push_back({{next_source, next_source + 1},
                                              {next_target, next_target},
                                              1.0,
                                              align::LinkStatus::automatic});
            result.units.emplace_back();
        }
        for (; next_target < target_end; ++next_target) {
            result.alignment.links.push_back({{next_source, next_source},
                                              {next_target, next_target + 1},
                                              1.0,
                                              align::LinkStatus::automatic});
            result.units.emplace_back();
        }
    };
    std::size_t filled = 0;
    for (const auto& written : group.links) {
        const bool forward = order == XcesOrder::source_first;
        align::Link link;
        link.source =
            span_of(forward ? written.first : written.second, source, written, file, "source");
        link.target =
            span_of(forward ? written.second : written.first, target, written, file, "target");
        if ((!link.source.empty() && link.source.begin < next_source) ||
            (!link.target.empty() && link.target.begin < next_target)) {
            throw ParseError(ErrorCode::unsupported, file, written.position,
                             "the link crosses or overlaps an earlier link");
        }
        const std::size_t before = result.alignment.links.size();
        add_gaps(link.source.empty() ? next_source : link.source.begin,
                 link.target.empty() ? next_target : link.target.begin);
        filled += result.alignment.links.size() - before;
        if (link.source.empty()) {
            link.source = {next_source, next_source};
        }
        if (link.target.empty()) {
            link.target = {next_target, next_target};
        }
        UnitInfo info;
        info.id = written.id;
        if (written.certainty) {
            double value = 0;
            const auto& text = *written.certainty;
            const auto [end, error] =
                std::from_chars(text.data(), text.data() + text.size(), value);
            if (error == std::errc{} && value >= 0.0 && value <= 1.0) {
                link.confidence = value;
            } else {
                scores_outside = true;
                info.props.emplace_back("certainty", text);
            }
        }
        link.status =
            written.status == "man" ? align::LinkStatus::confirmed : align::LinkStatus::automatic;
        if (written.mark) {
            result.bookmarks.push_back({result.alignment.links.size(), {}});
        }
        next_source = link.source.end;
        next_target = link.target.end;
        result.alignment.links.push_back(link);
        result.units.push_back(std::move(info));
    }
    const std::size_t before = result.alignment.links.size();
    add_gaps(static_cast<align::SentenceIndex>(source.document.size()),
             static_cast<align::SentenceIndex>(target.document.size()));
    filled += result.alignment.links.size() - before;
    if (filled > 0) {
        result.diagnostics.push_back(
            {Diagnostic::Level::note,
             std::to_string(filled) + " sentences no link mentions were added as 1-0 or 0-1 links",
             file,
             {}});
    }
    if (scores_outside) {
        result.diagnostics.push_back(
            {Diagnostic::Level::note,
             "certainty values outside [0, 1] are kept as props, not confidences",
             file,
             {}});
    }
    result.languages = {source.document.language, target.document.language};
    result.bitext.source = std::move(source.document);
    result.bitext.target = std::move(target.document);
    return result;
}

} // namespace tandem::formats
