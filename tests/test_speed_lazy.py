"""Lazy loading: importing postguard is cheap, and a run loads only what its rules need."""

import json
import subprocess
import sys
import textwrap

import pytest

from postguard.analyzers.nlp import components_for

TERMS_PACK = textwrap.dedent("""\
    pack: speedterms
    version: "1"
    description: terms and patterns only
    rules:
      - id: fast-money
        kind: terms
        category: hard_sell
        severity: warning
        message: "'{match}' promises easy money"
        terms: ["fast cash", "easy money"]
        examples:
          flag: ["Easy money from home!"]
          pass: ["Money is never easy."]
      - id: caps
        kind: limit
        category: platform
        severity: info
        message: Too many hashtags ({value})
        measure: hashtags
        max: 3
        examples:
          flag: ["#a #b #c #d"]
          pass: ["#a #b"]
""")


def _run(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_postguard_loads_no_nlp_library():
    got = _run(textwrap.dedent("""\
        import json, sys
        import postguard, postguard.cli
        from postguard import Checker, Config
        heavy = [m for m in ("spacy", "presidio_analyzer", "thinc", "numpy", "phonenumbers") if m in sys.modules]
        print(json.dumps(heavy))
    """))
    assert got == []


def test_terms_only_pack_loads_no_model_component_and_no_presidio(tmp_path):
    pack = tmp_path / "speedterms.yaml"
    pack.write_text(TERMS_PACK, encoding="utf-8")
    got = _run(textwrap.dedent(f"""\
        import json, sys
        from postguard import Checker
        c = Checker(packs=[{str(pack)!r}])
        built_before_use = c._runtime is not None
        report = c.check("Easy money from home! #a #b #c #d")
        rt = c.runtime
        print(json.dumps({{"built_before_use": built_before_use, "pipes": rt.nlp.pipe_names,
                           "needs": sorted(c.needs()), "entities": rt.entities is not None,
                           "topics": rt.topics is not None,
                           "rules": sorted(f.rule for f in report.findings)}}))
    """))
    assert got["built_before_use"] is False  # nothing expensive happens until the first check
    assert got["pipes"] == []  # no tok2vec, tagger, parser, lemmatizer or NER: the tokenizer alone
    assert got["needs"] == []
    assert got["entities"] is False and got["topics"] is False
    assert got["rules"] == ["speedterms/caps", "speedterms/fast-money"]


def test_components_follow_rule_needs():
    assert components_for(set()) == set()
    assert components_for({"sents"}) == set()  # sentences come from a cheap splitter, not the parser
    assert components_for({"entities"}) == set()  # Presidio reads the tokens; our recognizers need no NER
    assert components_for({"lemma"}) == {"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}
    assert "parser" not in components_for({"lemma", "pos", "ner"})
    assert "parser" in components_for({"dep"})


def test_core_pack_runs_without_any_trained_component(core_checker):
    rt = core_checker.runtime
    assert rt.entities is not None  # Presidio and our recognizers
    assert rt.nlp.pipe_names == []  # but they read the tokenizer's Doc; no NER pass
    report = core_checker.check("So proud of my daughter Emma, she turned 7 today!")
    assert {f.category for f in report.findings} == {"private"}


def test_bare_tokenizer_load_matches_the_pipeline_tokenizer():
    """The pipeline loads with a bare tokenizer that its saved one then fills: the result is identical."""
    import spacy

    from postguard.analyzers.nlp import load_pipeline
    from postguard.checker import DEFAULT_MODEL

    ours = load_pipeline(DEFAULT_MODEL, set())
    plain = spacy.load(DEFAULT_MODEL, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler",
                                               "lemmatizer", "ner"])
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    text = "Can't wait!! DM me @ 555-0142 or mail jo@x.co — #BossBabe U.S.A. 10am–2pm :)"
    assert [t.text for t in ours(text)] == [t.text for t in plain(text)]


@pytest.mark.parametrize("text", ["", "   ", "\u200b"])
def test_posts_without_tokens_are_checked_without_error(core_checker, text):
    assert core_checker.check(text).findings == []


def test_a_check_imports_neither_spacys_command_line_nor_every_presidio_recognizer():
    """spaCy's command line and Presidio's recognizers for other countries are never imported by a check;
    both are still there, complete, for whoever asks for them later in the same process."""
    got = _run(textwrap.dedent("""\
        import json, sys
        from postguard import Checker
        report = Checker(packs=["core"]).check("Call me at (555) 201-3344, or mail jo@example.com")
        before = {"cli": "spacy.cli" in sys.modules, "typer": "typer" in sys.modules,
                  "tldextract": "tldextract" in sys.modules, "requests": "requests" in sys.modules,
                  "url": any(m.endswith("url_recognizer") for m in sys.modules),
                  "south_africa": any(".south_africa" in m for m in sys.modules),
                  "found": sorted(f.rule for f in report.findings)}
        import spacy, spacy.cli
        from spacy.cli.info import info
        from presidio_analyzer.predefined_recognizers import UrlRecognizer, ZaCompanyRegistrationRecognizer
        from presidio_analyzer import RecognizerRegistry
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers()
        names = sorted(type(r).__name__ for r in registry.recognizers)
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer
        extract = email_recognizer.tldextract.extract  # what Presidio's own email recognizer calls
        import tldextract
        print(json.dumps({**before, "email_checks_domains": extract is tldextract.extract and sys.modules["tldextract"] is tldextract, "real_cli": hasattr(spacy.cli, "download") and callable(info),
                          "lazy_names": [UrlRecognizer.__name__, ZaCompanyRegistrationRecognizer.__name__], "registry": names}))
    """))
    plain = _run(textwrap.dedent("""\
        import json
        from presidio_analyzer import RecognizerRegistry
        registry = RecognizerRegistry()
        registry.load_predefined_recognizers()
        print(json.dumps({"registry": sorted(type(r).__name__ for r in registry.recognizers)}))
    """))
    assert got["cli"] is False and got["typer"] is False
    assert got["tldextract"] is False and got["requests"] is False  # Presidio's email recognizer's domain check
    assert got["email_checks_domains"] is True  # ... is the real one when Presidio's own recognizer needs it
    assert got["url"] is False and got["south_africa"] is False
    assert got["found"]  # the phone number and the email were found
    assert got["real_cli"] is True
    assert got["lazy_names"] == ["UrlRecognizer", "ZaCompanyRegistrationRecognizer"]
    assert got["registry"] == plain["registry"] and len(plain["registry"]) > 10


def test_topic_classifier_loads_without_a_tokenizer_of_its_own():
    from postguard.analyzers.topics import load_model

    alone = load_model(tokenizer=False)
    full = load_model()
    assert alone.pipe_names == full.pipe_names == ["textcat_multilabel"]
    assert not alone.tokenizer.rules and full.tokenizer.rules  # the Checker's tokenizer makes the Docs
