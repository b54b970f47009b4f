// SPDX-License-Identifier: GPL-3.0-or-later
// Where test data lives, passed in by CMake; tests read it in place.
#pragma once

#include <filesystem>

namespace tandem::test {

inline const std::filesystem::path source_dir{TANDEM_SOURCE_DIR};
inline const std::filesystem::path shared_data{TANDEM_SHARED_DATA_DIR};
inline const std::filesystem::path test_data{TANDEM_TEST_DATA_DIR};
inline const std::filesystem::path sample_dir = source_dir / "samples" / "press-remarks";

} // namespace tandem::test
