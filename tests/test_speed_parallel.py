"""check_many(n_process=N) and `postguard check --jobs N`: same reports as one process, in input order."""

import json
import pickle

import pytest

from postguard.errors import ConfigError
from postguard.sources import read_path

from conftest import run_cli

SEEDS = [
    "So proud of my daughter Emma, she turned 7 today!",
    "Call me on 415-555-0199 after 5, or email jo.marsh@gmail.com",
    "Fresh sourdough every morning from 7am. Pre-order by Thursday noon!",
    "We're away in Cabo all next week, the house is empty lol",
    "Spring pottery classes open Monday. Beginners welcome.",
    "My son Jake (6) starts first grade at Lincoln Elementary tomorrow",
]


def _posts(n):
    # every post distinct, so a report that came back out of order cannot pass for the right one
    return [f"{SEEDS[i % len(SEEDS)]} (post {i})" for i in range(n)]


def _view(reports):
    return [(r.text, [(f.rule, f.start, f.end, f.match, f.message, f.location) for f in r.findings]) for r in reports]


def test_two_processes_give_the_single_process_reports_in_order(core_checker):
    posts = _posts(120)
    single = list(core_checker.check_many(posts, batch_size=8))
    parallel = list(core_checker.check_many(posts, batch_size=8, n_process=2))
    assert [r.text for r in parallel] == posts
    assert _view(parallel) == _view(single)
    assert sum(len(r.findings) for r in single) > 40  # the posts really produce findings


def test_file_locations_survive_the_trip_to_the_workers(core_checker, tmp_path):
    path = tmp_path / "queue.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i}", "text": t}) + "\n" for i, t in enumerate(_posts(40))),
                    encoding="utf-8")
    posts = list(read_path(str(path)))
    single = list(core_checker.check_many(posts, batch_size=4))
    parallel = list(core_checker.check_many(posts, batch_size=4, n_process=2))
    assert _view(parallel) == _view(single)
    located = [f.location for r in parallel for f in r.findings]
    assert located and all(loc.path == str(path) and loc.line >= 1 for loc in located)
    assert [r.post_id for r in parallel] == [f"p{i}" for i in range(40)]


def test_one_batch_is_checked_in_process(core_checker):
    import multiprocessing

    reports = list(core_checker.check_many(_posts(5), n_process=2))
    assert [r.text for r in reports] == _posts(5)
    assert multiprocessing.active_children() == []


def test_checker_pickles_as_its_recipe(core_checker):
    copy = pickle.loads(pickle.dumps(core_checker))
    assert copy is not core_checker
    assert [r.id for r in copy.rules] == [r.id for r in core_checker.rules]
    assert copy.config == core_checker.config
    assert copy._runtime is None  # rebuilt lazily on the other side


def test_spawned_workers_rebuild_the_checker(core_checker, monkeypatch):
    monkeypatch.setenv("POSTGUARD_START_METHOD", "spawn")
    posts = _posts(24)
    parallel = list(core_checker.check_many(posts, batch_size=6, n_process=2))
    assert _view(parallel) == _view(core_checker.check_many(posts, batch_size=6))


def test_unknown_start_method_is_a_config_error(core_checker, monkeypatch):
    monkeypatch.setenv("POSTGUARD_START_METHOD", "teleport")
    with pytest.raises(ConfigError, match="POSTGUARD_START_METHOD"):
        list(core_checker.check_many(_posts(20), batch_size=4, n_process=2))


def test_cli_jobs_output_matches_one_process(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in _posts(150)), encoding="utf-8")
    one = run_cli("check", "--format", "json", str(path))
    two = run_cli("check", "--format", "json", "--jobs", "2", str(path))
    assert one.returncode == two.returncode == 1, two.stderr
    assert json.loads(two.stdout) == json.loads(one.stdout)
    bad = run_cli("check", "--jobs", "-1", str(path))
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_a_pattern_timeout_survives_the_trip_back_from_a_worker():
    from postguard.analyzers.matchers import PatternTimeout

    err = pickle.loads(pickle.dumps(PatternTimeout("direct-sales/income-figure:main")))
    assert isinstance(err, PatternTimeout) and err.key == "direct-sales/income-figure:main"
    assert str(err).startswith("rule direct-sales/income-figure: its pattern took over")
