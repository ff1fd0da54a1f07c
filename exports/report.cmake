# The editable Word report of `socle-cli report` (docs/report.md): the
# document body and its package written with pugixml, zipped in memory with
# minizip (the zip library libxlsxwriter itself links on Debian), the chart
# data embedded as small workbooks written with libxlsxwriter.
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/zip_archive.cpp
  ${CMAKE_CURRENT_LIST_DIR}/docx_document.cpp
  ${CMAKE_CURRENT_LIST_DIR}/docx_chart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/docx_package.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_domains.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_systems_roadmap.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_annex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/report_practices.cpp
)
target_link_libraries(socle_exports PRIVATE PkgConfig::MINIZIP pugixml::pugixml)
# The paper vote sheets of `socle-cli sheets`, on the same document machinery.
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/vote_sheets.cpp
)
