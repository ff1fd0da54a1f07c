# The translators' workbook of `socle-cli translate export --format xlsx` and
# its reading back (docs/translating.md): written with libxlsxwriter, read
# with our own zip reader over zlib (both platforms have zlib; minizip's
# unzip is not in the Windows build) and pugixml.
find_package(ZLIB REQUIRED)
target_sources(socle_exports PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/zip_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/xlsx_reader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/translation_workbook.cpp
)
target_link_libraries(socle_exports PRIVATE ZLIB::ZLIB pugixml::pugixml)
