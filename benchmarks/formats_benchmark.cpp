// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput and memory of TMX output and input on a synthetic 1-million-link bitext.
// Usage: formats_benchmark [LINKS]   (default 1000000). Prints MB/s and peak-memory growth.
#include <tandem/formats/export.hpp>
#include <tandem/formats/tmx.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using namespace tandem;

/// Peak resident memory of the process so far, in MiB.
double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

text::Document make_document(std::size_t sentences, const char* language, const char* words) {
    text::Document document;
    document.name = std::string("synthetic.") + language;
    document.language = language;
    for (std::size_t i = 0; i < sentences; ++i) {
        text::Sentence sentence;
        sentence.id = static_cast<text::SentenceId>(i);
        sentence.text = std::string(words) + " " + std::to_string(i) + ".";
        sentence.range = {document.text.size(), document.text.size() + sentence.text.size()};
        sentence.paragraph = static_cast<std::uint32_t>(i / 10);
        document.text += sentence.text + ' ';
        document.sentences.push_back(std::move(sentence));
    }
    return document;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Processor time of the process so far, in seconds (the machine may be shared).
double cpu_seconds() {
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t links = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
    const auto path = std::filesystem::temp_directory_path() /
                      ("tandem-formats-benchmark-" + std::to_string(::getpid()) + ".tmx");
    double write_growth = 0;
    {
        const align::Bitext bitext{
            make_document(links, "ru", "Перевод этого предложения & <разметка> номер"),
            make_document(links, "en", "The translation of this sentence & <markup> number")};
        align::Alignment alignment;
        alignment.links.reserve(links);
        for (std::size_t k = 0; k < links; ++k) {
            const auto i = static_cast<align::SentenceIndex>(k);
            alignment.links.push_back(
                {{i, i + 1}, {i, i + 1}, 0.875, align::LinkStatus::automatic});
        }
        const double before = peak_mib();
        const auto start = std::chrono::steady_clock::now();
        const double cpu_start = cpu_seconds();
        formats::export_alignment(path, formats::Format::tmx, {bitext, alignment});
        const double elapsed = seconds_since(start);
        const double cpu = cpu_seconds() - cpu_start;
        write_growth = peak_mib() - before;
        const double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
        std::printf("TMX write: %zu links, %.1f MB in %.2f s = %.1f MB/s (CPU %.2f s = %.1f MB/s); "
                    "peak memory before %.0f MiB, growth while writing %.1f MiB\n",
                    links, megabytes, elapsed, megabytes / elapsed, cpu, megabytes / cpu, before,
                    write_growth);
        // Every other writer streams too: the peak must not grow while it writes.
        const auto folder = path.parent_path() / (path.stem().string() + "-all");
        std::filesystem::create_directories(folder);
        for (const auto format :
             {formats::Format::xces, formats::Format::intertext, formats::Format::tei,
              formats::Format::tsv, formats::Format::html, formats::Format::tandem,
              formats::Format::beads, formats::Format::txt}) {
            const double peak = peak_mib();
            const double format_cpu_start = cpu_seconds();
            formats::export_alignment(folder / ("out." + std::string(formats::to_string(format))),
                                      format, {bitext, alignment});
            const double format_cpu = cpu_seconds() - format_cpu_start;
            double written = 0;
            for (const auto& entry : std::filesystem::directory_iterator(folder)) {
                written += static_cast<double>(entry.file_size()) / 1e6;
                std::filesystem::remove(entry.path());
            }
            std::printf("%-9s write: %.1f MB, CPU %.2f s = %.1f MB/s; memory growth %.1f MiB\n",
                        std::string(formats::to_string(format)).c_str(), written, format_cpu,
                        written / format_cpu, peak_mib() - peak);
        }
        std::filesystem::remove_all(folder);
    }
    const double before = peak_mib();
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = cpu_seconds();
    const auto imported = formats::read_tmx(path);
    const double elapsed = seconds_since(start);
    const double cpu = cpu_seconds() - cpu_start;
    const double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    std::printf("TMX read:  %zu links, %.1f MB in %.2f s = %.1f MB/s (CPU %.2f s = %.1f MB/s); "
                "peak memory %.0f MiB (growth %.0f MiB, the bitext read included)\n",
                imported.alignment.links.size(), megabytes, elapsed, megabytes / elapsed, cpu,
                megabytes / cpu, peak_mib(), peak_mib() - before);
    std::filesystem::remove(path);
    return imported.alignment.links.size() == links ? 0 : 1;
}
