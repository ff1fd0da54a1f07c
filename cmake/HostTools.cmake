# socle_host_tool(NAME SOURCE): a code generator that runs during the build.
# Sets <NAME>_COMMAND (socle_embed: SOCLE_EMBED_COMMAND), for add_custom_command's COMMAND and DEPENDS.
# Built here like any target; when cross-compiling (Windows from Linux) it
# must run on the build machine instead, so scripts/build-windows.sh builds
# it with the host compiler into SOCLE_HOST_TOOLS_DIR.
set(SOCLE_HOST_TOOLS_DIR "" CACHE PATH
  "When cross-compiling: folder of the code generators built for the build machine")

function(socle_host_tool name source)
  string(TOUPPER ${name} upper)
  if(CMAKE_CROSSCOMPILING)
    if(NOT SOCLE_HOST_TOOLS_DIR)
      message(FATAL_ERROR "Cross-compiling needs -DSOCLE_HOST_TOOLS_DIR=<folder with ${name}> "
                          "(scripts/build-windows.sh sets it)")
    endif()
    set(${upper}_COMMAND ${SOCLE_HOST_TOOLS_DIR}/${name} PARENT_SCOPE)
  else()
    add_executable(${name} ${source})
    target_compile_features(${name} PRIVATE cxx_std_20)
    set(${upper}_COMMAND ${name} PARENT_SCOPE)
  endif()
endfunction()
