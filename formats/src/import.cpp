// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/import.hpp>

#include <tandem/formats/project.hpp>
#include <tandem/formats/tei.hpp>
#include <tandem/formats/tmx.hpp>
#include <tandem/formats/tsv.hpp>
#include <tandem/formats/xces.hpp>

#include "xml_reader.hpp"

#include <fstream>

namespace tandem::formats {

std::optional<Format> detect_format(const std::filesystem::path& path) {
    const std::string root = detail::root_element_name(path);
    if (root == "tmx") {
        return Format::tmx;
    }
    if (root == "cesAlign" || root == "cesDoc") {
        return Format::xces;
    }
    if (root == "linkGrp") {
        return Format::intertext;
    }
    if (root == "TEI") {
        return Format::tei;
    }
    if (root == "tandem-project") {
        return Format::tandem;
    }
    if (root.empty()) {
        std::ifstream in(path, std::ios::binary);
        std::string first_line;
        std::getline(in, first_line);
        if (first_line.starts_with(tsv_header)) {
            return Format::tsv;
        }
    }
    return format_from_extension(path);
}

ImportedAlignment read_alignment(const std::filesystem::path& path, std::optional<Format> format,
                                 const ImportOptions& options) {
    if (!format) {
        format = detect_format(path);
    }
    if (!format) {
        throw Error(ErrorCode::unsupported, "cannot tell the format of the file", path.string());
    }
    switch (*format) {
    case Format::tmx:
        return read_tmx(path, options);
    case Format::xces:
    case Format::intertext:
        return read_xces(path, options);
    case Format::tei:
        return read_tei(path);
    case Format::tsv:
        return read_tsv(path);
    case Format::tandem: {
        Project project = read_project(path);
        ImportedAlignment result;
        result.languages = {project.bitext.source.language, project.bitext.target.language};
        result.bitext = std::move(project.bitext);
        result.alignment = std::move(project.alignment);
        result.markers = std::move(project.markers);
        result.bookmarks = std::move(project.bookmarks);
        return result;
    }
    case Format::beads:
    case Format::txt:
    case Format::html:
        break;
    }
    throw Error(ErrorCode::unsupported,
                "cannot read an alignment from " + std::string(to_string(*format)) + " files",
                path.string());
}

} // namespace tandem::formats
