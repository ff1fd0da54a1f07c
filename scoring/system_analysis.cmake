# The system-map analysis (Boost.Graph, PRIVATE through socle_scoring's link
# list: no boost type reaches scoring/system_analysis.h).
target_sources(socle_scoring PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/system_analysis.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system_graph.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system_reach.cpp
  ${CMAKE_CURRENT_LIST_DIR}/system_betweenness.cpp
)
