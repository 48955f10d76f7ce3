# cabas_version: an interface target whose one header, cabas_version.hpp, gives the version of
# project(VERSION) to `cabas --version` and `cabas-cli --version`. A generated header rather
# than a -D on every target, so that a new version recompiles only the two files that print it.
configure_file(${CMAKE_CURRENT_LIST_DIR}/version.hpp.in ${CMAKE_BINARY_DIR}/generated/cabas_version.hpp @ONLY)
add_library(cabas_version INTERFACE)
target_include_directories(cabas_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
