// SPDX-License-Identifier: GPL-3.0-or-later
#include <tandem/formats/atomic_file.hpp>

#include <tandem/error.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace tandem::formats {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& destination) {
    static std::atomic<unsigned> counter{0};
    auto name = destination.filename().string();
    name = "." + name + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    return destination.parent_path() / name;
}

/// fsync() a file or folder by path, so the rename is durable after a crash.
bool sync_path(const std::filesystem::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path destination)
    : m_destination(std::move(destination)), m_temporary(temporary_beside(m_destination)) {
    std::error_code ignored;
    if (std::filesystem::is_directory(m_destination, ignored)) {
        throw Error(ErrorCode::io, "is a folder, not a file", m_destination.string());
    }
    m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_stream) {
        throw Error(ErrorCode::io, std::string("cannot write: ") + std::strerror(errno),
                    m_destination.string());
    }
}

AtomicFile::~AtomicFile() {
    if (!m_committed) {
        m_stream.close();
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit() {
    m_stream.flush();
    const bool written = static_cast<bool>(m_stream);
    m_stream.close();
    if (!written || m_stream.fail() || !sync_path(m_temporary, O_RDONLY)) {
        throw Error(ErrorCode::io, "cannot write (disk full?)", m_destination.string());
    }
    std::error_code error;
    std::filesystem::rename(m_temporary, m_destination, error);
    if (error) {
        throw Error(ErrorCode::io, "cannot replace: " + error.message(), m_destination.string());
    }
    m_committed = true;
    const auto folder = m_destination.parent_path().empty() ? std::filesystem::path(".")
                                                            : m_destination.parent_path();
    sync_path(folder, O_RDONLY | O_DIRECTORY);
}

} // namespace tandem::formats
