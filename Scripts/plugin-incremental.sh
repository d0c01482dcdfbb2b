#!/usr/bin/env bash
# Checks that TaskFlowPlugin keeps incremental builds incremental, on Fixtures/CreateVolume:
#   1. a build generates CreateVolume.taskflow.swift;
#   2. a rebuild with nothing changed runs the generator zero times;
#   3. editing a comment outside any annotation runs the generator, which leaves the generated
#      file untouched, so neither it nor the code that depends on it is recompiled;
#   4. editing an annotation regenerates the file.
# Edited files are restored on exit.
#
# Usage: Scripts/plugin-incremental.sh        Prints PASS or FAIL; exits non-zero on FAIL.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
fixture="$root/Fixtures/CreateVolume"
sources="$fixture/Sources/CreateVolume"
comment_file="$sources/Domain/VolumeStatus.swift"
annotation_file="$sources/Manager/VolumeManager+Create.swift"
work="$(mktemp -d)"
log="$work/build.log"

cp "$comment_file" "$work/comment.swift"
cp "$annotation_file" "$work/annotation.swift"
restore() {
    cp "$work/comment.swift" "$comment_file"
    cp "$work/annotation.swift" "$annotation_file"
    rm -rf "$work"
}
trap restore EXIT

fail() {
    echo "--- swift build output ---"
    cat "$log"
    echo "FAIL: $1"
    exit 1
}

build() {
    swift build --package-path "$fixture" >"$log" 2>&1 || fail "swift build failed ($1)"
}

generator_runs() {
    grep -c 'Generating task flows for CreateVolume' "$log"
}

mtime() {
    stat -c '%y' "$1" 2>/dev/null || stat -f '%Fm' "$1"
}

find_built() {
    find "$fixture/.build" -name "$1" -path "$2" -print -quit
}

echo "1. build"
build "first build"
generated="$(find_built CreateVolume.taskflow.swift '*TaskFlowPlugin*')"
[ -n "$generated" ] || fail "no CreateVolume.taskflow.swift under $fixture/.build"
generated_object="$(find_built 'CreateVolume.taskflow.swift.o' '*CreateVolume.build*')"
dependent_object="$(find_built 'main.swift.o' '*create_volume.build*')"
[ -n "$generated_object" ] && [ -n "$dependent_object" ] || fail "object files not found under $fixture/.build"
echo "   generated $generated"

echo "2. rebuild with nothing changed"
build "no-op rebuild"
[ "$(generator_runs)" -eq 0 ] || fail "the no-op rebuild ran the generator"
echo "   generator runs: 0"

echo "3. edit a comment outside any annotation"
before_generated="$(mtime "$generated")"
before_object="$(mtime "$generated_object")"
before_dependent="$(mtime "$dependent_object")"
printf '\n// An edit that changes no annotation.\n' >>"$comment_file"
build "after a comment edit"
[ "$(generator_runs)" -eq 1 ] || fail "the generator did not run once after a source edit"
[ "$(mtime "$generated")" = "$before_generated" ] || fail "the generated file was rewritten"
[ "$(mtime "$generated_object")" = "$before_object" ] || fail "the generated file was recompiled"
[ "$(mtime "$dependent_object")" = "$before_dependent" ] || fail "the executable depending on the module was recompiled"
echo "   generator ran; generated file, its object and dependents untouched"

echo "4. edit an annotation"
perl -pi -e 's|^(\s*)/// - Task: notify_create_start$|$1/// - Task: notify_create_start\n$1///   - version: 1.1|' "$annotation_file"
grep -q -- '- version: 1.1' "$annotation_file" || fail "could not edit the annotation"
build "after an annotation edit"
[ "$(mtime "$generated")" != "$before_generated" ] || fail "the generated file was not regenerated"
grep -q 'minor: 1' "$generated" || fail "the generated file does not show the new version"
echo "   generated file rewritten with the new version"

echo "PASS: incremental builds run the generator only when sources change and rewrite its output only when annotations change"
