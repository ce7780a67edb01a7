"""Rule packs: YAML files of rules, loaded strictly and merged through ``extends``."""

from .loader import RuleSet, builtin_names, load_packs, parse_pack, read_pack_file
from .model import Pack, Rule, Spec

__all__ = ["Pack", "Rule", "RuleSet", "Spec", "builtin_names", "load_packs", "parse_pack", "read_pack_file"]
