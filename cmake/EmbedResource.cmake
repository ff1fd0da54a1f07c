# socle_embed_resources(TARGET NAME FILES f1 f2 ...)
# Compiles the files into TARGET as byte arrays, reachable through the
# generated header <NAME.h>: a span of {name, bytes} entries. A small host
# tool writes the arrays (CMake's own string handling is slow on large files).
include(${CMAKE_CURRENT_LIST_DIR}/HostTools.cmake)
socle_host_tool(socle_embed ${CMAKE_CURRENT_LIST_DIR}/embed_resource.cpp)

function(socle_embed_resources target name)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
  set(out_cpp ${out_dir}/${name}.cpp)
  set(out_h ${out_dir}/${name}.h)
  set(abs_files)
  foreach(f IN LISTS ARG_FILES)
    get_filename_component(abs ${f} ABSOLUTE)
    list(APPEND abs_files ${abs})
  endforeach()
  add_custom_command(
    OUTPUT ${out_cpp} ${out_h}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
    COMMAND ${SOCLE_EMBED_COMMAND} ${name} ${out_h} ${out_cpp} ${abs_files}
    DEPENDS ${SOCLE_EMBED_COMMAND} ${abs_files}
    COMMENT "Embedding ${name}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out_cpp} ${out_h})
  target_include_directories(${target} PRIVATE ${out_dir})
endfunction()
