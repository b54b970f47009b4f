// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/side_by_side.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

namespace tandem::formats {
namespace {

/// Display cells of a code point: 2 for East Asian wide and full-width, 0 for combining marks.
std::size_t cells(UChar32 c) {
    const auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) {
        return 2;
    }
    const auto category = u_charType(c);
    return (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK) ? 0 : 1;
}

struct Line {
    std::string text;
    std::size_t width = 0;
};

/// Greedy word wrap to @p width cells; words longer than a line (and CJK text) break anywhere.
std::vector<Line> wrap(std::string_view text, std::size_t width) {
    std::vector<Line> lines(1);
    std::string word;
    std::size_t word_width = 0;
    const auto place_word = [&] {
        if (word.empty()) {
            return;
        }
        Line& line = lines.back();
        const std::size_t needed = line.width == 0 ? word_width : line.width + 1 + word_width;
        if (needed > width && line.width > 0) {
            lines.push_back({word, word_width});
        } else {
            if (line.width > 0) {
                line.text += ' ';
                ++line.width;
            }
            line.text += word;
            line.width += word_width;
        }
        word.clear();
        word_width = 0;
    };
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t offset = 0;
    while (offset < length) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (u_isUWhiteSpace(c) != 0) {
            place_word();
            continue;
        }
        const std::size_t w = cells(c);
        if (word_width + w > width || (w == 2 && word_width > 0)) {
            place_word();
        }
        word.append(text.substr(static_cast<std::size_t>(start),
                                static_cast<std::size_t>(offset - start)));
        word_width += w;
        if (w == 2) {
            place_word();
        }
    }
    place_word();
    return lines;
}

} // namespace

void write_side_by_side(std::ostream& out, const align::Bitext& bitext,
                        const align::Alignment& alignment, std::size_t column_width) {
    char header[96];
    for (std::size_t k = 0; k < alignment.links.size(); ++k) {
        const auto& link = alignment.links[k];
        std::snprintf(header, sizeof header, "#%zu  %s  confidence %.2f%s", k + 1,
                      link.type().c_str(), link.confidence,
                      link.status == align::LinkStatus::confirmed ? "  confirmed" : "");
        out << header << '\n';
        const auto left = link.source.empty() ? std::vector<Line>{{"—", 1}}
                                              : wrap(align::span_text(bitext.source, link.source),
                                                     column_width);
        const auto right = link.target.empty() ? std::vector<Line>{{"—", 1}}
                                               : wrap(align::span_text(bitext.target, link.target),
                                                      column_width);
        for (std::size_t row = 0; row < std::max(left.size(), right.size()); ++row) {
            const Line empty;
            const Line& a = row < left.size() ? left[row] : empty;
            const Line& b = row < right.size() ? right[row] : empty;
            out << "  " << a.text << std::string(column_width - std::min(a.width, column_width), ' ')
                << " │ " << b.text << '\n';
        }
        out << '\n';
    }
}

} // namespace tandem::formats
