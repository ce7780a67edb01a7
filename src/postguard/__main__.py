"""``python -m postguard``: the same command as ``postguard``."""

from .cli import main

main(prog_name="postguard")
