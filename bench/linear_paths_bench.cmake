# The paths issue 14 found quadratic (docs/performance.md).
add_executable(bench_linear_paths ${CMAKE_CURRENT_LIST_DIR}/bench_linear_paths.cpp)
target_link_libraries(bench_linear_paths PRIVATE socle_bench_support socle::frameworks benchmark::benchmark)
