#!/usr/bin/env bash
# Installs, when missing, what building and testing Pagelab needs beyond a
# JDK: the GTK and X libraries SWT loads and the Xvfb server UI tests run
# under. Debian/Ubuntu (apt-get); does nothing when all is there.
set -u
pkgs=(xvfb xauth libgtk-3-0 dbus-x11 at-spi2-core fonts-dejavu-core x11-apps imagemagick)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-ui-deps: missing ${missing[*]} and no apt-get; install them by hand" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-ui-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq >&2 || true
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
