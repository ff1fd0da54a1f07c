# The Word report (scores, roadmap, system analysis, every section, charts
# with embedded data, the zip): Lao PDR sample < 0.5 s, generated 200 x 40 x
# 2,000 assessment < 5 s (docs/performance.md).
add_executable(bench_report ${CMAKE_CURRENT_LIST_DIR}/bench_report.cpp)
target_link_libraries(bench_report PRIVATE socle_bench_support socle::exports socle::scoring benchmark::benchmark)
target_compile_definitions(bench_report PRIVATE SOCLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
