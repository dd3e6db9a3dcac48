"""The Python binding against the CLI on the same input."""
import csv
import io
import json
import os
import subprocess

import pandas as pd
import pytest

import framescope

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.environ.get("FRAMESCOPE_CLI", os.path.join(ROOT, "build", "framescope"))
SAMPLE = os.path.join(ROOT, "corpora", "sample", "seed.jsonl")
WIKINEWS = os.path.join(ROOT, "corpora", "wikinews", "wikinews.jsonl")


def first(path, n):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line, _ in zip(f, range(n))]


def cli(args, stdin):
    return subprocess.run([CLI, "score", "-q"] + args, input=stdin,
                          capture_output=True, check=True, text=True).stdout


def as_jsonl(recs, keep=("id", "outlet", "date", "lang", "title", "text")):
    return "".join(json.dumps({k: r[k] for k in keep if k in r},
                              ensure_ascii=False) + "\n" for r in recs)


@pytest.fixture(scope="module")
def model():
    with framescope.Model() as m:
        yield m


@pytest.fixture(scope="module")
def records():
    return first(SAMPLE, 5) + first(WIKINEWS, 6)


def test_rows_are_the_cli_rows_byte_for_byte(model, records):
    want = cli(["-f", "jsonl"], as_jsonl(records)).splitlines()
    got = [model.score_json(r["text"], **{k: r.get(k) for k in
           ("id", "outlet", "date", "lang", "title")}) for r in records]
    assert len(want) == len(records)
    assert got == want


def test_tidy_frame_matches_cli_csv(model, records):
    df = model.score(pd.DataFrame(records))
    want = list(csv.DictReader(io.StringIO(cli(["-f", "csv"], as_jsonl(records)))))
    assert len(df) == len(want) == len(records) * len(model.categories)
    assert sum(float(w["count"]) for w in want) > 0
    for (_, g), w in zip(df.iterrows(), want):
        assert (g["id"], g["category"]) == (w["id"], w["category"])
        for col in ("count", "negated", "weighted", "authorial", "quoted",
                    "attributed", "out_of_scope", "tokens", "title_tokens",
                    "title_count"):
            if w[col] == "":  # not applicable (a lexicon without scope)
                assert pd.isna(g[col]), (w["id"], w["category"], col)
            else:
                assert float(g[col]) == float(w[col]), (w["id"], w["category"], col)
        assert str(g["in_scope"]).lower() == (w["in_scope"] or "none")
        assert g["rate"] == pytest.approx(float(w["rate"]), abs=1e-6)


def test_wide_frame_has_one_row_per_article(model, records):
    wide = model.score(pd.DataFrame(records), shape="wide", value="count")
    tidy = model.score(pd.DataFrame(records))
    assert list(wide["id"]) == [r["id"] for r in records]
    assert list(wide.columns[6:]) == model.categories
    for cat in model.categories[:5]:
        want = tidy[tidy.category == cat]["count"].tolist()
        assert wide[cat].tolist() == want


def test_texts_and_records(model):
    one = model.score("The minister said the attack was illegal.", lang="en")
    assert len(one) == len(model.categories)
    assert set(one["status"]) == {"scored"}
    rows = model.score_records(["Some text.", "The army said so."], lang="en")
    assert len(rows) == 2 and "matches" in rows[1]["framescope"]


def test_skipped_record_is_a_row_not_an_error(model):
    row = json.loads(model.score_json("   ", id="blank"))
    assert row["framescope"]["status"] == "skipped"
    assert "empty text" in row["framescope"]["reason"]


def test_bad_lexicon_raises():
    with pytest.raises(framescope.FramescopeError):
        framescope.Model(lexicons=["/nonexistent/lexicon.json"])


def test_one_model_from_several_threads(model, records):
    from concurrent.futures import ThreadPoolExecutor
    texts = [r["text"] for r in records]
    serial = [model.score_json(t, lang="en", matches=False) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as ex:
        threaded = list(ex.map(lambda t: model.score_json(t, lang="en",
                                                          matches=False),
                               texts * 3))
    assert threaded == serial * 3


def test_title_matches_carry_their_zone(model):
    title = "Baku begins counter-terrorism measures in Karabakh"
    text = "The ministry said the illegal armed groups must lay down their arms."
    df = model.matches([{"id": "t1", "title": title, "text": text,
                         "lang": "en"}])
    assert set(df["zone"]) <= {"title", "text"}
    t = df[df.zone == "title"]
    assert len(t) > 0
    r = t.iloc[0]
    # offsets count in the title's own string
    assert title[int(r["cp_start"]):int(r["cp_end"])] == r["surface"]
    tidy = model.score([{"id": "t1", "title": title, "text": text,
                         "lang": "en"}])
    assert set(tidy["title_status"]) == {"scored"}
    assert tidy["title_count"].sum() > 0
