#!/usr/bin/env bash
# Prints every issue-#11 figure of docs/performance.md, each as a ratio against a baseline measured
# in the same run, with the CPU model and the load, and ends with the table for the doc.
# Run it from anywhere on a quiet machine (about 6-8 minutes on 2 free cores, baseline builds
# included; QUICK=1 for a 3-minute check that it works). Details: bench/figures.py.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/figures.py" "$@"
