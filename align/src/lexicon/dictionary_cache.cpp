// SPDX-License-Identifier: GPL-3.0-or-later
// File layout (native byte order; a file from a machine of the other order fails the magic check):
//   magic "TDMDICT\0" · u32 format version · u32 key bytes · key · u64 pairs ·
//   pairs × (u32 source bytes · source · u32 target bytes · target) · u32 CRC-32 of all before.
#include "dictionary_cache.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include <elf.h>
#include <link.h>
#include <unistd.h>

namespace tandem::lexicon::detail {
namespace {

constexpr std::array<char, 8> magic{'T', 'D', 'M', 'D', 'I', 'C', 'T', '\0'};
/// Bump when the layout above changes.
constexpr std::uint32_t format_version = 1;
/// Larger files are not ours (the largest FreeDict pair, German–English, takes about 60 MB).
constexpr std::uintmax_t largest_file = std::uintmax_t{1} << 30;

/// CRC-32 of @p bytes (at most largest_file of them, so one zlib call takes them all).
std::uint32_t checksum(std::string_view bytes) {
    return static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0),
                                            reinterpret_cast<const Bytef*>(bytes.data()),
                                            static_cast<uInt>(bytes.size())));
}

/// Reads fixed-size values and strings from a byte buffer, failing (not throwing) at its end.
class Reader {
public:
    explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
    template <typename T> bool value(T& out) {
        if (m_bytes.size() - m_position < sizeof(T)) {
            return false;
        }
        std::memcpy(&out, m_bytes.data() + m_position, sizeof(T));
        m_position += sizeof(T);
        return true;
    }
    bool text(std::string_view& out) {
        std::uint32_t size = 0;
        if (!value(size) || m_bytes.size() - m_position < size) {
            return false;
        }
        out = m_bytes.substr(m_position, size);
        m_position += size;
        return true;
    }
    [[nodiscard]] std::size_t remaining() const noexcept { return m_bytes.size() - m_position; }

private:
    std::string_view m_bytes;
    std::size_t m_position = 0;
};

template <typename T> void append_value(std::string& out, T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

void append_text(std::string& out, std::string_view text) {
    append_value(out, static_cast<std::uint32_t>(text.size()));
    out.append(text);
}

/// FNV-1a (Fowler, Noll, Vo): a stable hash for file names.
std::uint64_t fnv1a(std::string_view text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

std::optional<std::string> read_file(const std::filesystem::path& file) {
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || size > largest_file) {
        return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
        return std::nullopt;
    }
    return bytes;
}

/// Marks an address inside the loaded object that holds this code.
const char code_marker = 0;

/// dl_iterate_phdr() callback: when @p info's object holds code_marker, copies the descriptor of
/// its NT_GNU_BUILD_ID note, in hex, to the string @p data points to, and stops.
int copy_build_id(dl_phdr_info* info, std::size_t /*size*/, void* data) {
    const auto marker = reinterpret_cast<ElfW(Addr)>(&code_marker);
    bool holds_marker = false;
    for (ElfW(Half) k = 0; k < info->dlpi_phnum; ++k) {
        const auto& segment = info->dlpi_phdr[k];
        const auto begin = info->dlpi_addr + segment.p_vaddr;
        holds_marker = holds_marker || (segment.p_type == PT_LOAD && marker >= begin &&
                                        marker < begin + segment.p_memsz);
    }
    if (!holds_marker) {
        return 0;
    }
    for (ElfW(Half) k = 0; k < info->dlpi_phnum; ++k) {
        const auto& segment = info->dlpi_phdr[k];
        if (segment.p_type != PT_NOTE) {
            continue;
        }
        const auto* notes =
            reinterpret_cast<const unsigned char*>(info->dlpi_addr + segment.p_vaddr);
        const std::size_t alignment = segment.p_align == 8 ? 8 : 4;
        const auto padded = [&](std::size_t size) {
            return (size + alignment - 1) / alignment * alignment;
        };
        for (std::size_t offset = 0; offset + sizeof(ElfW(Nhdr)) <= segment.p_memsz;) {
            ElfW(Nhdr) header;
            std::memcpy(&header, notes + offset, sizeof header);
            const auto* name = notes + offset + sizeof header;
            const auto* descriptor = name + padded(header.n_namesz);
            offset += sizeof header + padded(header.n_namesz) + padded(header.n_descsz);
            if (offset > segment.p_memsz) {
                break;
            }
            if (header.n_type == NT_GNU_BUILD_ID && header.n_namesz == 4 &&
                std::memcmp(name, "GNU", 4) == 0) {
                auto& identity = *static_cast<std::string*>(data);
                for (std::size_t b = 0; b < header.n_descsz; ++b) {
                    identity += "0123456789abcdef"[descriptor[b] >> 4];
                    identity += "0123456789abcdef"[descriptor[b] & 15];
                }
                return 1;
            }
        }
    }
    return 1;
}

} // namespace

const std::string& build_identity() {
    static const std::string identity = [] {
        std::string found;
        dl_iterate_phdr(copy_build_id, &found);
        return found;
    }();
    return identity;
}

std::filesystem::path dictionary_cache_folder() {
    const char* cache_home = std::getenv("XDG_CACHE_HOME");
    // The XDG base directory specification ignores a relative path.
    if (cache_home != nullptr && cache_home[0] == '/') {
        return std::filesystem::path(cache_home) / "tandem" / "dictionaries";
    }
    const char* home = std::getenv("HOME");
    if (home != nullptr && home[0] == '/') {
        return std::filesystem::path(home) / ".cache" / "tandem" / "dictionaries";
    }
    return {};
}

std::filesystem::path DictionaryCache::file_for(std::string_view key) const {
    if (m_folder.empty()) {
        return {};
    }
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.dict",
                  static_cast<unsigned long long>(fnv1a(key.substr(0, key.find('\n')))));
    return m_folder / name;
}

std::optional<Dictionary> DictionaryCache::find(std::string_view key) const noexcept {
    if (m_folder.empty()) {
        return std::nullopt;
    }
    try {
        return read_entry(file_for(key), key);
    } catch (...) {
        // Out of memory (a crafted file may claim many pairs) or a file-system exception.
        return std::nullopt;
    }
}

std::optional<Dictionary> DictionaryCache::read_entry(const std::filesystem::path& file,
                                                      std::string_view key) {
    const auto bytes = read_file(file);
    if (!bytes || bytes->size() < magic.size() + sizeof(std::uint32_t)) {
        return std::nullopt;
    }
    const std::string_view all(*bytes);
    const auto body = all.substr(0, all.size() - sizeof(std::uint32_t));
    std::uint32_t stored_checksum = 0;
    std::memcpy(&stored_checksum, all.data() + body.size(), sizeof stored_checksum);
    if (!std::equal(magic.begin(), magic.end(), body.begin())) {
        return std::nullopt;
    }
    Reader reader(body.substr(magic.size()));
    std::uint32_t version = 0;
    std::string_view stored_key;
    std::uint64_t count = 0;
    if (!reader.value(version) || version != format_version || !reader.text(stored_key) ||
        stored_key != key || !reader.value(count) || checksum(body) != stored_checksum ||
        count > reader.remaining() / (2 * sizeof(std::uint32_t))) {
        return std::nullopt;
    }
    std::vector<WordPair> pairs;
    pairs.reserve(static_cast<std::size_t>(count));
    for (std::uint64_t k = 0; k < count; ++k) {
        std::string_view source;
        std::string_view target;
        if (!reader.text(source) || !reader.text(target) || source.empty() || target.empty()) {
            return std::nullopt;
        }
        pairs.push_back({std::string(source), std::string(target)});
    }
    if (reader.remaining() != 0) {
        return std::nullopt;
    }
    return Dictionary(std::move(pairs));
}

bool DictionaryCache::store(std::string_view key, const Dictionary& dictionary) const noexcept {
    if (m_folder.empty()) {
        return false;
    }
    try {
        std::error_code error;
        std::filesystem::create_directories(m_folder, error);
        if (error) {
            return false;
        }
        // A name no other process or thread uses; the rename replaces the entry in one step. No
        // fsync: a file lost or truncated in a crash is a miss and is written again.
        static std::atomic<unsigned> counter{0};
        const auto destination = file_for(key);
        auto temporary = destination;
        temporary += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            // Written a megabyte at a time, the checksum running along.
            uLong crc = crc32(0L, Z_NULL, 0);
            std::string buffer;
            const auto flush = [&] {
                crc = crc32(crc, reinterpret_cast<const Bytef*>(buffer.data()),
                            static_cast<uInt>(buffer.size()));
                out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
                buffer.clear();
            };
            buffer.assign(magic.begin(), magic.end());
            append_value(buffer, format_version);
            append_text(buffer, key);
            append_value(buffer, static_cast<std::uint64_t>(dictionary.size()));
            for (const auto& pair : dictionary.pairs()) {
                if (buffer.size() >= (1U << 20U)) {
                    flush();
                }
                append_text(buffer, pair.source);
                append_text(buffer, pair.target);
            }
            flush();
            append_value(buffer, static_cast<std::uint32_t>(crc));
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            out.close();
            if (!out) {
                std::filesystem::remove(temporary, error);
                return false;
            }
        }
        std::filesystem::rename(temporary, destination, error);
        if (error) {
            std::filesystem::remove(temporary, error);
            return false;
        }
        return true;
    } catch (...) {
        // Out of memory or a file-system exception: the dictionary simply stays uncached.
        return false;
    }
}

} // namespace tandem::lexicon::detail
