"""The partners of the agreement and the names people use for them."""

from __future__ import annotations

import re
import unicodedata

MUNICIPALITIES: tuple[str, ...] = (
    "Elburg",
    "Ermelo",
    "Harderwijk",
    "Nunspeet",
    "Oldebroek",
    "Putten",
)
CORPORATIONS: tuple[str, ...] = (
    "deltaWonen",
    "Omnia Wonen",
    "Uwoon",
    "Woningstichting Putten",
)

# Villages ("kernen") reported instead of their municipality (docs/upload-format.md).
VILLAGE_TO_MUNICIPALITY: dict[str, str] = {
    "'t Harde": "Elburg",
    "Doornspijk": "Elburg",
    "Horst": "Ermelo",
    "Speuld": "Ermelo",
    "Hierden": "Harderwijk",
    "Elspeet": "Nunspeet",
    "Hulshorst": "Nunspeet",
    "Vierhouten": "Nunspeet",
    "Wezep": "Oldebroek",
    "Hattemerbroek": "Oldebroek",
    "Oosterwolde": "Oldebroek",
    "'t Loo": "Oldebroek",
}

CORPORATION_ALIASES: dict[str, str] = {
    "wsp": "Woningstichting Putten",
    "omnia": "Omnia Wonen",
    "delta wonen": "deltaWonen",
    "delta": "deltaWonen",
}


def normalise_label(text: object) -> str:
    """Lower-case, strip accents, punctuation and extra spaces: how labels are compared."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = re.sub(r"[^\w<>]+", " ", folded)
    return " ".join(folded.split())


def _squash(text: str) -> str:
    return normalise_label(text).replace(" ", "")


_CORPORATION_LOOKUP = {_squash(name): name for name in CORPORATIONS} | {
    _squash(alias): name for alias, name in CORPORATION_ALIASES.items()
}
_MUNICIPALITY_LOOKUP = {_squash(name): name for name in MUNICIPALITIES} | {
    _squash(village): name for village, name in VILLAGE_TO_MUNICIPALITY.items()
}


def canonical_corporation(text: object) -> str | None:
    """The corporation's official spelling, or None when the text names none of the four."""
    return _CORPORATION_LOOKUP.get(_squash(str(text or "")))


def canonical_municipality(text: object) -> str | None:
    """The municipality a municipality or village name belongs to, or None."""
    cleaned = re.sub(r"^gemeente\s+", "", normalise_label(text))
    return _MUNICIPALITY_LOOKUP.get(cleaned.replace(" ", ""))
