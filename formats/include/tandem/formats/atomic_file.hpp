// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Output files that are either written completely or not at all.
#pragma once

#include <filesystem>
#include <fstream>

namespace tandem::formats {

/// Writes to a temporary file beside the destination; commit() flushes it to disk and renames it
/// over the destination. Destroying an uncommitted AtomicFile removes the temporary file, so a
/// failed or interrupted export never leaves a half-written file.
class AtomicFile {
public:
    /// Opens a temporary file in @p destination's folder; throws Error(io) when it cannot.
    explicit AtomicFile(std::filesystem::path destination);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    /// The stream to write to.
    [[nodiscard]] std::ostream& stream() noexcept { return m_stream; }
    /// Flushes, syncs and renames onto the destination; throws Error(io) on any failure.
    void commit();

private:
    std::filesystem::path m_destination;
    std::filesystem::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

} // namespace tandem::formats
