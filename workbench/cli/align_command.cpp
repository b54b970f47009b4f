// SPDX-License-Identifier: GPL-3.0-or-later
#include "bitext_input.hpp"
#include "commands.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/align/explain.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/formats/export.hpp>

#include <charconv>
#include <cstdio>
#include <string>
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
        {"explain", 0, "",
         "print each link with every signal's share of its cost on standard output (the "
         "alignment then goes only to --output, if given)"},
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

/// One text line per link: `source target type confidence cost signal=value …` (see the help).
void write_explanation(std::ostream& out, const align::ExplainedAlignment& explained) {
    const auto& summary = explained.summary;
    char line[512];
    out << "# dictionaries:";
    for (const auto& file : summary.dictionaries) {
        out << ' ' << file;
    }
    if (summary.dictionaries.empty()) {
        out << " none";
    }
    std::snprintf(line, sizeof line,
                  "\n# %zu dictionary word pairs, %zu learned; length ratio %.3f, variance %.2f; "
                  "skip cost %.2f\n# source\ttarget\ttype\tconfidence\tcost\tsignals (nats; "
                  "negative supports the link)\n",
                  summary.dictionary_pairs, summary.learned_pairs, summary.length_ratio,
                  summary.length_variance, summary.skip_cost);
    out << line;
    const auto span = [](const align::Span& ids) {
        if (ids.empty()) {
            return std::string("-");
        }
        std::string text = std::to_string(ids.begin);
        if (ids.size() > 1) {
            text += ".." + std::to_string(ids.end - 1);
        }
        return text;
    };
    for (const auto& link : explained.links) {
        std::snprintf(line, sizeof line, "%s\t%s\t%s\t%.3f\t%+.2f\t", span(link.link.source).c_str(),
                      span(link.link.target).c_str(), link.link.type().c_str(),
                      link.link.confidence, link.cost);
        out << line;
        for (std::size_t k = 0; k < link.signals.size(); ++k) {
            std::snprintf(line, sizeof line, "%s%s=%+.2f", k == 0 ? "" : " ",
                          link.signals[k].name.c_str(), link.signals[k].cost);
            out << line;
        }
        out << '\n';
    }
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
    if (arguments.has("explain")) {
        const auto explained = align::align_explained(bitext, options);
        write_explanation(console.out, explained);
        if (const auto output = arguments.value("output")) {
            formats::export_alignment(*output, format, {bitext, explained.alignment, {}},
                                      export_options);
        }
        return exit_ok;
    }
    const align::Alignment alignment = align::align(bitext, options);
    divergence::DivergenceSettings divergence_settings;
    divergence_settings.use_dictionaries = options.use_dictionaries;
    divergence_settings.dictionaries = options.dictionaries;
    // Only some formats store markers; the analysis is not free on long texts.
    const auto markers = formats::carries_markers(format)
                             ? divergence::find_divergences(bitext, alignment, divergence_settings)
                             : std::vector<divergence::Marker>{};
    const formats::ExportData data{bitext, alignment, markers, {}, &options};
    if (const auto output = arguments.value("output")) {
        formats::export_alignment(*output, format, data, export_options);
    } else {
        formats::write_alignment(console.out, format, data, export_options);
    }
    return exit_ok;
}

} // namespace tandem::cli
