#!/usr/bin/env bash
# Builds Topset-x86_64.AppImage from the release binary.
#
# Needs `linuxdeploy-x86_64.AppImage` on the PATH (it downloads nothing else):
# get it from the linuxdeploy releases on a machine with internet access. The
# AppDir layout below is what linuxdeploy and appimagetool expect.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --locked --release
appdir="target/appimage/Topset.AppDir"
rm -rf "$appdir"
install -Dm755 target/release/topset "$appdir/usr/bin/topset"
install -Dm644 packaging/topset.desktop "$appdir/usr/share/applications/topset.desktop"
install -Dm644 packaging/topset-mime.xml "$appdir/usr/share/mime/packages/topset.xml"
for size in 16 24 32 48 64 128 256 512; do
    install -Dm644 "assets/icon-$size.png" "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/topset.png"
done

if ! command -v linuxdeploy-x86_64.AppImage >/dev/null; then
    echo "linuxdeploy-x86_64.AppImage is not on the PATH; the AppDir is ready in $appdir" >&2
    exit 1
fi
# The binary loads X11, Wayland and OpenGL with dlopen, so linuxdeploy does
# not bundle them: the host's libraries are used, as for every OpenGL app.
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/topset.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/topset.png" \
    --output appimage
