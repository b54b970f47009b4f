// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignment_job.hpp"

#include <tandem/formats/document_loader.hpp>
#include <tandem/formats/import.hpp>
#include <tandem/formats/plain_text.hpp>
#include <tandem/formats/project.hpp>

#include <algorithm>

namespace tandem::gui {
namespace {

// Shares of the whole job each stage takes, for one progress bar.
constexpr double loading_share = 0.1;
constexpr double analysis_share = 0.1;

void check(const std::stop_token& stop) {
    if (stop.stop_requested()) {
        throw Cancelled();
    }
}

} // namespace

AlignmentResult RunAlignmentJob(const AlignmentRequest& request, std::stop_token stop,
                                const align::ProgressCallback& progress) {
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress) {
            progress({stage, std::clamp(fraction, 0.0, 1.0)});
        }
    };
    AlignmentResult result;
    auto bitext = std::make_shared<align::Bitext>();
    report("loading source", 0.0);
    auto source =
        formats::load_text_document(request.source_path, {request.source_language, {}, false});
    check(stop);
    report("loading target", loading_share / 2);
    auto target =
        formats::load_text_document(request.target_path, {request.target_language, {}, false});
    check(stop);
    bitext->source = std::move(source.document);
    bitext->target = std::move(target.document);
    result.diagnostics = std::move(source.diagnostics);
    result.diagnostics.insert(result.diagnostics.end(), target.diagnostics.begin(),
                              target.diagnostics.end());

    const double align_share = 1.0 - loading_share - analysis_share;
    result.alignment = align::align(*bitext, request.align, stop, [&](const align::Progress& step) {
        report(step.stage, loading_share + align_share * step.fraction);
    });
    check(stop);
    report("finding divergences", 1.0 - analysis_share);
    result.markers = divergence::find_divergences(*bitext, result.alignment, request.divergence);
    report("done", 1.0);
    result.bitext = std::move(bitext);
    return result;
}

AlignmentResult RunImportJob(const std::filesystem::path& path,
                             const divergence::DivergenceSettings& divergence, std::stop_token stop,
                             const align::ProgressCallback& progress) {
    const auto report = [&](std::string_view stage, double fraction) {
        if (progress) {
            progress({stage, fraction});
        }
    };
    report("reading", 0.0);
    AlignmentResult result;
    auto bitext = std::make_shared<align::Bitext>();
    if (formats::detect_format(path) == formats::Format::tandem) {
        auto project = formats::read_project(path);
        *bitext = std::move(project.bitext);
        result.alignment = std::move(project.alignment);
        result.markers = std::move(project.markers);
        result.bookmarks = std::move(project.bookmarks);
    } else {
        auto imported = formats::read_alignment(path);
        *bitext = std::move(imported.bitext);
        result.alignment = std::move(imported.alignment);
        result.markers = std::move(imported.markers);
        result.diagnostics = std::move(imported.diagnostics);
    }
    check(stop);
    if (result.markers.empty()) {
        report("finding divergences", 1.0 - analysis_share);
        result.markers = divergence::find_divergences(*bitext, result.alignment, divergence);
    }
    report("done", 1.0);
    result.bitext = std::move(bitext);
    return result;
}

text::LanguageGuess GuessFileLanguage(const std::filesystem::path& path) {
    constexpr std::size_t sample_bytes = 64 * 1024;
    auto decoded = formats::read_text_file(path);
    auto sample = std::string_view(decoded.text).substr(0, sample_bytes);
    // Do not cut a UTF-8 sequence in half.
    while (!sample.empty() && sample.size() < decoded.text.size() &&
           (static_cast<unsigned char>(decoded.text[sample.size()]) & 0xC0U) == 0x80U) {
        sample.remove_suffix(1);
    }
    return text::guess_language(sample);
}

} // namespace tandem::gui
