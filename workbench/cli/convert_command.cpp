// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.hpp"

#include <tandem/formats/export.hpp>
#include <tandem/formats/import.hpp>

#include <ostream>

namespace tandem::cli {
namespace {

formats::Format format_named(const std::string& name) {
    if (const auto format = formats::format_from_name(name)) {
        return *format;
    }
    throw UsageError("unknown format '" + name + "'");
}

formats::XcesOrder xces_order(const ParsedArguments& arguments) {
    const auto order = arguments.value("xces-order").value_or("detect");
    if (order == "detect") {
        return formats::XcesOrder::detect;
    }
    if (order == "source-first") {
        return formats::XcesOrder::source_first;
    }
    if (order == "target-first") {
        return formats::XcesOrder::target_first;
    }
    throw UsageError("--xces-order takes detect, source-first or target-first, not '" + order +
                     "'");
}

} // namespace

const CommandSpec convert_spec{
    "convert",
    "IN OUT [options]",
    "Convert an aligned bitext between formats (TMX, XCES, InterText, TEI, TSV, project, ...).",
    "IN is a TMX (1.1-1.4b), XCES cesAlign, InterText, TEI, TSV or Tandem project file; its format "
    "is recognised from its content. OUT is written in the format of --format or of its extension "
    "(tmx, xces, intertext, tei, tsv, beads, html, tandem, txt); '-' writes to standard output. "
    "For XCES and InterText, OUT names the alignment file and the two sentence documents are "
    "written beside it. From a multilingual TMX, -s and -t pick the two languages (default: the "
    "header's srclang, or the first language, and the next one).",
    {
        {"source-lang", 's', "LANG", "TMX: the language to read as the source"},
        {"target-lang", 't', "LANG", "TMX: the language to read as the target"},
        {"format", 'f', "FORMAT", "output format (default: from OUT's extension)"},
        {"input-format", 0, "FORMAT", "input format (default: recognised from the content)"},
        {"xces-order", 0, "ORDER",
         "XCES xtargets order: detect (default), source-first (OPUS) or target-first (InterText)"},
        {"tmx-skip-gaps", 0, "", "leave 1-0 and 0-1 links out of TMX output"},
    },
    2,
    2,
};

int run_convert(const ParsedArguments& arguments, Console& console) {
    const auto& in = arguments.arguments().at(0);
    const auto& out = arguments.arguments().at(1);
    formats::Format output = formats::Format::txt;
    if (const auto name = arguments.value("format")) {
        output = format_named(*name);
    } else if (out == "-") {
        throw UsageError("writing to standard output needs --format");
    } else if (const auto format = formats::format_from_extension(out)) {
        output = *format;
    } else {
        throw UsageError("cannot tell the format from '" + out + "'; use --format");
    }
    std::optional<formats::Format> input;
    if (const auto name = arguments.value("input-format")) {
        input = format_named(*name);
    }
    formats::ImportOptions options;
    options.source_language = arguments.value("source-lang").value_or("");
    options.target_language = arguments.value("target-lang").value_or("");
    options.xces_order = xces_order(arguments);

    const auto imported = formats::read_alignment(in, input, options);
    for (const auto& diagnostic : imported.diagnostics) {
        console.err << "tandem: "
                    << format_location(diagnostic.file, diagnostic.position, diagnostic.message)
                    << '\n';
    }
    if (imported.languages.size() > 2) {
        console.err << "tandem: " << in << " holds " << imported.languages.size()
                    << " languages; converted " << imported.bitext.source.language << " → "
                    << imported.bitext.target.language << " (choose with -s and -t)\n";
    }
    formats::ExportOptions export_options;
    export_options.tmx.skip_gaps = arguments.has("tmx-skip-gaps");
    const formats::ExportData data{imported.bitext, imported.alignment, imported.markers,
                                   imported.bookmarks};
    if (out == "-") {
        formats::write_alignment(console.out, output, data, export_options);
    } else {
        formats::export_alignment(out, output, data, export_options);
    }
    return exit_ok;
}

} // namespace tandem::cli
