# CPack: what the installers say about Socle, and the Debian package
# (scripts/package.sh runs `cpack -G DEB`). Included from cmake/Install.cmake
# after the install rules; a Windows installer's settings (NSIS) belong here
# too, before include(CPack).
set(CPACK_PACKAGE_NAME socle)
set(CPACK_PACKAGE_VENDOR "The Socle authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "Diagnose the digital maturity of a social protection system")
set(CPACK_PACKAGE_DESCRIPTION
  "Socle walks a national team through a governance and digital-maturity
questionnaire for social protection systems, in a workshop or as a
self-assessment. It records each participant's vote and the agreed level,
scores every domain and shows where the room disagrees, maps the
country's information systems and their data flows, builds a sequenced
roadmap from the gaps, compares peer countries or successive rounds, and
exports everything to a spreadsheet workbook. It works offline, in
English, French and Russian.

This package holds the desktop application (socle), the command-line
tool (socle-cli) and three sample assessments.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Socle)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/dist/" "/out/")

# Debian. Depends is computed by dpkg-shlibdeps (dpkg-dev) from the linked
# libraries: on Debian 12 that is libwxgtk3.2-1, libwxbase3.2-1,
# libxlsxwriter1, libpugixml1v5, libstdc++6, libc6, ...
set(SOCLE_PACKAGE_MAINTAINER "Socle maintainers <socle-maintainers@example.org>"
  CACHE STRING "The Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SOCLE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The .socle type and the icons are registered by the triggers of
# shared-mime-info and the icon theme, when they are installed. wxWidgets'
# own strings in French and Russian come from wx3.2-i18n (wxstd-3.2.mo).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, hicolor-icon-theme, wx3.2-i18n")
# Group-writable directories in the package come from the umask at build
# time; Debian wants 0755.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(NOT CPACK_GENERATOR AND UNIX AND NOT APPLE)
  set(CPACK_GENERATOR DEB)
endif()

include(CPack)
