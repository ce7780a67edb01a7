"""No leaks: a full check with every built-in pack and every analyzer opens no network connection, and the
private values it finds are masked in every output format and in log and error messages unless the user
asks for them (``--show-values``)."""

import json
import logging
import socket
import subprocess
import sys
import textwrap

import pytest

from conftest import run_cli

from postguard.packs import builtin_names

# one value of every entity type postguard knows, in a post a parent might really write
PRIVATE = {
    "CHILD_NAME": "Emma",
    "EMAIL_ADDRESS": "jane.doe.private@gmail.com",
    "PHONE_NUMBER": "415-555-0132",
    "STREET_ADDRESS": "12 Oak Street",
    "US_SSN": "078-05-1120",
    "CREDIT_CARD": "4111 1111 1111 1111",
    "IBAN_CODE": "GB82 WEST 1234 5698 7654 32",
}
POST = ("So proud of my daughter Emma, she turned 7 today! Orders: email me at jane.doe.private@gmail.com or "
        "call my cell 415-555-0132, porch pickup at my house, 12 Oak Street. My SSN is 078-05-1120, "
        "card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32. We're away in Cancun until the 14th!")


class NetworkBlocked(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Every way Python opens a connection or resolves a name raises, and is recorded: a library that
    swallows the error (and falls back) still shows up in ``attempts``."""
    attempts: list[str] = []

    def blocked(name):
        def refuse(*args, **kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkBlocked(f"{name} called during a check")
        return refuse

    for attr in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, attr, blocked(f"socket.{attr}"))
    for attr in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, attr, blocked(attr))
    return attempts


def test_the_blocker_catches_a_real_connection(no_network):
    import urllib.request

    with pytest.raises(Exception):
        urllib.request.urlopen("http://example.com/", timeout=2)
    assert no_network, "the socket blocker did not see urllib connect"


def test_every_pack_and_every_analyzer_stays_offline(no_network):
    from postguard import Checker
    from postguard.analyzers.entities import EntityAnalyzer, known_entities

    checker = Checker(packs=builtin_names())
    rt = checker.runtime  # pipeline, matchers, Presidio and the topic classifier load with sockets blocked
    assert rt.entities is not None and rt.topics is not None
    reports = list(checker.check_many([POST, "Quit your job! This oil cures anxiety, DM me #ad", "#VoteThemOut"]))
    rules = {f.rule for r in reports for f in r.findings}
    assert {"core/child-name", "core/personal-email", "core/personal-phone", "core/home-address"} <= rules
    # every recognizer postguard knows, Presidio's email one (tldextract) included, on every value
    everything = EntityAnalyzer(rt.nlp, known_entities())
    doc = rt.nlp(POST)
    found = {r.entity_type for r in everything.analyze(doc, POST)}
    assert {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "CHILD_NAME", "STREET_ADDRESS"} <= found
    assert no_network == []


def test_the_cli_in_a_fresh_process_stays_offline(tmp_path):
    """The real command, in a new interpreter whose sockets refuse before anything is imported."""
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    script = textwrap.dedent("""
        import atexit, socket, sys
        attempts = []
        def refuse(name):
            def f(*a, **k):
                attempts.append(name)
                raise OSError("network blocked by test")
            return f
        for attr in ("connect", "connect_ex", "sendto", "sendmsg"):
            setattr(socket.socket, attr, refuse(attr))
        for attr in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
            setattr(socket, attr, refuse(attr))
        atexit.register(lambda: sys.stderr.write("NETWORK ATTEMPTS: %r\\n" % attempts))
        from postguard.cli import main
        main()
    """)
    args = ["check", str(post), "--format", "json"] + [a for name in builtin_names() for a in ("--pack", name)]
    r = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr
    assert "NETWORK ATTEMPTS: []" in r.stderr
    assert json.loads(r.stdout)["summary"]["findings"] >= 4


# -- masking ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def leak_file(tmp_path_factory):
    d = tmp_path_factory.mktemp("leaks")
    p = d / "post.txt"
    p.write_text(POST + "\nSecond line: my daughter Emma says text me at 415-555-0132 about the order.\n" + QUOTED + "\n",
                 encoding="utf-8")
    return p


def _values_in(out: str) -> list[str]:
    return [v for v in PRIVATE.values() if v in out]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_private_values_are_masked_in_every_format(leak_file, fmt):
    args = ["check", str(leak_file), "--format", fmt, "--no-color"] + [a for n in builtin_names() for a in ("--pack", n)]
    r = run_cli(*args)
    assert r.returncode == 1, r.stderr
    assert _values_in(r.stdout + r.stderr) == [], f"{fmt} output shows private values"
    if fmt == "json":
        findings = json.loads(r.stdout)["findings"]
        masked = {f["rule"] for f in findings if f["masked"]}
        assert {"core/child-name", "core/personal-email", "core/personal-phone", "core/home-address"} <= masked
        assert any(f["match"] == "E***" for f in findings)


def test_show_values_is_the_explicit_way_to_see_them(leak_file):
    r = run_cli("check", str(leak_file), "--format", "json", "--show-values")
    assert r.returncode == 1
    findings = json.loads(r.stdout)["findings"]
    shown = " | ".join(f["match"] for f in findings)
    assert _values_in(shown) == list(PRIVATE.values())
    assert not any(f["masked"] for f in findings)


def test_library_findings_mask_messages_and_dicts_by_default(core_checker):
    report = core_checker.check(POST)
    private = [f for f in report.findings if f.sensitive]
    assert {"core/child-name", "core/personal-email", "core/personal-phone", "core/home-address"} <= {f.rule for f in private}
    for f in private:
        d = json.dumps(f.to_dict(), ensure_ascii=False)
        assert _values_in(d + f.message + f.render_message()) == [], f.rule
        assert f.match in f.render_message(show_values=True) or "{match}" not in f._template


QUOTED = ("My daughter Emma (7) says the radical left Democrats are destroying this country and Republicans "
          "must win the election, call 415-555-0132")


def test_a_finding_that_quotes_a_private_value_masks_it():
    """A politics finding quotes the sentence that drove its score; the child's name and the phone in that
    sentence stay masked there too (found by this module: the JSON match showed them)."""
    from postguard import Checker

    report = Checker(packs=builtin_names()).check(QUOTED)
    quoting = [f for f in report.findings if not f.sensitive and "Emma" in f.match]
    assert quoting, "expected a non-private finding whose span holds the name"
    for f in quoting:
        d = f.to_dict()
        assert "Emma" not in d["match"] and "415-555-0132" not in d["match"] and d["masked"]
        assert d["match"].startswith("My daughter E*** (*) says")
        assert f.to_dict(show_values=True)["match"] == f.match


def test_logs_carry_no_private_values(core_checker, caplog):
    with caplog.at_level(logging.DEBUG):
        core_checker.check(POST)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert _values_in(logged) == []


def test_input_errors_do_not_quote_the_post(tmp_path):
    # a broken line of an export full of private details: the error names the place, not the text
    p = tmp_path / "export.jsonl"
    p.write_text('{"text": "fine"}\n{"text": "' + POST + '", "platform": }\n', encoding="utf-8")
    c = tmp_path / "export.csv"
    c.write_text('text,platform\n"' + POST + ',x\n', encoding="utf-8")
    r = run_cli("check", str(p), str(c), "--no-color")
    assert r.returncode == 2
    errors = [line for line in r.stdout.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert _values_in(r.stdout + r.stderr) == []
