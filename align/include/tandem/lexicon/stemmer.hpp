// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Snowball stemming (Porter 2001, "Snowball: A language for stemming algorithms") through
/// libstemmer, so that inflected forms (`Berge`/`Berg`, `házak`/`ház`) meet in one dictionary key.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace tandem::lexicon {

/// Stems lower-cased UTF-8 words for one language. Holds a libstemmer object: keep one per thread
/// or per job; not thread-safe. For languages Snowball does not cover it returns words unchanged.
class Stemmer {
public:
    /// @param language BCP 47 tag; its primary subtag picks the Snowball algorithm
    explicit Stemmer(std::string_view language);
    ~Stemmer();
    Stemmer(Stemmer&&) noexcept;
    Stemmer& operator=(Stemmer&&) noexcept;

    /// True when Snowball has an algorithm for the language.
    [[nodiscard]] bool available() const noexcept;
    /// The stem of lower-cased @p word, or @p word itself when no algorithm is available.
    [[nodiscard]] std::string stem(std::string_view word);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace tandem::lexicon
