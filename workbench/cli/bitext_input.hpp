// SPDX-License-Identifier: GPL-3.0-or-later
/// @file
/// The input options shared by commands that read a source and a target file.
#pragma once

#include "command_line.hpp"
#include "commands.hpp"

#include <tandem/align/alignment.hpp>

#include <vector>

namespace tandem::cli {

/// `-s`, `-t`, `--encoding`, `--source-encoding`, `--target-encoding`, `--segmented`.
[[nodiscard]] std::vector<OptionSpec> bitext_input_options();

/// Loads SOURCE and TARGET (the first two arguments) as the options say; states guessed
/// languages and encodings on the console's error stream.
[[nodiscard]] align::Bitext load_bitext(const ParsedArguments& arguments, Console& console);

} // namespace tandem::cli
