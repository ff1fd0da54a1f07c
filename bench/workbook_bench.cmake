# The whole workbook (scores, roadmap, system analysis, every sheet, the
# file on disk): generated 200 x 40 x 2,000 assessment < 1 s, the Lao PDR
# sample < 150 ms (docs/performance.md).
add_executable(bench_workbook ${CMAKE_CURRENT_LIST_DIR}/bench_workbook.cpp)
target_link_libraries(bench_workbook PRIVATE socle_bench_support socle::exports socle::scoring benchmark::benchmark)
target_compile_definitions(bench_workbook PRIVATE SOCLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
