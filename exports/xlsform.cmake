# The XLSForm of `socle-cli xlsform` (libxlsxwriter, through the xlsx layer
# of workbook.cmake), for pre-scoring in KoboToolbox or ODK.
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/xlsform.cpp
)
