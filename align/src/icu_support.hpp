// SPDX-License-Identifier: GPL-3.0-or-later
// The one choke point for ICU error codes and the owners of ICU C resources.
#pragma once

#include <tandem/error.hpp>

#include <unicode/utext.h>
#include <unicode/utypes.h>

#include <memory>
#include <string>
#include <string_view>

namespace tandem::detail {

/// Throws Error(internal) describing @p what when @p status is a failure.
inline void check_icu(UErrorCode status, std::string_view what) {
    if (U_FAILURE(status)) {
        throw Error(ErrorCode::internal,
                    std::string(what) + " failed: " + u_errorName(status));
    }
}

struct UTextCloser {
    void operator()(UText* text) const noexcept { utext_close(text); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

/// A UText reading @p text in place (no copy); @p text must outlive it.
inline UTextPtr open_utf8(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    UTextPtr result(utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
    check_icu(status, "utext_openUTF8");
    return result;
}

} // namespace tandem::detail
