// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Latin transliteration and fuzzy matching of names across scripts (`Лаврову` ↔ `Lavrov`).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace tandem::text {

/// Transliterates any script to plain ASCII Latin (ICU `Any-Latin; Latin-ASCII`). Holds an ICU
/// transliterator: keep one per thread or per job; not thread-safe.
class Transliterator {
public:
    Transliterator();
    ~Transliterator();
    Transliterator(Transliterator&&) noexcept;
    Transliterator& operator=(Transliterator&&) noexcept;

    /// ASCII Latin rendering of UTF-8 @p text (`Блинкен` → `Blinken`).
    [[nodiscard]] std::string to_latin_ascii(std::string_view text);

    /// The matching key of a name: transliterated, lower-cased and reduced to a rough phonetic
    /// skeleton (see name_skeleton()).
    [[nodiscard]] std::string name_key(std::string_view text);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// ASCII Latin rendering of UTF-8 @p text, with a transliterator owned by the calling thread.
[[nodiscard]] std::string to_latin_ascii(std::string_view text);

/// Rough phonetic skeleton of ASCII @p text: lower-cased letters only, spelling variants of
/// common transliteration schemes merged (`sh`/`sch`/`zh`/`z` → `s`, `ch`/`c`/`q`/`ts` → `k`,
/// `w` → `v`, `y`/`j`/`dz` → `i`, `x` → `ks`, `ph` → `f`, `th` → `t`, `kh` → `h`, `eu` → `ev`)
/// and
/// doubled letters collapsed, so `Washington` and `Vashington`, `Arctic` and `Arkticeskogo` share
/// a stem.
[[nodiscard]] std::string name_skeleton(std::string_view ascii);

/// Similarity in [0, 1] of two name keys (from Transliterator::name_key): the larger of the
/// prefix score (their common prefix over the shorter length, when that prefix has four letters
/// or more: an inflected stem, `lavrovu`/`lavrov` → 1), one minus their Levenshtein distance
/// over the longer length, and 0.8 when they start alike and have the same consonants (two or
/// more) in the same order (`moskva`/`moskov`).
[[nodiscard]] double key_similarity(std::string_view key_a, std::string_view key_b) noexcept;

/// Similarity in [0, 1] of two names in any scripts: key_similarity() of their name keys.
[[nodiscard]] double name_similarity(std::string_view name_a, std::string_view name_b);

/// The Unicode script of the first letter of UTF-8 @p text (ICU's UScriptCode as an int, so this
/// header stays free of ICU), or 0 (USCRIPT_COMMON) when it has no letter.
[[nodiscard]] int first_letter_script(std::string_view text);

} // namespace tandem::text
