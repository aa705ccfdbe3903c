"""The process tree read from /proc, for the tests that kill workers and check none is left."""

from __future__ import annotations

from pathlib import Path


def _parents() -> dict[int, list[int]]:
    """Every live process id under its parent's id."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            parents.setdefault(parent, []).append(int(entry.name))
    return parents


def children(pid: int) -> list[int]:
    return _parents().get(pid, [])


def descendants(pid: int) -> list[int]:
    parents = _parents()
    found, stack = [], [pid]
    while stack:
        below = parents.get(stack.pop(), [])
        found += below
        stack += below
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for its parent."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
