"""Every example of every rule in every built-in pack: flag examples must fire, pass examples must not."""

import pytest

from postguard.examples import run_examples
from postguard.packs import builtin_names


def _cases():
    for pack in builtin_names():
        for result in run_examples([pack], only_pack=pack):
            yield pytest.param(result, id=f"{result.rule}:{result.which}:{result.line}")


@pytest.mark.parametrize("result", list(_cases()))
def test_rule_example(result):
    assert result.ok, f"{result.rule} {result.which} example (line {result.line}): {result.reason}\n{result.text}"


def test_every_rule_has_both_kinds_of_example():
    from postguard.packs import load_packs

    rules = load_packs(builtin_names()).rules.values()
    assert rules
    for rule in rules:
        assert rule.examples_flag and rule.examples_pass, rule.id
