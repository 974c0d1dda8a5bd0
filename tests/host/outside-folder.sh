#!/usr/bin/env bash
# Runs on the host, not in the build root: tools/workbench exports a folder
# that lies outside the repository's parent folder and /tmp (the only places
# the build root sees), with a text and a PDF letter, as the invoking user.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
parent=$(dirname "$repo")
source "$repo/tools/env.sh"
fail() { echo "FAIL: $*" >&2; exit 1; }

base=""
for candidate in "${HOME:-/nonexistent}" /var/tmp; do
  case "$candidate/" in "$parent"/*|/tmp/*) continue ;; esac
  [ -w "$candidate" ] && { base=$candidate; break; }
done
[ -n "$base" ] || fail "no writable folder outside $parent and /tmp"
work=$(mktemp -d "$base/imr-workbench-outside.XXXXXX")
scratch=$(mktemp -d /tmp/imr-outside.XXXXXX)
trap 'rm -rf "$work" "$scratch"' EXIT
mkdir "$work/letters"
cp "$repo"/examples/letters/CM16-09001*.txt "$work/letters/"
# A PDF letter, made in the root (it sees /tmp) and moved out of its reach.
imr_run "QT_QPA_PLATFORM=offscreen '$IMR_BUILD/tests/pdf/imr_makeletterpdf' '$repo/examples/letters/CM17-0900106.txt' '$scratch/CM17-0900106.pdf'"
mv "$scratch/CM17-0900106.pdf" "$work/letters/"
letters=$(ls "$work/letters" | wc -l)

"$repo/tools/workbench" --export-csv "$work/out.csv" "$work/letters" || fail "tools/workbench --export-csv failed on $work/letters"
[ -s "$work/out.csv" ] || fail "no CSV written"
grep -q '^CM17-0900106.pdf,CM17-0900106,' "$work/out.csv" || fail "the PDF letter was not extracted: $(grep CM17 "$work/out.csv" || true)"
exported=$(tail -n +2 "$work/out.csv" | cut -d, -f1 | sort -u | wc -l)
[ "$exported" = "$letters" ] || fail "$exported of $letters letters exported"
[ "$(stat -c %u "$work/out.csv")" = "$(id -u)" ] || fail "the CSV is not owned by the invoking user"
echo "PASS: $letters letters (one PDF) exported from $work as $(id -un)"
