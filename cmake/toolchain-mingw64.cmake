# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (POSIX threads,
# so that std::thread and std::mutex work). Used by scripts/build-windows.sh:
#   cmake -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-mingw64.cmake
#         -DSOCLE_WINDOWS_PREFIX=<dependency cache> ...
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(_socle_triple x86_64-w64-mingw32)

set(CMAKE_C_COMPILER ${_socle_triple}-gcc-posix)
set(CMAKE_CXX_COMPILER ${_socle_triple}-g++-posix)
set(CMAKE_RC_COMPILER ${_socle_triple}-windres)

# The dependencies built for Windows (wxWidgets, pugixml, libxlsxwriter) live
# in a prefix outside the tree; try_compile projects see it too.
if(NOT SOCLE_WINDOWS_PREFIX AND DEFINED ENV{SOCLE_WINDOWS_PREFIX})
  set(SOCLE_WINDOWS_PREFIX $ENV{SOCLE_WINDOWS_PREFIX})
endif()
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES SOCLE_WINDOWS_PREFIX)
set(CMAKE_FIND_ROOT_PATH /usr/${_socle_triple} ${SOCLE_WINDOWS_PREFIX})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# One self-contained exe each: no libstdc++, libgcc or winpthread DLLs to ship.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Tests built for Windows run under Wine.
find_program(SOCLE_WINE wine)
if(SOCLE_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${SOCLE_WINE})
endif()
