// SPDX-License-Identifier: GPL-3.0-or-later
// Escaping text for XML and HTML output, written once for every writer.
#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace tandem::formats::detail {

/// Writes @p text escaped for XML element content or a double-quoted attribute value
/// (`&`, `<`, `>`, `"`, CR as `&#13;`); drops characters XML 1.0 forbids (C0 controls but tab, LF).
inline void write_escaped(std::ostream& out, std::string_view text) {
    std::size_t plain = 0;
    const auto flush = [&](std::size_t upto) {
        out.write(text.data() + plain, static_cast<std::streamsize>(upto - plain));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const char* replacement = nullptr;
        switch (c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        case '\r':
            replacement = "&#13;";
            break; // a raw CR would read back as LF
        default:
            if (c < 0x20 && c != '\t' && c != '\n') {
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

/// The shortest decimal form of @p value that reads back as the same double.
inline std::string shortest(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

/// The number in an id made of a letter prefix and digits (`s12` → 12); nullopt otherwise.
inline std::optional<std::uint32_t> id_number(std::string_view id) {
    const auto digits = id.find_first_of("0123456789");
    if (digits == std::string_view::npos ||
        id.find_first_of("0123456789") !=
            id.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
        return std::nullopt;
    }
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(id.data() + digits, id.data() + id.size(), value);
    if (error != std::errc{} || end != id.data() + id.size()) {
        return std::nullopt;
    }
    return value;
}

} // namespace tandem::formats::detail
