# socle_windows_resources(TARGET DESCRIPTION MANIFEST): on Windows, gives an
# executable its icons, manifest and version resource
# (packaging/windows/version.rc.in). Does nothing elsewhere.
if(WIN32)
  enable_language(RC)
endif()

function(socle_windows_resources target description manifest)
  if(NOT WIN32)
    return()
  endif()
  set(SOCLE_RC_TARGET ${target})
  set(SOCLE_RC_DESCRIPTION "${description}")
  set(SOCLE_RC_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
  set(SOCLE_RC_VERSION_COMMAS "${PROJECT_VERSION_MAJOR},${PROJECT_VERSION_MINOR},${PROJECT_VERSION_PATCH},0")
  set(SOCLE_RC_ICONS ${PROJECT_SOURCE_DIR}/packaging/icons)
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/resources)
  set(SOCLE_RC_MANIFEST ${dir}/${target}.manifest)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/${manifest} ${SOCLE_RC_MANIFEST} @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/version.rc.in ${dir}/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${dir}/${target}.rc)
endfunction()
