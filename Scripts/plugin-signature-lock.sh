#!/usr/bin/env bash
# Checks taskflow.lock end to end on a copy of Fixtures/CreateVolume, with the real plugins:
#   1. `swift package taskflow lock` writes the lock the fixture commits;
#   2. with it, the package builds without a lock warning;
#   3. changing a durable task's revert signature without a version bump fails the build with
#      an error on the task's `- Task:` line;
#   4. bumping the task's major version: the build succeeds, with one warning naming
#      `swift package taskflow lock`;
#   5. relocking records version 2.0, and the build has no lock warning any more;
#   6. an edit to a function's body only: the build succeeds without a lock diagnostic.
#
# Usage: Scripts/plugin-signature-lock.sh        Prints PASS or FAIL; exits non-zero on FAIL.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
work="$(mktemp -d)"
package="$work/CreateVolume"
log="$work/out.log"
trap 'rm -rf "$work"' EXIT

fail() {
    echo "--- output ---"
    cat "$log"
    echo "FAIL: $1"
    exit 1
}

# The copy: sources, tests, manifest and lock; the manifest's path to the repository is fixed,
# since it is computed from the manifest's own location.
mkdir -p "$package"
cp -R "$root/Fixtures/CreateVolume/Sources" "$root/Fixtures/CreateVolume/Tests" "$root/Fixtures/CreateVolume/taskflow.lock" "$package/"
sed -e "s|^let root = URL(fileURLWithPath: #filePath)\$|let root = URL(fileURLWithPath: \"$root\")|" \
    -e '/^    \.deletingLastPathComponent()  \/\//d' \
    "$root/Fixtures/CreateVolume/Package.swift" >"$package/Package.swift"
grep -q "URL(fileURLWithPath: \"$root\")" "$package/Package.swift" || { echo "FAIL: could not point the copy's manifest at $root"; exit 1; }

source_file="$package/Sources/CreateVolume/API/VolumeAPI+Cast.swift"
task_line="$(grep -n -F -- '- Task: cast_create_volume' "$source_file" | cut -d: -f1)"
[ -n "$task_line" ] || { echo "FAIL: no '- Task: cast_create_volume' in $source_file"; exit 1; }
lock_warning="taskflow.lock is out of date"

build() {
    swift build --package-path "$package" >"$log" 2>&1
}

echo "1. swift package taskflow lock writes the committed lock"
rm "$package/taskflow.lock"
swift package --package-path "$package" --allow-writing-to-package-directory taskflow lock --target CreateVolume >"$log" 2>&1 \
    || fail "taskflow lock failed"
cmp -s "$package/taskflow.lock" "$root/Fixtures/CreateVolume/taskflow.lock" \
    || fail "the lock written differs from Fixtures/CreateVolume/taskflow.lock: $(diff "$root/Fixtures/CreateVolume/taskflow.lock" "$package/taskflow.lock")"

echo "2. the locked package builds without a lock warning"
build || fail "the locked package does not build"
if grep -q -F "$lock_warning" "$log"; then fail "a lock warning on an up-to-date lock"; fi

echo "3. a changed revert signature without a major bump fails the build on the task's line"
perl -pi -e 's/func errorOutVolume\(volume: VolumeRecord\) throws \{/func errorOutVolume(volume: VolumeRecord, quota_commit: QuotaCommit) throws {/' "$source_file"
grep -q 'quota_commit: QuotaCommit) throws {' "$source_file" || fail "could not change errorOutVolume"
if build; then fail "the build succeeded although cast_create_volume changed without a bump"; fi
diagnostic="$(grep -F -- "/Sources/CreateVolume/API/VolumeAPI+Cast.swift:$task_line:" "$log" | grep -F ': error: ' | head -n 1)"
[ -n "$diagnostic" ] || fail "no 'error:' at VolumeAPI+Cast.swift:$task_line (the '- Task:' line)"
echo "$diagnostic" | grep -q -F "revert '(volume: VolumeRecord)' is now '(volume: VolumeRecord, quota_commit: QuotaCommit)'" \
    || fail "the error does not say what changed"
echo "   $diagnostic"

echo "4. bumping the major version builds, with one warning naming the lock command"
perl -pi -e 's|^    ///   - revert: errorOutVolume$|    ///   - revert: errorOutVolume\n    ///   - version: 2.0|' "$source_file"
grep -q -- '- version: 2.0' "$source_file" || fail "could not bump cast_create_volume"
build || fail "the build failed after the major version bump"
[ "$(grep -c -F "$lock_warning" "$log")" -ge 1 ] || fail "no lock warning after the bump"
grep -F "$lock_warning" "$log" | grep -q -F "swift package taskflow lock" || fail "the warning does not name 'swift package taskflow lock'"
grep -F "$lock_warning" "$log" | grep -q -F "task 'cast_create_volume' is version 2.0, locked at 1.0" \
    || fail "the warning does not name the bumped task"

echo "5. relocking records the new version; the build has no lock warning"
swift package --package-path "$package" --allow-writing-to-package-directory taskflow lock >"$log" 2>&1 || fail "taskflow lock failed"
grep -q -F '"revert": "(volume: VolumeRecord, quota_commit: QuotaCommit)",' "$package/taskflow.lock" || fail "the lock does not record the new revert"
build || fail "the build failed after relocking"
if grep -q -F "$lock_warning" "$log"; then fail "a lock warning after relocking"; fi

echo "6. an edit to a function's body only builds without a lock diagnostic"
perl -pi -e 's/^        let spec = RequestSpec\($/        let unused = 0\n        _ = unused\n        let spec = RequestSpec(/' "$source_file"
grep -q 'let unused = 0' "$source_file" || fail "could not edit castCreateVolume's body"
build || fail "the build failed after a body-only edit"
if grep -q -F "taskflow.lock" "$log"; then fail "a lock diagnostic after a body-only edit"; fi

echo "PASS: the lock is written, checked on the task's line, relaxed by a bump, and silent on body edits"
