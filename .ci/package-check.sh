#!/usr/bin/env bash
# Builds the Debian package, installs it, validates the desktop files and
# starts the installed program under Xvfb (see window-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-deb >/dev/null; then
    cargo install --locked cargo-deb
fi
cargo build --locked --release
cargo deb --no-build --output target/debian/topset.deb
# --reinstall: a package of the same version may be installed from an earlier run.
apt-get install -y -qq --reinstall ./target/debian/topset.deb >/dev/null
dpkg -L topset | grep -E 'bin/topset|applications/topset.desktop|256x256/apps/topset.png|mime/packages/topset.xml'

desktop-file-validate /usr/share/applications/topset.desktop
xmllint --noout /usr/share/mime/packages/topset.xml packaging/windows/main.wxs
update-mime-database /usr/share/mime

bash .ci/window-check.sh /usr/bin/topset target/ci/installed-window.png
