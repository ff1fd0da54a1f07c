# Comparing 1,000 assessments (scoring/comparison.h); also generates folders
# of files for peak-memory runs of `socle-cli compare` (docs/performance.md).
add_executable(bench_comparison ${CMAKE_CURRENT_LIST_DIR}/bench_comparison.cpp)
target_link_libraries(bench_comparison PRIVATE socle_bench_support socle::scoring benchmark::benchmark)
