# The xlsx workbook (libxlsxwriter, linked PRIVATE in CMakeLists.txt) and the
# CSV tables of `socle-cli export`. See docs/workbook.md.
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_book.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_context.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_scores.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_gaps.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_roadmap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_systems.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_dependencies.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_people.cpp
  ${CMAKE_CURRENT_LIST_DIR}/glossary_sheet.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_evidence.cpp
  ${CMAKE_CURRENT_LIST_DIR}/workbook_sources.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csv_export.cpp
)
