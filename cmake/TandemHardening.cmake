# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's hardening for optimised builds, and build paths kept out of the binaries
# (std::source_location in errors would otherwise carry the build machine's folders).
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_options(-D_FORTIFY_SOURCE=2 -fstack-protector-strong)
    add_link_options(LINKER:-z,relro,-z,now)
endif()
add_compile_options(-ffile-prefix-map=${PROJECT_SOURCE_DIR}/=)
