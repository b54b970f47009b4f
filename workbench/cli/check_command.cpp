// SPDX-License-Identifier: GPL-3.0-or-later
// `tandem check`: divergence markers on an automatic or a given alignment, for people (grouped
// by severity) or for machines (--json), with an exit code for pipelines (--fail-on).
#include "bitext_input.hpp"
#include "commands.hpp"

#include <tandem/align/aligner.hpp>
#include <tandem/divergence/analysis.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/formats/import.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ostream>
#include <string>

namespace tandem::cli {
namespace {

using divergence::Marker;
using divergence::MarkerKind;
using divergence::Severity;

std::vector<OptionSpec> check_options() {
    auto options = bitext_input_options();
    const std::vector<OptionSpec> own{
        {"alignment", 'a', "FILE",
         "check this beads alignment of SOURCE and TARGET instead of aligning them (its ids are "
         "line numbers: use it with --segmented)"},
        {"json", 0, "", "print the markers as JSON"},
        {"kinds", 'k', "LIST",
         "report only these kinds, comma-separated (omission, addition, number, name, "
         "compression, expansion, merge, split, untranslated, transcript-note, low-confidence)"},
        {"min-severity", 0, "SEVERITY", "report only markers at or above SEVERITY (default info)"},
        {"fail-on", 0, "SEVERITY",
         "exit with code 3 when a reported marker is at or above SEVERITY (info, notice, warning, "
         "error)"},
        {"dict", 0, "FILE", "add a bilingual dictionary (FreeDict .index, TSV, hunalign)", true},
        {"no-dict", 0, "", "use no bilingual dictionary"},
    };
    options.insert(options.end(), own.begin(), own.end());
    return options;
}

Severity parse_severity(const std::string& option, const std::string& name) {
    try {
        return divergence::severity_from_string(name);
    } catch (const Error&) {
        throw UsageError("--" + option + " takes info, notice, warning or error, not '" + name + "'");
    }
}

std::vector<MarkerKind> parse_kinds(const std::string& list) {
    std::vector<MarkerKind> kinds;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, comma - start);
        if (!name.empty()) {
            try {
                kinds.push_back(divergence::marker_kind_from_string(name));
            } catch (const Error&) {
                throw UsageError("unknown marker kind '" + name + "' in --kinds");
            }
        }
        start = comma + 1;
    }
    return kinds;
}

/// A JSON string literal (RFC 8259 escaping).
std::string json_string(std::string_view text) {
    std::string result = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': result += "\\\""; break;
        case '\\': result += "\\\\"; break;
        case '\n': result += "\\n"; break;
        case '\r': result += "\\r"; break;
        case '\t': result += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20U) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                result += escaped;
            } else {
                result.push_back(c);
            }
        }
    }
    return result + "\"";
}

std::string_view span_text(const text::Document& document, const divergence::TextSpan& span) {
    return std::string_view(document.sentences[span.sentence].text).substr(span.bytes.begin, span.bytes.size());
}

void write_json_spans(std::ostream& out, const text::Document& document,
                      const std::vector<divergence::TextSpan>& spans) {
    out << '[';
    for (std::size_t i = 0; i < spans.size(); ++i) {
        out << (i > 0 ? ", " : "") << "{\"sentence\": " << document.sentences[spans[i].sentence].id
            << ", \"begin\": " << spans[i].bytes.begin << ", \"end\": " << spans[i].bytes.end
            << ", \"text\": " << json_string(span_text(document, spans[i])) << '}';
    }
    out << ']';
}

void write_json(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
                const std::vector<Marker>& markers) {
    out << "{\n  \"source\": " << json_string(bitext.source.name)
        << ",\n  \"target\": " << json_string(bitext.target.name)
        << ",\n  \"links\": " << alignment.links.size() << ",\n  \"markers\": [";
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const Marker& marker = markers[i];
        out << (i > 0 ? "," : "") << "\n    {\"kind\": " << json_string(to_string(marker.kind))
            << ", \"severity\": " << json_string(to_string(marker.severity))
            << ", \"link\": " << marker.link
            << ", \"link_type\": " << json_string(alignment.links[marker.link].type())
            << ", \"source\": ";
        write_json_spans(out, bitext.source, marker.source_spans);
        out << ", \"target\": ";
        write_json_spans(out, bitext.target, marker.target_spans);
        out << ", \"explanation\": " << json_string(marker.explanation) << '}';
    }
    out << (markers.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

/// `[12, 13]:[11]`: the sentence ids of a link, as in beads files.
std::string link_ids(const align::Bitext& bitext, const align::Link& link) {
    const auto ids = [](const text::Document& document, align::Span span) {
        std::string result = "[";
        for (auto i = span.begin; i < span.end; ++i) {
            result += (i > span.begin ? ", " : "") + std::to_string(document.sentences[i].id);
        }
        return result + "]";
    };
    return ids(bitext.source, link.source) + ":" + ids(bitext.target, link.target);
}

void write_report(std::ostream& out, const align::Bitext& bitext, const align::Alignment& alignment,
                  const std::vector<Marker>& markers) {
    constexpr std::array<Severity, 4> order{Severity::error, Severity::warning, Severity::notice,
                                            Severity::info};
    for (const Severity severity : order) {
        const auto count = std::count_if(markers.begin(), markers.end(),
                                         [&](const Marker& m) { return m.severity == severity; });
        if (count == 0) {
            continue;
        }
        out << to_string(severity) << " (" << count << ")\n";
        for (const Marker& marker : markers) {
            if (marker.severity != severity) {
                continue;
            }
            const align::Link& link = alignment.links[marker.link];
            out << "  link " << marker.link << ' ' << link_ids(bitext, link) << "  "
                << to_string(marker.kind) << ": " << marker.explanation << '\n';
            for (const auto& span : marker.source_spans) {
                out << "      source " << bitext.source.sentences[span.sentence].id << ": "
                    << span_text(bitext.source, span) << '\n';
            }
            for (const auto& span : marker.target_spans) {
                out << "      target " << bitext.target.sentences[span.sentence].id << ": "
                    << span_text(bitext.target, span) << '\n';
            }
        }
        out << '\n';
    }
    out << markers.size() << (markers.size() == 1 ? " marker" : " markers") << " on "
        << alignment.links.size() << " links";
    std::string by_kind;
    for (std::size_t kind = 0; kind <= static_cast<std::size_t>(MarkerKind::low_confidence); ++kind) {
        const auto count = std::count_if(markers.begin(), markers.end(), [&](const Marker& m) {
            return static_cast<std::size_t>(m.kind) == kind;
        });
        if (count > 0) {
            by_kind += (by_kind.empty() ? "" : ", ") +
                       std::string(to_string(static_cast<MarkerKind>(kind))) + ' ' + std::to_string(count);
        }
    }
    out << (by_kind.empty() ? "" : ": " + by_kind) << ".\n";
}

} // namespace

const CommandSpec check_spec{
    "check",
    "SOURCE TARGET [options] | ALIGNED-FILE [options]",
    "Find where a translation or interpretation departs from its source.",
    "Aligns SOURCE and TARGET (or takes the alignment given with --alignment, or the aligned "
    "TMX, XCES, TEI, TSV or project file ALIGNED-FILE) and reports divergence markers: "
    "omissions, additions, numbers that differ or are approximated, names with no counterpart, "
    "compressed and expanded renditions, merges and splits, untranslated text, transcript notes "
    "and links the engine is unsure of. The report is grouped by severity; --json prints one "
    "object per marker with its kind, severity, link, sentence ids, byte spans and explanation. "
    "The taxonomy and thresholds are described in docs/divergences.md.",
    check_options(),
    1,
    2,
};

int run_check(const ParsedArguments& arguments, Console& console) {
    const std::vector<MarkerKind> kinds =
        arguments.has("kinds") ? parse_kinds(*arguments.value("kinds")) : std::vector<MarkerKind>{};
    const Severity min_severity =
        arguments.has("min-severity") ? parse_severity("min-severity", *arguments.value("min-severity"))
                                      : Severity::info;
    const auto fail_on_name = arguments.value("fail-on");
    const Severity fail_on = fail_on_name ? parse_severity("fail-on", *fail_on_name) : Severity::info;
    divergence::DivergenceSettings settings;
    settings.use_dictionaries = !arguments.has("no-dict");
    for (const auto& file : arguments.values("dict")) {
        settings.dictionaries.emplace_back(file);
    }

    align::Bitext bitext;
    align::Alignment alignment;
    if (arguments.arguments().size() == 1) {
        if (arguments.has("alignment")) {
            throw UsageError("--alignment needs SOURCE and TARGET");
        }
        auto imported = formats::read_alignment(arguments.arguments().front());
        bitext = std::move(imported.bitext);
        alignment = std::move(imported.alignment);
    } else {
        bitext = load_bitext(arguments, console);
        if (const auto file = arguments.value("alignment")) {
            alignment = formats::to_alignment(formats::read_beads(*file), bitext.source.size(),
                                              bitext.target.size(), *file);
        } else {
            align::AlignOptions options;
            options.use_dictionaries = settings.use_dictionaries;
            options.dictionaries = settings.dictionaries;
            alignment = align::align(bitext, options);
        }
    }

    auto markers = divergence::find_divergences(bitext, alignment, settings);
    std::erase_if(markers, [&](const Marker& marker) {
        return marker.severity < min_severity ||
               (!kinds.empty() && std::find(kinds.begin(), kinds.end(), marker.kind) == kinds.end());
    });
    if (arguments.has("json")) {
        write_json(console.out, bitext, alignment, markers);
    } else {
        write_report(console.out, bitext, alignment, markers);
    }
    const bool failed = fail_on_name && std::any_of(markers.begin(), markers.end(), [&](const Marker& m) {
                            return m.severity >= fail_on;
                        });
    return failed ? exit_findings : exit_ok;
}

} // namespace tandem::cli
