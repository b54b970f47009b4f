// SPDX-License-Identifier: GPL-3.0-or-later
// Memory for the engine's large working arrays (search tables, lexical bags, Model 1 counts).
// Each first touch of a fresh 4 KiB page is a page fault; the engine touches a few hundred
// megabytes of fresh pages per alignment, and where faults are dear (a virtual machine: about
// 15 µs each on the development machine) they were a third of its time. On Linux such arrays ask
// for transparent huge pages (`madvise(MADV_HUGEPAGE)`, honoured when the system's setting is
// `madvise` or `always`), one fault per 2 MiB. The values stored are the same either way.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace tandem::detail {

/// A std::allocator that aligns blocks of at least huge_page_bytes to huge pages and asks the
/// kernel to back them with huge pages; smaller blocks come from operator new.
template <typename T>
class LargeBufferAllocator {
public:
    using value_type = T;

    /// Size of a transparent huge page on x86-64 and most AArch64 kernels.
    static constexpr std::size_t huge_page_bytes = std::size_t{2} << 20U;

    LargeBufferAllocator() noexcept = default;
    /// Implicit, as std::allocator's: containers rebind allocators by conversion.
    template <typename U>
    LargeBufferAllocator(const LargeBufferAllocator<U>& /*other*/) noexcept {} // NOLINT

    [[nodiscard]] T* allocate(std::size_t count) {
        if (count > static_cast<std::size_t>(-1) / sizeof(T)) {
            throw std::bad_array_new_length();
        }
        const std::size_t bytes = count * sizeof(T);
        if (bytes < huge_page_bytes) {
            return std::allocator<T>().allocate(count);
        }
        void* block = ::operator new(bytes, std::align_val_t{huge_page_bytes});
#if defined(__linux__) && defined(MADV_HUGEPAGE)
        // Advice only: when refused, the block is ordinary memory.
        (void)madvise(block, bytes, MADV_HUGEPAGE);
#endif
        return static_cast<T*>(block);
    }

    void deallocate(T* block, std::size_t count) noexcept {
        if (count * sizeof(T) < huge_page_bytes) {
            std::allocator<T>().deallocate(block, count);
        } else {
            ::operator delete(block, std::align_val_t{huge_page_bytes});
        }
    }

    template <typename U>
    bool operator==(const LargeBufferAllocator<U>& /*other*/) const noexcept {
        return true;
    }
};

/// A vector of the engine's large working arrays.
template <typename T>
using LargeVector = std::vector<T, LargeBufferAllocator<T>>;

} // namespace tandem::detail
