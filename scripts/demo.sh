#!/usr/bin/env bash
# Installs what is needed, builds, and analyses the bundled examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/dossier analyze examples/ --out dossier-out
