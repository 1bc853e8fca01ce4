"""store.matcher and store.train_matcher: the learned matcher on hand-made features, no database."""

from __future__ import annotations

import json
import random
from pathlib import Path

from click.testing import CliRunner

from tolltrack.store.matcher import MergeModel, barred, best_match, default_model, learned_score, signals
from tolltrack.store.resolve import Features, Spot
from tolltrack.store.train_matcher import (
    PAIRED,
    Crowd,
    PairRows,
    cross_validate,
    crowd_merges,
    crowd_rows,
    fit,
    main,
    train,
    with_products,
)

from .pairs_eval import load_pairs

TOWN = Spot(7, "Idlib", "Ariha", "SY", 35.81, 36.61, "exact")
OTHER_TOWN = Spot(8, "Aleppo", "Al Bab", "SY", 36.37, 37.52, "exact")


def feats(day: str = "2024-05-12", *, doc: int = 1, spots: list[Spot] | None = None, toll: int | None = 12,
          countries: set[str] | None = None, text: str = "an air strike on a market killed 12 civilians",
          victims: set[str] | None = None, names: set[str] | None = None) -> Features:
    return Features(day, day, documents={doc}, spots=list(spots if spots is not None else [TOWN]),
                    countries=countries or {"SY"}, perpetrators={"GOV"}, victims=victims or {"CIV"},
                    event_type=("Explosions/Remote violence", "Air/drone strike"), by_rule=True, text=text,
                    names=names or {"ariha"}, toll=toll, toll_status="killed")


def test_the_shipped_model_weighs_exactly_the_signals_the_matcher_gives_and_their_products() -> None:
    model = default_model()
    sig = signals(feats(), feats(doc=2))
    assert set(model.weights) == set(with_products(sig))
    assert {k for k in model.weights if "*" in k} == {f"{a}*{b}" for i, a in enumerate(PAIRED) for b in PAIRED[i + 1:]}
    assert 0.5 <= model.threshold < 1.0 and model.trained_on


def test_a_product_weighs_two_signals_together() -> None:
    sig = {"same_days": 1.0, "place_3": 1.0, "place_1": 0.0}
    model = MergeModel({"same_days": 0.5, "same_days*place_3": 2.0, "same_days*place_1": -4.0}, -1.0, 0.7)
    assert model.z(sig) == -1.0 + 0.5 + 2.0
    assert model.z({**sig, "place_3": 0.0, "place_1": 1.0}) == -1.0 + 0.5 - 4.0
    try:
        MergeModel({"same_days*moon_phase": 1.0}, 0.0, 0.7).z(sig)
    except ValueError as exc:
        assert "moon_phase" in str(exc)
    else:
        raise AssertionError("a product of a signal the matcher does not give was accepted")


def test_every_signal_is_a_number_between_zero_and_one() -> None:
    for a, b in [(feats(), feats(doc=2)), (feats(toll=None), feats(doc=2, toll=400, spots=[OTHER_TOWN])),
                 (feats(victims={"GOV"}), feats(doc=2, day="2024-05-13"))]:
        assert all(0.0 <= v <= 1.0 for v in signals(a, b).values())


def test_the_same_strike_told_twice_merges_and_a_strike_on_another_town_is_barred() -> None:
    a = feats()
    assert learned_score(a, feats(doc=2, toll=14)) is not None
    far = feats(doc=2, spots=[OTHER_TOWN])
    assert barred(a, far) and learned_score(a, far) is None


def test_what_no_wording_overcomes_is_barred() -> None:
    a = feats()
    assert barred(a, feats())  # one document's own incidents
    assert barred(a, feats(doc=2, day="2024-05-20"))  # days far apart
    assert barred(a, feats(doc=2, countries={"IQ"}, spots=[], names={"ramadi"}))  # another country
    assert not barred(a, feats(doc=2))


def test_the_threshold_decides() -> None:
    a, b = feats(), feats(doc=2, toll=14)
    p = default_model().probability(a, b)
    model = default_model()
    strict = MergeModel(model.weights, model.bias, min(p + 0.01, 0.999))
    loose = MergeModel(model.weights, model.bias, p)
    assert learned_score(a, b, strict) is None
    assert learned_score(a, b, loose) == p


def test_a_model_missing_a_signal_is_refused() -> None:
    model = MergeModel({**default_model().weights, "moon_phase": 1.0}, 0.0, 0.7)
    try:
        model.probability(feats(), feats(doc=2))
    except ValueError as exc:
        assert "moon_phase" in str(exc)
    else:
        raise AssertionError("a weight for a signal nobody gives was accepted")


def test_best_match_takes_the_most_probable_event() -> None:
    incident = feats()
    events = {1: feats(doc=2, toll=40, text="clashes"), 2: feats(doc=3, toll=12), 3: feats(doc=4, spots=[OTHER_TOWN])}
    assert best_match(incident, events) == 2
    assert best_match(incident, {3: events[3]}) is None


def test_the_model_round_trips_through_json() -> None:
    model = default_model()
    assert MergeModel.from_json(model.to_json()) == model


def _rows(n: int, seed: int) -> list[PairRows]:
    """Invented rows: pairs of set k merge when 'same_place' is on, unless 'sites_differ' is."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        place, site, noise = rng.random() < 0.5, rng.random() < 0.3, rng.random()
        label = place and not site
        if rng.random() < 0.05:
            label = not label
        out.append(PairRows(f"set{i % 5}-{i}", f"set{i % 5}", label,
                            [{"same_place": float(place), "sites_differ": float(site), "noise": noise}]))
    return out


def test_fit_finds_the_signals_that_tell() -> None:
    pairs = _rows(600, 1)
    model = fit([p.rows[0] for p in pairs], [p.label for p in pairs])
    assert model.weights["same_place"] > 2 and model.weights["sites_differ"] < -2
    assert abs(model.weights["noise"]) < 1
    tp, fp, fn, crowd_merged, crowd_all = cross_validate(pairs, folds=5, c=1.0, threshold=0.5)
    assert tp / (tp + fp) > 0.85 and tp / (tp + fn) > 0.85
    assert (crowd_merged, crowd_all) == (0, 0)


def test_crowd_negatives_make_the_model_wary_of_what_crowds_share() -> None:
    """Crowd rows (other pairs' incidents of the same day) that all share 'same_place' teach the
    model that a shared place alone is no proof; without them it merges every such row."""
    pairs = _rows(600, 2)
    crowd = Crowd("set0", [{"same_place": 1.0, "sites_differ": 0.0, "noise": 0.5}] * 2000, [False] * 2000)
    plain = train(pairs, threshold=0.5)
    wary = train(pairs, [crowd], crowd_weight=0.5, threshold=0.5)
    assert crowd_merges(plain, [crowd])[0] == 2000
    assert crowd_merges(wary, [crowd])[0] < crowd_merges(plain, [crowd])[0]
    assert wary.weights["same_place"] < plain.weights["same_place"]


def test_crowd_rows_pair_only_incidents_of_different_pairs() -> None:
    pairs = load_pairs([Path(__file__).parent / "pairs" / "pairs.jsonl"])[:12]
    crowd = crowd_rows(pairs, cap=25)
    assert crowd.group == "pair" and 0 < len(crowd.rows) <= 25 and len(crowd.rules_merge) == len(crowd.rows)
    assert all(set(with_products(r)) == set(default_model().weights) for r in crowd.rows)


def test_the_training_command_fits_and_writes_a_model(tmp_path: Path) -> None:
    pairs = Path(__file__).parent / "pairs" / "pairs.jsonl"
    out = tmp_path / "model.json"
    result = CliRunner().invoke(main, [str(pairs), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "pairs from 1 files" in result.output and "precision" in result.output
    model = MergeModel.from_json(out.read_text(encoding="utf-8"))
    assert set(model.weights) == set(default_model().weights)
    assert json.loads(out.read_text(encoding="utf-8"))["threshold"] == 0.65


def test_the_training_command_says_what_it_does() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "Fit the merge model" in result.output and "--folds" in result.output
