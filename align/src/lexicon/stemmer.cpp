// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/lexicon/stemmer.hpp>

#include <tandem/text/language.hpp>

#include <libstemmer.h>

namespace tandem::lexicon {

struct Stemmer::Impl {
    struct Deleter {
        void operator()(sb_stemmer* stemmer) const noexcept { sb_stemmer_delete(stemmer); }
    };
    std::unique_ptr<sb_stemmer, Deleter> stemmer;
};

Stemmer::Stemmer(std::string_view language) : m_impl(std::make_unique<Impl>()) {
    // libstemmer accepts ISO 639-1 and 639-3 codes as algorithm aliases (`de`, `deu`).
    const std::string code = text::primary_language(language);
    if (!code.empty()) {
        m_impl->stemmer.reset(sb_stemmer_new(code.c_str(), "UTF_8"));
    }
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

bool Stemmer::available() const noexcept { return m_impl->stemmer != nullptr; }

std::string Stemmer::stem(std::string_view word) {
    if (!m_impl->stemmer) {
        return std::string(word);
    }
    // Snowball's rules know the ASCII apostrophe only: `Union’s` must lose its `’s` as
    // `Union's` does.
    constexpr std::string_view typographic_apostrophe = "\u2019";
    std::string ascii;
    if (word.find(typographic_apostrophe) != std::string_view::npos) {
        ascii.assign(word);
        for (auto at = ascii.find(typographic_apostrophe); at != std::string::npos;
             at = ascii.find(typographic_apostrophe, at + 1)) {
            ascii.replace(at, typographic_apostrophe.size(), "'");
        }
        word = ascii;
    }
    const auto* symbols = sb_stemmer_stem(m_impl->stemmer.get(),
                                          reinterpret_cast<const sb_symbol*>(word.data()),
                                          static_cast<int>(word.size()));
    if (symbols == nullptr) {
        return std::string(word);
    }
    const auto length = static_cast<std::size_t>(sb_stemmer_length(m_impl->stemmer.get()));
    return {reinterpret_cast<const char*>(symbols), length};
}

} // namespace tandem::lexicon
