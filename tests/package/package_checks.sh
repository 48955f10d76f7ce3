#!/usr/bin/env bash
# The checks of tests/package/CMakeLists.txt, one sub-command each, each failing (exit 1) with
# a line that says what is wrong. Usage: package_checks.sh CHECK ARGS...
set -euo pipefail

fail() {
  echo "package_checks: $*" >&2
  exit 1
}

# build BUILD_DIR OUT_DIR DEB: cpack into OUT_DIR, from scratch so that no stale file remains.
# The user guide is built again first so that it holds the screenshots the GUI tests wrote
# since the last build (cmake/guide.cmake); the ones still missing are named.
check_build() {
  local build=$1 out=$2 deb=$3
  rm -rf "$out"
  cmake --build "$build" --target guide || fail "the user guide did not build"
  (cd "$build" && cpack -G DEB --config CPackConfig.cmake -B "$out") || fail "cpack failed"
  [[ -f "$deb" ]] || fail "cpack wrote no $deb: $(ls "$out")"
  echo "built $deb ($(du -k "$deb" | cut -f1) KiB)"
}

# lintian DEB: no error and no warning. The info tags it prints are explained in
# installer/lintian-notes.md; an override, if one is ever needed, is justified there too.
check_lintian() {
  local deb=$1 report
  report=$(lintian --display-info --fail-on error,warning "$deb" 2>&1) || {
    echo "$report"
    fail "lintian found errors or warnings"
  }
  echo "$report"
  if grep -q '^[EW]: ' <<<"$report"; then fail "lintian printed errors or warnings"; fi
}

# contents DEB VERSION: the files, their owners and modes, the control fields, the hardening.
check_contents() {
  local deb=$1 version=$2 listing field
  listing=$(dpkg-deb -c "$deb")
  local expected=(
    ./usr/bin/cabas ./usr/bin/cabas-cli
    ./usr/share/locale/fr/LC_MESSAGES/cabas.mo
    ./usr/share/applications/cabas.desktop
    ./usr/share/metainfo/fr.cabas.Cabas.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/cabas.svg
    ./usr/share/man/man1/cabas.1.gz ./usr/share/man/man1/cabas-cli.1.gz
    ./usr/share/doc/cabas/copyright ./usr/share/doc/cabas/changelog.gz
    ./usr/share/doc/cabas/guide/style.css ./usr/share/doc-base/cabas-guide
  )
  for chapter in index installation benevole responsable travailleur_social administrateur; do
    expected+=("./usr/share/doc/cabas/guide/$chapter.html")
  done
  for size in 16 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/cabas.png")
  done
  for path in "${expected[@]}"; do
    grep -q " $path\$" <<<"$listing" || fail "the package lacks $path"
  done
  awk '$2 != "root/root" { print; bad = 1 } END { exit bad }' <<<"$listing" ||
    fail "files not owned by root/root (above)"
  awk '$6 ~ /\/$/ { if ($1 != "drwxr-xr-x") { print; bad = 1 }; next }
       $6 ~ /^\.\/usr\/bin\// { if ($1 != "-rwxr-xr-x") { print; bad = 1 }; next }
       $1 != "-rw-r--r--" { print; bad = 1 }
       END { exit bad }' <<<"$listing" || fail "files with modes other than 0755 (folders, programs) or 0644 (above)"
  grep -v ' \./usr/' <<<"$listing" | grep -v ' \./$' && fail "files outside /usr (above)"

  [[ $(dpkg-deb -f "$deb" Package) == cabas ]] || fail "Package is not cabas"
  [[ $(dpkg-deb -f "$deb" Version) == "$version" ]] || fail "Version is not $version"
  [[ $(dpkg-deb -f "$deb" Architecture) == amd64 ]] || fail "Architecture is not amd64"
  local depends names
  depends=$(dpkg-deb -f "$deb" Depends)
  echo "Depends: $depends"
  names=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')
  for field in fonts-dejavu-core wx3.2-i18n libc6 libstdc++6 libwxgtk3.2-1 libwxbase3.2-1 \
               libsqlite3-0 libhpdf-2.3.0 libsodium23 libzint2.11; do
    grep -qxF "$field" <<<"$names" || fail "Depends lacks $field"
  done

  # Hardening as dpkg-buildflags would give it, read from the programs themselves.
  local root
  root=$(mktemp -d)
  trap 'rm -rf "$root"' RETURN
  dpkg-deb -x "$deb" "$root"
  for program in cabas cabas-cli; do
    local elf=$root/usr/bin/$program headers dynamic symbols
    headers=$(readelf -lh "$elf")
    dynamic=$(readelf -d "$elf")
    symbols=$(readelf --dyn-syms -W "$elf")
    grep -q 'Type:.*DYN' <<<"$headers" || fail "$program is not PIE"
    grep -q 'GNU_RELRO' <<<"$headers" || fail "$program has no RELRO segment"
    grep -Eq 'BIND_NOW|FLAGS_1.*NOW' <<<"$dynamic" || fail "$program is not linked with -z now"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$program has no stack protector"
    grep -Eq '__[a-z_]+_chk@' <<<"$symbols" || fail "$program calls no fortified function"
    file "$elf" | grep -q ', stripped' || fail "$program is not stripped"
  done
  for page in cabas cabas-cli; do
    gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
  done
  echo "contents, modes, control fields and hardening: fine"
}

# desktop FILE: desktop-file-validate, silent (it prints hints and warnings but exits 0 on them).
check_desktop() {
  local out
  out=$(desktop-file-validate "$1" 2>&1) || { echo "$out"; fail "desktop-file-validate rejects $1"; }
  [[ -z "$out" ]] || { echo "$out"; fail "desktop-file-validate has remarks on $1"; }
  echo "$1: valid"
}

# appstream FILE: no error and no warning (pedantic remarks are shown, not fatal).
check_appstream() {
  local out
  out=$(appstreamcli validate --no-net --pedantic --explain "$1" 2>&1) || { echo "$out"; fail "appstreamcli rejects $1"; }
  echo "$out"
  if grep -Eq '^[EW]: ' <<<"$out"; then fail "appstreamcli has errors or warnings on $1"; fi
}

# manpages DIR CABAS CABAS_CLI: each page renders without a warning, has a whatis line, and
# describes every option of `cabas --help` and every command of `cabas-cli --help`.
check_manpages() {
  local dir=$1 cabas=$2 cli=$3 page text warnings
  for page in cabas cabas-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$dir/$page.1" 2>&1 >/dev/null)
    [[ -z "$warnings" ]] || { echo "$warnings"; fail "$page.1 renders with warnings"; }
    lexgrog "$dir/$page.1" | grep -q "\"$page - " || fail "$page.1 has no whatis line"
  done
  text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$dir/cabas.1" 2>/dev/null)
  for option in $(env -u DISPLAY -u WAYLAND_DISPLAY "$cabas" --help | grep -Eo '^  (-h, )?--[a-z][a-z-]*' | grep -Eo -- '--[a-z][a-z-]*'); do
    grep -Eq -- "^ +(-h, )?$option( |$)" <<<"$text" || fail "cabas.1 does not describe $option"
  done
  text=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$dir/cabas-cli.1" 2>/dev/null)
  for command in $("$cli" --help | grep -Eo '^  [a-z][a-z-]+ ' | sort -u); do
    grep -Eq -- "^ +$command( |$)" <<<"$text" || fail "cabas-cli.1 does not describe the command $command"
  done
  echo "manual pages: render cleanly and describe every option and command"
}

# version VERSION CABAS CABAS_CLI README: --version and --help without a display; bad usage
# exits 2; README names the package of this version.
check_version() {
  local version=$1 cabas=$2 cli=$3 readme=$4 out rc
  export -n DISPLAY WAYLAND_DISPLAY 2>/dev/null || true
  unset DISPLAY WAYLAND_DISPLAY
  [[ $("$cabas" --version) == "cabas $version" ]] || fail "cabas --version does not print 'cabas $version'"
  [[ $("$cli" --version) == "cabas-cli $version" ]] || fail "cabas-cli --version does not print 'cabas-cli $version'"
  out=$("$cabas" --help) || fail "cabas --help exits $?"
  for option in --db --till --lang --help --version; do
    grep -q -- "$option" <<<"$out" || fail "cabas --help does not list $option"
  done
  rc=0
  "$cabas" --no-such-option 2>/dev/null || rc=$?
  [[ $rc == 2 ]] || fail "cabas --no-such-option exits $rc, not 2"
  grep -q "cabas_${version}_amd64.deb" "$readme" || fail "README.md does not name cabas_${version}_amd64.deb"
  echo "cabas $version and cabas-cli $version answer without a display"
}

check=${1:?usage: package_checks.sh CHECK ARGS...}
shift
case $check in
  build | lintian | contents | desktop | appstream | manpages | version) "check_$check" "$@" ;;
  *) fail "unknown check $check" ;;
esac
