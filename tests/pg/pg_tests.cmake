# The throwaway PostgreSQL server of the test suites (pg_server.sh), as CTest fixtures: the
# "pg:" tests require the fixture pg_server, so `ctest` (and the README's test command) start
# the server before them and stop it after them, with no step by hand. Without the server
# binaries the "pg:" tests are not registered, with a warning; under CI (the CI variable set)
# that is an error instead, so CI can never skip them silently.
file(GLOB _cabas_pg_bindirs /usr/lib/postgresql/*/bin)
list(SORT _cabas_pg_bindirs COMPARE NATURAL ORDER DESCENDING)
find_program(CABAS_INITDB initdb HINTS ENV CABAS_PG_BINDIR ${_cabas_pg_bindirs})
find_program(CABAS_PG_CTL pg_ctl HINTS ENV CABAS_PG_BINDIR ${_cabas_pg_bindirs})

set(CABAS_PG_TESTS OFF)
if(CABAS_INITDB AND CABAS_PG_CTL)
  set(CABAS_PG_TESTS ON)
  get_filename_component(CABAS_PG_BINDIR "${CABAS_INITDB}" DIRECTORY)
  set(CABAS_PG_STATE "${CMAKE_BINARY_DIR}/pg-test-server")
  set(_cabas_pg_script "${CMAKE_CURRENT_LIST_DIR}/pg_server.sh")
  add_test(NAME pg_server_start COMMAND bash "${_cabas_pg_script}" start "${CABAS_PG_STATE}")
  set_tests_properties(pg_server_start PROPERTIES FIXTURES_SETUP pg_server LABELS postgres TIMEOUT 120
                       ENVIRONMENT "CABAS_PG_BINDIR=${CABAS_PG_BINDIR}")
  add_test(NAME pg_server_stop COMMAND bash "${_cabas_pg_script}" stop "${CABAS_PG_STATE}")
  set_tests_properties(pg_server_stop PROPERTIES FIXTURES_CLEANUP pg_server LABELS postgres TIMEOUT 60)
elseif(DEFINED ENV{CI})
  message(FATAL_ERROR "PostgreSQL server binaries (initdb, pg_ctl) not found, and CI must run the PostgreSQL "
                      "suites: install postgresql-15 (installer/install-deps.sh does).")
else()
  message(WARNING "PostgreSQL server binaries (initdb, pg_ctl) not found: the pg: tests (storage and services "
                  "on PostgreSQL, concurrency) are NOT registered. Install postgresql-15 to run them.")
endif()
