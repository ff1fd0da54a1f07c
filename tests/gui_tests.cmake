# GUI tests: doctest executables that start a real wxApp (tests/gui/gui_test_main.cpp)
# and drive the desktop app's own frames and panels with real events.
# scripts/test.sh runs CTest under xvfb-run, so every test has a display.
add_library(socle_gui_test_support STATIC gui/gui_test_main.cpp gui/gui_support.cpp)
target_link_libraries(socle_gui_test_support PUBLIC socle_test_support socle_desktop_lib)
# Its own precompiled header (the app library's has other definitions);
# every GUI test executable reuses this one.
target_precompile_headers(socle_gui_test_support PRIVATE ${PROJECT_SOURCE_DIR}/ui/desktop/wx_pch.h)
target_compile_definitions(socle_gui_test_support PUBLIC SOCLE_BUILD_LOCALE_DIR="${PROJECT_BINARY_DIR}/locale"
  SOCLE_TEST_LOCALE_DIR="${SOCLE_TEST_LOCALE_DIR}")

# With LOCALES, every case runs once under each locale (gui_test_main.cpp
# reads --socle-locale); ru_RU.UTF-8 comes from the test-locale fixture.
function(socle_add_gui_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LOCALES" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE socle_gui_test_support)
  # Every test process gets an X server of its own (gui/own_display.sh), so
  # GUI tests run in parallel like the others.
  set_property(TARGET ${name} PROPERTY CROSSCOMPILING_EMULATOR ${CMAKE_CURRENT_SOURCE_DIR}/gui/own_display.sh)
  target_precompile_headers(${name} REUSE_FROM socle_gui_test_support)
  if(ARG_LOCALES)
    foreach(locale IN LISTS ARG_LOCALES)
      doctest_discover_tests(${name} TEST_PREFIX "gui.${locale}." EXTRA_ARGS --socle-locale=${locale}
        WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
        PROPERTIES LABELS gui TIMEOUT 120 FIXTURES_REQUIRED socle_test_locales)
    endforeach()
    return()
  endif()
  # One process per test case: a window left over by one case never
  # disturbs the next.
  doctest_discover_tests(${name} TEST_PREFIX "gui." WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
    PROPERTIES LABELS gui TIMEOUT 120)
  # Once more with another default font (DejaVu Serif as sans-serif): no
  # assertion may depend on the metrics of the machine's fonts.
  doctest_discover_tests(${name} TEST_PREFIX "gui.other-font."
    EXTRA_ARGS --socle-fontconfig=${CMAKE_CURRENT_SOURCE_DIR}/gui/fonts/other-default-font.conf
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}
    PROPERTIES LABELS gui TIMEOUT 120)
endfunction()

# The workshop shell (start page, set-up, walkthrough, files, recovery).
include(gui/shell_tests.cmake)
# Dashboard, presentation mode and export.
include(gui/dashboard_tests.cmake)
# System map and roadmap pages.
include(gui/mapview_tests.cmake)
include(gui/comparison_tests.cmake)
