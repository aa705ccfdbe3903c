"""Where articles come from: files, standard input, directories, JSONL corpora, the seed."""

from __future__ import annotations

import datetime as dt
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Optional

from musk_openai.errors import InputError
from musk_openai.language import foreign
from musk_openai.text import valid_unicode

SEED_NAME = "000_2d7f435560d36f06.txt"


@dataclass(frozen=True)
class Article:
    document: str  # the path, "-", or the corpus id
    text: str
    dct: Optional[dt.date] = None
    dct_source: Optional[str] = None
    title: Optional[str] = None  # a JSONL corpus may carry one


def seed_text() -> str:
    try:
        return resources.files("musk_openai.seeds").joinpath(SEED_NAME).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        # running from a source tree where `seeds/` sits beside the package
        return (Path(__file__).resolve().parent.parent / "seeds" / SEED_NAME).read_text(encoding="utf-8")


def parse_date(value: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"invalid {what} {value!r}: write it as YYYY-MM-DD, e.g. 2012-06-22") from None


Warn = Callable[[str], None]


def _ignore(message: str) -> None:
    pass


def decode(data: bytes, source: str, encoding: Optional[str] = None, warn: Warn = _ignore) -> str:
    """Bytes to text; the offsets of every output are indices into this string.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; anything else is
    detected (charset-normalizer) with a warning, unless `encoding` names it.
    """
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except (LookupError, UnicodeDecodeError) as error:
            raise InputError(f"{source}: cannot decode as {encoding} ({error})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{source}: starts like UTF-16 but is not; name the encoding with --encoding") from None
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes); give a text article")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        pass
    encoding, text = _legacy(data)
    if text is None:
        raise InputError(f"{source}: not UTF-8 and the encoding cannot be recognised; name it with --encoding")
    warn(f"{source}: not UTF-8, read as {encoding} (detected); pass --encoding to choose another")
    return text


# Letters a French text uses beyond ASCII; any other non-ASCII letter is a sign of a wrong guess.
_FRENCH = set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’“”–—…€°")


def _legacy(data: bytes) -> tuple[str, Optional[str]]:
    """Decode a legacy-encoded article: charset-normalizer's candidates plus the usual
    French ones, keeping the reading that looks most like French."""
    from charset_normalizer import from_bytes

    candidates = ["cp1252", "iso8859_15", "mac_roman", "cp850"]
    candidates += [m.encoding for m in from_bytes(data)][:6]
    best: tuple[int, str, Optional[str]] = (-(10**9), "", None)
    for encoding in dict.fromkeys(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = sum(2 if c in _FRENCH else -3 for c in text if ord(c) > 127 and (c.isalpha() or c in _FRENCH))
        score -= 5 * sum(1 for c in text if unicodedata.category(c) in ("Cc", "Co") and c not in "\r\n\t")
        if score > best[0]:
            best = (score, encoding, text)
    return best[1], best[2]


def _check_text(text: str, source: str, lang: Optional[str], warn: Warn) -> str:
    if not text.strip():
        raise InputError(f"{source}: the article is empty")
    if lang is None:
        language = foreign(text)
        if language:
            warn(
                f"{source}: this looks like {language}, not French; the extractor only reads French "
                "(pass --lang fr to silence this)"
            )
    elif lang != "fr":
        warn(f"{source}: only French is supported; results for --lang {lang} will be poor")
    return text


def _read_jsonl(
    path: Path, dct: Optional[dt.date], on_error: Callable[[str], None], lang: Optional[str], warn: Warn
) -> Iterator[Article]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise ValueError('each line needs a JSON object with a "text" string')
                date = record.get("dct") or record.get("date")
                line_dct = parse_date(str(date), "dct") if date else None
                doc_id = str(record.get("id", f"{path}:{number}"))
                title = record.get("title") if isinstance(record.get("title"), str) else None
                text = _check_text(valid_unicode(record["text"]), f"{path}:{number}", lang, warn)
            except (ValueError, UnicodeDecodeError, InputError) as error:
                on_error(f"{path}, line {number}: {error}")
                continue
            if dct is not None:
                yield Article(doc_id, text, dct, "option", title)
            else:
                yield Article(doc_id, text, line_dct, "corpus" if line_dct else None, title)


def iter_articles(
    paths: Iterable[str],
    dct: Optional[dt.date] = None,
    encoding: Optional[str] = None,
    on_error: Optional[Callable[[str], None]] = None,
    warn: Warn = _ignore,
    lang: Optional[str] = None,
) -> Iterator[Article]:
    """Articles in input order. `on_error` receives skippable problems (malformed JSONL
    lines); without it they raise. `warn` receives warnings (detected encoding, language)."""

    def fail(message: str) -> None:
        raise InputError(message)

    report = on_error or fail
    source = "option" if dct else None
    paths = list(paths)
    if not paths:
        yield Article(f"seeds/{SEED_NAME}", seed_text(), dct, source)
        return
    for name in paths:
        if name == "-":
            text = decode(sys.stdin.buffer.read(), "standard input", encoding, warn)
            yield Article("-", _check_text(text, "standard input", lang, warn), dct, source)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl") and p.is_file())
            if not files:
                raise InputError(f"{name}: the directory has no .txt or .jsonl articles")
            yield from iter_articles([str(p) for p in files], dct, encoding, on_error, warn, lang)
            continue
        if not path.exists():
            raise InputError(f"{name}: no such file or directory")
        if path.suffix == ".jsonl":
            yield from _read_jsonl(path, dct, report, lang, warn)
            continue
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"{name}: cannot read it ({error.strerror})") from None
        yield Article(name, _check_text(decode(data, name, encoding, warn), name, lang, warn), dct, source)


def count_articles(paths: Iterable[str]) -> Optional[int]:
    """How many articles the paths hold (for a progress bar); None when it cannot be known."""
    total = 0
    for name in list(paths) or ["<seed>"]:
        if name == "<seed>":
            total += 1
            continue
        path = Path(name)
        if name == "-" or not path.exists():
            return None
        if path.is_dir():
            files = [p for p in path.iterdir() if p.suffix in (".txt", ".jsonl") and p.is_file()]
            counted = count_articles([str(p) for p in files])
            if counted is None:
                return None
            total += counted
        elif path.suffix == ".jsonl":
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        else:
            total += 1
    return total
