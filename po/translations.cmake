# Compiles the interface catalogs po/<lang>.po into
# <build>/locale/<lang>/LC_MESSAGES/socle.mo with msgfmt; the desktop app
# finds them through wxFileTranslationsLoader::AddCatalogLookupPathPrefix.
# scripts/update-pot.sh refreshes po/socle.pot and merges it into the .po.
# SOCLE_UI_LANGUAGES is set in cmake/TranslationTable.cmake, which also
# compiles these catalogs into the core for the workbook's labels.
find_program(SOCLE_MSGFMT msgfmt REQUIRED)
set(_socle_mo_files "")
foreach(lang IN LISTS SOCLE_UI_LANGUAGES)
  set(po ${CMAKE_CURRENT_LIST_DIR}/${lang}.po)
  set(mo ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES/socle.mo)
  add_custom_command(OUTPUT ${mo}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES
    COMMAND ${SOCLE_MSGFMT} --check-format -o ${mo} ${po}
    DEPENDS ${po}
    COMMENT "Compiling the ${lang} interface catalog"
    VERBATIM)
  list(APPEND _socle_mo_files ${mo})
endforeach()
add_custom_target(socle_translations ALL DEPENDS ${_socle_mo_files})
