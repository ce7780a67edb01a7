"""Project config: discovery walking up from each file, strict keys, unknown rule ids, overrides, CLI precedence."""

import json
import textwrap
from pathlib import Path

import pytest

from postguard.config import ConfigFinder, load_config
from postguard.errors import ConfigError
from postguard.runner import Options, run_check

from conftest import run_cli

PHONE_AND_CHILD = "So proud of my daughter Emma, she turned 7 today! Text me at (512) 555-0142.\n"
LONG = ("Big news from the bakery! Starting Monday we open at 7am, and every morning there will be fresh sourdough, "
        "cinnamon rolls, and the lemon poppy seed muffins you keep asking about. Pre-orders for weekend pickup close "
        "on Thursday at noon, so get your order in early. Thank you all for the support!\n")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def rules_found(run) -> list[tuple[str, str]]:
    return sorted((Path(f.location.path).name, f.rule) for f in run.findings())


def test_nearest_config_walking_up_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.postguard]\nselect = ["core/child-*"]\n')
    write(tmp_path / "team" / ".postguard.yaml", "select: [core/personal-phone]\n")
    top = write(tmp_path / "top.md", PHONE_AND_CHILD)
    deep = write(tmp_path / "team" / "a" / "b" / "deep.md", PHONE_AND_CHILD)
    run = run_check([str(top), str(deep)], Options())
    assert rules_found(run) == [("deep.md", "core/personal-phone"), ("top.md", "core/child-age"), ("top.md", "core/child-name")]


def test_pyproject_without_postguard_table_is_skipped(tmp_path):
    write(tmp_path / ".postguard.yaml", "ignore: [core/child-age, core/child-name]\n")
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    post = write(tmp_path / "sub" / "p.txt", PHONE_AND_CHILD)
    assert rules_found(run_check([str(post)], Options())) == [("p.txt", "core/personal-phone")]


def test_overrides_platform_and_input_mapping(tmp_path):
    write(tmp_path / ".postguard.yaml", """\
        select: [platform/*, core/personal-phone]
        input:
          csv: {text: Beitrag, platform: Kanal}
        overrides:
          - paths: ["drafts/*"]
            platform: x
    """)
    draft = write(tmp_path / "drafts" / "long.md", LONG)
    final = write(tmp_path / "final" / "long.md", LONG)
    named = write(tmp_path / "final" / "named.md", "---\nplatform: x\n---\n" + LONG)
    export = write(tmp_path / "export.csv", f'Kanal,Beitrag\nX,"{LONG.strip()}"\nInstagram,"{LONG.strip()}"\n')
    run = run_check([str(p) for p in (draft, final, named, export)], Options())
    found = [(Path(f.location.path).relative_to(tmp_path).as_posix(), f.rule, f.location.line, f.location.column)
             for f in run.findings()]
    assert found == [("drafts/long.md", "platform/too-long", 1, 281), ("final/named.md", "platform/too-long", 4, 281),
                     ("export.csv", "platform/too-long", 2, 284)]  # X,"  then 280 characters


def test_cli_flags_override_config(tmp_path):
    write(tmp_path / ".postguard.yaml", "select: [core/child-age]\nfail-on: error\nplatform: x\n")
    post = write(tmp_path / "p.txt", PHONE_AND_CHILD)
    # config: only child-age, a warning, and fail-on error -> exit 0
    res = run_cli("check", "--format", "json", str(post), cwd=tmp_path)
    out = json.loads(res.stdout)
    assert res.returncode == 0, res.stderr
    assert [f["rule"] for f in out["findings"]] == ["core/child-age"] and out["summary"]["fail_on"] == "error"
    # flags win: another selection and a stricter fail-on
    res = run_cli("check", "--format", "json", "--select", "core/personal-phone", "--fail-on", "warning", str(post), cwd=tmp_path)
    assert res.returncode == 1
    assert [f["rule"] for f in json.loads(res.stdout)["findings"]] == ["core/personal-phone"]


def test_explicit_config_file(tmp_path):
    cfg = write(tmp_path / "ci" / "strict.yaml", "select: [core/personal-phone]\n")
    write(tmp_path / ".postguard.yaml", "select: [core/child-age]\n")
    post = write(tmp_path / "p.txt", PHONE_AND_CHILD)
    assert rules_found(run_check([str(post)], Options(config=str(cfg)))) == [("p.txt", "core/personal-phone")]


@pytest.mark.parametrize("text,message", [
    ("selct: [core/personal-phone]\n", r"\.postguard\.yaml:1: unknown key 'selct' in the config \(did you mean 'select'\?\)"),
    ("ignore: [core/chld-age]\n", r":1: unknown rule id or pattern 'core/chld-age' in 'ignore' \(did you mean 'core/child-age'\?\)"),
    ("select:\n  - core/personal-phone\n  - hard-sell\n", r":3: unknown rule id or pattern 'hard-sell' in 'select'"),
    ("platform: myspace\n", r":1: unknown platform 'myspace'"),
    ("fail-on: critical\n", r":1: 'fail-on' must be one of info, warning, error"),
    ("input:\n  csv:\n    txt: Message\n", r":3: unknown key 'txt' in input.csv \(did you mean 'text'\?\)"),
    ("overrides:\n  - paths: ['*.md']\n    ignore: [direct-sales/nope]\n", r":3: unknown rule id or pattern 'direct-sales/nope'"),
    ("overrides:\n  - paths: ['*.md']\n    baseline: x.json\n", r":3: unknown key 'baseline' in an override"),
    ("packs: [no-such-pack]\n", r"no-such-pack"),
])
def test_config_mistakes_are_errors_naming_file_and_line(tmp_path, text, message):
    cfg = write(tmp_path / ".postguard.yaml", text)
    with pytest.raises(ConfigError, match=message):
        load_config(str(cfg))


def test_config_mistake_exits_2_with_one_line(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.postguard]\nselect = ["core/personal-phone"]\nfail_on = "error"\n')
    post = write(tmp_path / "p.txt", PHONE_AND_CHILD)
    res = run_cli("check", str(post), cwd=tmp_path)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert "pyproject.toml: unknown key 'fail_on' in the config (did you mean 'fail-on'?)" in res.stderr


def test_finder_caches_per_folder(tmp_path):
    write(tmp_path / ".postguard.yaml", "platform: linkedin\n")
    finder = ConfigFinder()
    a = finder.settings_for(str(tmp_path / "x" / "a.md"))
    b = finder.settings_for(str(tmp_path / "x" / "y" / "b.md"))
    assert a.platform == b.platform == "linkedin" and len(finder.configs()) == 1


def test_front_matter_packs_choose_rules_per_post(tmp_path):
    only_platform = write(tmp_path / "a.md", "---\nplatform: x\npacks: [platform]\n---\n" + PHONE_AND_CHILD + LONG)
    default = write(tmp_path / "b.md", "---\nplatform: x\n---\n" + PHONE_AND_CHILD)
    run = run_check([str(only_platform), str(default)], Options())
    assert [r for name, r in rules_found(run) if name == "a.md"] == ["platform/too-long"]
    assert ("b.md", "core/personal-phone") in rules_found(run)
    bad = write(tmp_path / "c.md", "---\npacks: [no-such-pack]\n---\nhello\n")
    run = run_check([str(bad)], Options())
    assert len(run.errors) == 1 and "no-such-pack" in run.errors[0]
