// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/beads.hpp>

#include <tandem/error.hpp>
#include <tandem/formats/plain_text.hpp>

#include <charconv>
#include <ostream>

namespace tandem::formats {
namespace {

/// A cursor over one line that reports errors with the line's position.
class LineParser {
public:
    LineParser(std::string_view line, std::size_t line_number, std::size_t line_offset,
               const std::string& name)
        : m_line(line), m_line_number(line_number), m_line_offset(line_offset), m_name(name) {}

    [[noreturn]] void fail(const std::string& message) const {
        throw ParseError(ErrorCode::parse, m_name,
                         {m_line_number, m_position + 1, m_line_offset + m_position}, message,
                         std::string(m_line));
    }
    void skip_spaces() {
        while (m_position < m_line.size() && (m_line[m_position] == ' ' || m_line[m_position] == '\t')) {
            ++m_position;
        }
    }
    void expect(char c) {
        skip_spaces();
        if (m_position >= m_line.size() || m_line[m_position] != c) {
            fail(std::string("expected '") + c + "'");
        }
        ++m_position;
    }
    std::vector<std::uint32_t> ids() {
        std::vector<std::uint32_t> result;
        expect('[');
        skip_spaces();
        if (m_position < m_line.size() && m_line[m_position] == ']') {
            ++m_position;
            return result;
        }
        while (true) {
            skip_spaces();
            std::uint32_t value = 0;
            const char* begin = m_line.data() + m_position;
            const auto [end, error] = std::from_chars(begin, m_line.data() + m_line.size(), value);
            if (error != std::errc{} || end == begin) {
                fail("expected a sentence number");
            }
            m_position += static_cast<std::size_t>(end - begin);
            result.push_back(value);
            skip_spaces();
            if (m_position < m_line.size() && m_line[m_position] == ',') {
                ++m_position;
                continue;
            }
            expect(']');
            return result;
        }
    }
    void expect_end() {
        skip_spaces();
        if (m_position < m_line.size() && m_line[m_position] != '\r') {
            fail("unexpected text after the link");
        }
    }

private:
    std::string_view m_line;
    std::size_t m_line_number;
    std::size_t m_line_offset;
    const std::string& m_name;
    std::size_t m_position = 0;
};

void write_ids(std::ostream& out, align::Span span) {
    out << '[';
    for (auto i = span.begin; i < span.end; ++i) {
        out << (i == span.begin ? "" : ", ") << i;
    }
    out << ']';
}

} // namespace

std::vector<align::IndexLink> parse_beads(std::string_view text, const std::string& name) {
    std::vector<align::IndexLink> links;
    std::size_t line_number = 0;
    std::size_t offset = 0;
    while (offset < text.size()) {
        const auto newline = text.find('\n', offset);
        const auto end = newline == std::string_view::npos ? text.size() : newline;
        const auto line = text.substr(offset, end - offset);
        ++line_number;
        if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
            LineParser parser(line, line_number, offset, name);
            align::IndexLink link;
            link.source = parser.ids();
            parser.expect(':');
            link.target = parser.ids();
            parser.expect_end();
            links.push_back(std::move(link));
        }
        offset = end + 1;
    }
    return links;
}

std::vector<align::IndexLink> read_beads(const std::filesystem::path& path) {
    const std::string bytes = read_file_bytes(path);
    return parse_beads(bytes, path.string());
}

std::vector<align::IndexLink> to_index_links(const align::Alignment& alignment) {
    std::vector<align::IndexLink> result;
    result.reserve(alignment.links.size());
    for (const auto& link : alignment.links) {
        align::IndexLink out;
        for (auto i = link.source.begin; i < link.source.end; ++i) {
            out.source.push_back(i);
        }
        for (auto i = link.target.begin; i < link.target.end; ++i) {
            out.target.push_back(i);
        }
        result.push_back(std::move(out));
    }
    return result;
}

align::Alignment to_alignment(const std::vector<align::IndexLink>& links,
                              std::size_t source_size, std::size_t target_size,
                              const std::string& name) {
    const auto span_of = [&](const std::vector<std::uint32_t>& ids, std::size_t k) {
        for (std::size_t i = 1; i < ids.size(); ++i) {
            if (ids[i] != ids[i - 1] + 1) {
                throw Error(ErrorCode::parse,
                            "link " + std::to_string(k + 1) + " is not a contiguous span", name);
            }
        }
        return ids.empty() ? align::Span{} : align::Span{ids.front(), ids.back() + 1};
    };
    align::Alignment alignment;
    align::SentenceIndex next_source = 0;
    align::SentenceIndex next_target = 0;
    for (std::size_t k = 0; k < links.size(); ++k) {
        align::Link link;
        link.source = span_of(links[k].source, k);
        link.target = span_of(links[k].target, k);
        // Empty sides sit where the other side's neighbours leave off.
        if (link.source.empty()) {
            link.source = {next_source, next_source};
        }
        if (link.target.empty()) {
            link.target = {next_target, next_target};
        }
        next_source = link.source.end;
        next_target = link.target.end;
        alignment.links.push_back(link);
    }
    if (const auto problem = align::check_invariants(alignment, source_size, target_size)) {
        throw Error(ErrorCode::parse, *problem, name);
    }
    return alignment;
}

void write_beads(std::ostream& out, const align::Alignment& alignment) {
    for (const auto& link : alignment.links) {
        write_ids(out, link.source);
        out << ':';
        write_ids(out, link.target);
        out << '\n';
    }
}

} // namespace tandem::formats
