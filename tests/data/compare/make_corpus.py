#!/usr/bin/env python3
"""make_corpus.py - writes corpus.jsonl, the small made-up corpus behind the
compare fixtures (three outlets, deterministic). Regenerate the score rows with
  build/framescope score --no-matches --lexicon lexicons/karabakh-2023.json \
      --lexicon lexicons/modifiers.json tests/data/compare/corpus.jsonl \
      > tests/data/compare/rows.jsonl
(see README in this directory)."""
import json, random
rnd = random.Random(20240607)
filler = ("The talks continued on Monday in the capital. Officials met "
          "reporters and spoke about roads, schools and the weather. ").split()
terms = {
    "Alpha": ["terrorists", "illegal armed groups", "territorial integrity",
              "occupation", "Khankendi"],
    "Beta": ["Stepanakert", "humanitarian crisis", "blockade",
             "self-determination", "Artsakh"],
    "Gamma": ["Nagorno-Karabakh", "peacekeepers", "humanitarian aid",
              "occupation", "terrorists"],
}
out = []
n = {"Alpha": 9, "Beta": 8, "Gamma": 7}
day = 0
for outlet in ["Alpha", "Beta", "Gamma"]:
    for i in range(n[outlet]):
        words = [rnd.choice(filler) for _ in range(rnd.randint(30, 90))]
        for _ in range(rnd.randint(0, 4)):
            words.insert(rnd.randrange(len(words)), rnd.choice(terms[outlet]))
        day += 1
        out.append({"id": f"{outlet[0].lower()}{i+1}", "outlet": outlet,
                    "date": f"2023-09-{(day % 28) + 1:02d}", "lang": "en",
                    "title": f"{outlet} story {i+1}",
                    "text": " ".join(words) + "."})
# one record that score skips (empty text) and one with an outlet name that
# needs CSV quoting
out.append({"id": "s1", "outlet": "Alpha", "date": "2023-09-30", "text": ""})
out.append({"id": "d1", "outlet": "Delta, \"quoted\"", "date": "2023-10-02",
            "lang": "en", "text": "The terrorists and the occupation. "
            "Stepanakert was quiet."})
with open("corpus.jsonl", "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
