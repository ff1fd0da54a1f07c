# The comparison workbook (xlsx) of `socle-cli compare -o`.
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/comparison_workbook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/comparison_workbook_tables.cpp
)
