# The Debian package: `cpack -G DEB` in the build folder writes cabas_VERSION_amd64.deb.
# It holds both programs (their install rules sit beside their targets), the French catalogue
# (pos/), and what this file installs: the icon in the hicolor theme, the desktop entry, the
# AppStream metainfo, the manual pages, the user guide (cmake/guide.cmake), the DEP-5 copyright and the Debian changelog. No lintian
# overrides: lintian has no warning left (installer/lintian-notes.md). tests/package builds the
# package, runs lintian on it and checks what it holds.
#
# Why CPack rather than debhelper: the build is CMake's, so its install rules already say what
# goes where and CPack turns them into a .deb in two seconds from the same build folder, with
# no debian/ tree to keep in step with CMakeLists.txt. It does what debhelper would do for us
# here: Depends from dpkg-shlibdeps, stripped binaries, md5sums, policy permissions on the
# control files. What it does not do (compress manual pages and the changelog with gzip -n,
# check the changelog's version) is done below. debhelper would be the way if Cabas went into
# the Debian archive, which wants a source package.
include(GNUInstallDirs)

if(NOT CABAS_BUILD_GUI)
  message(STATUS "cabas: no Debian package without the till (CABAS_BUILD_GUI=OFF)")
  return()
endif()

set(CABAS_PACKAGE_MAINTAINER "Cabas maintainers <maintainers@users.noreply.h-seed-7d6dcd52.example>"
    CACHE STRING "Maintainer field of the Debian package and its changelog")
set(CABAS_INSTALLER_DIR ${PROJECT_SOURCE_DIR}/installer)
set(CABAS_PACKAGE_STAGING ${CMAKE_BINARY_DIR}/package)
find_program(GZIP_EXECUTABLE gzip REQUIRED)

# The changelog's newest entry must be this version: lintian and dpkg read the version there,
# and a package whose changelog says another version is lying about what changed.
file(STRINGS ${CABAS_INSTALLER_DIR}/changelog cabas_changelog_head LIMIT_COUNT 1)
if(NOT cabas_changelog_head MATCHES "^cabas \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "installer/changelog starts with '${cabas_changelog_head}': add an entry "
                      "for version ${PROJECT_VERSION} (project(VERSION) in CMakeLists.txt) at its top")
endif()

# gzip -n -9: no name nor time stamp in the header (lintian package-contains-timestamped-gzip),
# and the maximum compression lintian asks of changelogs.
set(cabas_gzipped)
function(cabas_gzip source target)
  add_custom_command(OUTPUT ${CABAS_PACKAGE_STAGING}/${target}
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${CABAS_PACKAGE_STAGING}
                     COMMAND ${GZIP_EXECUTABLE} -n -9 -c ${source} > ${CABAS_PACKAGE_STAGING}/${target}
                     DEPENDS ${source}
                     COMMENT "Compressing ${target}")
  set(cabas_gzipped ${cabas_gzipped} ${CABAS_PACKAGE_STAGING}/${target} PARENT_SCOPE)
endfunction()
cabas_gzip(${PROJECT_SOURCE_DIR}/docs/man/cabas.1 cabas.1.gz)
cabas_gzip(${PROJECT_SOURCE_DIR}/docs/man/cabas-cli.1 cabas-cli.1.gz)
cabas_gzip(${CABAS_INSTALLER_DIR}/changelog changelog.gz)
add_custom_target(cabas_package_files ALL DEPENDS ${cabas_gzipped})

install(FILES ${CABAS_PACKAGE_STAGING}/cabas.1.gz ${CABAS_PACKAGE_STAGING}/cabas-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CABAS_INSTALLER_DIR}/copyright ${CABAS_PACKAGE_STAGING}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/cabas)
# The user guide as built last (cmake/guide.cmake): every build refreshes it and its screenshots.
install(DIRECTORY ${CABAS_GUIDE_BUILD_DIR}/ DESTINATION ${CABAS_GUIDE_INSTALL_DIR})
# Registered with doc-base so that documentation browsers list it (lintian
# possible-documentation-but-no-doc-base-registration).
install(FILES ${CABAS_INSTALLER_DIR}/cabas-guide.doc-base DESTINATION ${CMAKE_INSTALL_DATADIR}/doc-base RENAME cabas-guide)
install(FILES ${CABAS_INSTALLER_DIR}/cabas.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CABAS_INSTALLER_DIR}/fr.cabas.Cabas.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CABAS_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS CABAS_ICON_SIZES)
  install(FILES ${CABAS_ICON_BUILD_DIR}/${size}x${size}/apps/cabas.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cabas)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT ${CABAS_PACKAGE_MAINTAINER})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "till and eligibility checks for social groceries")
# The extended description, after the summary that CPack puts first. CPack neither wraps nor
# separates paragraphs: lines stay under 80 columns here, and an empty line becomes " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
Cabas runs the till and the back office of a French social grocery
(épicerie solidaire or sociale), where households referred by social
services buy food at a fraction of its price within a monthly credit.

The till works from a barcode scanner and the keyboard alone: the
household's card gives its access and credit, then each product is checked
against quotas and credit. The back office keeps household files and their
reste à vivre, the commission's decisions and cards, stock by lot and
expiry date, and builds anonymised monthly, annual and FSE+ reports for
the CCAS as PDF and CSV.

This package holds the till (cabas), the command line (cabas-cli) and the
French translation. The data stays in one SQLite file on the PC.]=])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# shlibdeps appends the libraries' packages; these two are read at run time, not linked:
# DejaVu for the PDFs' embedded font, wx3.2-i18n for wxWidgets' own dialogs in French.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, wx3.2-i18n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
