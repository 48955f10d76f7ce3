# The layers' arrows, enforced by the include path. Every layer sits under one include root
# (src/ holds core, storage, services and cli side by side), so a single -I would let any file
# include any layer. Instead each target gets its own folder of symbolic links, made at
# configure time under ${CMAKE_BINARY_DIR}/include-views/<target>/, with one link per layer it
# may see: `#include "services/..."` in reports/ then finds no file and does not compile.
#
# Views are PRIVATE and the libraries export no include folder of ours: what a target sees is
# what it declares here, not what it happens to link. A quote include is still searched next
# to the including file first, so `#include "../services/x.hpp"` escapes any include path; the
# architecture tests (tests/architecture) grep for those.

set(CABAS_LAYER_DIR_core ${PROJECT_SOURCE_DIR}/src/core)
set(CABAS_LAYER_DIR_storage ${PROJECT_SOURCE_DIR}/src/storage)
set(CABAS_LAYER_DIR_services ${PROJECT_SOURCE_DIR}/src/services)
set(CABAS_LAYER_DIR_reports ${PROJECT_SOURCE_DIR}/reports)
set(CABAS_LAYER_DIR_cli ${PROJECT_SOURCE_DIR}/src/cli)
set(CABAS_LAYER_DIR_pos ${PROJECT_SOURCE_DIR}/pos)

# cabas_layer_view(TARGET LAYER...): TARGET compiles with exactly these layers visible.
function(cabas_layer_view target)
  set(view ${CMAKE_BINARY_DIR}/include-views/${target})
  # Rebuilt on every configure so that a layer dropped from the list disappears from the view
  # (removing the folder removes the links, never what they point to).
  file(REMOVE_RECURSE ${view})
  file(MAKE_DIRECTORY ${view})
  foreach(layer IN LISTS ARGN)
    if(NOT DEFINED CABAS_LAYER_DIR_${layer})
      message(FATAL_ERROR "cabas_layer_view(${target}): unknown layer '${layer}'")
    endif()
    file(CREATE_LINK ${CABAS_LAYER_DIR_${layer}} ${view}/${layer} SYMBOLIC RESULT failed)
    if(failed)
      message(FATAL_ERROR "cabas_layer_view(${target}): cannot link ${view}/${layer}: ${failed}")
    endif()
  endforeach()
  target_include_directories(${target} PRIVATE ${view})
endfunction()
