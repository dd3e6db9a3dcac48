#!/usr/bin/env python3
"""gen_rows.py N OUTLETS CATEGORIES SEED - synthetic score rows (the JSON Lines
of `framescope score --no-matches`) on stdout, for bench/compare_bench.sh.

Each article: an outlet, a date in 2023, tokens uniform in [150, 1500]; for
each category a match with probability p (2-30 %, varying by category and
outlet), then 1 + Poisson-like extra matches; only categories with matches are
written, as score does. About 1 row in 500 is a skipped record."""
import random, sys

n, n_out, n_cat, seed = (int(a) for a in sys.argv[1:5])
rnd = random.Random(seed)
cats = [f"bench:cat{c:02d}" for c in range(n_cat)]
p = [[min(0.3, max(0.02, rnd.uniform(0.02, 0.3) * rnd.uniform(0.7, 1.3)))
      for _ in range(n_cat)] for _ in range(n_out)]
w = sys.stdout.write
rand = rnd.random
for i in range(n):
    o = int(rand() * n_out)
    date = f"2023-{1 + int(rand() * 12):02d}-{1 + int(rand() * 28):02d}"
    if rand() < 0.002:
        w(f'{{"id":"r{i}","framescope":{{"status":"skipped","reason":"x.jsonl: empty text at line {i+1}","source":"x.jsonl","line":{i+1}}}}}\n')
        continue
    tok = 150 + int(rand() * 1351)
    parts = []
    total = 0
    po = p[o]
    for c in range(n_cat):
        if rand() < po[c]:
            k = 1
            while rand() < 0.35:
                k += 1
            total += k
            parts.append(f'"{cats[c]}":{{"count":{k},"negated":0,"rate":{k*1000/tok:.6f},"weighted":{k}}}')
    w(f'{{"id":"r{i}","outlet":"outlet{o:02d}","date":"{date}","lang":"en",'
      f'"title":"Article {i}","url":"https://example.org/{i}",'
      f'"framescope":{{"status":"scored","lang":"en","tokens":{tok},'
      f'"sentences":{tok // 20},"bytes":{tok * 6},"matches_total":{total},'
      f'"categories":{{{",".join(parts)}}}}}}}\n')
