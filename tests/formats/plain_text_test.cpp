// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/plain_text.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

namespace {

using tandem::ErrorCode;
using tandem::formats::decode_text;

// "Привет, мир" in the encodings readers meet in the wild.
const std::string utf8_text = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80";

std::string utf16(const std::u16string& text, bool little_endian) {
    std::string bytes = little_endian ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
    for (const char16_t unit : text) {
        const auto low = static_cast<char>(unit & 0xFF);
        const auto high = static_cast<char>(unit >> 8);
        bytes += little_endian ? std::string{low, high} : std::string{high, low};
    }
    return bytes;
}

ErrorCode code_of(const std::string& bytes) {
    try {
        (void)decode_text(bytes, "input.txt");
    } catch (const tandem::Error& error) {
        return error.code();
    }
    return ErrorCode::internal;
}

} // namespace

BOOST_AUTO_TEST_SUITE(plain_text)

BOOST_AUTO_TEST_CASE(utf8_with_and_without_bom) {
    BOOST_TEST(decode_text(utf8_text, "a").text == utf8_text);
    const auto with_bom = decode_text("\xEF\xBB\xBF" + utf8_text, "a");
    BOOST_TEST(with_bom.text == utf8_text);
    BOOST_TEST(with_bom.encoding == "UTF-8");
}

BOOST_AUTO_TEST_CASE(utf16_both_byte_orders) {
    const std::u16string text = u"Привет, мир";
    BOOST_TEST(decode_text(utf16(text, true), "a").text == utf8_text);
    BOOST_TEST(decode_text(utf16(text, false), "a").text == utf8_text);
    BOOST_TEST(decode_text(utf16(text, false), "a").encoding == "UTF-16BE");
}

BOOST_AUTO_TEST_CASE(detects_windows_1251_and_koi8_r) {
    // A few sentences are needed for statistical detection.
    const std::string sentence = "\xCC\xE8\xED\xE8\xF1\xF2\xF0 \xF1\xEA\xE0\xE7\xE0\xEB, \xF7\xF2\xEE "
                                 "\xEF\xE5\xF0\xE5\xE3\xEE\xE2\xEE\xF0\xFB \xE1\xFB\xEB\xE8 "
                                 "\xEF\xEE\xEB\xE5\xE7\xED\xFB\xEC\xE8. ";
    std::string cp1251;
    for (int i = 0; i < 8; ++i) {
        cp1251 += sentence;
    }
    const auto decoded = decode_text(cp1251, "cp1251.txt");
    BOOST_TEST(decoded.encoding == "windows-1251");
    BOOST_TEST(decoded.detected);
    BOOST_TEST(decoded.text.starts_with("Министр сказал, что переговоры были полезными."));

    const std::string koi8 = "\xed\xc9\xce\xc9\xd3\xd4\xd2 \xd3\xcb\xc1\xda\xc1\xcc, \xde\xd4\xcf "
                             "\xd0\xc5\xd2\xc5\xc7\xcf\xd7\xcf\xd2\xd9 \xc2\xd9\xcc\xc9 "
                             "\xd0\xcf\xcc\xc5\xda\xce\xd9\xcd\xc9. ";
    std::string koi8_text;
    for (int i = 0; i < 8; ++i) {
        koi8_text += koi8;
    }
    const auto koi = decode_text(koi8_text, "koi8.txt");
    BOOST_TEST(koi.encoding == "KOI8-R");
    BOOST_TEST(koi.text.starts_with("Министр сказал"));
}

BOOST_AUTO_TEST_CASE(detects_windows_1252) {
    std::string latin;
    for (int i = 0; i < 6; ++i) {
        latin += "Le minist\xE8re a d\xE9" "clar\xE9 que la r\xE9union \xE9tait tr\xE8s utile et "
                 "qu'il \xE9tait content d'\xEAtre \xE0 Reykjav\xEDk. ";
    }
    const auto decoded = decode_text(latin, "latin.txt");
    BOOST_TEST(decoded.detected);
    BOOST_TEST((decoded.encoding == "ISO-8859-1" || decoded.encoding == "windows-1252"), decoded.encoding);
    BOOST_TEST(decoded.text.starts_with("Le ministère a déclaré que la réunion était très utile"));
}

BOOST_AUTO_TEST_CASE(explicit_encoding_wins) {
    BOOST_TEST(decode_text("caf\xE9", "a", "windows-1252").text == "café");
}

BOOST_AUTO_TEST_CASE(normalises_to_nfc_and_lf) {
    // e + combining acute → é; CRLF and CR → LF.
    BOOST_TEST(decode_text("cafe\xCC\x81\r\nnext\rlast", "a").text == "café\nnext\nlast");
}

BOOST_AUTO_TEST_CASE(empty_and_blank_files_are_refused) {
    BOOST_TEST((code_of("") == ErrorCode::empty_input));
    BOOST_TEST((code_of(" \n\t\n") == ErrorCode::empty_input));
}

BOOST_AUTO_TEST_CASE(binary_files_are_refused) {
    BOOST_TEST((code_of(std::string("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 11)) == ErrorCode::binary_input));
    BOOST_TEST((code_of(std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16)) == ErrorCode::binary_input));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_after_bom_names_line_and_column) {
    try {
        (void)decode_text("\xEF\xBB\xBFgood line\nbad \xC3\x28 here", "bad.txt");
        BOOST_FAIL("no error");
    } catch (const tandem::ParseError& error) {
        BOOST_TEST((error.code() == ErrorCode::encoding));
        BOOST_TEST(error.position().line == 2U);
        BOOST_TEST(error.position().column == 5U);
        BOOST_TEST(std::string(error.what()).starts_with("bad.txt:2:5: invalid UTF-8"));
    }
}

BOOST_AUTO_TEST_CASE(undecodable_in_named_encoding) {
    try {
        (void)decode_text("ok\n\xFF", "x.txt", "Shift_JIS");
        BOOST_FAIL("no error");
    } catch (const tandem::ParseError& error) {
        BOOST_TEST(error.position().line == 2U);
    }
}

BOOST_AUTO_TEST_CASE(unknown_encoding_name) {
    BOOST_CHECK_THROW((void)decode_text("abc", "a", "no-such-encoding"), tandem::Error);
}

BOOST_AUTO_TEST_CASE(missing_file_names_the_file) {
    try {
        (void)tandem::formats::read_text_file("/nonexistent/file.txt");
        BOOST_FAIL("no error");
    } catch (const tandem::Error& error) {
        BOOST_TEST((error.code() == ErrorCode::io));
        BOOST_TEST(std::string(error.what()).starts_with("/nonexistent/file.txt: cannot open"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
