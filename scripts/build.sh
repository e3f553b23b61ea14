#!/usr/bin/env bash
# Configures and builds Dossier in build/ (Release). Extra arguments go to
# CMake, e.g. scripts/build.sh -DDOSSIER_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
cmake --build build -j "$(nproc)"
