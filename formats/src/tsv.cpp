// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/tsv.hpp>

#include <tandem/formats/plain_text.hpp>
#include <tandem/text/language.hpp>

#include "document_builder.hpp"
#include "xml_text.hpp"

#include <charconv>
#include <ostream>

namespace tandem::formats {
namespace {

void write_cell(std::ostream& out, std::string_view text) {
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* escape = nullptr;
        switch (text[i]) {
        case '\t':
            escape = "\\t";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\r':
            escape = "\\r";
            break;
        case '\\':
            escape = "\\\\";
            break;
        default:
            break;
        }
        if (escape != nullptr) {
            out.write(text.data() + plain, static_cast<std::streamsize>(i - plain));
            out << escape;
            plain = i + 1;
        }
    }
    out.write(text.data() + plain, static_cast<std::streamsize>(text.size() - plain));
}

void write_side(std::ostream& out, const text::Document& document, align::Span span, bool ids) {
    for (auto i = span.begin; i < span.end; ++i) {
        if (i != span.begin) {
            out << (ids ? " " : "\\s");
        }
        if (ids) {
            out << document.sentences[i].id;
        } else {
            write_cell(out, document.sentences[i].text);
        }
    }
}

struct Cursor {
    const std::string& file;
    std::size_t line;
    std::size_t line_offset;
    [[noreturn]] void fail(std::size_t column, const std::string& message) const {
        throw ParseError(ErrorCode::parse, file, {line, column + 1, line_offset + column}, message);
    }
};

/// Unescapes one text cell into its sentences.
std::vector<std::string> sentences_of(std::string_view cell, const Cursor& cursor,
                                      std::size_t column) {
    std::vector<std::string> sentences(1);
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] != '\\') {
            sentences.back() += cell[i];
            continue;
        }
        if (++i == cell.size()) {
            cursor.fail(column + i - 1, "a backslash ends the cell");
        }
        switch (cell[i]) {
        case 't':
            sentences.back() += '\t';
            break;
        case 'n':
            sentences.back() += '\n';
            break;
        case 'r':
            sentences.back() += '\r';
            break;
        case '\\':
            sentences.back() += '\\';
            break;
        case 's':
            sentences.emplace_back();
            break;
        default:
            cursor.fail(column + i - 1, std::string("unknown escape \\") + cell[i]);
        }
    }
    if (cell.empty()) {
        sentences.clear();
    }
    return sentences;
}

std::vector<text::SentenceId> ids_of(std::string_view cell, const Cursor& cursor,
                                     std::size_t column) {
    std::vector<text::SentenceId> ids;
    std::size_t at = 0;
    while ((at = cell.find_first_not_of(' ', at)) != std::string_view::npos) {
        text::SentenceId id = 0;
        const auto [end, error] = std::from_chars(cell.data() + at, cell.data() + cell.size(), id);
        if (error != std::errc{} || (end != cell.data() + cell.size() && *end != ' ')) {
            cursor.fail(column + at, "expected a sentence id");
        }
        ids.push_back(id);
        at = static_cast<std::size_t>(end - cell.data());
    }
    return ids;
}

} // namespace

void write_tsv(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment) {
    out << tsv_header << '\n';
    for (const auto& link : alignment.links) {
        write_side(out, bitext.source, link.source, true);
        out << '\t';
        write_side(out, bitext.target, link.target, true);
        out << '\t' << link.type() << '\t' << detail::shortest(link.confidence) << '\t'
            << (link.status == align::LinkStatus::confirmed ? "confirmed" : "automatic") << '\t';
        write_side(out, bitext.source, link.source, false);
        out << '\t';
        write_side(out, bitext.target, link.target, false);
        out << '\n';
    }
}

ImportedAlignment read_tsv(const std::filesystem::path& path) {
    const std::string file = path.string();
    const DecodedText decoded = read_text_file(path);
    const std::string_view text = decoded.text;
    ImportedAlignment result;
    result.diagnostics = decoded.diagnostics;
    std::vector<std::pair<std::vector<std::string>, std::vector<text::SentenceId>>> sides[2];
    std::string sample[2];
    std::size_t offset = 0;
    std::size_t line_number = 0;
    while (offset < text.size()) {
        const auto newline = std::min(text.find('\n', offset), text.size());
        const auto line = text.substr(offset, newline - offset);
        const Cursor cursor{file, ++line_number, offset};
        offset = newline + 1;
        if (line_number == 1) {
            if (line != tsv_header) {
                cursor.fail(0, "not a Tandem TSV table: the first line is not the header");
            }
            continue;
        }
        if (line.empty()) {
            continue;
        }
        std::vector<std::pair<std::string_view, std::size_t>> cells;
        for (std::size_t at = 0;;) {
            const auto tab = std::min(line.find('\t', at), line.size());
            cells.emplace_back(line.substr(at, tab - at), at);
            if (tab == line.size()) {
                break;
            }
            at = tab + 1;
        }
        if (cells.size() != 7) {
            cursor.fail(0, "expected 7 tab-separated cells, found " + std::to_string(cells.size()));
        }
        align::Link link;
        for (int side = 0; side < 2; ++side) {
            auto ids = ids_of(cells[static_cast<std::size_t>(side)].first, cursor,
                              cells[static_cast<std::size_t>(side)].second);
            auto texts = sentences_of(cells[static_cast<std::size_t>(5 + side)].first, cursor,
                                      cells[static_cast<std::size_t>(5 + side)].second);
            if (ids.size() != texts.size()) {
                cursor.fail(cells[static_cast<std::size_t>(5 + side)].second,
                            "the cell holds " + std::to_string(texts.size()) + " sentences for " +
                                std::to_string(ids.size()) + " ids");
            }
            for (const auto& sentence : texts) {
                if (sample[side].size() < 20000) {
                    sample[side] += sentence + '\n';
                }
            }
            sides[side].emplace_back(std::move(texts), std::move(ids));
        }
        const auto confidence = cells[3].first;
        const auto [end, error] = std::from_chars(
            confidence.data(), confidence.data() + confidence.size(), link.confidence);
        if (error != std::errc{} || end != confidence.data() + confidence.size() ||
            !(link.confidence >= 0.0 && link.confidence <= 1.0)) {
            cursor.fail(cells[3].second, "expected a confidence in [0, 1]");
        }
        if (cells[4].first != "confirmed" && cells[4].first != "automatic") {
            cursor.fail(cells[4].second, "expected 'confirmed' or 'automatic'");
        }
        link.status = cells[4].first == "confirmed" ? align::LinkStatus::confirmed
                                                    : align::LinkStatus::automatic;
        result.alignment.links.push_back(link);
    }
    text::Document* documents[2] = {&result.bitext.source, &result.bitext.target};
    for (int side = 0; side < 2; ++side) {
        const auto language = text::guess_language(sample[side]).tag;
        detail::DocumentBuilder builder(file, language);
        std::uint32_t paragraph = 0;
        for (const auto& [texts, ids] : sides[side]) {
            for (std::size_t i = 0; i < texts.size(); ++i) {
                builder.add(texts[i], paragraph, ids[i]);
            }
            paragraph += texts.empty() ? 0 : 1;
        }
        *documents[side] = builder.finish();
        result.languages.push_back(language);
    }
    // Spans follow from the number of sentences on each line.
    align::SentenceIndex next[2] = {0, 0};
    for (std::size_t k = 0; k < result.alignment.links.size(); ++k) {
        auto& link = result.alignment.links[k];
        const std::uint32_t sizes[2] = {static_cast<std::uint32_t>(sides[0][k].first.size()),
                                        static_cast<std::uint32_t>(sides[1][k].first.size())};
        link.source = {next[0], next[0] + sizes[0]};
        link.target = {next[1], next[1] + sizes[1]};
        next[0] += sizes[0];
        next[1] += sizes[1];
    }
    return result;
}

} // namespace tandem::formats
