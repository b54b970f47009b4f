// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/document_loader.hpp>

#include <tandem/formats/plain_text.hpp>
#include <tandem/text/language.hpp>
#include <tandem/text/segmenter.hpp>

#include <cstdio>

namespace tandem::formats {

LoadedDocument load_text_document(const std::filesystem::path& path, const LoadOptions& options) {
    const std::string name = path.string();
    if (!options.language.empty() && !text::is_valid_language_tag(options.language)) {
        throw Error(ErrorCode::invalid_argument,
                    "'" + options.language + "' is not a BCP 47 language tag", name);
    }
    DecodedText decoded = read_text_file(path, options.encoding);
    LoadedDocument loaded;
    loaded.diagnostics = std::move(decoded.diagnostics);
    std::string language = options.language;
    if (language.empty()) {
        const auto guess = text::guess_language(decoded.text);
        language = guess.tag;
        loaded.language_guessed = true;
        loaded.language_confidence = guess.confidence;
        char confidence[16];
        std::snprintf(confidence, sizeof confidence, "%.2f", guess.confidence);
        loaded.diagnostics.push_back({Diagnostic::Level::note,
                                      "language guessed as " + language + " (confidence " +
                                          confidence + ")",
                                      name,
                                      {}});
    }
    loaded.document = options.segmented
                          ? text::segment_lines(std::move(decoded.text), language, name)
                          : text::segment_text(std::move(decoded.text), language, name);
    return loaded;
}

} // namespace tandem::formats
