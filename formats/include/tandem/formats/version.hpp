// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// Tandem's version, as written into files and shown by `--version` and Help → About.
#pragma once

#include <string>

namespace tandem::formats {

/// `0.1.0`.
[[nodiscard]] std::string version_string();
/// The git revision the build came from (`a1b2c3d4e5`), or `unknown`.
[[nodiscard]] std::string revision_string();

} // namespace tandem::formats
