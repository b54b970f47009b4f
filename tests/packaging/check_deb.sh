#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaging test: builds the Debian package with CPack from a complete build folder, inspects
# it (control fields, file list), unpacks it into a scratch root and runs the installed programs
# on the sample pair, checks the manual pages against --help and validates the desktop entry, the
# AppStream metainfo and the MIME types.
#
# check_deb.sh BUILD_DIR PROJECT_VERSION WORKBENCH
#   WORKBENCH  1 when tandem-workbench is built: the package then holds it, its manual page and
#              the desktop integration
set -euo pipefail

[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR PROJECT_VERSION WORKBENCH" >&2; exit 2; }
build=$1 project_version=$2 workbench=$3

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
# expect DESCRIPTION COMMAND...: runs COMMAND, counts a failure (with its output) when it fails.
expect() {
    local description=$1 output
    shift
    if output=$("$@" 2>&1); then pass "$description"; else fail "$description"; echo "$output" >&2; fi
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# --- Build the package, away from the build folder's own package output ---
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
debs=("$scratch"/out/tandem_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one tandem_*.deb" >&2; exit 1; }
deb=${debs[0]}
pass "cpack built $(basename "$deb")"

# --- Control fields ---
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = tandem ] && pass "Package: tandem" || fail "Package is '$(field Package)'"
[ "$(field Section)" = text ] && pass "Section: text" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && [ -n "$(field Homepage)" ] && pass "Maintainer and Homepage set" \
    || fail "Maintainer or Homepage missing"
depends=$(field Depends)
# dpkg-shlibdeps writes versioned dependencies: "libicu72 (>= 72.1~rc-1~)".
libraries=('libc6' 'libstdc\+\+6' 'libicu[0-9]+' 'libstemmer0d')
[ "$workbench" = 1 ] && libraries+=('libwxgtk3\.2-[0-9]+')
for library in "${libraries[@]}"; do
    grep -Eq "(^|, )${library} \(>= [^)]+\)" <<<"$depends" \
        || fail "Depends lacks a versioned ${library//\\/}: $depends"
done
pass "Depends computed by dpkg-shlibdeps: $depends"
for dictionary in dict-freedict-eng-rus mueller7-dict; do
    grep -Eq "(^|, )${dictionary}(\$|,)" <<<"$(field Recommends)" \
        && pass "Recommends ${dictionary}, a dictionary of the sample's languages" \
        || fail "Recommends is '$(field Recommends)'"
done
grep -Eq "(^|, )unicode-data(\$|,)" <<<"$(field Recommends)" \
    && pass "Recommends unicode-data, the glosses of Han characters" \
    || fail "Recommends is '$(field Recommends)'"

# --- File list ---
dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$scratch/files"
grep -v '^/usr/' "$scratch/files" | grep -v '^/$' >"$scratch/outside" || true
[ -s "$scratch/outside" ] && fail "files outside /usr: $(tr '\n' ' ' <"$scratch/outside")" \
    || pass "every file under /usr"
expected=(
    /usr/bin/tandem
    /usr/share/man/man1/tandem.1.gz
    /usr/share/doc/tandem/copyright
    /usr/share/doc/tandem/changelog.Debian.gz
    /usr/share/tandem/samples/press-remarks/source.ru.txt
    /usr/share/tandem/samples/press-remarks/target.en.txt
)
icon_sizes=(16 22 24 32 48 64 128 256 512)
if [ "$workbench" = 1 ]; then
    expected+=(
        /usr/bin/tandem-workbench
        /usr/share/man/man1/tandem-workbench.1.gz
        /usr/share/applications/tandem-workbench.desktop
        /usr/share/mime/packages/tandem.xml
        /usr/share/icons/hicolor/scalable/apps/tandem-workbench.svg
    )
    for size in "${icon_sizes[@]}"; do
        expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/tandem-workbench.png")
    done
fi
for file in "${expected[@]}"; do
    grep -qxF "$file" "$scratch/files" || fail "missing $file"
done
pass "${#expected[@]} expected files present"

# --- Unpack into a scratch root and run the installed programs there ---
root=$scratch/root
dpkg-deb --extract "$deb" "$root"
bin=$root/usr/bin
samples=$root/usr/share/tandem/samples/press-remarks
for program in "$bin"/*; do
    if readelf --dynamic "$program" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$(basename "$program") has an RPATH into the build"
    fi
done
# A clean environment in the scratch folder: nothing may come from the build or source tree.
run() { (cd "$scratch" && env -i PATH=/usr/bin:/bin HOME="$scratch" LANG=C.UTF-8 "$@"); }

version_line=$(run "$bin/tandem" --version)
if [[ $version_line =~ ^tandem\ ([^ ]+)\ \(revision\ ([^\)]+)\)$ ]]; then
    version=${BASH_REMATCH[1]} revision=${BASH_REMATCH[2]}
    [ "$version" = "$project_version" ] && pass "tandem --version: $version_line" \
        || fail "tandem --version says $version, the project is $project_version"
    debian_version="$version+git$revision-1"
    [ "$revision" = unknown ] && debian_version="$version-1"
    [ "$(field Version)" = "$debian_version" ] && pass "package version $debian_version" \
        || fail "package version $(field Version), expected $debian_version"
else
    fail "tandem --version printed '$version_line'"
fi

if run "$bin/tandem" align -s ru -t en "$samples/source.ru.txt" "$samples/target.en.txt" \
    -o "$scratch/sample.tmx" 2>"$scratch/align.err"; then
    units=$(grep -c '<tu[ >]' "$scratch/sample.tmx" || true)
    # The sample has 44 links, 36 of them 1-1 (samples/press-remarks/README.md).
    if [ "$units" -ge 30 ] && xmllint --noout "$scratch/sample.tmx"; then
        pass "installed tandem aligned the sample: $units translation units"
    else
        fail "sample.tmx has $units translation units or is not well-formed XML"
    fi
else
    fail "installed tandem align failed: $(cat "$scratch/align.err")"
fi

# --- Manual pages: clean for man (as lintian checks them) and in step with --help ---
for page in "$root"/usr/share/man/man1/*.1.gz; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
        man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] && pass "$(basename "$page") formats without warnings" \
        || fail "$(basename "$page"): $warnings"
done
# The options of a --help text, one per line, in the roff spelling of the man page (\-\-name).
help_options() { grep -oE '(^|[][ ,])--[a-z][a-z0-9-]*' | sed -E 's/^[][ ,]//; s/-/\\-/g' | sort -u; }
# check_page PAGE.gz HELP_TEXT: every option of HELP_TEXT is in PAGE.
check_page() {
    local page=$1 help=$2 option missing=""
    while read -r option; do
        zgrep -qF -- "$option" "$page" || missing+=" ${option//\\/}"
    done < <(help_options <<<"$help")
    [ -z "$missing" ] || fail "$(basename "$page") lacks$missing"
}
tandem_page=$root/usr/share/man/man1/tandem.1.gz
commands=$(run "$bin/tandem" --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
[ -n "$commands" ] || fail "tandem --help lists no commands"
for command in $commands; do
    zgrep -qF ".SS \"tandem $command " "$tandem_page" || fail "tandem.1 has no section for $command"
    check_page "$tandem_page" "$(run "$bin/tandem" "$command" --help)"
done
pass "tandem.1 documents every option of: $(tr '\n' ' ' <<<"$commands")"
if [ "$workbench" = 1 ]; then
    # wxWidgets needs a display even for --help.
    workbench_help=$(run xvfb-run -a "$bin/tandem-workbench" --help 2>&1 || true)
    grep -q -- --screenshot <<<"$workbench_help" || fail "tandem-workbench --help: $workbench_help"
    check_page "$root/usr/share/man/man1/tandem-workbench.1.gz" "$workbench_help"
    pass "tandem-workbench.1 documents every option of tandem-workbench --help"
fi

# --- Desktop integration ---
if [ "$workbench" = 1 ]; then
    share=$root/usr/share
    desktop=$share/applications/tandem-workbench.desktop
    expect "desktop-file-validate" desktop-file-validate "$desktop"
    metainfos=("$share"/metainfo/*.metainfo.xml)
    metainfo=${metainfos[0]}
    expect "appstreamcli validate $(basename "$metainfo")" \
        appstreamcli validate --no-net --strict "$metainfo"
    grep -qF '<launchable type="desktop-id">tandem-workbench.desktop</launchable>' "$metainfo" \
        || fail "the metainfo does not launch tandem-workbench.desktop"
    release=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -n 1 | cut -d'"' -f2)
    [ "$release" = "$project_version" ] && pass "newest AppStream release is $release" \
        || fail "newest AppStream release is '$release', the project is $project_version"
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    [ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no icon named '$icon'"
    for size in "${icon_sizes[@]}"; do
        png=$share/icons/hicolor/${size}x${size}/apps/$icon.png
        file "$png" | grep -qF "PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
    done
    pass "icon '$icon': SVG and ${#icon_sizes[@]} PNG sizes"
    exec_line=$(sed -n 's/^Exec=//p' "$desktop")
    [ -x "$bin/${exec_line%% *}" ] || fail "Exec=$exec_line is not installed"

    # The MIME database built from our types alone: globs, the TMX root element, and every type the
    # desktop entry opens.
    mkdir -p "$scratch/mime/packages"
    cp "$share/mime/packages/tandem.xml" "$scratch/mime/packages/"
    expect "update-mime-database" update-mime-database "$scratch/mime"
    grep -qxF 'application/x-tandem-project:*.tandem' <(cut -d: -f2- "$scratch/mime/globs2") \
        && grep -qxF 'application/x-tmx+xml:*.tmx' <(cut -d: -f2- "$scratch/mime/globs2") \
        && grep -qF ' tmx application/x-tmx+xml' "$scratch/mime/XMLnamespaces" \
        && grep -aqF '[60:application/x-tmx+xml]' "$scratch/mime/magic" \
        && pass "MIME types: *.tandem, *.tmx, <tmx> root and magic" \
        || fail "MIME database: $(cat "$scratch/mime/globs2" "$scratch/mime/XMLnamespaces")"
    for type in $(sed -n 's/^MimeType=//p' "$desktop" | tr ';' ' '); do
        [ -f "$scratch/mime/$type.xml" ] || fail "the desktop entry opens $type, which is not defined"
    done
fi

# --- The installed workbench renders the sample ---
if [ "$workbench" = 1 ]; then
    # A screen larger than the window: xvfb-run's default 1280x1024 clips the capture.
    if run xvfb-run -a -s '-screen 0 1920x1080x24' "$bin/tandem-workbench" \
        --screenshot "$scratch/shot.png" "$samples/source.ru.txt" "$samples/target.en.txt" \
        >"$scratch/shot.log" 2>&1 \
        && file "$scratch/shot.png" | grep -qF 'PNG image data'; then
        pass "installed tandem-workbench --screenshot: $(file -b "$scratch/shot.png")"
    else
        fail "installed tandem-workbench --screenshot: $(cat "$scratch/shot.log")"
    fi
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures packaging check(s) failed" >&2
    exit 1
fi
echo "all packaging checks passed"
