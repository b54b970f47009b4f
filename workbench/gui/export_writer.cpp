// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_writer.hpp"

#include <tandem/error.hpp>
#include <tandem/formats/export.hpp>

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <streambuf>
#include <utility>

namespace tandem::gui {
namespace {

// Passes output through to another stream buffer, counting it; once a stop is requested it drops
// the rest (the writers cannot be interrupted, but they finish quickly without I/O, and Write()
// then refuses to commit).
class MonitoredBuffer : public std::streambuf {
  public:
    MonitoredBuffer(std::streambuf& inner, std::stop_token stop, std::uint64_t& written,
                    std::function<void()> report)
        : m_inner(inner), m_stop(std::move(stop)), m_written(written), m_report(std::move(report)) {
    }

  protected:
    int_type overflow(int_type ch) override {
        if (traits_type::eq_int_type(ch, traits_type::eof())) {
            return traits_type::not_eof(ch);
        }
        const char byte = traits_type::to_char_type(ch);
        return xsputn(&byte, 1) == 1 ? ch : traits_type::eof();
    }
    std::streamsize xsputn(const char* data, std::streamsize count) override {
        if (m_stop.stop_requested()) {
            return count;
        }
        const auto put = m_inner.sputn(data, count);
        const auto before = m_written;
        m_written += static_cast<std::uint64_t>(std::max<std::streamsize>(put, 0));
        if (before / report_every != m_written / report_every) {
            m_report();
        }
        return put;
    }
    int sync() override { return m_inner.pubsync(); }

  private:
    static constexpr std::uint64_t report_every = std::uint64_t{1} << 20U;
    std::streambuf& m_inner;
    std::stop_token m_stop;
    std::uint64_t& m_written;
    std::function<void()> m_report;
};

std::uint64_t TextBytes(const text::Document& document) {
    std::uint64_t bytes = 0;
    for (const auto& sentence : document.sentences) {
        bytes += sentence.text.size();
    }
    return bytes;
}

} // namespace

ExportWriter::ExportWriter(std::filesystem::path path, formats::Format format,
                           ExportSnapshot snapshot)
    : m_format(format), m_snapshot(std::move(snapshot)),
      m_files(path, format, *m_snapshot.bitext) {}

ExportWriter::~ExportWriter() = default;

double ExportWriter::EstimatedBytes() const {
    // Rough sizes of each format's markup per link and per marker, measured on the sample; the
    // bar only has to move evenly and end near the right.
    const auto& bitext = *m_snapshot.bitext;
    const double text = static_cast<double>(TextBytes(bitext.source) + TextBytes(bitext.target));
    const double links = static_cast<double>(m_snapshot.alignment.links.size());
    const double sentences = static_cast<double>(bitext.source.size() + bitext.target.size());
    const double markers = static_cast<double>(m_snapshot.markers.size());
    switch (m_format) {
    case formats::Format::tmx:
        return text + links * 330.0 + markers * 150.0;
    case formats::Format::tandem:
        return text + sentences * 60.0 + links * 70.0 + markers * 250.0;
    case formats::Format::html:
        return text * 1.1 + links * 260.0 + markers * 200.0;
    case formats::Format::xces:
    case formats::Format::intertext:
        return text + sentences * 40.0 + links * 70.0;
    case formats::Format::tei:
        return text + sentences * 40.0 + links * 90.0;
    default:
        return text + links * 16.0;
    }
}

void ExportWriter::Write(std::stop_token stop, const std::function<void(double)>& progress) {
    std::uint64_t written = 0;
    const double estimate = std::max(EstimatedBytes(), 1.0);
    const auto report = [&] {
        if (progress) {
            progress(std::min(static_cast<double>(written) / estimate, 0.99));
        }
    };
    const auto monitored = [&](formats::AtomicFile& file,
                               const std::function<void(std::ostream&)>& write) {
        MonitoredBuffer buffer(*file.stream().rdbuf(), stop, written, report);
        std::ostream out(&buffer);
        write(out);
        out.flush();
        if (!out) {
            throw Error(ErrorCode::io, "could not write the export");
        }
    };
    const formats::ExportData data{*m_snapshot.bitext, m_snapshot.alignment, m_snapshot.markers,
                                   m_snapshot.bookmarks};
    m_files.write(data, {}, monitored);
    if (stop.stop_requested()) {
        throw Cancelled();
    }
    m_files.commit();
    if (progress) {
        progress(1.0);
    }
}

} // namespace tandem::gui
