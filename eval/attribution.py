#!/usr/bin/env python3
"""Attribution on every gold set, dev and held-out test, in one run.

Usage: python3 eval/attribution.py [--errors] [--json FILE] [--set NAME]...
                                   [--gold-dir DIR]

Gold sets: PolNeAR train (English, $FSC_DATA/polnear), and every
eval/gold/{ar,ru,en}-*.jsonl (format in eval/gold/FORMAT.md; texts not in the
file are read from $FSC_DATA, e.g. SaudiNewsNet, and checked against
text_sha256). Each set is split into dev and test by the function of its ids
in FORMAT.md. Prints the tables (per set and split, then per language and
split) and, on a full run, rewrites the attribution section of
eval/results.md. --errors prints the dev split's errors; the test split's
errors are never printed. Exit 0 (a notice when no gold data is found), 2
when the framescope binary is missing or fails. See eval/README.md.
"""

import argparse
import collections
import datetime
import glob
import gzip
import hashlib
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402
import polnear as PN  # noqa: E402

GOLD_DIR = os.path.join(C.EVAL_DIR, "gold")
LANGS = ("en", "ar", "ru")
SPLITS = ("dev", "test")
RATIO = 0.3  # content overlap ratio for a match
GOLD_KINDS = ("direct", "indirect", "according_to", "mixed", "evidence", "belief")
SOURCE_KINDS = ("named", "nominal", "pronoun", "dropped", "anonymous", "unresolved")


def split_of(ident):
    """dev or test: the function of eval/gold/FORMAT.md."""
    h = int(hashlib.sha256(ident.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if h % 3 == 0 else "dev"


# ---------------------------------------------------------------- spans

def merged(segs):
    """Sorted disjoint segments."""
    out = []
    for s, e in sorted(segs):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def seg_len(segs):
    return sum(e - s for s, e in merged(segs))


def inter_len(a, b):
    a, b = merged(a), merged(b)
    i = j = n = 0
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if s < e:
            n += e - s
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return n


def overlap_ratio(a, b):
    """|a ∩ b| / |a ∪ b| in code points (0 when either is empty)."""
    if not a or not b:
        return 0.0
    n = inter_len(a, b)
    return n / (seg_len(a) + seg_len(b) - n) if n else 0.0


overlaps = PN.overlaps


def trimmed(text, segs):
    out = []
    for s, e in segs:
        s, e = C.trim(text, max(0, s), min(len(text), e))
        if s < e:
            out.append((s, e))
    return out


def name_fold(s):
    """Case/space folding of speaker names; Arabic alef, ya, ta marbuta,
    tatweel and harakat folded too (harmless for the other scripts)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", s)
    s = s.replace("\u0649", "\u064a").replace("\u0629", "\u0647").replace("ё", "е")
    s = re.sub("[\u0640\u064b-\u0652]", "", s)
    s = re.sub(r"[^\w]+", " ", s)
    return " ".join(s.split())


# ------------------------------------------- framescope output -> spans
#
# The one place that knows framescope's attribution output. It reads the
# current fields (README "Whose voice") and the reworked ones when present.

def _cp_span(obj, text, b2c):
    """Code point segments of a span object {cp_start, cp_end} or {start, end}
    (bytes), of a list of such objects, or of [s, e] code points."""
    if not obj:
        return []
    if isinstance(obj, list):
        if len(obj) == 2 and all(isinstance(x, int) for x in obj):
            return trimmed(text, [tuple(obj)])
        out = []
        for o in obj:
            out += _cp_span(o, text, b2c)
        return out
    if not isinstance(obj, dict):
        return []
    for key in ("segments", "spans"):  # {"segments": [...]} as a list
        if isinstance(obj.get(key), list) and "start" not in obj and "cp_start" not in obj:
            return _cp_span(obj[key], text, b2c)
    if isinstance(obj.get("cp_start"), int) and isinstance(obj.get("cp_end"), int):
        s, e = obj["cp_start"], obj["cp_end"]
    elif isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
        last = len(b2c) - 1
        s, e = b2c[min(max(obj["start"], 0), last)], b2c[min(max(obj["end"], 0), last)]
    else:
        return []
    return trimmed(text, [(s, e)])


def map_attribution(a, text, b2c):
    """One framescope attribution -> {kind, rule, source_kind, cue, source,
    content, resolved, resolved_name} with trimmed code point segments."""
    src = a.get("source") if isinstance(a.get("source"), dict) else None
    res = a.get("resolved_to") or (src or {}).get("resolved_to")
    if isinstance(res, str):  # a bare name or actor id
        res = {"name": res}
    if not isinstance(res, dict):
        res = None
    contents = a.get("contents")
    if contents is None:
        contents = a.get("content")
    name = None
    if res:
        name = res.get("name") or res.get("actor")
    if not name:
        name = a.get("name")  # old output: the actor's or named source's name
    return {
        "actor": res.get("actor") if res else None,
        "kind": a.get("kind"),
        "rule": a.get("rule"),
        "source_kind": a.get("source_kind") or (src or {}).get("source_kind")
                       or (src or {}).get("kind"),
        "cue": _cp_span(a.get("cue"), text, b2c),
        "source": _cp_span(src, text, b2c),
        "content": _cp_span(contents, text, b2c),
        "resolved": _cp_span(res, text, b2c),
        "resolved_name": name,
    }


def predicted(row, text):
    b2c = C.byte_to_cp(text)
    fs = row.get("framescope", {})
    return [map_attribution(a, text, b2c) for a in fs.get("attributions", []) or []]


def framing_matches(row, text):
    """Framing matches (not the attribution layer): (cp segment, voice)."""
    b2c = C.byte_to_cp(text)
    out = []
    for m in row.get("framescope", {}).get("matches", []) or []:
        if m.get("layer") == "attribution":
            continue
        segs = _cp_span(m, text, b2c)
        if segs:
            out.append((segs[0], m.get("voice") or "authorial"))
    return out


# ----------------------------------------------------------------- gold

def _gold_segs(v, text):
    """null, [s, e] or [[s, e], ...] -> trimmed segments."""
    if not v:
        return []
    if all(isinstance(x, int) for x in v):
        v = [v]
    return trimmed(text, [tuple(x) for x in v if x and len(x) == 2])


def gold_from_record(rec, text):
    out = []
    for g in rec.get("attributions", []):
        out.append({
            "kind": g.get("kind"),
            "cue": _gold_segs(g.get("cue"), text),
            "source": _gold_segs(g.get("source"), text),
            "source_kind": g.get("source_kind"),
            "speaker": g.get("speaker"),
            "speaker_span": _gold_segs(g.get("speaker_span"), text),
            "content": _gold_segs(g.get("content"), text),
        })
    return out


def gold_from_polnear(ann, text):
    out = []
    for g in PN.parse_ann(ann):
        out.append({"kind": None, "cue": trimmed(text, g["cue"]),
                    "source": trimmed(text, g["source"]), "source_kind": None,
                    "speaker": None, "speaker_span": [],
                    "content": trimmed(text, g["content"])})
    return out


def load_polnear(notices):
    base = os.path.join(C.data_dir(), "polnear")
    corpus = os.path.join(base, "polnear_train.jsonl")
    ann_dir = os.path.join(base, "train", "attributions")
    if not (os.path.isfile(corpus) and os.path.isdir(ann_dir)):
        notices.append("PolNeAR not found under %s (set FSC_DATA); skipped." % base)
        return None
    annotators = PN.choose_annotation(ann_dir)
    docs = []
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            if art["id"] not in annotators:
                continue
            ann = os.path.join(ann_dir, "%s_%s.ann" % (art["id"], annotators[art["id"]][0]))
            docs.append({"id": art["id"], "split": split_of(art["id"]), "lang": "en",
                         "outlet": art.get("outlet"), "text": art["text"], "complete": True,
                         "gold": gold_from_polnear(ann, art["text"])})
    return docs


def saudinewsnet_texts(ids):
    path = os.path.join(C.data_dir(), "saudinewsnet", "saudinewsnet.jsonl.gz")
    if not os.path.isfile(path):
        return None
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.search(r'"id":\s*"([^"]*)"', line)
            if m and m.group(1) in ids:
                r = json.loads(line)
                out[r["id"]] = r.get("text") or ""
    return out


def load_gold_file(path, notices):
    name = os.path.basename(path)[:-len(".jsonl")]
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    external = None
    need = {r["id"] for r in recs if "text" not in r}
    if need:
        if "saudinewsnet" in name:
            external = saudinewsnet_texts(need)
        if external is None:
            notices.append("%s: texts of %d records are not in the file and their "
                           "source was not found under %s; skipped." % (name, len(need), C.data_dir()))
            external = {}
    docs = []
    bad = collections.Counter()
    for r in recs:
        text = r.get("text")
        if text is None:
            text = external.get(r["id"])
        if text is None:
            bad["text missing"] += 1
            continue
        if r.get("text_sha256") and hashlib.sha256(text.encode("utf-8")).hexdigest() != r["text_sha256"]:
            bad["text_sha256 differs"] += 1
            continue
        sha_ok = True
        for g in r.get("attributions", []):
            for seg, h in zip(g.get("content") or [], g.get("content_sha1") or []):
                if hashlib.sha1(text[seg[0]:seg[1]].encode("utf-8")).hexdigest()[:len(h)] != h:
                    sha_ok = False
        if not sha_ok:
            bad["content_sha1 differs"] += 1
            continue
        split = split_of(r["id"])
        if r.get("split") and r["split"] != split:
            bad["split field differs from the split function (function used)"] += 1
        docs.append({"id": r["id"], "split": split, "lang": r.get("lang") or name[:2],
                     "outlet": r.get("outlet"), "text": text,
                     "complete": r.get("complete", True) is not False,
                     "gold": gold_from_record(r, text)})
    for why, n in sorted(bad.items()):
        notices.append("%s: %d records: %s%s." % (
            name, n, why, "" if why.startswith("split") else "; skipped"))
    return name, docs


# ----------------------------------------------------------- evaluation

def greedy_match(pred, gold):
    """One-to-one pairs (pi, gi, ratio) by best content overlap ratio >= RATIO."""
    cand = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            r = overlap_ratio(p["content"], g["content"])
            if r >= RATIO:
                cand.append((-r, pi, gi))
    cand.sort()
    up, ug, out = set(), set(), []
    for r, pi, gi in cand:
        if pi not in up and gi not in ug:
            up.add(pi)
            ug.add(gi)
            out.append((pi, gi, -r))
    return out


def gold_source_label(g):
    if g["source_kind"]:
        return g["source_kind"]
    if g["source"] or g["speaker"] or g["speaker_span"]:
        return "(not labelled)"
    return "(none)"


_ACTOR_NAMES = None


def actor_names():
    """actor id -> the folded names the actor lexicon gives it (every term,
    wildcards aside, and its display name): a speaker resolved to the actor
    "abbas" is the gold speaker «محمود عباس»."""
    global _ACTOR_NAMES
    if _ACTOR_NAMES is None:
        _ACTOR_NAMES = collections.defaultdict(set)
        d = os.environ.get("FRAMESCOPE_LEXICONS") or os.path.join(C.ROOT, "lexicons")
        try:
            with open(os.path.join(d, "attribution", "actors.json"), encoding="utf-8") as f:
                lex = json.load(f)
        except (OSError, ValueError):
            lex = {}
        for e in lex.get("entries", []):
            attrs = e.get("attrs") or {}
            if attrs.get("actor"):
                for n in (e.get("term", "").replace("*", ""), attrs.get("name")):
                    if n:
                        _ACTOR_NAMES[attrs["actor"]].add(name_fold(n))
    return _ACTOR_NAMES


def speaker_correct(p, g):
    if not (g["source"] or g["speaker"] or g["speaker_span"]):
        return not (p["source"] or p["resolved"] or p["resolved_name"])
    gspan = g["source"] + g["speaker_span"]
    if p["source"] and overlaps(p["source"], gspan):
        return True
    if p["resolved"] and overlaps(p["resolved"], gspan):
        return True
    if (p.get("actor") and g["speaker"]
            and name_fold(g["speaker"]) in actor_names().get(p["actor"], ())):
        return True
    return bool(p["resolved_name"] and g["speaker"]
                and name_fold(p["resolved_name"]) == name_fold(g["speaker"]))


def any_overlap_counts(gold, pred, key):
    """Spans of one kind deduplicated by extent; overlap P and R counts."""
    g, p = {}, {}
    for a in gold:
        if a[key]:
            g.setdefault((a[key][0][0], a[key][-1][1]), a[key])
    for a in pred:
        if a[key]:
            p.setdefault((a[key][0][0], a[key][-1][1]), a[key])
    return (sum(1 for ps in p.values() if any(overlaps(ps, gs) for gs in g.values())), len(p),
            sum(1 for gs in g.values() if any(overlaps(ps, gs) for ps in p.values())), len(g))


def evaluate_doc(doc, pred, matches, c):
    """Add one text's counts to the Counter c; return its error report."""
    gold, text, complete = doc["gold"], doc["text"], doc["complete"]
    pairs = greedy_match(pred, gold)
    c["texts"] += 1
    c["gold"] += len(gold)
    c["fs"] += len(pred)
    c["matched"] += len(pairs)
    if complete:
        c["fs_complete"] += len(pred)
        c["matched_complete"] += len(pairs)
    for k in ("cue", "source"):
        tp_p, n_p, tp_r, n_r = any_overlap_counts(gold, pred, k)
        c[k + "_tp_p"] += tp_p if complete else 0
        c[k + "_n_p"] += n_p if complete else 0
        c[k + "_tp_r"] += tp_r
        c[k + "_n_r"] += n_r
    matched_g = {gi: pi for pi, gi, _ in pairs}
    matched_p = {pi for pi, _, _ in pairs}
    for gi, g in enumerate(gold):
        kind = g["kind"] or "(not labelled)"
        c["gk_n:" + kind] += 1
        c["gk_m:" + kind] += gi in matched_g
    if complete:
        for pi, p in enumerate(pred):
            kind = p["kind"] or "?"
            c["pk_n:" + kind] += 1
            c["pk_m:" + kind] += pi in matched_p
    wrong = []
    for pi, gi, _ in pairs:
        g, p = gold[gi], pred[pi]
        lab = gold_source_label(g)
        ok = speaker_correct(p, g)
        c["sp_n"] += 1
        c["sp_ok"] += ok
        c["sk_n:" + lab] += 1
        c["sk_ok:" + lab] += ok
        if not ok:
            wrong.append((g, p))
    gc = [seg for g in gold for seg in g["content"]]
    authorial_inside = []
    for (s, e), voice in matches:
        inside = any(gs <= s and e <= ge for gs, ge in gc)
        c["fm_n"] += 1
        c["fm_n:" + voice] += 1
        c["fm_in:" + voice] += inside
        if inside and voice == "authorial":
            authorial_inside.append((s, e))
    return {"missed": [g for gi, g in enumerate(gold) if gi not in matched_g],
            "spurious": [p for pi, p in enumerate(pred) if pi not in matched_p] if complete else [],
            "wrong": wrong, "authorial": authorial_inside}


def figures(c):
    """Every figure of one Counter, as a dict (None when undefined)."""
    f = {"texts": c["texts"], "gold": c["gold"], "framescope": c["fs"], "matched": c["matched"]}
    p, r, f1 = C.prf(c["matched_complete"], c["fs_complete"], c["matched"], c["gold"])
    f["content"] = {"precision": p, "recall": r, "f1": f1}
    for k in ("cue", "source"):
        p, r, f1 = C.prf(c[k + "_tp_p"], c[k + "_n_p"], c[k + "_tp_r"], c[k + "_n_r"])
        f[k] = {"precision": p, "recall": r, "f1": f1, "spans_gold": c[k + "_n_r"],
                "spans_framescope": c[k + "_n_p"]}
    f["speaker"] = {"accuracy": c["sp_ok"] / c["sp_n"] if c["sp_n"] else None,
                    "correct": c["sp_ok"], "matched": c["sp_n"], "by_gold_source_kind": {}}
    for key in sorted(k for k in c if k.startswith("sk_n:")):
        lab = key[5:]
        f["speaker"]["by_gold_source_kind"][lab] = {
            "correct": c["sk_ok:" + lab], "matched": c[key],
            "accuracy": c["sk_ok:" + lab] / c[key] if c[key] else None}
    f["content_recall_by_gold_kind"] = {
        k[5:]: {"gold": c[k], "matched": c["gk_m:" + k[5:]],
                "recall": c["gk_m:" + k[5:]] / c[k] if c[k] else None}
        for k in sorted(c) if k.startswith("gk_n:")}
    f["content_precision_by_framescope_kind"] = {
        k[5:]: {"framescope": c[k], "matched": c["pk_m:" + k[5:]],
                "precision": c["pk_m:" + k[5:]] / c[k] if c[k] else None}
        for k in sorted(c) if k.startswith("pk_n:")}
    fa = {"framing_matches": c["fm_n"]}
    for v in ("authorial", "attributed", "quoted"):
        n, i = c["fm_n:" + v], c["fm_in:" + v]
        fa[v] = {"matches": n, "inside_gold_content": i, "share": i / n if n else None}
    f["framing_voice_vs_gold_content"] = fa
    return f


# -------------------------------------------------------------- output

def frac(k, n):
    return "–" if not n else "%.2f (%d/%d)" % (k / n, k, n)


def tables(order, legacy):
    """[(title, header, rows)] for the terminal and results.md."""
    out = []
    rows = []
    for lab, sp, f in order:
        ct = f["content"]
        rows.append((lab, sp, f["texts"], f["gold"], f["framescope"], f["matched"],
                     C.fmt(ct["precision"]), C.fmt(ct["recall"]), C.fmt(ct["f1"]),
                     frac(f["speaker"]["correct"], f["speaker"]["matched"])))
    out.append(("Content (one-to-one, overlap ratio >= %.1f) and speaker accuracy over "
                "the matched pairs" % RATIO,
                ["set", "split", "texts", "gold", "framescope", "matched", "content P",
                 "content R", "content F1", "speaker acc."], rows))
    rows = []
    for lab, sp, f in order:
        rows.append((lab, sp) + tuple(C.fmt(f[k][m]) for k in ("cue", "source")
                                      for m in ("precision", "recall", "f1")))
    out.append(("Cue and source spans, any overlap (deduplicated by extent per text)",
                ["set", "split", "cue P", "cue R", "cue F1", "source P", "source R",
                 "source F1"], rows))
    labs = [k for k in SOURCE_KINDS]
    extra = sorted({k for _, _, f in order for k in f["speaker"]["by_gold_source_kind"]}
                   - set(labs))
    rows = []
    for lab, sp, f in order:
        by = f["speaker"]["by_gold_source_kind"]
        rows.append((lab, sp) + tuple(frac(by[k]["correct"], by[k]["matched"]) if k in by else "–"
                                      for k in labs + extra))
    out.append(("Speaker accuracy by gold source_kind (matched pairs; PolNeAR has no "
                "source_kind)", ["set", "split"] + labs + extra, rows))
    kinds = list(GOLD_KINDS) + sorted({k for _, _, f in order
                                       for k in f["content_recall_by_gold_kind"]} - set(GOLD_KINDS))
    rows = []
    for lab, sp, f in order:
        by = f["content_recall_by_gold_kind"]
        rows.append((lab, sp) + tuple(frac(by[k]["matched"], by[k]["gold"]) if k in by else "–"
                                      for k in kinds))
    out.append(("Content recall by gold kind", ["set", "split"] + kinds, rows))
    pk = sorted({k for _, _, f in order for k in f["content_precision_by_framescope_kind"]})
    rows = []
    for lab, sp, f in order:
        by = f["content_precision_by_framescope_kind"]
        rows.append((lab, sp) + tuple(frac(by[k]["matched"], by[k]["framescope"]) if k in by
                                      else "–" for k in pk))
    out.append(("Content precision by framescope kind", ["set", "split"] + pk, rows))
    rows = []
    for lab, sp, f in order:
        fa = f["framing_voice_vs_gold_content"]
        rows.append((lab, sp, fa["framing_matches"],
                     frac(fa["authorial"]["inside_gold_content"], fa["authorial"]["matches"]),
                     frac(fa["attributed"]["inside_gold_content"], fa["attributed"]["matches"]),
                     frac(fa["quoted"]["inside_gold_content"], fa["quoted"]["matches"])))
    out.append(("Framing matches inside a gold content span, by framescope voice "
                "(authorial: terms that are really reported speech)",
                ["set", "split", "framing matches", "authorial", "attributed", "quoted"], rows))
    if legacy:
        rows = []
        for sp, s in legacy:
            get = {(a, b): (p, r, f) for a, b, p, r, f in s}
            row = [sp]
            for k in ("cue", "source", "content"):
                row += [C.fmt(x) for x in get[(k, "any overlap (spans)")]]
            row += [C.fmt(x) for x in get[("attribution", "cue + source overlap")]]
            rows.append(row)
        out.append(("PolNeAR, the figures of eval/polnear.py (any overlap; attribution = "
                    "cue + source overlap, one-to-one)",
                    ["split", "cue P", "cue R", "cue F1", "source P", "source R", "source F1",
                     "content P", "content R", "content F1", "attr. P", "attr. R", "attr. F1"],
                    rows))
    return out


def ctx(text, segs, width=70):
    """Text around the segments, segments in [[ ]], on one line."""
    if not segs:
        return "–"
    s0, e0 = min(s for s, _ in segs), max(e for _, e in segs)
    a, b = max(0, s0 - width), min(len(text), e0 + width)
    out, pos = [], a
    for s, e in merged(segs):
        s, e = max(s, a), min(e, b)
        out += [text[pos:s], "[[", text[s:e], "]]"]
        pos = e
    out.append(text[pos:b])
    return ("…" if a > 0 else "") + " ".join("".join(out).split()) + ("…" if b < len(text) else "")


def span_text(text, segs):
    return " … ".join(text[s:e] for s, e in segs) if segs else "–"


def print_errors(name, doc, rep):
    text = doc["text"]
    if not (rep["missed"] or rep["spurious"] or rep["wrong"] or
            rep.get("authorial")):
        return
    print("== %s %s (dev)" % (name, doc["id"]))
    for g in rep["missed"]:
        print("  MISSED gold%s: cue «%s» source «%s» (%s) speaker %s" % (
            " " + g["kind"] if g["kind"] else "", span_text(text, g["cue"]), span_text(text, g["source"]),
            gold_source_label(g), g["speaker"] or "–"))
        print("      " + ctx(text, g["content"] or g["cue"]))
    for p in rep["spurious"]:
        print("  SPURIOUS framescope %s (%s): cue «%s» source «%s» (%s)" % (
            p["kind"], p["rule"], span_text(text, p["cue"]), span_text(text, p["source"]),
            p["source_kind"]))
        print("      " + ctx(text, p["content"] or p["cue"]))
    for g, p in rep["wrong"]:
        print("  SPEAKER gold «%s» (%s) speaker %s; framescope source «%s» (%s) resolved %s «%s»" % (
            span_text(text, g["source"]), gold_source_label(g), g["speaker"] or "–",
            span_text(text, p["source"]), p["source_kind"], p["resolved_name"] or "–",
            span_text(text, p["resolved"])))
        print("      " + ctx(text, (g["source"] or g["speaker_span"]) + (p["source"] or p["cue"])))
    for span in rep.get("authorial") or []:
        print("  AUTHORIAL framing term «%s» inside gold reported content" %
              span_text(text, [span]))
        print("      " + ctx(text, [span]))


def lexicon_versions():
    d = os.environ.get("FRAMESCOPE_LEXICONS") or os.path.join(C.ROOT, "lexicons")
    out = []
    for path in sorted(glob.glob(os.path.join(d, "*.json")) +
                       glob.glob(os.path.join(d, "attribution", "*.json"))):
        try:
            with open(path, encoding="utf-8") as f:
                j = json.load(f)
            out.append("%s %s" % (j.get("name", os.path.basename(path)), j.get("version", "?")))
        except (OSError, ValueError):
            continue
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true",
                    help="also print the dev split's unmatched gold and framescope "
                         "attributions and wrong speakers (never the test split's)")
    ap.add_argument("--json", metavar="FILE", help="write every figure as JSON to FILE")
    ap.add_argument("--set", action="append", default=[], metavar="NAME",
                    help="only this set (polnear, or a gold file name without .jsonl); "
                         "repeatable")
    ap.add_argument("--gold-dir", default=GOLD_DIR, metavar="DIR",
                    help="where the {ar,ru,en}-*.jsonl gold files are (default eval/gold)")
    args = ap.parse_args(argv)
    full_run = not args.set and os.path.abspath(args.gold_dir) == os.path.abspath(GOLD_DIR)
    os.environ.setdefault("FRAMESCOPE_LEXICONS", os.path.join(C.ROOT, "lexicons"))

    notices = []
    sets = []  # (name, lang, docs)
    if not args.set or "polnear" in args.set:
        docs = load_polnear(notices)
        if docs is not None:
            sets.append(("polnear", "en", docs))
    for lang in LANGS:
        for path in sorted(glob.glob(os.path.join(args.gold_dir, lang + "-*.jsonl"))):
            name = os.path.basename(path)[:-len(".jsonl")]
            if args.set and name not in args.set:
                continue
            name, docs = load_gold_file(path, notices)
            if docs:
                sets.append((name, lang, docs))
    for n in notices:
        print("eval/attribution.py: " + n)
    if not sets:
        print("eval/attribution.py: no gold data found (PolNeAR under $FSC_DATA, "
              "%s/{ar,ru,en}-*.jsonl); nothing to evaluate." % os.path.relpath(args.gold_dir))
        return 0
    C.framescope_bin()

    counters = collections.defaultdict(collections.Counter)  # (label, split) -> Counter
    legacy = collections.defaultdict(PN.Counts)  # split -> polnear.py counts
    errors_out = []
    for name, lang, docs in sets:
        rows = C.run_score({"id": d["id"], "lang": d["lang"], "outlet": d.get("outlet") or name,
                            "text": d["text"]} for d in docs)
        for d in docs:
            row = rows.get(d["id"])
            if row is None or row.get("framescope", {}).get("status", "scored") != "scored":
                sys.stderr.write("eval/attribution.py: %s %s was not scored\n" % (name, d["id"]))
                sys.exit(2)
            pred = predicted(row, d["text"])
            rep = evaluate_doc(d, pred, framing_matches(row, d["text"]),
                               counters[(name, d["split"])])
            evaluate_doc(d, pred, framing_matches(row, d["text"]),
                         counters[(lang + " (all sets)", d["split"])])
            if name == "polnear":
                PN.evaluate(d["text"], d["gold"], pred, legacy[d["split"]],
                            {"cue_fp": collections.Counter(), "cue_fn": collections.Counter(),
                             "auth_in_gold": {}}, d.get("outlet"))
            if args.errors and d["split"] == "dev":
                errors_out.append((name, d, rep))

    order = []  # every set, then every language; in the tables a language's
    shown = []  # rows only when it has several sets (else they repeat the set's)
    for lang in LANGS:
        names = [n for n, l, _ in sets if l == lang]
        for n in names + ([lang + " (all sets)"] if names else []):
            for sp in SPLITS:
                order.append((n, sp, figures(counters[(n, sp)])))
                if n in names or len(names) > 1:
                    shown.append(order[-1])
    leg = [(sp, PN.summarise(legacy[sp].c)) for sp in SPLITS if sp in legacy]
    tabs = tables(shown, leg)

    version = C.framescope_version()
    lex = lexicon_versions()
    stamp = datetime.date.today().isoformat()
    head = ["Sets: " + ", ".join("%s (%s, %d texts: %d dev, %d test)" % (
        n, l, len(d), sum(x["split"] == "dev" for x in d), sum(x["split"] == "test" for x in d))
        for n, l, d in sets) + ".",
        "Lexicons: " + ", ".join(lex) + "."]
    for title, hdr, rows in tabs:
        print()
        print(title + ":")
        print(C.text_table(hdr, rows))
    print()
    for h in head:
        print(h)
    print("Run %s with %s." % (stamp, version))

    if args.json:
        out = {"date": stamp, "framescope": version, "lexicons": lex, "ratio": RATIO,
               "notices": notices,
               "sets": {n: {"lang": l, "texts": len(d)} for n, l, d in sets},
               "figures": {"%s/%s" % (lab, sp): f for lab, sp, f in order}}
        for sp, s in leg:
            out["figures"]["polnear/" + sp]["polnear_py"] = {
                "%s: %s" % (a, b): {"precision": p, "recall": r, "f1": f1}
                for a, b, p, r, f1 in s}
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")

    if args.errors:
        print("\nErrors of the dev split (the test split's are never printed):\n")
        for name, d, rep in errors_out:
            print_errors(name, d, rep)

    if full_run:
        md = ["## Attribution on every gold set (dev and held-out test)", ""]
        md += ["- " + h for h in head + notices] + [""]
        for title, hdr, rows in tabs:
            md += [title + ":", "", C.md_table(hdr, rows), ""]
        C.write_section("attribution", "\n".join(md))
        print("wrote %s" % os.path.relpath(C.RESULTS))
    else:
        print("(partial run: %s not rewritten)" % os.path.relpath(C.RESULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
