// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/export.hpp>

#include <tandem/error.hpp>
#include <tandem/formats/atomic_file.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/formats/html_report.hpp>
#include <tandem/formats/project.hpp>
#include <tandem/formats/side_by_side.hpp>
#include <tandem/formats/tei.hpp>
#include <tandem/formats/tsv.hpp>
#include <tandem/formats/xces.hpp>

#include <ostream>
#include <string>

namespace tandem::formats {
void write_alignment(std::ostream& out, Format format, const ExportData& data,
                     const ExportOptions& options) {
    switch (format) {
    case Format::tmx:
        write_tmx(out, data.bitext, data.alignment, data.markers, options.tmx);
        return;
    case Format::beads:
        write_beads(out, data.alignment);
        return;
    case Format::txt:
        write_side_by_side(out, data.bitext, data.alignment);
        return;
    case Format::xces:
        write_xces(out, data.bitext, data.alignment, options.source_document,
                   options.target_document);
        return;
    case Format::intertext:
        write_intertext(out, data.bitext, data.alignment, options.source_document,
                        options.target_document, data.bookmarks);
        return;
    case Format::tei:
        write_tei(out, data.bitext, data.alignment);
        return;
    case Format::tsv:
        write_tsv(out, data.bitext, data.alignment);
        return;
    case Format::html:
        write_html_report(out, data.bitext, data.alignment, data.markers);
        return;
    case Format::tandem:
        write_project(out, data.bitext, data.alignment, data.markers, data.bookmarks,
                      data.settings != nullptr ? *data.settings : align::AlignOptions{});
        return;
    }
    throw Error(ErrorCode::unsupported,
                "writing " + std::string(to_string(format)) + " is not supported");
}

void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options) {
    if (format == Format::xces || format == Format::intertext) {
        const AlignmentFiles files = alignment_files(path, data.bitext);
        AtomicFile source(files.source);
        write_sentence_document(source.stream(), data.bitext.source);
        AtomicFile target(files.target);
        write_sentence_document(target.stream(), data.bitext.target);
        AtomicFile alignment(files.alignment);
        ExportOptions named = options;
        named.source_document = files.source.filename().string();
        named.target_document = files.target.filename().string();
        write_alignment(alignment.stream(), format, data, named);
        source.commit();
        target.commit();
        alignment.commit();
        return;
    }
    AtomicFile file(path);
    write_alignment(file.stream(), format, data, options);
    file.commit();
}

} // namespace tandem::formats
