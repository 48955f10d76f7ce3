# The French user guide: docs/guide/*.md to ${CMAKE_BINARY_DIR}/guide/*.html with its style
# sheet and the GUI tests' screenshots (cmake/build_guide.cmake), opened by F1 at the till and
# in the back office (pos/user_guide.hpp), installed as /usr/share/doc/cabas/guide.
#
# Why Discount (Debian package discount, the `markdown` program): one small C program (124 KiB
# with libmarkdown2, which lintian already pulls in) that knows tables, the one extension the
# chapters need; python3-markdown would bring Python into a C++ build for the same output, and
# pandoc is some 100 MiB.
#
# The screenshots exist only once the GUI tests have run (they write
# ${CMAKE_BINARY_DIR}/screenshots), so the guide target runs at every build and copies what is
# there at that moment; a screenshot the chapters name but that is missing is left out and
# named (${CABAS_GUIDE_MISSING}). The package's build (tests/package, installer/ci-install-test.sh)
# runs this target again just before cpack, so a package made after the GUI suite holds every
# screenshot (README, "Debian package").
find_program(MARKDOWN_EXECUTABLE markdown)
if(NOT MARKDOWN_EXECUTABLE)
  message(FATAL_ERROR "cabas: the user guide needs Discount's markdown program: "
                      "apt install discount (installer/install-deps.sh installs it)")
endif()
set(CABAS_GUIDE_SOURCE_DIR ${PROJECT_SOURCE_DIR}/docs/guide)
set(CABAS_GUIDE_BUILD_DIR ${CMAKE_BINARY_DIR}/guide)
set(CABAS_GUIDE_MISSING ${CMAKE_BINARY_DIR}/guide-missing-screenshots.txt)
set(CABAS_GUIDE_INSTALL_DIR ${CMAKE_INSTALL_DOCDIR}/guide)
file(GLOB CABAS_GUIDE_SOURCES CONFIGURE_DEPENDS ${CABAS_GUIDE_SOURCE_DIR}/*.md ${CABAS_GUIDE_SOURCE_DIR}/*.css)
add_custom_target(guide ALL
                  COMMAND ${CMAKE_COMMAND} -D SOURCE_DIR=${CABAS_GUIDE_SOURCE_DIR}
                          -D OUTPUT_DIR=${CABAS_GUIDE_BUILD_DIR} -D SCREENSHOT_DIR=${CMAKE_BINARY_DIR}/screenshots
                          -D MARKDOWN=${MARKDOWN_EXECUTABLE} -D MISSING_FILE=${CABAS_GUIDE_MISSING}
                          -P ${PROJECT_SOURCE_DIR}/cmake/build_guide.cmake
                  BYPRODUCTS ${CABAS_GUIDE_BUILD_DIR}/index.html ${CABAS_GUIDE_MISSING}
                  SOURCES ${CABAS_GUIDE_SOURCES}
                  COMMENT "Building the user guide (docs/guide)"
                  VERBATIM)
