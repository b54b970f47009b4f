// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitext_input.hpp"

#include <tandem/formats/document_loader.hpp>

#include <ostream>

namespace tandem::cli {
namespace {

text::Document load_side(const std::string& path, const ParsedArguments& arguments,
                         std::string_view language_option, std::string_view encoding_option,
                         std::string_view side_flag, Console& console) {
    formats::LoadOptions options;
    options.language = arguments.value(language_option).value_or("");
    options.encoding = arguments.value(encoding_option).value_or(arguments.value("encoding").value_or(""));
    options.segmented = arguments.has("segmented");
    auto loaded = formats::load_text_document(path, options);
    for (const auto& diagnostic : loaded.diagnostics) {
        console.err << "tandem: " << format_location(diagnostic.file, diagnostic.position, diagnostic.message);
        if (loaded.language_guessed && diagnostic.message.starts_with("language")) {
            console.err << "; set it with " << side_flag;
        }
        console.err << '\n';
    }
    return std::move(loaded.document);
}

} // namespace

std::vector<OptionSpec> bitext_input_options() {
    return {
        {"source-lang", 's', "LANG", "source language (BCP 47 tag, e.g. ru); guessed when omitted"},
        {"target-lang", 't', "LANG", "target language (BCP 47 tag, e.g. en); guessed when omitted"},
        {"segmented", 0, "", "input is one sentence per line: sentence i is line i (0-based)"},
        {"encoding", 0, "NAME", "encoding of both files (default: BOM, UTF-8, else detected)"},
        {"source-encoding", 0, "NAME", "encoding of the source file"},
        {"target-encoding", 0, "NAME", "encoding of the target file"},
    };
}

align::Bitext load_bitext(const ParsedArguments& arguments, Console& console) {
    const auto& files = arguments.arguments();
    align::Bitext bitext;
    bitext.source = load_side(files.at(0), arguments, "source-lang", "source-encoding", "-s", console);
    bitext.target = load_side(files.at(1), arguments, "target-lang", "target-encoding", "-t", console);
    return bitext;
}

} // namespace tandem::cli
