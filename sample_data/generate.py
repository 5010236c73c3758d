"""Write the demo quarterly workbooks (deterministic: same seed, same bytes).

Four corporations, 2024-K1 to 2026-K3, in the range of the pilot (60-90 extensive conversations
and 10-16 moves a quarter for the region). Woningstichting Putten works clearly fewer hours than
agreed; Omnia Wonen's 2025-K2 report came in late; deltaWonen's 2025-K4 report is missing.

Run: python -m sample_data.generate  (rewrites sample_data/workbooks/ and manifest.json)
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

from data_access import report_format as fmt
from data_access.template import build_report_workbook
from domain.parameters import default_parameters
from domain.periods import Quarter, quarters_between

OUT_DIR = Path(__file__).resolve().parent / "workbooks"
MANIFEST = Path(__file__).resolve().parent / "manifest.json"
SEED = 20240101
FIRST, LAST = Quarter(2024, 1), Quarter(2026, 3)
LATE = ("Omnia Wonen", Quarter(2025, 2))
MISSING = ("deltaWonen", Quarter(2025, 4))
UNDER_HOURS = {"Woningstichting Putten": 0.62}

# Where each corporation has homes, with a base stock of senior homes per municipality.
SENIOR_STOCK = {
    "deltaWonen": {"Oldebroek": 210, "Elburg": 95},
    "Omnia Wonen": {"Harderwijk": 240, "Ermelo": 180, "Nunspeet": 150, "Elburg": 160},
    "Uwoon": {"Harderwijk": 520, "Ermelo": 230, "Nunspeet": 170},
    "Woningstichting Putten": {"Putten": 330},
}
VILLAGE_SPELLING = {"Oldebroek": "Wezep"}  # one corporation writes a village name


def _split(total: int, weights: dict[str, float], rng: random.Random) -> dict[str, int]:
    """Spread an integer total over names roughly by weight."""
    names = list(weights)
    counts = dict.fromkeys(names, 0)
    for _ in range(total):
        counts[rng.choices(names, weights=[weights[n] for n in names])[0]] += 1
    return counts


def _labelled_share(quarter: Quarter) -> float:
    """Priority labelling grows from ~45 % at the start to ~74 % by 2026."""
    steps = (quarter.year - 2024) * 4 + quarter.quarter - 1
    return min(0.45 + steps * 0.028, 0.76)


def _moves(corporation: str, quarter: Quarter, per_municipality: dict[str, int], rng):
    rows = []
    days = (quarter.last_day - quarter.first_day).days
    for municipality, n in per_municipality.items():
        for _ in range(n):
            from_type = rng.choices(fmt.HOME_TYPES_FROM, weights=[6, 3, 1])[0]
            rows.append(
                {
                    "move_date": quarter.first_day + timedelta(days=rng.randint(0, days)),
                    "municipality": municipality,
                    "from_type": from_type,
                    "from_bedrooms": rng.choice([3, 3, 4, 4, 5])
                    if from_type == "eengezinswoning"
                    else rng.choice([2, 3]),
                    "to_type": rng.choices(fmt.HOME_TYPES_TO, weights=[1, 4, 6, 1])[0],
                    "to_bedrooms": rng.choice([1, 2, 2, 2]),
                    "age_band": rng.choices(fmt.AGE_BANDS, weights=[3, 5, 3, 1])[0],
                    "priority": rng.random() < 0.55,
                    "freed_home_to": rng.choices(fmt.FREED_HOME_TO, weights=[6, 2, 2, 1, 1])[0],
                }
            )
    rows.sort(key=lambda r: r["move_date"])
    return rows


def _report(corporation: str, quarter: Quarter, conversations: int, moves: int, rng):
    stock = SENIOR_STOCK[corporation]
    weights = {m: float(s) for m, s in stock.items()}
    conv = _split(conversations, weights, rng)
    mv = _split(moves, weights, rng)
    share = _labelled_share(quarter)
    activity = []
    moves_by_municipality = {}
    for municipality, base in stock.items():
        homes = base + (quarter.year - 2024) * 4 + quarter.quarter
        moved = mv[municipality]
        priority = sum(rng.random() < 0.55 for _ in range(moved))
        activity.append(
            {
                "municipality": VILLAGE_SPELLING.get(municipality, municipality)
                if corporation == "deltaWonen"
                else municipality,
                "households_contacted": conv[municipality] * 2 + rng.randint(2, 12),
                "conversations": conv[municipality],
                "moves": moved,
                "priority_moves": priority,
                "freed_family_homes": min(moved, round(moved * 0.6)),
                "senior_homes": homes,
                "senior_homes_labelled": round(homes * min(share + rng.uniform(-0.03, 0.03), 0.95)),
            }
        )
        moves_by_municipality[municipality] = moved
    return activity, moves_by_municipality


def _hours(corporation: str, quarter: Quarter, weekly: float, rng) -> dict[int, float]:
    factor = UNDER_HOURS.get(corporation, 1.0)
    monthly = weekly * 13 / 3 * factor
    return {m: round(monthly * rng.uniform(0.9, 1.08), 1) for m in quarter.months}


def generate(out_dir: Path = OUT_DIR, manifest_path: Path = MANIFEST) -> dict[str, dict]:
    rng = random.Random(SEED)
    params = default_parameters()
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict] = {}
    for quarter in quarters_between(FIRST, LAST):
        ramp = 0.8 if quarter.year == 2024 and quarter.quarter <= 2 else 1.0
        region_conversations = round(rng.randint(66, 90) * ramp)
        region_moves = rng.randint(10, 16)
        conv_split = _split(region_conversations, dict(params.weekly_hours), rng)
        move_split = _split(region_moves, dict(params.weekly_hours), rng)
        for corporation, weekly in params.weekly_hours.items():
            activity, moves_per_municipality = _report(
                corporation, quarter, conv_split[corporation], move_split[corporation], rng
            )
            hours = _hours(corporation, quarter, weekly, rng)
            moves = _moves(corporation, quarter, moves_per_municipality, rng)
            barriers = {r: rng.randint(0, 6) for r in fmt.BARRIER_REASONS}
            if (corporation, quarter) == MISSING:
                continue
            content = build_report_workbook(
                corporation, quarter.year, quarter.quarter, activity, hours, moves, barriers
            )
            slug = corporation.lower().replace(" ", "-")
            name = f"{quarter.year}-K{quarter.quarter}-{slug}.xlsx"
            (out_dir / name).write_bytes(content)
            deadline = quarter.deadline(params.report_deadline_months)
            days = 20 if (corporation, quarter) == LATE else -rng.randint(3, 25)
            manifest[name] = {
                "corporation": corporation,
                "year": quarter.year,
                "quarter": quarter.quarter,
                "uploaded_on": (deadline + timedelta(days=days)).isoformat(),
            }
    manifest_path.write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return manifest


if __name__ == "__main__":
    written = generate()
    print(f"{len(written)} werkmappen geschreven naar {OUT_DIR}")
