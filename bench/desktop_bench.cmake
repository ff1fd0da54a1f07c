# Desktop responsiveness on the real MainFrame under Xvfb (launch to the
# first painted page, a vote key to everything updated, the system map and
# roadmap pages shown). A plain executable that prints its timings: GUI
# event pumping does not fit Google Benchmark's loops. Run it with
#   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/bench_desktop
# Results and method in docs/performance.md ("Desktop responsiveness").
# Needs the desktop library: without SOCLE_BUILD_DESKTOP there is nothing to drive.
if(TARGET socle_desktop_lib)
  add_executable(bench_desktop ${CMAKE_CURRENT_LIST_DIR}/bench_desktop.cpp)
  target_link_libraries(bench_desktop PRIVATE socle_bench_support socle_desktop_lib)
  target_compile_definitions(bench_desktop PRIVATE SOCLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
