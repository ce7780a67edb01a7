"""The platforms postguard knows: how long a post may be, and where the feed cuts it behind "more".

Numbers are for the main post text (caption) as each platform documents or shows it in the feed:
- ``limit``: the most characters the platform accepts in one post;
- ``more_cut``: how many characters a reader sees before the feed truncates the post behind "... more".
  A disclosure ("#ad", "independent distributor") placed after this point is hidden in the feed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    name: str
    label: str
    limit: int  # characters accepted in one post
    more_cut: int  # characters shown in the feed before "more"


PLATFORMS: dict[str, Platform] = {
    "x": Platform("x", "X (Twitter)", limit=280, more_cut=280),
    "instagram": Platform("instagram", "Instagram", limit=2200, more_cut=125),
    "facebook": Platform("facebook", "Facebook", limit=63206, more_cut=477),
    "linkedin": Platform("linkedin", "LinkedIn", limit=3000, more_cut=210),
    "tiktok": Platform("tiktok", "TikTok", limit=2200, more_cut=100),
}

NAMES = tuple(PLATFORMS)

# The feed cut per platform, and the one assumed when a post names no platform (the strictest common one).
PLATFORM_MORE_CUT = {name: p.more_cut for name, p in PLATFORMS.items()}
DEFAULT_MORE_CUT = 125


def more_cut(platform: str | None) -> int:
    p = PLATFORMS.get(platform or "")
    return p.more_cut if p else DEFAULT_MORE_CUT


def length_limit(platform: str | None) -> int | None:
    p = PLATFORMS.get(platform or "")
    return p.limit if p else None
