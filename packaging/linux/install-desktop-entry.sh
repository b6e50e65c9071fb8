#!/bin/sh
# Add Cyber Kiosk to the applications menu of the current user: the icon set and a .desktop file
# pointing at the bundle folder this script is given (default: the folder above its own).
# Usage: install-desktop-entry.sh [/path/to/cyber-kiosk-folder] [--autostart]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bundle=${1:-$(dirname "$here")}
bundle=$(cd "$bundle" && pwd)
test -x "$bundle/cyber-kiosk" || { echo "no cyber-kiosk executable in $bundle" >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
icons=$here/icons
for png in "$icons"/png/*/cyber-kiosk.png; do
  size=$(basename "$(dirname "$png")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$png" "$data/icons/hicolor/$size/apps/cyber-kiosk.png"
done
mkdir -p "$data/applications"
sed "s#/opt/cyber-kiosk#$bundle#g" "$here/cyber-kiosk.desktop" > "$data/applications/cyber-kiosk.desktop"
if [ "${2:-}" = "--autostart" ]; then
  config=${XDG_CONFIG_HOME:-$HOME/.config}
  mkdir -p "$config/autostart"
  sed "s#/opt/cyber-kiosk#$bundle#g" "$here/cyber-kiosk-autostart.desktop" > "$config/autostart/cyber-kiosk.desktop"
fi
echo "Cyber Kiosk added to the menu ($data/applications/cyber-kiosk.desktop)"
