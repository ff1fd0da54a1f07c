# Fails when any core source includes a wx header. The build already makes
# such an include fail (core targets have no wx include path); this test
# makes the rule visible in the test report too.
# ui/network is not core but serves socle-cli too, so it stays wx-free.
set(core_dirs common frameworks assessment scoring exports room ui/network)
set(offenders "")
foreach(dir IN LISTS core_dirs)
  file(GLOB_RECURSE files "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" hits REGEX "#[ \t]*include[ \t]*[<\"]wx/")
    if(hits)
      list(APPEND offenders "${f}")
    endif()
  endforeach()
endforeach()
if(offenders)
  message(FATAL_ERROR "core sources include wx headers: ${offenders}")
endif()
message(STATUS "core is wx-free")
