# The interface languages: one catalog po/<lang>.po each. The desktop app
# loads them compiled by msgfmt (po/translations.cmake); the core reads the
# same files as a generated table (socle_translation_table below), so a label
# has one translation wherever it is shown. See docs/architecture.md.
set(SOCLE_UI_LANGUAGES fr ru lo tg)

# A host tool, like socle_embed: no Python or gettext needed to build the core.
include(${CMAKE_CURRENT_LIST_DIR}/HostTools.cmake)
socle_host_tool(socle_po_table ${CMAKE_CURRENT_LIST_DIR}/po_table.cpp)

# socle_translation_table(TARGET): compiles the catalogs of every interface
# language into TARGET (common/detail/translation_table.h declares the table).
function(socle_translation_table target)
  set(out ${PROJECT_BINARY_DIR}/generated/common/translation_table.cpp)
  set(po_files)
  foreach(lang IN LISTS SOCLE_UI_LANGUAGES)
    list(APPEND po_files ${PROJECT_SOURCE_DIR}/po/${lang}.po)
  endforeach()
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/generated/common
    COMMAND ${SOCLE_PO_TABLE_COMMAND} ${out} ${po_files}
    DEPENDS ${SOCLE_PO_TABLE_COMMAND} ${po_files}
    COMMENT "Generating the translation table from the po/ catalogs"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
