// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding: a BOM decides; else valid UTF-8 is UTF-8; else ICU's charset detector guesses a legacy
// encoding. Every byte must decode: nothing is silently replaced.
#include <tandem/formats/plain_text.hpp>

#include <tandem/text/unicode.hpp>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

namespace tandem::formats {
namespace {

constexpr std::uintmax_t max_text_file_bytes = 1ULL << 30U; // 1 GiB
constexpr double max_control_share = 0.01;

struct ConverterCloser {
    void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const noexcept { ucsdet_close(detector); }
};

struct Bom {
    std::string_view bytes;
    const char* encoding;
};
constexpr std::array<Bom, 5> boms{{
    {"\xEF\xBB\xBF", "UTF-8"},
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
    {"\xFF\xFE", "UTF-16LE"},
    {"\xFE\xFF", "UTF-16BE"},
}};

/// Line and column (1-based, in characters) of the end of @p decoded.
FilePosition position_after(std::u16string_view decoded, std::size_t byte_offset) {
    FilePosition position;
    position.byte_offset = byte_offset;
    position.line = 1 + static_cast<std::size_t>(std::count(decoded.begin(), decoded.end(), u'\n'));
    const auto last_newline = decoded.rfind(u'\n');
    position.column = 1 + (last_newline == std::u16string_view::npos ? decoded.size()
                                                                      : decoded.size() - last_newline - 1);
    return position;
}

FilePosition position_in_utf8(std::string_view text, std::size_t byte_offset) {
    FilePosition position;
    position.byte_offset = byte_offset;
    const auto prefix = text.substr(0, byte_offset);
    position.line = 1 + static_cast<std::size_t>(std::count(prefix.begin(), prefix.end(), '\n'));
    const auto last_newline = prefix.rfind('\n');
    const auto line_start = last_newline == std::string_view::npos ? 0 : last_newline + 1;
    position.column = 1 + text::count_code_points(prefix.substr(line_start));
    return position;
}

std::string hex_excerpt(std::string_view bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string out;
    for (const char byte : bytes.substr(0, 8)) {
        const auto value = static_cast<unsigned char>(byte);
        if (!out.empty()) {
            out += ' ';
        }
        out += digits[value >> 4U];
        out += digits[value & 0xFU];
    }
    return out;
}

/// Converts @p bytes from @p encoding to UTF-8, stopping with a ParseError at the first byte
/// sequence that is not valid in that encoding.
std::string convert_to_utf8(std::string_view bytes, const std::string& encoding,
                            const std::string& name, std::size_t base_offset) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status)) {
        throw Error(ErrorCode::invalid_argument, "unknown encoding '" + encoding + "'", name);
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    std::u16string decoded(bytes.size() + 16, u'\0');
    const char* source = bytes.data();
    UChar* target = decoded.data();
    ucnv_toUnicode(converter.get(), &target, decoded.data() + decoded.size(), &source,
                   bytes.data() + bytes.size(), nullptr, true, &status);
    const auto produced = static_cast<std::size_t>(target - decoded.data());
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalid_length = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), invalid, &invalid_length, &ignored);
        const auto consumed = static_cast<std::size_t>(source - bytes.data());
        const auto offset = consumed - std::min<std::size_t>(consumed, static_cast<std::size_t>(std::max<int8_t>(invalid_length, 0)));
        throw ParseError(ErrorCode::encoding, name,
                         position_after({decoded.data(), produced}, base_offset + offset),
                         "bytes " + hex_excerpt(bytes.substr(offset, 4)) + " are not valid " +
                             encoding,
                         hex_excerpt(bytes.substr(offset, 8)));
    }
    decoded.resize(produced);
    std::string utf8(decoded.size() * 3 + 1, '\0');
    int32_t utf8_length = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_length, decoded.data(),
                static_cast<int32_t>(decoded.size()), &status);
    if (U_FAILURE(status)) {
        throw ParseError(ErrorCode::encoding, name, position_after(decoded, base_offset),
                         "the text holds an unpaired surrogate");
    }
    utf8.resize(static_cast<std::size_t>(utf8_length));
    return utf8;
}

/// The encoding ICU's detector finds most likely, or empty.
std::string detect_encoding(std::string_view bytes, int& confidence) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) {
        return {};
    }
    ucsdet_setText(detector.get(), bytes.data(),
                   static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1U << 20U)), &status);
    const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || match == nullptr) {
        return {};
    }
    confidence = ucsdet_getConfidence(match, &status);
    const char* found = ucsdet_getName(match, &status);
    return U_SUCCESS(status) && found != nullptr ? std::string(found) : std::string{};
}

/// LF line endings: CRLF and lone CR become LF.
std::string normalise_line_endings(std::string text) {
    if (text.find('\r') == std::string::npos) {
        return text;
    }
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

/// Refuses text that is mostly control characters: a binary file that happened to decode.
void refuse_control_characters(std::string_view text, const std::string& name) {
    std::size_t controls = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0) {
            throw ParseError(ErrorCode::binary_input, name,
                             position_in_utf8(text, static_cast<std::size_t>(&c - text.data())),
                             "binary file (NUL character)");
        }
        controls += (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t' && byte != '\f')
                        ? 1
                        : 0;
    }
    if (static_cast<double>(controls) > max_control_share * static_cast<double>(text.size()) + 2) {
        throw Error(ErrorCode::binary_input, "binary file (control characters)", name);
    }
}

bool is_blank(std::string_view text) {
    return text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

} // namespace

DecodedText decode_text(std::string_view bytes, const std::string& name,
                        const std::string& encoding) {
    if (bytes.empty()) {
        throw Error(ErrorCode::empty_input, "the file is empty", name);
    }
    DecodedText result;
    std::string utf8;
    std::size_t skipped = 0;
    for (const auto& bom : boms) {
        if (encoding.empty() && bytes.starts_with(bom.bytes)) {
            result.encoding = bom.encoding;
            skipped = bom.bytes.size();
            break;
        }
    }
    const std::string_view body = bytes.substr(skipped);
    if (result.encoding.empty() && encoding.empty()) {
        if (const auto nul = body.find('\0'); nul != std::string_view::npos) {
            throw Error(ErrorCode::binary_input,
                        "binary file (NUL byte at offset " + std::to_string(nul) + ")", name);
        }
    }
    if (!encoding.empty()) {
        result.encoding = encoding;
        utf8 = convert_to_utf8(body, encoding, name, 0);
    } else if (result.encoding == "UTF-8" || (result.encoding.empty() &&
                                              text::find_invalid_utf8(body) == std::string_view::npos)) {
        result.encoding = "UTF-8";
        if (const auto bad = text::find_invalid_utf8(body); bad != std::string_view::npos) {
            throw ParseError(ErrorCode::encoding, name, position_in_utf8(body, bad),
                             "invalid UTF-8 (bytes " + hex_excerpt(body.substr(bad, 4)) + ")");
        }
        utf8 = std::string(body);
    } else if (!result.encoding.empty()) {
        utf8 = convert_to_utf8(body, result.encoding, name, skipped);
    } else {
        int confidence = 0;
        std::string guess = detect_encoding(body, confidence);
        if (guess.empty() || guess.starts_with("UTF")) {
            // Mostly UTF-8 with a stray byte: say where, rather than guessing a legacy encoding.
            const auto bad = text::find_invalid_utf8(body);
            throw ParseError(ErrorCode::encoding, name, position_in_utf8(body, bad),
                             "invalid UTF-8 (bytes " + hex_excerpt(body.substr(bad, 4)) +
                                 "); name the encoding with --encoding");
        }
        result.encoding = guess;
        result.detected = true;
        result.diagnostics.push_back({Diagnostic::Level::note,
                                      "encoding detected as " + guess + " (confidence " +
                                          std::to_string(confidence) + "%)",
                                      name,
                                      {}});
        utf8 = convert_to_utf8(body, guess, name, 0);
    }
    utf8 = normalise_line_endings(std::move(utf8));
    if (utf8.starts_with("\xEF\xBB\xBF")) {
        utf8.erase(0, 3);
    }
    refuse_control_characters(utf8, name);
    if (is_blank(utf8)) {
        throw Error(ErrorCode::empty_input, "the file holds no text", name);
    }
    result.text = text::normalize_nfc(utf8);
    return result;
}

std::string read_file_bytes(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        throw Error(ErrorCode::io, "is a folder, not a file", name);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorCode::io, std::string("cannot open: ") + std::strerror(errno), name);
    }
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > max_text_file_bytes) {
        throw Error(ErrorCode::limit, "file larger than 1 GiB", name);
    }
    std::string bytes;
    if (!error) {
        bytes.resize(static_cast<std::size_t>(size));
        in.read(bytes.data(), static_cast<std::streamsize>(size));
        bytes.resize(static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad()) {
        throw Error(ErrorCode::io, std::string("cannot read: ") + std::strerror(errno), name);
    }
    return bytes;
}

DecodedText read_text_file(const std::filesystem::path& path, const std::string& encoding) {
    return decode_text(read_file_bytes(path), path.string(), encoding);
}

} // namespace tandem::formats
