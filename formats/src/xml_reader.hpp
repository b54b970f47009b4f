// SPDX-License-Identifier: GPL-3.0-or-later
// The one way formats/ reads XML: a streaming libxml2 xmlTextReader opened safely (no network, no
// entity substitution, no DTD loading), with limits on depth, node count and text size, and the
// one choke point that turns libxml2's structured errors into ParseError(file:line:col).
#pragma once

#include <tandem/error.hpp>

#include <libxml/xmlreader.h>

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem::formats::detail {

/// Safety limits for one XML file.
struct XmlLimits {
    std::size_t max_depth = 64;             ///< element nesting
    std::size_t max_nodes = 400'000'000;    ///< nodes in the whole file
    std::size_t max_text_bytes = 8U << 20U; ///< bytes of text collected into one value
};

/// A forward-only cursor over the nodes of an XML file.
class XmlReader {
  public:
    /// Node kinds the readers care about; everything else is skipped by next().
    enum class Node { element, end_element, text };

    /// Opens @p path; throws Error(io) when it cannot be opened.
    explicit XmlReader(const std::filesystem::path& path, XmlLimits limits = {});
    /// Reads @p bytes (kept alive by the caller) named @p name for messages.
    XmlReader(std::string_view bytes, std::string name, XmlLimits limits = {});
    XmlReader(const XmlReader&) = delete;
    XmlReader& operator=(const XmlReader&) = delete;
    ~XmlReader();

    /// Advances to the next element start, element end or text (character data, CDATA and
    /// significant white space); false at the end of the document. Throws ParseError on
    /// malformed input, entity references and exceeded limits.
    bool next();
    /// The kind of the current node.
    [[nodiscard]] Node node() const noexcept { return m_node; }
    /// True on the start of an element named @p local_name (namespace ignored).
    [[nodiscard]] bool at_start(std::string_view local_name) const;
    /// True on the end of an element named @p local_name (namespace ignored).
    [[nodiscard]] bool at_end(std::string_view local_name) const;
    /// Local name of the current element (namespace prefix removed).
    [[nodiscard]] std::string_view name() const;
    /// True when the current element start is `<x/>` (no end_element follows).
    [[nodiscard]] bool is_empty_element() const;
    /// Nesting depth of the current node (the root element is 0).
    [[nodiscard]] int depth() const;
    /// The text of the current text node.
    [[nodiscard]] std::string_view text() const;
    /// An attribute of the current element by its qualified name (`id`, `xml:lang`).
    [[nodiscard]] std::optional<std::string> attribute(const char* name) const;
    /// True when the root element carries a namespace.
    [[nodiscard]] bool has_namespace() const;

    /// All text inside the current element (which must be a start), skipping child elements'
    /// tags but keeping their text; leaves the cursor on the element's end.
    [[nodiscard]] std::string element_text();
    /// Moves past the current element's end (no-op on an empty element).
    void skip_element();

    /// Where the current node is: its line, and the column when cheaply known (see
    /// exact_position()).
    [[nodiscard]] FilePosition position() const;
    /// Where the current node is, with the column of an element's `<` found in the file's text
    /// (read again, once, the first time it is needed); for diagnostics and errors.
    [[nodiscard]] FilePosition exact_position() const;
    /// The file name used in messages.
    [[nodiscard]] const std::string& file_name() const noexcept { return m_name; }
    /// Throws ParseError(parse) at the current node.
    [[noreturn]] void fail(const std::string& message, ErrorCode code = ErrorCode::parse) const;
    /// A diagnostic at the current node.
    [[nodiscard]] Diagnostic diagnostic(Diagnostic::Level level, std::string message) const;
    /// Adds @p text to @p into, failing when a collected value outgrows the text limit.
    void append_text(std::string& into, std::string_view text) const;

    /// The first structured libxml2 error seen (set by the error callback).
    struct PendingError {
        int code = 0;
        int line = 0;
        int column = 0;
        std::string message;
    };

  private:
    void open_checks();
    void count_on_line();
    [[noreturn]] void raise_pending();

    struct ReaderDeleter {
        void operator()(xmlTextReaderPtr reader) const noexcept { xmlFreeTextReader(reader); }
    };
    std::unique_ptr<xmlTextReader, ReaderDeleter> m_reader;
    std::string m_name;
    XmlLimits m_limits;
    std::size_t m_nodes = 0;
    Node m_node = Node::element;
    std::optional<PendingError> m_error;
    std::vector<std::string_view> m_open; // open elements' names (owned by the reader's dictionary)
    // Which occurrence of its name on its line the current element is, to find its column.
    long m_count_line = 0;
    std::vector<std::pair<std::string_view, std::size_t>> m_line_counts;
    std::size_t m_ordinal = 0;
    mutable std::optional<std::string> m_decoded; // the file's text, for exact_position()
    std::filesystem::path m_path;
};

/// The first element name of an XML file (for sniffing its format); empty when it is not XML.
[[nodiscard]] std::string root_element_name(const std::filesystem::path& path);

} // namespace tandem::formats::detail
