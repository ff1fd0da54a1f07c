# The system-map analysis on 2,000 systems and 10,000 flows; compare with
# networkx through bench/networkx_compare.py (docs/performance.md).
add_executable(bench_system_analysis ${CMAKE_CURRENT_LIST_DIR}/bench_system_analysis.cpp)
target_link_libraries(bench_system_analysis PRIVATE socle::exports socle::scoring benchmark::benchmark)
