"""framescope.Model: score texts with the C library from Python."""
import ctypes
import json
import os

from . import _lib

_META = ("id", "outlet", "date", "lang", "title")
_TIDY = ["id", "outlet", "date", "lang", "status", "reason", "tokens",
         "category", "count", "negated", "rate", "weighted", "authorial",
         "quoted", "attributed", "out_of_scope", "in_scope", "title_status",
         "title_tokens", "title_count"]
# one row per match (Model.matches): "zone" says whether start/end count
# in the title or in the text
_MATCH_COLS = ["id", "zone", "term", "lexicon", "categories", "start", "end",
               "cp_start", "cp_end", "surface", "sentence", "negated",
               "voice", "layer"]


def _b(s):
    if s is None:
        return None
    try:
        import math
        if isinstance(s, float) and math.isnan(s):
            return None
    except TypeError:
        pass
    return str(s).encode("utf-8")


class Model:
    """A compiled set of lexicons, reusable across calls (and threads).

    lexicons: None for the bundled set (as ``framescope score``), or a list
    of lexicon files/directories (as ``framescope score -l ...``; the
    bundled modifiers and attribution layer come along unless
    ``no_bundled=True``).
    """

    def __init__(self, lexicons=None, no_bundled=False):
        lib = _lib.load()
        self._lib = lib
        if isinstance(lexicons, (str, os.PathLike)):
            lexicons = [lexicons]
        paths = [os.fsencode(p) for p in (lexicons or [])]
        arr = (ctypes.c_char_p * max(len(paths), 1))(*paths)
        handle = ctypes.c_void_p()
        err = ctypes.create_string_buffer(512)
        st = lib.fsc_simple_open(arr, len(paths), int(bool(no_bundled)),
                                 ctypes.byref(handle), err, len(err))
        if st != 0:
            raise _lib.FramescopeError(st, err.value.decode("utf-8", "replace"))
        self._h = handle
        n = lib.fsc_simple_n_categories(handle)
        self.categories = [lib.fsc_simple_category(handle, i).decode("utf-8")
                           for i in range(n)]

    def close(self):
        if getattr(self, "_h", None):
            self._lib.fsc_simple_close(self._h)
            self._h = None

    def __del__(self):
        self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- one record -------------------------------------------------------
    def score_json(self, text, id=None, outlet=None, date=None, lang=None,
                   title=None, matches=True):
        """The row `framescope score -f jsonl` writes, as a JSON string."""
        if self._h is None:
            raise ValueError("model is closed")
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        row = ctypes.c_void_p()
        n = ctypes.c_size_t()
        err = ctypes.create_string_buffer(512)
        st = self._lib.fsc_simple_score(
            self._h, data, len(data), _b(id), _b(outlet), _b(date), _b(lang),
            _b(title), int(bool(matches)), ctypes.byref(row), ctypes.byref(n),
            err, len(err))
        if st != 0:
            raise _lib.FramescopeError(st, err.value.decode("utf-8", "replace"))
        try:
            return ctypes.string_at(row, n.value).decode("utf-8")
        finally:
            self._lib.fsc_simple_free(row)

    # -- many records -----------------------------------------------------
    def _records(self, data, text_col, meta):
        """(text, metadata dict) for each article of data."""
        meta = dict(meta or {})
        if isinstance(data, (str, bytes)):
            yield data, {k: meta.get(k) for k in _META}
            return
        try:
            import pandas as pd
        except ImportError:
            pd = None
        if pd is not None and isinstance(data, pd.DataFrame):
            cols = {k: meta.get(k + "_col", k) for k in _META}
            for rec in data.to_dict("records"):
                yield rec[text_col], {k: rec.get(c) for k, c in cols.items()}
            return
        for i, item in enumerate(data):
            if isinstance(item, dict):
                yield item[text_col], {k: item.get(k) for k in _META}
            else:
                yield item, {k: meta.get(k) for k in _META}

    def score_records(self, data, text_col="text", matches=True, **meta):
        """Full score rows (matches, attributions, ...) as dicts.

        data: a text, a list of texts or of dicts, or a pandas DataFrame
        (text in `text_col`; id/outlet/date/lang/title columns are used when
        present, or renamed with e.g. ``id_col="doc"``). Ctrl-C stops between
        articles.
        """
        return [json.loads(self.score_json(text, matches=matches, **m))
                for text, m in self._records(data, text_col, meta)]

    def score(self, data, text_col="text", shape="tidy", value="rate", **meta):
        """Scores as a pandas DataFrame.

        shape="tidy": one row per article x category, with the columns of
        ``framescope score -f csv``. shape="wide": one row per article and a
        column per category holding `value` (rate, count, weighted, ...).
        """
        import pandas as pd
        rows = []
        for text, m in self._records(data, text_col, meta):
            rows.extend(self._tidy(json.loads(
                self.score_json(text, matches=False, **m))))
        tidy = pd.DataFrame(rows, columns=_TIDY)
        if shape == "tidy":
            return tidy
        if shape != "wide":
            raise ValueError('shape must be "tidy" or "wide"')
        keys = ["id", "outlet", "date", "lang", "status", "tokens"]
        out, order = {}, []
        for r in rows:
            k = tuple(r.get(c) for c in keys)
            if k not in out:
                out[k] = dict(zip(keys, k))
                order.append(k)
            if r.get("category") is not None:
                out[k][r["category"]] = r.get(value)
        return pd.DataFrame([out[k] for k in order],
                            columns=keys + self.categories)

    def _tidy(self, row):
        f = row.get("framescope", {})
        base = {k: row.get(k) for k in ("id", "outlet", "date", "lang")}
        base["lang"] = f.get("lang", base["lang"])
        base["status"] = f.get("status")
        base["reason"] = f.get("reason")
        base["tokens"] = f.get("tokens")
        base["title_status"] = f.get("title_status")
        base["title_tokens"] = f.get("title_tokens")
        if f.get("status") != "scored":
            return [dict(base, category=None)]
        cats = f.get("categories", {})
        scope = f.get("scope", {})
        out = []
        for name in self.categories:
            c = cats.get(name, {})
            v = c.get("voice", {})
            sc = scope.get(name.split(":", 1)[0])
            out.append(dict(base, category=name, count=c.get("count", 0),
                            negated=c.get("negated", 0),
                            rate=c.get("rate", 0.0),
                            weighted=c.get("weighted", 0),
                            authorial=v.get("authorial", 0),
                            quoted=v.get("quoted", 0),
                            attributed=v.get("attributed", 0),
                            out_of_scope=(None if sc is None
                                          else c.get("out_of_scope", 0)),
                            in_scope=None if sc is None else sc.get("in_scope"),
                            title_count=c.get("title_count", 0)))
        return out

    def matches(self, data, text_col="text", **meta):
        """Every match as a pandas DataFrame, one row per match (columns
        in _MATCH_COLS). "zone" is "title" or "text": start/end (bytes)
        and cp_start/cp_end (code points) are offsets into that zone's
        string, the record's title or its text."""
        import pandas as pd
        rows = []
        for text, m in self._records(data, text_col, meta):
            row = json.loads(self.score_json(text, matches=True, **m))
            for mt in row.get("framescope", {}).get("matches", []):
                rows.append({
                    "id": row.get("id"), "zone": mt.get("zone", "text"),
                    "term": mt.get("term"), "lexicon": mt.get("lexicon"),
                    "categories": ";".join(mt.get("categories", [])),
                    "start": mt.get("start"), "end": mt.get("end"),
                    "cp_start": mt.get("cp_start"), "cp_end": mt.get("cp_end"),
                    "surface": mt.get("surface"),
                    "sentence": mt.get("sentence"),
                    "negated": mt.get("negated"), "voice": mt.get("voice"),
                    "layer": mt.get("layer", "framing")})
        return pd.DataFrame(rows, columns=_MATCH_COLS)


def read_rows(path):
    """Score rows from a `framescope score` JSONL file, as dicts."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
