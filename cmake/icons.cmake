# The application icon. assets/icons/cabas.svg is the only source; the hicolor PNG sizes are
# rendered from it at build time with rsvg-convert (librsvg2-bin) and never committed. Sets, for
# the till (pos/app_icons.cpp) and the install rules (cmake/packaging.cmake):
#   CABAS_ICON_SVG        the source
#   CABAS_ICON_SIZES      the rendered sizes, in pixels
#   CABAS_ICON_BUILD_DIR  ${CMAKE_BINARY_DIR}/icons/hicolor, laid out as the theme: NxN/apps/cabas.png
# and the target cabas_icons that renders them.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert REQUIRED)
set(CABAS_ICON_SVG ${PROJECT_SOURCE_DIR}/assets/icons/cabas.svg)
set(CABAS_ICON_SIZES 16 24 32 48 64 128 256)
set(CABAS_ICON_BUILD_DIR ${CMAKE_BINARY_DIR}/icons/hicolor)

set(cabas_icon_pngs)
foreach(size IN LISTS CABAS_ICON_SIZES)
  set(dir ${CABAS_ICON_BUILD_DIR}/${size}x${size}/apps)
  add_custom_command(OUTPUT ${dir}/cabas.png
                     COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
                     COMMAND ${RSVG_CONVERT_EXECUTABLE} --width ${size} --height ${size}
                             --output ${dir}/cabas.png ${CABAS_ICON_SVG}
                     DEPENDS ${CABAS_ICON_SVG}
                     COMMENT "Rendering the ${size} px icon"
                     VERBATIM)
  list(APPEND cabas_icon_pngs ${dir}/cabas.png)
endforeach()
add_custom_target(cabas_icons ALL DEPENDS ${cabas_icon_pngs})
