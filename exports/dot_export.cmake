# The system map as Graphviz DOT (no library: plain text).
target_sources(socle_exports PRIVATE ${CMAKE_CURRENT_LIST_DIR}/dot_export.cpp)
