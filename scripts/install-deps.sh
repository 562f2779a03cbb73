#!/usr/bin/env bash
# Installs the Debian 12 packages Gatehouse needs to build, run and test, if missing.
# Uses apt-get directly as root, or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config make
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev
    libsodium-dev libgl-dev openssl libssl-dev
    # packaging: the man page from --help, metadata validators, dpkg-shlibdeps
    help2man appstream desktop-file-utils dpkg-dev
    # tests: a display server, a keyring in a D-Bus session, screenshots
    xvfb xauth dbus dbus-x11 gnome-keyring imagemagick sqlite3 curl python3
    # tests: a throw-away PostgreSQL 15 server (scripts/with-postgres.sh)
    postgresql
    # tests: the link pages in a real browser (tst_linkbrowser, headless over WebDriver)
    chromium chromium-driver
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
