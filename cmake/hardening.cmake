# Hardening flags of Debian's dpkg-buildflags (hardening=+all), for every target of the build:
# PIE, -fstack-protector-strong, -D_FORTIFY_SOURCE=2 and -Wl,-z,relro,-z,now. Included before
# the subdirectories so that the static libraries are compiled with the same flags as the
# executables that link them.
#
# _FORTIFY_SOURCE needs the optimiser (glibc warns and does nothing at -O0) and is left out of
# sanitizer builds: ASan intercepts the same functions and the fortified variants would hide
# overflows from it. The other flags are harmless in Debug and with ASan, so they stay on there
# too and the sanitizer preset tests the code as it ships, minus FORTIFY.
option(CABAS_HARDENING "Build with Debian's hardening flags (PIE, stack protector, FORTIFY, relro/now)" ON)

if(CABAS_HARDENING)
  include(CheckPIESupported)
  check_pie_supported(LANGUAGES CXX)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
  add_compile_options(-fstack-protector-strong)
  if(NOT CABAS_SANITIZE)
    add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
  endif()
  add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
