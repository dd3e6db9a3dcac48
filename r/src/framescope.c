/* .Call glue over framescope/simple.h. */
#include <framescope/simple.h>

#include <R.h>
#include <Rinternals.h>
#include <R_ext/Rdynload.h>

#include <string.h>

static void model_finalizer(SEXP p)
{
    fsc_simple *m = R_ExternalPtrAddr(p);
    fsc_simple_close(m);
    R_ClearExternalPtr(p);
}

static fsc_simple *get_model(SEXP p)
{
    if (TYPEOF(p) != EXTPTRSXP || !R_ExternalPtrAddr(p))
        Rf_error("not a framescope model (or it was freed)");
    return R_ExternalPtrAddr(p);
}

static SEXP fs_model_open(SEXP paths, SEXP no_bundled)
{
    R_xlen_t n = XLENGTH(paths);
    const char **v = (const char **)R_alloc((size_t)(n ? n : 1), sizeof *v);
    for (R_xlen_t i = 0; i < n; i++)
        v[i] = Rf_translateCharUTF8(STRING_ELT(paths, i));
    fsc_simple *m = NULL;
    char err[512];
    int st = fsc_simple_open(v, (size_t)n, Rf_asLogical(no_bundled) == TRUE,
                             &m, err, sizeof err);
    if (st != 0)
        Rf_error("framescope: %s (status %d)", err, st);
    SEXP p = PROTECT(R_MakeExternalPtr(m, R_NilValue, R_NilValue));
    R_RegisterCFinalizerEx(p, model_finalizer, TRUE);
    UNPROTECT(1);
    return p;
}

static SEXP fs_model_categories(SEXP p)
{
    fsc_simple *m = get_model(p);
    size_t n = fsc_simple_n_categories(m);
    SEXP out = PROTECT(Rf_allocVector(STRSXP, (R_xlen_t)n));
    for (size_t i = 0; i < n; i++)
        SET_STRING_ELT(out, (R_xlen_t)i,
                       Rf_mkCharCE(fsc_simple_category(m, i), CE_UTF8));
    UNPROTECT(1);
    return out;
}

/* Element i of a character vector, or NULL for NA/missing. */
static const char *field(SEXP v, R_xlen_t i)
{
    if (TYPEOF(v) != STRSXP || XLENGTH(v) == 0)
        return NULL;
    SEXP s = STRING_ELT(v, XLENGTH(v) == 1 ? 0 : i);
    return s == NA_STRING ? NULL : Rf_translateCharUTF8(s);
}

/* One JSON row per text, as `framescope score -f jsonl` writes it. */
static SEXP fs_score_rows(SEXP p, SEXP text, SEXP id, SEXP outlet, SEXP date,
                          SEXP lang, SEXP title, SEXP matches)
{
    fsc_simple *m = get_model(p);
    if (TYPEOF(text) != STRSXP)
        Rf_error("text must be a character vector");
    R_xlen_t n = XLENGTH(text);
    int want = Rf_asLogical(matches) == TRUE;
    SEXP out = PROTECT(Rf_allocVector(STRSXP, n));
    for (R_xlen_t i = 0; i < n; i++) {
        R_CheckUserInterrupt(); /* Ctrl-C between articles */
        SEXP s = STRING_ELT(text, i);
        const char *t = s == NA_STRING ? "" : Rf_translateCharUTF8(s);
        char *row = NULL, err[512];
        size_t len = 0;
        int st = fsc_simple_score(m, t, strlen(t), field(id, i),
                                  field(outlet, i), field(date, i),
                                  field(lang, i), field(title, i), want, &row,
                                  &len, err, sizeof err);
        if (st != 0)
            Rf_error("framescope: %s (status %d)", err, st);
        SET_STRING_ELT(out, i, Rf_mkCharLenCE(row, (int)len, CE_UTF8));
        fsc_simple_free(row);
    }
    UNPROTECT(1);
    return out;
}

static const R_CallMethodDef calls[] = {
    { "fs_model_open", (DL_FUNC)&fs_model_open, 2 },
    { "fs_model_categories", (DL_FUNC)&fs_model_categories, 1 },
    { "fs_score_rows", (DL_FUNC)&fs_score_rows, 8 },
    { NULL, NULL, 0 }
};

void R_init_framescope(DllInfo *dll);
void R_init_framescope(DllInfo *dll)
{
    R_registerRoutines(dll, NULL, calls, NULL, NULL);
    R_useDynamicSymbols(dll, FALSE);
}
