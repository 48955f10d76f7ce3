# Builds the French user guide (docs/guide/*.md) into HTML: cmake -P, run by the guide target
# at every build (cmake/guide.cmake) because the screenshots it shows appear when the GUI tests
# run, not when something is compiled.
# -D SOURCE_DIR  docs/guide          -D OUTPUT_DIR  where index.html and images/ go
# -D SCREENSHOT_DIR  the GUI tests' PNGs     -D MARKDOWN  Discount's markdown program
# -D MISSING_FILE  written with the screenshots the chapters name that do not exist (one a line)
# A chapter's ![alt](images/NAME.png) is kept when SCREENSHOT_DIR/NAME.png exists (and copied);
# otherwise the image is left out of the HTML and named in MISSING_FILE and in a message, so a
# guide built before the GUI tests ran has no broken image. Links to NAME.md become NAME.html.
# Files are rewritten only when their content changes.
cmake_minimum_required(VERSION 3.25)
foreach(var SOURCE_DIR OUTPUT_DIR SCREENSHOT_DIR MARKDOWN MISSING_FILE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "build_guide.cmake: -D${var}=... is missing")
  endif()
endforeach()

function(write_if_changed path content)
  if(EXISTS "${path}")
    file(READ "${path}" old)
    if(old STREQUAL content)
      return()
    endif()
  endif()
  file(WRITE "${path}" "${content}")
endfunction()

file(MAKE_DIRECTORY "${OUTPUT_DIR}/images")
file(GLOB chapters RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.md")
list(SORT chapters)
set(used_images)
set(missing_images)
set(work_dir "${OUTPUT_DIR}/../guide-work")
file(MAKE_DIRECTORY "${work_dir}")

foreach(chapter IN LISTS chapters)
  file(READ "${SOURCE_DIR}/${chapter}" text)
  string(REGEX MATCHALL "!\\[[^]]*\\]\\(images/[^)]+\\)" images "${text}")
  foreach(image IN LISTS images)
    string(REGEX REPLACE "^!\\[[^]]*\\]\\(images/([^)]+)\\)$" "\\1" name "${image}")
    # Discount writes other characters %-encoded, and the links check compares plain names.
    if(NOT name MATCHES "^[A-Za-z0-9_.-]+\\.png$")
      message(FATAL_ERROR "guide: docs/guide/${chapter}: screenshot '${name}' must be a NAME.png of "
                          "letters, digits, '_', '-' and '.' only")
    endif()
    if(EXISTS "${SCREENSHOT_DIR}/${name}")
      list(APPEND used_images "${name}")
      file(COPY_FILE "${SCREENSHOT_DIR}/${name}" "${OUTPUT_DIR}/images/${name}" ONLY_IF_DIFFERENT)
    else()
      list(APPEND missing_images "${name}")
      string(REPLACE "${image}" "" text "${text}")
    endif()
  endforeach()
  # Links between chapters are written (NAME.md), no anchor, so that they work in the repository too.
  string(REGEX REPLACE "\\]\\(([a-z_]+)\\.md\\)" "](\\1.html)" text "${text}")
  string(REGEX MATCH "^# ([^\n]+)" title_line "${text}")
  set(title "${CMAKE_MATCH_1}")
  get_filename_component(stem "${chapter}" NAME_WE)
  set(work_md "${work_dir}/${stem}.md")
  file(WRITE "${work_md}" "${text}")
  execute_process(COMMAND "${MARKDOWN}" -f "-smarty" "${work_md}"
                  OUTPUT_VARIABLE body RESULT_VARIABLE status ERROR_VARIABLE errors)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "guide: ${MARKDOWN} failed on docs/guide/${chapter}: ${errors}")
  endif()
  set(page "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>${title} — Guide de Cabas</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n</head>\n"
           "<body>\n<nav><a href=\"index.html\">Sommaire du guide</a></nav>\n<main>\n${body}</main>\n</body>\n</html>\n")
  string(CONCAT page ${page})
  write_if_changed("${OUTPUT_DIR}/${stem}.html" "${page}")
endforeach()
file(COPY_FILE "${SOURCE_DIR}/style.css" "${OUTPUT_DIR}/style.css" ONLY_IF_DIFFERENT)

# Screenshots copied earlier that no chapter shows any more must not stay in the package.
file(GLOB present RELATIVE "${OUTPUT_DIR}/images" "${OUTPUT_DIR}/images/*")
foreach(name IN LISTS present)
  if(NOT name IN_LIST used_images)
    file(REMOVE "${OUTPUT_DIR}/images/${name}")
  endif()
endforeach()

list(REMOVE_DUPLICATES missing_images)
list(SORT missing_images)
string(REPLACE ";" "\n" missing_text "${missing_images}")
if(missing_images)
  string(APPEND missing_text "\n")
  list(LENGTH missing_images count)
  string(REPLACE ";" ", " missing_list "${missing_images}")
  message(STATUS "guide: ${count} screenshot(s) not in ${SCREENSHOT_DIR} (run the GUI tests, "
                 "then build again), left out of the guide: ${missing_list}")
endif()
write_if_changed("${MISSING_FILE}" "${missing_text}")
