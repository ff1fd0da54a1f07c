add_library(socle_bench_support STATIC ${CMAKE_CURRENT_LIST_DIR}/bench_support.cpp)
target_link_libraries(socle_bench_support PUBLIC socle::assessment PRIVATE socle::frameworks)
target_compile_definitions(socle_bench_support PRIVATE SOCLE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

add_executable(bench_assessment ${CMAKE_CURRENT_LIST_DIR}/bench_assessment.cpp)
target_link_libraries(bench_assessment PRIVATE socle_bench_support socle::scoring pugixml::pugixml benchmark::benchmark)
