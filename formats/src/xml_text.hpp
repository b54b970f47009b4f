// SPDX-License-Identifier: GPL-3.0-or-later
// Escaping text for XML and HTML output, written once for every writer.
#pragma once

#include <ostream>
#include <string_view>

namespace tandem::formats::detail {

/// Writes @p text escaped for XML element content or a double-quoted attribute value
/// (`&`, `<`, `>`, `"`); drops characters XML 1.0 forbids (C0 controls but tab, LF, CR).
inline void write_escaped(std::ostream& out, std::string_view text) {
    std::size_t plain = 0;
    const auto flush = [&](std::size_t upto) {
        out.write(text.data() + plain, static_cast<std::streamsize>(upto - plain));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const char* replacement = nullptr;
        switch (c) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '"': replacement = "&quot;"; break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                replacement = "";
            }
        }
        if (replacement != nullptr) {
            flush(i);
            out << replacement;
            plain = i + 1;
        }
    }
    flush(text.size());
}

/// A value to stream that writes its text escaped.
struct Escaped {
    std::string_view text;
    friend std::ostream& operator<<(std::ostream& out, const Escaped& value) {
        write_escaped(out, value.text);
        return out;
    }
};

} // namespace tandem::formats::detail
