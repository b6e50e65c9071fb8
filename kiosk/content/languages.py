"""The language code in a file name (``lesson.zh-CN.md``), spelt the way authors and their tools spell it.

``zh_CN`` (the POSIX locale), ``zh-cn``, ``zh-Hans`` and a bare ``zh`` all mean the pack's Simplified
Chinese; a pack lists one code for it (``zh-CN``) and every spelling of it is read as that code.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[-_]")
#: the script a Chinese region writes in, so ``zh-Hans`` finds ``zh-CN`` and ``zh-TW`` does not
_SCRIPT_OF_REGION = {"CN": "Hans", "SG": "Hans", "MY": "Hans", "TW": "Hant", "HK": "Hant", "MO": "Hant"}


def canonical(code: str) -> str:
    """``code`` written as BCP 47 writes it: ``zh_cn`` -> ``zh-CN``, ``zh-hans`` -> ``zh-Hans``."""
    parts = [p for p in _SEPARATOR.split(code) if p]
    out = [parts[0].lower()] if parts else []
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            out.append(part.title())
        elif len(part) == 2 and part.isalpha() or len(part) == 3 and part.isdigit():
            out.append(part.upper())
        else:
            out.append(part.lower())
    return "-".join(out)


def _parts(code: str) -> tuple[str, str | None, str | None]:
    """(language, script, region) of a canonical code; the script inferred from the region for Chinese."""
    parts = code.split("-")
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), None)
    region = next((p for p in parts[1:] if len(p) in (2, 3) and (p.isupper() or p.isdigit())), None)
    if script is None and parts[0] == "zh" and region:
        script = _SCRIPT_OF_REGION.get(region)
    return parts[0], script, region


def pack_language(code: str, known: tuple[str, ...] | list[str]) -> str:
    """The pack's own code for the language ``code`` names, or ``code`` in canonical form if it has none.

    The same code in any case or separator is that code. A bare language (``zh``) is the pack's only
    version of that language (the Simplified one, when it has both). A script or region (``zh-Hans``,
    ``zh-Hans-CN``) is the pack's code with the same script, and the same region when both name one.
    """
    wanted = canonical(code)
    by_fold = {canonical(k).casefold(): k for k in known}
    if wanted.casefold() in by_fold:
        return by_fold[wanted.casefold()]
    language, script, region = _parts(wanted)
    same = [k for k in known if _parts(canonical(k))[0] == language]
    if script is None and region is None:
        if len(same) == 1:
            return same[0]
        simplified = [k for k in same if _parts(canonical(k))[1] == "Hans"]
        return simplified[0] if len(simplified) == 1 else wanted
    fitting = []
    for k in same:
        _, k_script, k_region = _parts(canonical(k))
        if script and k_script == script and (region is None or k_region is None or region == k_region):
            fitting.append(k)
    return fitting[0] if len(fitting) == 1 else wanted
