"""The rule engine: evaluate merged rule packs against one post's analysis and produce findings."""

from .evaluate import Analysis, LazyAnalysis, RuleEngine

__all__ = ["Analysis", "LazyAnalysis", "RuleEngine"]
