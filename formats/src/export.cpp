// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/export.hpp>

#include <tandem/error.hpp>
#include <tandem/formats/atomic_file.hpp>
#include <tandem/formats/beads.hpp>
#include <tandem/formats/side_by_side.hpp>

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
    default:
        throw Error(ErrorCode::unsupported,
                    "writing " + std::string(to_string(format)) + " is not supported yet");
    }
}

void export_alignment(const std::filesystem::path& path, Format format, const ExportData& data,
                      const ExportOptions& options) {
    AtomicFile file(path);
    write_alignment(file.stream(), format, data, options);
    file.commit();
}

} // namespace tandem::formats
