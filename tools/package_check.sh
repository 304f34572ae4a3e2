#!/usr/bin/env bash
# Manual check of a built .deb (`make package-check`; not part of `make test`): install it as a
# user would (dpkg -i as root, otherwise unpacked with dpkg-deb -x), run the installed desk on a
# fresh demo store and take a screenshot of its window under Xvfb.
#
#     tools/package_check.sh DESK.deb OUT_DIR      # writes OUT_DIR/shot.png
set -euo pipefail

if [ $# -ne 2 ] || [ ! -f "$1" ]; then
    echo "usage: $0 DESK.deb OUT_DIR" >&2
    exit 2
fi
deb=$1
out=$2
for tool in xvfb-run xdotool import; do
    if ! command -v "$tool" >/dev/null; then
        echo "package-check needs $tool: sudo apt-get install xvfb xdotool imagemagick" >&2
        exit 1
    fi
done
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)

echo "== package: $deb ($(du -h "$deb" | cut -f1), $(stat -c %s "$deb") bytes)"
if [ "$(id -u)" -eq 0 ]; then
    echo "== dpkg -i"
    if ! dpkg -i "$deb"; then
        echo "dpkg -i failed; if dependencies are missing, 'apt-get install -f' installs them" >&2
        exit 1
    fi
    desk=/usr/bin/desk
else
    # Not root: unpacked, the launcher finds the app relative to itself; the system libraries
    # the package depends on must already be installed.
    echo "== dpkg-deb -x (not root)"
    dpkg-deb -x "$deb" "$out/root"
    desk=$out/root/usr/bin/desk
fi

# A fresh passphrase store in OUT_DIR; run from OUT_DIR so nothing can come from a checkout.
cd "$out"
export DESK_PASSPHRASE=package-check
db=$out/check.db
set -x
"$desk" --version
"$desk" --db "$db" init --demo
"$desk" --db "$db" signals list --limit 5
set +x

# The window: with DESK_PASSPHRASE set, `desk --db STORE` opens the main window directly. Wait
# (bounded) until it is shown, let it paint, take the screenshot, close the app.
echo "== window under Xvfb"
export desk db out
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
    "$desk" --db "$db" >"$out/gui.log" 2>&1 &
    app=$!
    for _ in $(seq 120); do
        if xdotool search --onlyvisible --name "^Desk" >/dev/null 2>&1; then break; fi
        if ! kill -0 "$app" 2>/dev/null; then
            echo "desk exited before showing its window:" >&2; cat "$out/gui.log" >&2; exit 1
        fi
        sleep 0.5
    done
    xdotool search --onlyvisible --name "^Desk" >/dev/null || { echo "no Desk window after 60 s" >&2; kill "$app"; exit 1; }
    sleep 2
    window=$(xdotool search --onlyvisible --name "^Desk" | head -n 1)
    xdotool getwindowname "$window" getwindowgeometry "$window"
    import -window "$window" "$out/shot.png"
    kill "$app"
    wait "$app" || true
'
echo "== ok: screenshot $out/shot.png"
