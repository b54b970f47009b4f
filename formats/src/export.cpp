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

ExportFiles::ExportFiles(const std::filesystem::path& path, Format format,
                         const align::Bitext& bitext)
    : m_format(format) {
    if (format != Format::xces && format != Format::intertext) {
        m_alignment = std::make_unique<AtomicFile>(path);
        return;
    }
    const AlignmentFiles files = alignment_files(path, bitext);
    m_source = std::make_unique<AtomicFile>(files.source);
    m_target = std::make_unique<AtomicFile>(files.target);
    m_alignment = std::make_unique<AtomicFile>(files.alignment);
    m_source_name = files.source.filename().string();
    m_target_name = files.target.filename().string();
}

void ExportFiles::write(const ExportData& data, const ExportOptions& options,
                        const WriteThrough& through) {
    const auto write_to = [&](AtomicFile& file, const std::function<void(std::ostream&)>& write) {
        if (through) {
            through(file, write);
        } else {
            write(file.stream());
        }
    };
    ExportOptions named = options;
    if (m_source) {
        write_to(*m_source,
                 [&](std::ostream& out) { write_sentence_document(out, data.bitext.source); });
        write_to(*m_target,
                 [&](std::ostream& out) { write_sentence_document(out, data.bitext.target); });
        named.source_document = m_source_name;
        named.target_document = m_target_name;
    }
    write_to(*m_alignment, [&](std::ostream& out) { write_alignment(out, m_format, data, named); });
}

void ExportFiles::commit() {
    if (m_source) {
        m_source->commit();
        m_target->commit();
    }
    m_alignment->commit();
}

void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options) {
    ExportFiles files(path, format, data.bitext);
    files.write(data, options);
    files.commit();
}

} // namespace tandem::formats
