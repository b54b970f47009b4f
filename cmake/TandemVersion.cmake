# SPDX-License-Identifier: GPL-3.0-or-later
# The version shown by `tandem --version` and Help → About: project version plus git revision.
find_package(Git QUIET)
set(TANDEM_REVISION "unknown")
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=10 HEAD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _rev OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE _rc)
    if(_rc EQUAL 0 AND _rev)
        set(TANDEM_REVISION "${_rev}")
    endif()
endif()
