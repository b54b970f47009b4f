// SPDX-License-Identifier: GPL-3.0-or-later
#include "xml_reader.hpp"

#include <tandem/formats/plain_text.hpp>
#include <tandem/text/unicode.hpp>

#include <libxml/xmlerror.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace tandem::formats::detail {
namespace {

// No XML_PARSE_NOENT (entities stay references, which next() refuses), no XML_PARSE_DTDLOAD or
// DTDATTR (a DOCTYPE's system id is never fetched), no XML_PARSE_HUGE (libxml2 keeps its own caps
// on text nodes and depth), no network.
constexpr int parse_options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOXINCNODE |
                              XML_PARSE_COMPACT | XML_PARSE_BIG_LINES;

constexpr std::uintmax_t max_bytes_to_locate = 64U << 20U;

std::string trim_message(const char* message) {
    std::string text = message == nullptr ? std::string("malformed XML") : std::string(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

/// The choke point: every libxml2 error of a read lands here and is kept until next() throws it.
void on_structured_error(void* context, xmlErrorPtr error) {
    auto& pending = *static_cast<std::optional<XmlReader::PendingError>*>(context);
    if (error == nullptr || error->level < XML_ERR_ERROR || pending) {
        return;
    }
    pending = XmlReader::PendingError{error->code, error->line, error->int2,
                                      trim_message(error->message)};
}

std::string_view view(const xmlChar* text) {
    return text == nullptr ? std::string_view{}
                           : std::string_view(reinterpret_cast<const char*>(text));
}

} // namespace

XmlReader::XmlReader(const std::filesystem::path& path, XmlLimits limits)
    : m_name(path.string()), m_limits(limits), m_path(path) {
    {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            throw Error(ErrorCode::io, "is a folder, not a file", m_name);
        }
        std::ifstream probe(path, std::ios::binary);
        if (!probe) {
            throw Error(ErrorCode::io, std::string("cannot open: ") + std::strerror(errno), m_name);
        }
        if (std::filesystem::file_size(path, error) == 0 && !error) {
            throw Error(ErrorCode::empty_input, "the file is empty", m_name);
        }
    }
    m_reader.reset(xmlReaderForFile(path.c_str(), nullptr, parse_options));
    open_checks();
}

XmlReader::XmlReader(std::string_view bytes, std::string name, XmlLimits limits)
    : m_name(std::move(name)), m_limits(limits) {
    if (bytes.empty()) {
        throw Error(ErrorCode::empty_input, "the file is empty", m_name);
    }
    m_reader.reset(xmlReaderForMemory(bytes.data(), static_cast<int>(bytes.size()), m_name.c_str(),
                                      nullptr, parse_options));
    open_checks();
}

XmlReader::~XmlReader() = default;

void XmlReader::open_checks() {
    if (!m_reader) {
        throw Error(ErrorCode::io, "cannot open as XML", m_name);
    }
    xmlTextReaderSetStructuredErrorHandler(m_reader.get(), &on_structured_error, &m_error);
}

void XmlReader::raise_pending() {
    const PendingError error = m_error.value_or(PendingError{0, 0, 0, "malformed XML"});
    FilePosition position{static_cast<std::size_t>(std::max(error.line, 0)),
                          static_cast<std::size_t>(std::max(error.column, 0)), 0};
    std::string message = error.message;
    const bool encoding =
        error.code == XML_ERR_INVALID_CHAR || error.code == XML_ERR_INVALID_ENCODING ||
        error.code == XML_ERR_UNSUPPORTED_ENCODING || message.find("encoding") != std::string::npos;
    const bool limit = message.find("huge") != std::string::npos ||
                       message.find("Excessive depth") != std::string::npos ||
                       message.find("entity reference loop") != std::string::npos ||
                       message.find("amplification") != std::string::npos;
    if (error.code == XML_ERR_DOCUMENT_END && !m_open.empty()) {
        // libxml2's reader says "Extra content at the end of the document" for a file that stops
        // inside an element; say what actually happened.
        message = "the document ends inside <" + std::string(m_open.back()) +
                  ">: the file is truncated or holds bytes its declared encoding does not allow";
    }
    throw ParseError(encoding ? ErrorCode::encoding : (limit ? ErrorCode::limit : ErrorCode::parse),
                     m_name, position, message);
}

bool XmlReader::next() {
    while (true) {
        const int status = xmlTextReaderRead(m_reader.get());
        if (status < 0 || m_error) {
            raise_pending();
        }
        if (status == 0) {
            if (!m_open.empty()) {
                m_error = PendingError{XML_ERR_DOCUMENT_END, 0, 0, "premature end of data"};
                raise_pending();
            }
            return false;
        }
        if (++m_nodes > m_limits.max_nodes) {
            fail("more than " + std::to_string(m_limits.max_nodes) + " XML nodes",
                 ErrorCode::limit);
        }
        switch (xmlTextReaderNodeType(m_reader.get())) {
        case XML_READER_TYPE_ELEMENT:
            if (static_cast<std::size_t>(depth()) >= m_limits.max_depth) {
                fail("elements nested deeper than " + std::to_string(m_limits.max_depth) +
                         " levels",
                     ErrorCode::limit);
            }
            m_node = Node::element;
            if (xmlTextReaderIsEmptyElement(m_reader.get()) == 0) {
                m_open.push_back(name());
            }
            count_on_line();
            return true;
        case XML_READER_TYPE_END_ELEMENT:
            m_node = Node::end_element;
            if (!m_open.empty()) {
                m_open.pop_back();
            }
            return true;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        case XML_READER_TYPE_WHITESPACE:
            m_node = Node::text;
            return true;
        case XML_READER_TYPE_ENTITY_REFERENCE:
            // External entities (XXE) and internal ones alike: TMX and the other formats allow
            // only the five predefined entities and character references.
            throw ParseError(ErrorCode::parse, m_name, position(),
                             "entity reference '&" +
                                 std::string(view(xmlTextReaderConstName(m_reader.get()))) +
                                 ";' is not allowed (only &amp; &lt; &gt; &apos; &quot; and "
                                 "character references)");
        default:
            break;
        }
    }
}

bool XmlReader::at_start(std::string_view local_name) const {
    return m_node == Node::element && name() == local_name;
}

bool XmlReader::at_end(std::string_view local_name) const {
    return m_node == Node::end_element && name() == local_name;
}

std::string_view XmlReader::name() const {
    return view(xmlTextReaderConstLocalName(m_reader.get()));
}

bool XmlReader::is_empty_element() const {
    return xmlTextReaderIsEmptyElement(m_reader.get()) == 1;
}

int XmlReader::depth() const {
    return xmlTextReaderDepth(m_reader.get());
}

std::string_view XmlReader::text() const {
    return view(xmlTextReaderConstValue(m_reader.get()));
}

std::optional<std::string> XmlReader::attribute(const char* attribute_name) const {
    // Moving to the attribute and reading its value in place avoids a malloc per attribute.
    xmlTextReaderPtr reader = m_reader.get();
    if (xmlTextReaderMoveToAttribute(reader, BAD_CAST attribute_name) != 1) {
        return std::nullopt;
    }
    std::optional<std::string> result(std::in_place, view(xmlTextReaderConstValue(reader)));
    xmlTextReaderMoveToElement(reader);
    return result;
}

bool XmlReader::has_namespace() const {
    return xmlTextReaderConstNamespaceUri(m_reader.get()) != nullptr;
}

std::string XmlReader::element_text() {
    std::string result;
    if (is_empty_element()) {
        return result;
    }
    const int start = depth();
    while (next()) {
        if (m_node == Node::text) {
            append_text(result, text());
        } else if (m_node == Node::end_element && depth() == start) {
            break;
        }
    }
    return result;
}

void XmlReader::skip_element() {
    if (m_node != Node::element || is_empty_element()) {
        return;
    }
    const int start = depth();
    while (next()) {
        if (m_node == Node::end_element && depth() == start) {
            return;
        }
    }
}

FilePosition XmlReader::position() const {
    // The parser reads ahead of the reader's current node: take the node's own line (libxml2
    // records no column for nodes), and the parser's column only when it is still on that line.
    const int parser_line = xmlTextReaderGetParserLineNumber(m_reader.get());
    const xmlNodePtr current = xmlTextReaderCurrentNode(m_reader.get());
    const long node_line = current != nullptr ? xmlGetLineNo(current) : -1;
    FilePosition position;
    position.line = static_cast<std::size_t>(std::max(node_line > 0 ? node_line : parser_line, 0L));
    if (node_line <= 0 || node_line == parser_line) {
        position.column = static_cast<std::size_t>(
            std::max(xmlTextReaderGetParserColumnNumber(m_reader.get()), 0));
    }
    return position;
}

void XmlReader::count_on_line() {
    const xmlNodePtr current = xmlTextReaderCurrentNode(m_reader.get());
    const long line = current != nullptr ? xmlGetLineNo(current) : -1;
    if (line != m_count_line) {
        m_count_line = line;
        m_line_counts.clear();
    }
    const auto local = name();
    for (auto& [known, count] : m_line_counts) {
        if (known == local) {
            m_ordinal = ++count;
            return;
        }
    }
    m_line_counts.emplace_back(local, 1);
    m_ordinal = 1;
}

FilePosition XmlReader::exact_position() const {
    FilePosition where = position();
    if (m_node != Node::element || where.line == 0 || m_path.empty()) {
        return where;
    }
    if (!m_decoded) {
        m_decoded.emplace();
        std::error_code error;
        if (std::filesystem::file_size(m_path, error) <= max_bytes_to_locate && !error) {
            try {
                *m_decoded = decode_text(read_file_bytes(m_path), m_name).text;
            } catch (const Error&) {
                m_decoded->clear(); // no column, then
            }
        }
    }
    where.column = 0; // the parser's column is past the element: better none than a wrong one
    const std::string_view text(*m_decoded);
    std::size_t start = 0;
    for (std::size_t line = 1; line < where.line && start != std::string_view::npos; ++line) {
        start = text.find('\n', start);
        start = start == std::string_view::npos ? start : start + 1;
    }
    if (start == std::string_view::npos) {
        return where;
    }
    const auto line_text = text.substr(start, text.find('\n', start) - start);
    const std::string tag = "<" + std::string(name());
    std::size_t seen = 0;
    for (auto at = line_text.find(tag); at != std::string_view::npos;
         at = line_text.find(tag, at + 1)) {
        const auto after = at + tag.size();
        if (after < line_text.size() &&
            std::string_view(" \t\r/>").find(line_text[after]) == std::string_view::npos) {
            continue; // a longer name with the same beginning
        }
        if (++seen == m_ordinal) {
            where.column = 1 + text::count_code_points(line_text.substr(0, at));
            break;
        }
    }
    return where;
}

void XmlReader::fail(const std::string& message, ErrorCode code) const {
    throw ParseError(code, m_name, exact_position(), message);
}

Diagnostic XmlReader::diagnostic(Diagnostic::Level level, std::string message) const {
    return {level, std::move(message), m_name, exact_position()};
}

void XmlReader::append_text(std::string& into, std::string_view addition) const {
    if (into.size() + addition.size() > m_limits.max_text_bytes) {
        fail("a text value is longer than " + std::to_string(m_limits.max_text_bytes >> 20U) +
                 " MiB",
             ErrorCode::limit);
    }
    into += addition;
}

std::string root_element_name(const std::filesystem::path& path) {
    try {
        XmlReader reader(path);
        if (reader.next() && reader.node() == XmlReader::Node::element) {
            return std::string(reader.name());
        }
    } catch (const ParseError&) {
        return {};
    }
    return {};
}

} // namespace tandem::formats::detail
