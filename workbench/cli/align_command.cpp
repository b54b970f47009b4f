// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitext_input.hpp"
#include "commands.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/formats/export.hpp>

#include <charconv>
#include <ostream>

namespace tandem::cli {
namespace {

std::vector<OptionSpec> align_options() {
    auto options = bitext_input_options();
    const std::vector<OptionSpec> own{
        {"output", 'o', "FILE", "write the alignment to FILE (default: standard output)"},
        {"format", 'f', "FORMAT",
         "tmx, beads, txt, xces, intertext, tei, tsv, html or tandem (default: from FILE's "
         "extension, txt on standard output)"},
        {"dict", 0, "FILE", "add a bilingual dictionary (FreeDict .index, TSV, hunalign)", true},
        {"no-dict", 0, "", "use no bilingual dictionary"},
        {"max-link", 0, "N", "largest number of sentences on one side of a link (1-4, default 3)"},
        {"tmx-skip-gaps", 0, "", "leave 1-0 and 0-1 links out of TMX output"},
    };
    options.insert(options.end(), own.begin(), own.end());
    return options;
}

formats::Format output_format(const ParsedArguments& arguments) {
    if (const auto name = arguments.value("format")) {
        if (const auto format = formats::format_from_name(*name)) {
            return *format;
        }
        throw UsageError("unknown format '" + *name + "'");
    }
    if (const auto output = arguments.value("output")) {
        if (const auto format = formats::format_from_extension(*output)) {
            return *format;
        }
        throw UsageError("cannot tell the format from '" + *output + "'; use --format");
    }
    return formats::Format::txt;
}

unsigned max_link(const ParsedArguments& arguments) {
    const auto text = arguments.value("max-link");
    if (!text) {
        return align::AlignOptions{}.max_link;
    }
    unsigned value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc{} || end != text->data() + text->size() || value < 1 || value > 4) {
        throw UsageError("--max-link takes a number from 1 to 4, not '" + *text + "'");
    }
    return value;
}

} // namespace

const CommandSpec align_spec{
    "align",
    "SOURCE TARGET [options]",
    "Align a source text and its translation or interpretation sentence by sentence.",
    "SOURCE and TARGET are plain-text files in any common encoding. Links may be 1-1, merges "
    "and splits up to --max-link sentences a side, omissions (1-0) and additions (0-1). The "
    "output format follows the extension of --output or --format.",
    align_options(),
    2,
    2,
};

int run_align(const ParsedArguments& arguments, Console& console) {
    const formats::Format format = output_format(arguments);
    align::AlignOptions options;
    options.max_link = max_link(arguments);
    options.use_dictionaries = !arguments.has("no-dict");
    for (const auto& file : arguments.values("dict")) {
        options.dictionaries.emplace_back(file);
    }
    formats::ExportOptions export_options;
    export_options.tmx.skip_gaps = arguments.has("tmx-skip-gaps");

    const align::Bitext bitext = load_bitext(arguments, console);
    const align::Alignment alignment = align::align(bitext, options);
    const formats::ExportData data{bitext, alignment, {}};
    if (const auto output = arguments.value("output")) {
        formats::export_alignment(*output, format, data, export_options);
    } else {
        formats::write_alignment(console.out, format, data, export_options);
    }
    return exit_ok;
}

} // namespace tandem::cli
