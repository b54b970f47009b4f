# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings live on one INTERFACE target that every Tandem target links privately.
add_library(tandem_warnings INTERFACE)
add_library(tandem::warnings ALIAS tandem_warnings)
target_compile_options(tandem_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wnon-virtual-dtor
    $<$<BOOL:${TANDEM_WERROR}>:-Werror>)
