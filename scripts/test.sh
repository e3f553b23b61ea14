#!/usr/bin/env bash
# Installs what is needed, builds, and runs the fast test suite (labels
# unit and golden) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
ctest --test-dir build -L 'unit|golden' --output-on-failure -j "$(nproc)"
