// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The tandem(1) manual page, built from the same command table as `--help` so the two never
/// drift apart. The build writes it with the hidden `tandem --man-page`.
#pragma once

#include <string>

namespace tandem::cli {

/// The roff source of tandem(1): every command of commands() with every option, the global
/// options, the exit codes and an example.
[[nodiscard]] std::string man_page();

} // namespace tandem::cli
