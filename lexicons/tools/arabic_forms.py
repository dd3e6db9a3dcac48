#!/usr/bin/env python3
"""Generate Arabic word forms for lexicons/general/loaded-language.json by rule.

The matcher folds clitics, tashkeel and letter variants, and an entry may ask
for the tanween alif or sound verb conjugations (lexicons/FORMAT.md, "Forms").
It cannot reach forms whose stem changes. This script writes those forms from
short stem lists, by documented rules, so that a family is covered the same
way for every member instead of by hand:

  verbs        ar-verbs.tsv: hollow and defective verbs (أشاد/يشيد, ادعى/يدعي,
               تمادى/يتمادى). Rules (P = perfect as written, I = imperfect stem):
               hollow       P, P+ت, P+وا, P+تا; {ي,ت,ن}+I, {ي,ت}+I+ون,
                            {ي,ت}+I+ان, {سي,ست,سن}+I, سي+I+ون, and the
                            subjunctive/jussive plural {ي,ت}+I+وا («لم
                            يشيدوا», «أن يسيئوا»; 0.12.0) (a final ء of I
                            is written ئ before ون/ان/وا; P+وا also as ؤوا);
               defective_i  (P ends in ى, I in ي) P, P-ى+ت, P-ى+وا, P-ى+يا,
                            P-ى+تا; {ي,ت,ن}+I, {ي,ت}+I-ي+ون, {ي,ت}+I+ان,
                            {سي,ست}+I, سي+I-ي+ون, {ي,ت}+I-ي+وا («لم
                            يعتدوا»; 0.12.0);
               defective_a  (P and I end in ى) as defective_i, with I-ى+ون and
                            I-ى+يان.
               The first person singular (أ+I) and the hollow dual (P+ا) are
               not written: rare in news, and a word beginning with alif is
               read after a proclitic («فاهيني» as ف + أهين + ي, «كاهانا» as
               ك + أهانا).
               The feminine perfect of a hollow verb (أساءت, أهانت, خانت)
               has no clitics, with its و/ف forms listed: its enclitic forms
               read a noun in ة (إساءته, إهانته, خانتها).
               Perfect forms are skipped when the perfect is already an entry
               with the "verb" form (the matcher conjugates it); the guard
               column applies to every form or, written "imperfect:{...}",
               to the imperfect forms (both: "{...} || imperfect:{...}", the
               imperfect getting the keys of both); omit "*" lists a verb for its
               collocations only.
  collocations ar-collocations.tsv: the third-person conjugations of a verb
               (P, P+ت, P+وا, ي+I, ت+I, ي+I+ون, سي+I, ست+I; I from ar-verbs.tsv,
               else P without an initial alif) followed by each complement.
  pronouns     multi-word entries with one preposition + pronoun word (له, بها,
               فيه, عليهم ...): the variants with ه, ها and هم («يرثى له» ->
               «يرثى لها», «يرثى لهم»).
  agreement    ar-agreement.tsv: a two-word entry noun + adjective whose noun
               and adjective are both listed gets the other number of the
               noun with the adjective in agreement (a plural of things takes
               the feminine singular: «اعتداء غاشم» -> «اعتداءات غاشمة»; a
               singular the adjective of its gender: «انتهاكات جسيمة» ->
               «انتهاك جسيم»), the article kept as the entry has it (a phrase that is an entry with
               or without the article, which the matcher folds, is skipped); the
               generated phrase gets "forms": ["tanween"] when the tanween
               rule below would give it to a written entry.
  gender       ar-agreement.tsv: a one-word entry that is a listed adjective
               («خطير», «الغاشم», «المفضوحة») gets the other gender with the
               same article («خطيرة», «الغاشمة», «المفضوح»); an indefinite
               masculine gets "forms": ["tanween"] («خطيرا»).
  case         (0.12.0) the nominative of a sound masculine plural: an entry
               whose head is in the oblique ين («المخلصين», «الخارجين عن
               القانون», «المسلحين الحوثيين») gets the same entry with the
               head, and the words in ين that follow it in agreement, in ون
               («المخلصون», «الخارجون عن القانون», «المسلحون الحوثيون»): the
               matcher folds clitics, not case endings, and a plural label is
               as often the subject (ون) as the object (ين). A word in ين is
               read as such a plural when it is a nisba plural (ends in يين),
               a participle (begins with م, at least six letters, not the
               broken plural مفاعيل such as «ملايين», «مساكين»), or a listed
               plural (ar-agreement.tsv rows "mpl": the فاعل and فعال patterns,
               «الظالمين», «كذابين»). Words after the head that are not in ين
               stop the agreement («أسر المفقودين» is a genitive and is never
               changed, since its head أسر is not in ين).
  tanween      multi-word indefinite phrases (no word begins with ال; the first
               word is a noun that can take the accusative alif: it does not end
               in ة, ات, ى, ا or ء, is no particle, no preposition-prefixed word
               and none of the verbs listed in NOT_NOUNS) get
               "forms": ["tanween"] («جهودا جبارة», «عملا إرهابيا»).

Usage:
  python3 lexicons/tools/arabic_forms.py list      # print what would be generated
  python3 lexicons/tools/arabic_forms.py apply     # rewrite the lexicon in place
  python3 lexicons/tools/arabic_forms.py check     # exit 1 if apply would change the lexicon
                                                   # (ctest lexicon.arabic_forms_in_sync)

Generated entries carry "x-generated": "<rule>" and a note "0.6.0: ..." or "0.7.0: ..." (the version of its rule); apply
first drops every entry with "x-generated" and the tanween forms it added
("x-added" starting "0.6.0: tanween ... (arabic_forms.py)"), then writes them
again, so running it twice changes nothing. Forms that already are entries
(same term, lang ar, role term) are skipped and listed.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "general", "loaded-language.json")
NOTE_VERB = "0.6.0: conjugations of a stem-changing verb (lexicons/tools/arabic_forms.py, ar-verbs.tsv)"
NOTE_COLL = "0.6.0: verb + complement collocation (lexicons/tools/arabic_forms.py, ar-collocations.tsv)"
NOTE_GENDER = "0.7.0: other gender of the adjective «%s» (lexicons/tools/arabic_forms.py, ar-agreement.tsv)"
NOTE_AGREE = "0.7.0: noun-adjective agreement form of «%s» (lexicons/tools/arabic_forms.py, ar-agreement.tsv)"
NOTE_CASE = "0.12.0: nominative (ون) of the sound masculine plural in «%s» (lexicons/tools/arabic_forms.py)"
TANWEEN_MARK = "0.6.0: tanween form on a multi-word indefinite phrase (lexicons/tools/arabic_forms.py)"

# First words that are particles, prepositions or pronouns, not nouns taking
# the accusative alif.
PARTICLES = {"لا", "لم", "لن", "ما", "من", "عن", "على", "في", "إلى", "الى", "بلا", "غير",
             "دون", "بدون", "حتى", "كل", "أي", "قد", "إن", "أن", "إنه", "انه", "هو", "هي",
             "هم", "ليس", "ليست", "مع", "بين", "تحت", "فوق", "عند", "منذ", "لدى", "كما",
             "بكل", "بأي", "وما", "يا", "أو", "ثم", "بل", "لو", "إذا", "اذا"}
# Verbs that head phrases of the lexicon (their final alif would be a dual,
# not tanween), «ثمن عاليا» (praise; «ثمنا عاليا» is 'a high price') and the
# idiom «قاب قوسين» (never accusative).
NOT_NOUNS = {"ارتكب", "ارتكبت", "ترتكب", "يرتكب", "سقط", "حرق", "يدين", "فقد", "فقدت",
             "يطرح", "تعصف", "أشعل", "يشعل", "تشعل", "يطلق", "أطلق", "ضرب", "يكيل", "تكيل",
             "جاد", "يهدد", "تهدد", "يثمن", "ثمن", "أثار", "أثارت", "يثير", "تثير", "يلعب",
             "تلعب", "سيدفع", "قاب", "أكد",
             # 0.11.0: heads of the stance-verb, self-naming and treason phrases
             "يرغي", "يرغون", "نصب", "نصبت", "ينصب", "تنصب", "ينصبون", "يسمون", "يسمي",
             "تسمي", "سمت", "يطلقون", "تطلق", "أطلقت", "ارتمت", "يرتمي", "ترتمي", "يرتمون",
             "يبيع", "يبيعون", "هلل", "هللت", "يهلل", "يهللون", "تهلل", "طبل", "يطبل", "يطبلون", "يتشبث", "يستهين", "يستهينون", "تستهين",
             # 0.12.0: heads of the persistence and usurpation phrases
             "أمعن", "أمعنت", "يمعن", "يمعنون", "أوغل", "أوغلت", "يوغل", "يوغلون", "نكث",
             "سطت", "يسطو", "تسطو", "يسطون"}
# Nouns that begin with ب (not the preposition).
B_NOUNS = {"بالون", "براميل", "برميل", "برلمان"}


def rows(name):
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("\t")


def conjugate(p, i, cls):
    """Return (perfect forms, imperfect forms) of one verb by its class."""
    if cls == "hollow":
        perf = [p, p + "ت", p + "وا", p + "تا"]
        if p.endswith("ء"):
            perf.append(p[:-1] + "ؤوا")
        ip = i[:-1] + "ئ" if i.endswith("ء") else i
        imp = [x + i for x in "يتن"] + [x + ip + "ون" for x in "يت"] + [x + ip + "ان" for x in "يت"]
        imp += ["سي" + i, "ست" + i, "سن" + i, "سي" + ip + "ون"]
        imp += [x + ip + "وا" for x in "يت"]
    elif cls in ("defective_i", "defective_a"):
        assert p.endswith("ى"), p
        b = p[:-1]
        perf = [p, b + "ت", b + "وا", b + "يا", b + "تا"]
        ib = i[:-1]
        dual = i + "ان" if cls == "defective_i" else ib + "يان"
        imp = [x + i for x in "يتن"] + [x + ib + "ون" for x in "يت"] + [x + dual for x in "يت"]
        imp += ["سي" + i, "ست" + i, "سي" + ib + "ون"]
        imp += [x + ib + "وا" for x in "يت"]
    elif cls == "sound":
        s = p[1:] if p[0] in "اأ" and len(p) > 3 else p
        perf = [p, p + "ت", p + "وا", p + "ا", p + "تا"]
        imp = [x + s for x in "يتنأ"] + [x + s + "ون" for x in "يت"] + [x + s + "ان" for x in "يت"]
        imp += ["سي" + s, "ست" + s, "سي" + s + "ون"]
    else:
        raise SystemExit("ar-verbs.tsv: unknown class %r" % cls)
    return perf, imp


def entry(term, cats, weight, note, rule, guards=None):
    e = {"term": term, "lang": "ar", "categories": cats}
    if weight != 1:
        e["weight"] = weight
    e["note"] = note
    if guards:
        e["guards"] = guards
    e["x-generated"] = rule
    return e


def generate(existing, verb_entries):
    out, skipped = [], []
    seen = set(existing)

    def add(e):
        if e["term"] in seen:
            skipped.append(e["term"])
            return
        seen.add(e["term"])
        out.append(e)

    conj = {}
    for r in rows("ar-verbs.tsv"):
        p, i, cls, cats, w, omit, guard, gloss = r
        perf, imp = conjugate(p, i, cls)
        conj[p] = (perf, imp)
        if omit == "*":
            continue
        omit = set() if omit == "-" else set(omit.split(","))
        g_all = g_imp = None
        for part in guard.split(" || "):
            if part.startswith("imperfect:"):
                g_imp = json.loads(part[len("imperfect:"):])
            elif part != "-":
                g_all = json.loads(part)
        if g_all:
            g_imp = dict(g_all, **(g_imp or {}))
        cats = cats.split(",")
        w = float(w) if "." in w else int(w)
        if p in verb_entries:
            perf = []
        for t in perf:
            if t in omit:
                continue
            e = entry(t, cats, w, NOTE_VERB + ": " + p + ", " + gloss, "verb %s %s" % (cls, p), g_all)
            if cls == "hollow" and t == p + "ت":
                # أساءت + ه reads the verbal noun إساءته (إساءة + ه), خانت + ها
                # the noun خانتها (خانة + ها): no clitics, the forms after و/ف listed
                e["clitics"] = False
                add(e)
                for c in "وف":
                    add(entry(c + t, cats, w, NOTE_VERB + ": " + p + ", " + gloss, "verb %s %s" % (cls, p), g_all))
                    out[-1]["clitics"] = False
                continue
            add(e)
        for t in imp:
            if t not in omit:
                add(entry(t, cats, w, NOTE_VERB + ": " + p + ", " + gloss, "verb %s %s" % (cls, p), g_imp))
    for r in rows("ar-collocations.tsv"):
        p, cats, w, comps = r
        perf, imp = conj.get(p) or conjugate(p, None, "sound")
        # third person only: P, P+ت, P+وا; ي/ت+I, ي+I+ون; سي/ست+I
        forms = perf[:3] + imp[:2] + [f for f in imp if f.startswith("ي") and f.endswith("ون")]
        forms += [f for f in imp if f.startswith(("سي", "ست")) and not f.endswith("ون")]
        w = float(w) if "." in w else int(w)
        for f in forms:
            for c in comps.split("|"):
                add(entry(f + " " + c, cats.split(","), w, NOTE_COLL + ": " + p, "collocation " + p))
    return out, skipped


PREPS = ("ل", "ب", "في", "على", "من", "عن", "إلى")
PRON_BASE = {"ل": "ل", "ب": "ب", "في": "في", "على": "علي", "من": "من", "عن": "عن", "إلى": "إلي"}
PRONS = ("ه", "ها", "هم")


# Variants the rule makes that were read and rejected: not said in that
# gender or number («لا أساس لهم من الصحة» — claims are «لها/له»), or the
# phrase agrees elsewhere («عليه من الله ما يستحقون»).
PRONOUN_REJECTED = {"عليه من الله ما يستحقون", "عليها من الله ما يستحقون",
                    "لا أساس لهم من الصحة", "لا صحة لهم", "لا أهمية لهم", "لا حدود لهم",
                    "يندى لهم الجبين", "مبالغ فيهم"}


def pronoun_variants(entries, existing):
    """Multi-word Arabic entries with one preposition + pronoun word («يرثى له»,
    «مبالغ فيه», «يندى له الجبين»): the same entry with the pronoun in the
    other gender and the plural (ه, ها, هم) when that is not an entry yet.
    The matcher strips clitics from article words, not from a preposition
    that is the whole word, so «له» does not reach «لها»."""
    forms = {}
    for p in PREPS:
        for x in PRONS:
            forms[PRON_BASE[p] + x] = p
    out = []
    for e in entries:
        if e["lang"] != "ar" or e.get("role", "term") != "term" or " " not in e["term"] or "x-generated" in e:
            continue
        ws = e["term"].split()
        hits = [k for k, w in enumerate(ws) if w in forms]
        if len(hits) != 1:
            continue
        k = hits[0]
        base = PRON_BASE[forms[ws[k]]]
        for x in PRONS:
            v = ws[:k] + [base + x] + ws[k + 1:]
            t = " ".join(v)
            if t != e["term"] and t not in PRONOUN_REJECTED:
                ne = entry(t, e["categories"], e.get("weight", 1),
                           "0.6.0: pronoun variant of «%s» (lexicons/tools/arabic_forms.py)" % e["term"],
                           "pronoun " + e["term"], e.get("guards"))
                if "forms" in e:
                    ne["forms"] = e["forms"]
                if "clitics" in e:
                    ne["clitics"] = e["clitics"]
                out.append(ne)
    return out


def bare(term):
    """The term without the article on each word: the matcher folds «ال», so
    «الجرائم النكراء» and «جرائم نكراء» match the same words."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in term.split())


def agreement_variants(entries):
    """Two-word noun + adjective entries: the other number of the noun with the
    adjective agreeing (ar-agreement.tsv). Nouns and adjectives must both be
    listed, so genitive phrases are left alone."""
    sg2pl, pl2sg, adj_f, adj_m = {}, {}, {}, {}
    for r in rows("ar-agreement.tsv"):
        if r[0] == "noun":
            sg2pl[r[1]] = (r[2], r[3])
            pl2sg[r[2]] = (r[1], r[3])
        elif r[0] == "adj":
            if r[1] != "-":
                adj_f[r[1]] = r[2]
                adj_m[r[2]] = r[1]
            adj_f[r[2]] = r[2]
        elif r[0] != "mpl":
            raise SystemExit("ar-agreement.tsv: unknown row %r" % r[0])
    out = []
    have = {bare(e["term"]) for e in entries if e["lang"] == "ar" and e.get("role", "term") == "term"}
    for e in entries:
        if e["lang"] != "ar" or e.get("role", "term") != "term" or "x-generated" in e:
            continue
        ws = e["term"].split()
        if len(ws) != 2:
            continue
        art = ws[0].startswith("ال")
        if art != ws[1].startswith("ال"):
            continue
        n, a = (ws[0][2:], ws[1][2:]) if art else ws
        if a not in adj_f:
            continue
        if n in sg2pl:
            n2, a2 = sg2pl[n][0], adj_f[a]
        elif n in pl2sg:
            n2, g = pl2sg[n]
            a2 = adj_f[a] if g == "f" else adj_m.get(adj_f[a])
            if a2 is None:
                continue
        else:
            continue
        t = ("ال%s ال%s" if art else "%s %s") % (n2, a2)
        if bare(t) in have:
            continue
        have.add(bare(t))
        ne = entry(t, e["categories"], e.get("weight", 1), NOTE_AGREE % e["term"],
                   "agreement " + e["term"], e.get("guards"))
        if tanween_head(t):
            ne["forms"] = ["tanween"]
        out.append(ne)
    return out


# Other-gender forms the rule makes that were read and rejected: another word
# written the same (غادر 'left', سافر 'travelled', أبي 'my father'; the
# matcher folds the article, so «الأبي» reads «أبيه», «آبي»), a name or
# surname (باسل, عبد الجبار, الحكيم, فهد العدواني), a divine attribute
# (الجبار), a word mostly in another phrase («بأثر رجعي», retroactive) or
# mostly in medical, technical and legal description («خطيرة», «شديدة»,
# «المذهبي» in «التمييز المذهبي»; SaudiNewsNet audits seeds 20270109 and
# 20270110).
GENDER_REJECTED = {"غادر", "سافر", "أبي", "الأبي", "باسل", "الباسل", "الجبار", "الحكيم", "الرجعي",
                   "عدواني", "العدواني", "خطيرة", "الخطيرة", "شديدة", "الشديدة", "المذهبي"}


def gender_variants(entries):
    """One-word entries that are listed adjectives: the other gender, same article."""
    m2f, f2m = {}, {}
    for r in rows("ar-agreement.tsv"):
        if r[0] == "adj" and r[1] != "-":
            m2f[r[1]] = r[2]
            f2m[r[2]] = r[1]
    out = []
    have = {bare(e["term"]) for e in entries if e["lang"] == "ar" and e.get("role", "term") == "term"}
    # one-word wildcard entries (تعسفي*) already match the other gender
    wild = [bare(x)[:-1] for x in have if x.endswith("*") and " " not in x]
    for e in entries:
        if e["lang"] != "ar" or e.get("role", "term") != "term" or "x-generated" in e:
            continue
        t = e["term"]
        if " " in t or t.endswith("*"):
            continue
        art = t.startswith("ال")
        w = t[2:] if art else t
        other = m2f.get(w) or f2m.get(w)
        if other is None or ("ال" if art else "") + other in GENDER_REJECTED or other in GENDER_REJECTED:
            continue
        if other in have or any(other.startswith(w) for w in wild):
            continue
        have.add(other)
        ne = entry(("ال" if art else "") + other, e["categories"], e.get("weight", 1),
                   NOTE_GENDER % t, "gender " + t, e.get("guards"))
        if not art and other in m2f:
            ne["forms"] = ["tanween"]
        out.append(ne)
    return out


# Case forms the rule makes that were read and rejected (none is a sound
# plural with a nominative in ون): a dual, a singular in ين, a verbal noun.
CASE_REJECTED = {"بمكيالين", "مكيالين", "مسكين", "المسكين", "متصهين", "المتصهين"}


def is_sound_plural_oblique(w, listed):
    """True when w (without the article) reads as a sound masculine plural in ين."""
    if not w.endswith("ين") or w in CASE_REJECTED:
        return False
    if w in listed:
        return True
    if w.endswith("يين") and len(w) >= 5:
        return True
    return w.startswith("م") and len(w) >= 6 and not (len(w) == 6 and w[2] == "ا")


def case_variants(entries):
    """Entries headed by a sound masculine plural in ين: the nominative in ون."""
    listed = {r[1] for r in rows("ar-agreement.tsv") if r[0] == "mpl"}
    have = {bare(e["term"]) for e in entries if e["lang"] == "ar" and e.get("role", "term") == "term"}
    wild = [bare(x)[:-1] for x in have if x.endswith("*") and " " not in x]
    out = []
    for e in entries:
        if e["lang"] != "ar" or e.get("role", "term") != "term" or "x-generated" in e:
            continue
        ws = e["term"].split()
        if any(w.endswith("*") for w in ws):
            continue
        k = 0
        new = list(ws)
        while k < len(ws):
            # a coordinated plural agrees too («الحاقدين والحاسدين»)
            conj = "و" if k > 0 and ws[k].startswith("و") and len(ws[k]) > 5 else ""
            x = ws[k][len(conj):]
            art = x.startswith("ال") and len(x) > 4
            w = x[2:] if art else x
            if x in CASE_REJECTED or not is_sound_plural_oblique(w, listed):
                break
            new[k] = conj + ("ال" if art else "") + w[:-2] + "ون"
            k += 1
        if k == 0:
            continue
        t = " ".join(new)
        if bare(t) in have or (len(new) == 1 and any(bare(t).startswith(x) for x in wild)):
            continue
        have.add(bare(t))
        ne = entry(t, e["categories"], e.get("weight", 1), NOTE_CASE % e["term"],
                   "case " + e["term"], e.get("guards"))
        if "clitics" in e:
            ne["clitics"] = e["clitics"]
        out.append(ne)
    return out


def tanween_head(term):
    """True when the tanween rule gives a phrase written so the accusative alif."""
    ws = term.split()
    if any(w.startswith("ال") or w.startswith("لل") for w in ws):
        return False
    h = ws[0]
    if h in PARTICLES or re.search("(ة|ات|ى|ا|ء|ئ|ؤ)$", h) or len(h) < 3:
        return False
    return not (h in NOT_NOUNS or (h.startswith("ب") and h not in B_NOUNS))


def tanween_candidates(entries):
    out = []
    for e in entries:
        if e["lang"] != "ar" or e.get("role", "term") != "term" or " " not in e["term"]:
            continue
        if "tanween" in e.get("forms", []) or "verb" in e.get("forms", []) or "x-generated" in e:
            continue
        ws = e["term"].split()
        if any(w.startswith("ال") or w.startswith("لل") for w in ws):
            continue
        h = ws[0]
        if h in PARTICLES or re.search("(ة|ات|ى|ا|ء|ئ|ؤ)$", h) or len(h) < 3:
            continue
        if h in NOT_NOUNS or (h.startswith("ب") and h not in B_NOUNS):
            continue
        out.append(e)
    return out


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in ("list", "apply", "check"):
        sys.stderr.write(__doc__)
        return 2
    lines = open(LEXICON, encoding="utf-8").read().split("\n")
    kept = [l for l in lines if '"x-generated"' not in l]
    # undo earlier tanween marks of this script
    undone = []
    for k, l in enumerate(kept):
        if TANWEEN_MARK in l:
            e = json.loads(l.strip().rstrip(","))
            e["forms"] = [f for f in e["forms"] if f != "tanween"]
            if not e["forms"]:
                del e["forms"]
            del e["x-added"]
            kept[k] = "    " + json.dumps(e, ensure_ascii=False) + ("," if l.rstrip().endswith(",") else "")
            undone.append(e["term"])
    start = next(k for k, l in enumerate(kept) if l.strip() == '"entries": [') + 1
    end = max(k for k, l in enumerate(kept) if l.strip() in ("]", "],") and k > start)
    entries = [json.loads(l.strip().rstrip(",")) for l in kept[start:end] if l.strip()]
    existing = {e["term"] for e in entries if e["lang"] == "ar" and e.get("role", "term") == "term"}
    verb_entries = {e["term"] for e in entries if e["lang"] == "ar" and "verb" in e.get("forms", [])}
    gen, skipped = generate(existing, verb_entries)
    seen = existing | {e["term"] for e in gen}
    for e in pronoun_variants(entries, existing) + agreement_variants(entries) + gender_variants(entries) + case_variants(entries):
        if e["term"] in seen:
            skipped.append(e["term"])
        else:
            seen.add(e["term"])
            gen.append(e)
    tan = tanween_candidates(entries)
    if sys.argv[1] == "list":
        for e in gen:
            print("gen\t%s\t%s\t%s" % (e["term"], ",".join(e["categories"]), e["x-generated"]))
        for t in skipped:
            print("skip (already an entry)\t%s" % t)
        for e in tan:
            print("tanween\t%s" % e["term"])
        print("# %d generated, %d skipped, %d tanween" % (len(gen), len(skipped), len(tan)), file=sys.stderr)
        return 0
    tanset = {id(e) for e in tan}
    new_lines = []
    for e in entries:
        if id(e) in tanset:
            e["forms"] = e.get("forms", []) + ["tanween"]
            e["x-added"] = TANWEEN_MARK
        new_lines.append(e)
    new_lines += gen
    body = ["    " + json.dumps(e, ensure_ascii=False) + "," for e in new_lines]
    body[-1] = body[-1].rstrip(",")
    out = "\n".join(kept[:start] + body + kept[end:])
    if sys.argv[1] == "check":
        if out != "\n".join(lines):
            print("%s is not what the rules write; run `python3 lexicons/tools/arabic_forms.py "
                  "apply` and review the diff" % os.path.relpath(LEXICON))
            return 1
        print("%s: %d generated entries and %d tanween phrases as the rules write them"
              % (os.path.relpath(LEXICON), len(gen), len(tan)))
        return 0
    open(LEXICON, "w", encoding="utf-8").write(out)
    print("wrote %s: %d generated entries, %d skipped as existing, %d phrases given tanween"
          % (os.path.relpath(LEXICON), len(gen), len(skipped), len(tan)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
