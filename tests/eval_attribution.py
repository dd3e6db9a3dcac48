#!/usr/bin/env python3
"""eval/attribution.py on the fixture gold (eval/gold/fixtures), no shared data.

Run by CTest (tests/eval.cmake) with FSC_BIN = the built framescope. Checks
figures worked out by hand for the five fixture texts:
  1. with the real binary, on cases the current rules handle;
  2. with a stand-in binary that prints rows in the reworked attribution
     format (source_kind inside source, resolved_to, a list of contents), so
     the reader of that format and every measure are checked exactly;
  3. --errors prints dev texts only; a missing binary exits 2.
"""

import json
import os
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = os.path.join(ROOT, "eval", "attribution.py")
FIXTURES = os.path.join(ROOT, "eval", "gold", "fixtures")

FAILS = []


def check(cond, what):
    if not cond:
        FAILS.append(what)
        print("FAIL: " + what)


def run(binary, tmp, *extra):
    env = dict(os.environ, FSC_BIN=binary, FSC_DATA=os.path.join(tmp, "no-shared-data"))
    out = os.path.join(tmp, "fig.json")
    if os.path.exists(out):
        os.remove(out)
    p = subprocess.run([sys.executable, SCRIPT, "--gold-dir", FIXTURES, "--json", out] + list(extra),
                       env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    fig = None
    if os.path.exists(out):
        with open(out, encoding="utf-8") as f:
            fig = json.load(f)["figures"]
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8"), fig


# A stand-in framescope: rows in the reworked format for the fixture ids.
FAKE = r'''#!/usr/bin/env python3
import json, sys
if "--version" in sys.argv:
    print("framescope 0.0.0-fixture"); sys.exit(0)

def b(text, s, n=1):
    i = -1
    for _ in range(n):
        i = text.index(s, i + 1)
    a = len(text[:i].encode()); return {"start": a, "end": a + len(s.encode())}

def c(text, s):
    i = text.index(s); return {"cp_start": i, "cp_end": i + len(s)}

def rows(r):
    t, i = r["text"], r["id"]
    A, M = [], []
    if i == "fx-en-3":
        A.append({"kind": "indirect", "cue": b(t, "said"),
                  "source": dict(b(t, "Senator Jane Smith"), source_kind="named"),
                  "content": c(t, "the bill would pass")})
        A.append({"kind": "direct", "cue": b(t, "told"), "source": None,
                  "source_kind": "dropped", "resolved_to": {"name": " jane  SMITH"},
                  "contents": [b(t, "We have the votes")]})
        A.append({"kind": "indirect", "cue": b(t, "Monday"), "content": c(t, "on Monday")})
    elif i == "fx-en-1":
        A.append({"kind": "according_to", "cue": b(t, "According to"),
                  "source": dict(b(t, "officials"), source_kind="nominal"),
                  "contents": [c(t, "the talks"), b(t, "collapsed")]})
        A.append({"kind": "belief", "cue": b(t, "believe"), "source": b(t, "Analysts"),
                  "content": c(t, "blockade")})
        for s in ("blockade", "humanitarian crisis", "officials"):
            M.append(dict(b(t, s), voice="authorial"))
    elif i == "fx-ru-1":
        A.append({"kind": "direct", "cue": b(t, "добавил"), "source_kind": "unresolved",
                  "resolved_to": dict(b(t, "Сергей Лавров"), name="Лавров"),
                  "content": c(t, "Мы готовы к диалогу")})
    elif i == "fx-ar-1":
        A.append({"kind": "indirect", "cue": b(t, "قال"),
                  "source": dict(b(t, "وزير الخارجية أحمد أبو الغيط"), source_kind="named"),
                  "content": c(t, "الحل قريب")})
        A.append({"kind": "indirect", "cue": b(t, "أشار"), "source": None,
                  "source_kind": "dropped", "resolved_to": {"name": "احمد ابو الغيط"},
                  "content": c(t, "المفاوضات مستمرة")})
        A.append({"kind": "indirect", "cue": b(t, "قيل"), "source_kind": "unresolved",
                  "content": c(t, "الاتفاق سيوقع غدا")})
    return {"id": i, "framescope": {"status": "scored", "attributions": A, "matches": M}}

for line in sys.stdin:
    if line.strip():
        print(json.dumps(rows(json.loads(line)), ensure_ascii=False))
'''


def main():
    real = os.environ.get("FSC_BIN") or os.path.join(ROOT, "build", "framescope")
    with tempfile.TemporaryDirectory() as tmp:
        # 1. The built binary on what its rules handle today.
        rc, out, err, fig = run(real, tmp)
        check(rc == 0, "real binary: exit status %d (%s)" % (rc, err.strip()))
        if fig:
            ed = fig["en-fixture/dev"]
            check(ed["gold"] == 2 and ed["matched"] == 2,
                  "real: en dev both gold contents matched (%s/%s)" % (ed["matched"], ed["gold"]))
            check(ed["content"]["recall"] == 1.0, "real: en dev content recall 1")
            for key in ("en-fixture/dev", "ru-fixture/dev", "ar-fixture/dev"):
                nk = fig[key]["speaker"]["by_gold_source_kind"].get("named", {})
                check(nk.get("correct") == 1 and nk.get("matched") == 1,
                      "real: %s named speaker 1/1 (%s)" % (key, nk))
            check("Errors of the dev split" not in out, "real: no errors without --errors")

        # 2. The stand-in binary with the reworked output format.
        fake = os.path.join(tmp, "fake-framescope")
        with open(fake, "w", encoding="utf-8") as f:
            f.write(FAKE)
        os.chmod(fake, os.stat(fake).st_mode | stat.S_IXUSR)
        rc, out, err, fig = run(fake, tmp, "--errors")
        check(rc == 0, "fake: exit status %d (%s)" % (rc, err.strip()))
        if fig:
            ed, et = fig["en-fixture/dev"], fig["en-fixture/test"]
            rd, rt = fig["ru-fixture/dev"], fig["ru-fixture/test"]
            # en dev: 2 of 3 framescope contents match; speakers by source span
            # and by resolved name after case/space folding.
            check((ed["matched"], ed["framescope"]) == (2, 3), "fake: en dev 2 of 3 matched")
            check(abs(ed["content"]["precision"] - 2 / 3) < 1e-9, "fake: en dev content P 2/3")
            check(ed["content"]["recall"] == 1.0, "fake: en dev content R 1")
            sp = ed["speaker"]["by_gold_source_kind"]
            check(sp["named"]["correct"] == 1 and sp["pronoun"]["correct"] == 1
                  and ed["speaker"]["accuracy"] == 1.0, "fake: en dev speakers 2/2 (%s)" % sp)
            # en test: two content segments match (18/19); "blockade" against
            # the belief's 41 code points (8/41 < 0.3) does not.
            check(et["matched"] == 1 and et["content"]["recall"] == 0.5
                  and et["content"]["precision"] == 0.5, "fake: en test content P = R = 0.5")
            kr = et["content_recall_by_gold_kind"]
            check(kr["according_to"]["recall"] == 1.0 and kr["belief"]["recall"] == 0.0,
                  "fake: en test recall by kind (%s)" % kr)
            fa = et["framing_voice_vs_gold_content"]["authorial"]
            check((fa["inside_gold_content"], fa["matches"]) == (2, 3),
                  "fake: en test authorial framing matches inside gold content 2 of 3 (%s)" % fa)
            check(et["cue"]["precision"] == 1.0 and et["cue"]["recall"] == 1.0,
                  "fake: en test cue P = R = 1")
            check(et["source"]["precision"] == 1.0 and et["source"]["recall"] == 1.0,
                  "fake: en test source P = R = 1")
            # ru dev: the resolved_to span overlaps the gold speaker_span.
            check(rd["matched"] == 1 and rd["content"]["recall"] == 0.5, "fake: ru dev R 0.5")
            check(rd["speaker"]["by_gold_source_kind"]["pronoun"]["correct"] == 1,
                  "fake: ru dev pronoun speaker by resolved_to span")
            check(rt["matched"] == 0 and rt["content"]["recall"] == 0.0, "fake: ru test R 0")
            check(fig["ru (all sets)/dev"]["matched"] == 1, "fake: language rows")
            # ar dev: a dropped subject resolved by name (alef folding: أحمد أبو
            # = احمد ابو) and a passive cue with no speaker on either side.
            ad = fig["ar-fixture/dev"]
            by = ad["speaker"]["by_gold_source_kind"]
            check(ad["matched"] == 3 and ad["speaker"]["correct"] == 3,
                  "fake: ar dev 3 matched, 3 speakers right (%s)" % by)
            check(by["dropped"]["correct"] == 1 and by["unresolved"]["correct"] == 1,
                  "fake: ar dev dropped and unresolved speakers")
        # --errors: dev texts only.
        check("fx-en-3" in out and "fx-ru-1" in out, "fake --errors: dev texts listed")
        check("fx-en-1" not in out and "fx-ru-2" not in out, "fake --errors: test texts never")
        check("SPURIOUS" in out and "[[on Monday]]" in out, "fake --errors: spurious with context")

        # 3. A missing binary is exit 2.
        rc, out, err, fig = run(os.path.join(tmp, "no-such-framescope"), tmp)
        check(rc == 2, "missing binary: exit status %d, expected 2" % rc)
    if FAILS:
        return 1
    print("eval/attribution.py on the fixtures: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
