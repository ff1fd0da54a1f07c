# Install rules (cmake --install, and what CPack packs: cmake/Packaging.cmake,
# included at the end). Two layouts, matching where the app looks for its
# catalogs and samples (ui/desktop/services/localization.cpp, samples.cpp):
#
#   Linux (GNUInstallDirs, prefix /usr in the .deb)    WIN32 (a flat, portable folder)
#   bin/socle, bin/socle-cli                           socle.exe, socle-cli.exe
#   share/locale/<lang>/LC_MESSAGES/socle.mo           locale/<lang>/LC_MESSAGES/socle.mo
#   share/socle/samples/*.socle                        samples/*.socle
#   share/applications, share/metainfo, share/mime,
#   share/icons/hicolor, share/doc/socle
#
# macOS: the socle target is an app bundle (socle.app); its Info.plist and
# icon are set below, the catalogs and samples go to
# socle.app/Contents/share/..., i.e. <exe dir>/../share/..., where the app
# looks. Not built or verified here (no macOS machine): see
# docs/platforms.md.
include(GNUInstallDirs)

set(_socle_packaging ${PROJECT_SOURCE_DIR}/packaging)
file(GLOB _socle_samples CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.socle)

if(WIN32)
  set(SOCLE_INSTALL_BINDIR .)
  set(SOCLE_INSTALL_LOCALEDIR locale)
  set(SOCLE_INSTALL_SAMPLESDIR samples)
elseif(APPLE)
  set(SOCLE_INSTALL_BINDIR ${CMAKE_INSTALL_BINDIR})
  set(SOCLE_INSTALL_BUNDLEDIR .)
  set(SOCLE_INSTALL_LOCALEDIR socle.app/Contents/share/locale)
  set(SOCLE_INSTALL_SAMPLESDIR socle.app/Contents/share/socle/samples)
else()
  set(SOCLE_INSTALL_BINDIR ${CMAKE_INSTALL_BINDIR})
  set(SOCLE_INSTALL_LOCALEDIR ${CMAKE_INSTALL_LOCALEDIR})
  set(SOCLE_INSTALL_SAMPLESDIR ${CMAKE_INSTALL_DATADIR}/socle/samples)
endif()

install(TARGETS socle-cli RUNTIME DESTINATION ${SOCLE_INSTALL_BINDIR})

if(SOCLE_BUILD_DESKTOP)
  if(APPLE)
    # Info.plist from packaging/macos/Info.plist.in (bundle id, version, icon,
    # the .socle document type); the icon is copied into Contents/Resources.
    set(_socle_icns ${_socle_packaging}/icons/socle.icns ${_socle_packaging}/icons/socle-document.icns)
    target_sources(socle PRIVATE ${_socle_icns})
    set_source_files_properties(${_socle_icns} TARGET_DIRECTORY socle
      PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(socle PROPERTIES
      MACOSX_BUNDLE_INFO_PLIST ${_socle_packaging}/macos/Info.plist.in
      MACOSX_BUNDLE_GUI_IDENTIFIER org.socle.Socle
      MACOSX_BUNDLE_BUNDLE_NAME Socle
      MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
      MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
      MACOSX_BUNDLE_LONG_VERSION_STRING "Socle ${PROJECT_VERSION}"
      MACOSX_BUNDLE_ICON_FILE socle.icns
      MACOSX_BUNDLE_COPYRIGHT "The Socle authors")
    install(TARGETS socle BUNDLE DESTINATION ${SOCLE_INSTALL_BUNDLEDIR})
  else()
    install(TARGETS socle RUNTIME DESTINATION ${SOCLE_INSTALL_BINDIR})
  endif()

  # The interface catalogs, compiled by po/translations.cmake (socle_translations).
  foreach(lang IN LISTS SOCLE_UI_LANGUAGES)
    install(FILES ${PROJECT_BINARY_DIR}/locale/${lang}/LC_MESSAGES/socle.mo
      DESTINATION ${SOCLE_INSTALL_LOCALEDIR}/${lang}/LC_MESSAGES)
  endforeach()
  # The samples the start page offers.
  install(FILES ${_socle_samples} DESTINATION ${SOCLE_INSTALL_SAMPLESDIR})

  if(UNIX AND NOT APPLE)
    # Desktop integration: the menu entry, the .socle MIME type (and its
    # icon), the AppStream description, the icons in every hicolor size.
    install(FILES ${_socle_packaging}/linux/org.socle.Socle.desktop
      DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${_socle_packaging}/linux/org.socle.Socle.metainfo.xml
      DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${_socle_packaging}/linux/socle.xml
      DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    set(_socle_hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    foreach(size 16 32 48 64 128 256)
      install(FILES ${_socle_packaging}/icons/png/socle-${size}.png
        DESTINATION ${_socle_hicolor}/${size}x${size}/apps RENAME org.socle.Socle.png)
      install(FILES ${_socle_packaging}/icons/png/socle-document-${size}.png
        DESTINATION ${_socle_hicolor}/${size}x${size}/mimetypes RENAME application-x-socle.png)
    endforeach()
    install(FILES ${_socle_packaging}/icons/socle.svg
      DESTINATION ${_socle_hicolor}/scalable/apps RENAME org.socle.Socle.svg)
    install(FILES ${_socle_packaging}/icons/socle-document.svg
      DESTINATION ${_socle_hicolor}/scalable/mimetypes RENAME application-x-socle.svg)
  endif()
endif()

if(UNIX AND NOT APPLE)
  # Debian wants /usr/share/doc/<package>/copyright, a compressed changelog
  # and compressed manual pages; gzip -n keeps each file identical from
  # build to build.
  find_program(SOCLE_GZIP gzip REQUIRED)
  set(_socle_gz_files "")
  foreach(source linux/changelog linux/socle-cli.1 linux/socle.1)
    get_filename_component(name ${source} NAME)
    set(copy ${PROJECT_BINARY_DIR}/packaging/${name})
    add_custom_command(OUTPUT ${copy}.gz
      COMMAND ${CMAKE_COMMAND} -E copy ${_socle_packaging}/${source} ${copy}
      COMMAND ${SOCLE_GZIP} -9nf ${copy}
      DEPENDS ${_socle_packaging}/${source}
      COMMENT "Compressing ${name} for the package"
      VERBATIM)
    list(APPEND _socle_gz_files ${copy}.gz)
  endforeach()
  add_custom_target(socle_package_files ALL DEPENDS ${_socle_gz_files})
  # A stripped install (cmake --install --strip, CPACK_STRIP_FILES) also drops
  # the .comment and .note sections, as Debian's dh_strip does.
  if(CMAKE_STRIP)
    set(_socle_installed_programs socle-cli)
    if(SOCLE_BUILD_DESKTOP)
      list(APPEND _socle_installed_programs socle)
    endif()
    foreach(program IN LISTS _socle_installed_programs)
      install(CODE "if(CMAKE_INSTALL_DO_STRIP)
  execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
    \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${SOCLE_INSTALL_BINDIR}/${program}\" COMMAND_ERROR_IS_FATAL ANY)
endif()")
    endforeach()
  endif()
  install(FILES ${_socle_packaging}/linux/copyright ${PROJECT_BINARY_DIR}/packaging/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/socle)
  install(FILES ${_socle_packaging}/linux/socle.lintian-overrides
    DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME socle)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/socle-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  if(SOCLE_BUILD_DESKTOP)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/socle.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endif()
endif()

include(${CMAKE_CURRENT_LIST_DIR}/Packaging.cmake)
