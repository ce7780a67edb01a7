"""The published pre-commit hook, run for real: ``pre-commit try-repo`` against this repository on a
throwaway git repo holding a bad post and a clean post (the staged files, as on commit, and
``--files``), and the hook installed from a pinned commit: a real ``git commit`` blocked with the
finding, ``pre-commit run --all-files`` and ``--files``.

pre-commit builds the hook's environment the way it does for every user (``language: python``: a
virtualenv with this repository's package installed into it). To keep the test fast, the
dependencies (spaCy, Presidio, the model) are offered to that pip install from this test run's own
environment through PYTHONPATH, so pip installs only postguard itself; set
POSTGUARD_PRECOMMIT_FULL_INSTALL=1 to let pip install everything as on a fresh machine (about a minute
per environment from a local wheel cache).

``try-repo`` clones the repository at HEAD plus uncommitted changes to tracked files; files git does
not track yet would be missing, so while the working tree has untracked files the hook needs, the test
uses a snapshot commit of the working tree instead (likewise for the installed hook, which pins a commit).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from conftest import ROOT

pytest.importorskip("pre_commit")
pytestmark = pytest.mark.slow
if shutil.which("git") is None:  # pragma: no cover
    pytest.skip("git is not installed", allow_module_level=True)

BAD = "Porch pickup today! Text me at (512) 555-0142, that's my cell.\n"
BAD_FINDING = "bad.md:1:32: error [core/personal-phone]"
CLEAN = "Fresh sourdough every morning from 7am. Pre-order for weekend pickup by Thursday noon!\n"
LATER = "Call me at 512.555.0177 anytime, my personal number.\n"
LATER_FINDING = "later.md:1:12: error [core/personal-phone]"
NEEDED = ["src", "pyproject.toml", ".pre-commit-hooks.yaml", "README.md", "LICENSE"]


def git(*args, cwd, env=None, check=True):
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=check, timeout=120)


def hook_env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.com", PRE_COMMIT_COLOR="never", NO_COLOR="1",
               PRE_COMMIT_HOME=str(tmp / "pc-home"))
    if not os.environ.get("POSTGUARD_PRECOMMIT_FULL_INSTALL"):
        env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]
    # the installed git hook and pre-commit itself run with this interpreter
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


def pre_commit(*args, cwd, env):
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


def _snapshot(tmp_path_factory) -> str:
    """A throwaway repository with one commit holding the working tree (tracked and untracked files)."""
    snap = tmp_path_factory.mktemp("snapshot")
    files = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout.split("\0")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (snap / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, snap / rel)
    env = hook_env(snap)
    git("init", "-q", cwd=snap, env=env)
    git("add", "-A", cwd=snap, env=env)
    git("commit", "-q", "-m", "snapshot of the working tree", cwd=snap, env=env)
    return str(snap)


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    """The repository for ``try-repo``: this one, unless files the hook needs are not tracked yet."""
    status = git("status", "--porcelain", "--untracked-files=all", "--", *NEEDED, cwd=ROOT, check=False).stdout
    if git("rev-parse", "HEAD", cwd=ROOT, check=False).returncode == 0 and not any(
            line.startswith("??") for line in status.splitlines()):
        return str(ROOT)
    return _snapshot(tmp_path_factory)


@pytest.fixture(scope="module")
def pinned(tmp_path_factory):
    """(repository, commit) for an installed hook: this repository's HEAD when the working tree is
    clean, else a snapshot commit of the working tree."""
    clean = git("status", "--porcelain", "--untracked-files=all", "--", *NEEDED, cwd=ROOT, check=False)
    if clean.returncode == 0 and not clean.stdout.strip() and git("rev-parse", "HEAD", cwd=ROOT, check=False).returncode == 0:
        repo = str(ROOT)
    else:
        repo = _snapshot(tmp_path_factory)
    return repo, git("rev-parse", "HEAD", cwd=repo).stdout.strip()


@pytest.fixture()
def content(tmp_path):
    repo = tmp_path / "content"
    repo.mkdir()
    env = hook_env(tmp_path)
    git("init", "-q", cwd=repo, env=env)
    (repo / "bad.md").write_text(BAD)
    (repo / "clean.md").write_text(CLEAN)
    (repo / "notes.py").write_text('# not a post: (512) 555-0142, my cell\n')
    git("add", "bad.md", "clean.md", "notes.py", cwd=repo, env=env)
    return repo, env


def test_try_repo_checks_staged_posts_and_exactly_the_files_given(source, content):
    repo, env = content
    # as on commit: the staged files
    res = pre_commit("try-repo", source, "postguard", cwd=repo, env=env)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert "postguard (social posts)" in out and "Failed" in out
    assert BAD_FINDING in out
    assert "clean.md:" not in out and "notes.py" not in out
    assert "Found 1 problem (1 error) in 2 posts." in out  # bad.md and clean.md were both checked
    # --files: exactly the files given (an unstaged new post included), nothing else
    (repo / "later.md").write_text(LATER)
    res = pre_commit("try-repo", source, "postguard", "--files", "later.md", "clean.md", cwd=repo, env=env)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert LATER_FINDING in out and "bad.md" not in out
    assert "Found 1 problem (1 error) in 2 posts." in out


def test_installed_hook_blocks_the_commit_and_runs_on_all_files(pinned, content):
    repo, env = content
    src, rev = pinned
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {src}\n    rev: {rev}\n    hooks:\n      - id: postguard\n")
    git("add", ".pre-commit-config.yaml", cwd=repo, env=env)
    res = pre_commit("install", cwd=repo, env=env)
    assert res.returncode == 0, res.stdout + res.stderr
    commit = git("commit", "-m", "new posts", cwd=repo, env=env, check=False)
    out = commit.stdout + commit.stderr
    assert commit.returncode != 0, out
    assert BAD_FINDING in out
    assert git("rev-parse", "--verify", "HEAD", cwd=repo, env=env, check=False).returncode != 0  # nothing committed
    assert (repo / "bad.md").read_text() == BAD  # the hook never rewrites files
    # --all-files: every post in the repository
    (repo / "later.md").write_text(LATER)
    git("add", "later.md", cwd=repo, env=env)
    res = pre_commit("run", "--all-files", cwd=repo, env=env)
    out = res.stdout + res.stderr
    assert res.returncode == 1, out
    assert BAD_FINDING in out and LATER_FINDING in out and "in 3 posts" in out
    # --files with a clean post passes
    res = pre_commit("run", "--files", "clean.md", cwd=repo, env=env)
    assert res.returncode == 0 and "Passed" in res.stdout, res.stdout + res.stderr
    # without the bad posts the commit goes through
    git("rm", "-q", "--cached", "bad.md", "later.md", cwd=repo, env=env)
    commit = git("commit", "-m", "clean posts", cwd=repo, env=env, check=False)
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "Passed" in commit.stdout + commit.stderr
