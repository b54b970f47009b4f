# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DFILE=PATH [-DMAN_PAGE_OF=EXE] -P gzip-n.cmake
# Writes PATH.gz as Debian policy wants manual pages and changelogs: `gzip -9n`, no name and no
# timestamp, so the same sources give the same bytes. With MAN_PAGE_OF, PATH is first written
# from the standard output of `EXE --man-page` (tandem.1 from the command table).
cmake_minimum_required(VERSION 3.25)
if(DEFINED MAN_PAGE_OF)
    execute_process(COMMAND "${MAN_PAGE_OF}" --man-page OUTPUT_FILE "${FILE}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${MAN_PAGE_OF} --man-page failed: ${rc}")
    endif()
endif()
execute_process(COMMAND gzip -9n -c "${FILE}" OUTPUT_FILE "${FILE}.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip -9n ${FILE} failed: ${rc}")
endif()
