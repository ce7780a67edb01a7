import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def core_checker():
    from postguard import Checker

    return Checker(packs=["core"])


def run_cli(*args, input=None, cwd=None, env=None):
    """Run the real `postguard` command in a subprocess; returns CompletedProcess (text)."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "postguard.cli", *args], input=input, capture_output=True,
                          text=True, cwd=cwd, env=full_env, timeout=300)
