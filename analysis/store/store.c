/*
 * store.c - the SQLite results store (see framescope/store.h and
 * docs/store.md for the schema).
 */
#define _POSIX_C_SOURCE 200809L
#include "framescope/store.h"
#include "internal.h"
#include "sha256.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

struct fsc_store {
    sqlite3 *db;
    char *path;
    pthread_mutex_t mu;
    sqlite3_stmt *q_keep;    /* is (id, sha, config) stored? */
    sqlite3_stmt *q_upsert;  /* insert or update an article */
    long long run_id;
    char config[65];         /* SHA-256 of the run's configuration */
    int keep_text;
    int in_txn;
    size_t n_batch;          /* articles in the open transaction */
    size_t n_unchanged;
    size_t n_new, n_updated, n_rescored; /* articles put by this run */
    sqlite3_stmt *q_old;     /* the stored text and configuration of an id */
    char reason[512];
};

static const char *const SCHEMA =
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE IF NOT EXISTS runs("
    " run_id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT,"
    " tool_version TEXT NOT NULL, lexicons TEXT NOT NULL,"
    " options TEXT NOT NULL, config_sha256 TEXT NOT NULL, command TEXT,"
    " mode TEXT NOT NULL, reason TEXT NOT NULL, n_read INTEGER,"
    " n_scored INTEGER, n_skipped INTEGER, n_unchanged INTEGER,"
    " n_new INTEGER, n_updated INTEGER, n_rescored INTEGER);"
    "CREATE TABLE IF NOT EXISTS articles("
    " seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, outlet TEXT,"
    " date TEXT, lang TEXT, meta TEXT NOT NULL, text_sha256 TEXT NOT NULL,"
    " text TEXT, status TEXT NOT NULL, run_id INTEGER NOT NULL"
    " REFERENCES runs, config_sha256 TEXT NOT NULL, row TEXT NOT NULL);"
    /* Scores, matches and attributions are views over the stored rows:
     * nothing to write twice, and always in step with articles.row. */
    "CREATE VIEW IF NOT EXISTS scores AS SELECT a.seq, a.id, a.outlet,"
    " a.date, a.lang, c.key AS category, c.value->>'count' AS count,"
    " c.value->>'negated' AS negated,"
    " c.value->>'out_of_scope' AS out_of_scope, c.value->>'rate' AS rate,"
    " c.value->>'weighted' AS weighted,"
    " c.value->>'$.voice.authorial' AS authorial,"
    " c.value->>'$.voice.quoted' AS quoted,"
    " c.value->>'$.voice.attributed' AS attributed"
    " FROM articles a, json_each(a.row, '$.framescope.categories') c;"
    "CREATE VIEW IF NOT EXISTS matches AS SELECT a.seq, a.id,"
    " m.key AS n, m.value->>'term' AS term, m.value->>'lexicon' AS lexicon,"
    " m.value->'categories' AS categories, m.value->>'start' AS start,"
    " m.value->>'end' AS \"end\", m.value->>'surface' AS surface,"
    " m.value->>'sentence' AS sentence, m.value->>'negated' AS negated,"
    " m.value->>'weight' AS weight, m.value->>'layer' AS layer"
    " FROM articles a, json_each(a.row, '$.framescope.matches') m;"
    "CREATE VIEW IF NOT EXISTS attributions AS SELECT a.seq, a.id,"
    " t.key AS n, t.value->>'kind' AS kind,"
    " t.value->>'source_kind' AS source_kind,"
    " t.value->>'$.cue.surface' AS cue, t.value->>'$.cue.lemma' AS cue_lemma,"
    " t.value->>'$.cue.stance' AS cue_stance,"
    " t.value->>'$.source.surface' AS source,"
    " t.value->>'$.content.surface' AS content,"
    " t.value->>'confidence' AS confidence, t.value AS attribution"
    " FROM articles a, json_each(a.row, '$.framescope.attributions') t;"
    "CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);"
    "INSERT OR IGNORE INTO meta VALUES('schema_version', '2');";

/* Schema 1 -> 2: the runs' counts of new, updated and rescored articles. */
static const char *const MIGRATE_1_2 =
    "ALTER TABLE runs ADD COLUMN n_new INTEGER;"
    "ALTER TABLE runs ADD COLUMN n_updated INTEGER;"
    "ALTER TABLE runs ADD COLUMN n_rescored INTEGER;"
    "UPDATE meta SET value='2' WHERE key='schema_version';";

/* SQLite's message, and the cause the system gave when there is one (a
 * full disk is "database or disk is full (No space left on device)", a
 * file-size limit "disk I/O error (File too large)"). */
static fsc_status db_fail(fsc_store *st, fsc_error *err, const char *what)
{
    int sys = st && st->db ? sqlite3_system_errno(st->db) : 0;
    int code = st && st->db ? sqlite3_errcode(st->db) : SQLITE_CANTOPEN;
    int io = code == SQLITE_IOERR || code == SQLITE_FULL ||
             code == SQLITE_CANTOPEN || code == SQLITE_READONLY;
    fsc_status s = fsc__fail(err, FSC_EIO, "%s: %s%s%s%s", what,
                             st && st->db ? sqlite3_errmsg(st->db)
                                          : "cannot open",
                             io && sys ? " (" : "",
                             io && sys ? strerror(sys) : "",
                             io && sys ? ")" : "");
    if (err && st && st->path)
        snprintf(err->where, sizeof err->where, "%s", st->path);
    return s;
}

static fsc_status exec(fsc_store *st, const char *sql, fsc_error *err)
{
    if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(st, err, "cannot write to the store");
    return FSC_OK;
}

static fsc_status prep(fsc_store *st, const char *sql, sqlite3_stmt **out,
                       fsc_error *err)
{
    if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, out,
                           NULL) != SQLITE_OK)
        return db_fail(st, err, "store");
    return FSC_OK;
}

/* Bring a store of an older schema up to this one (in the open
 * transaction); refuse a newer one. */
static fsc_status migrate(fsc_store *st, fsc_error *err)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE "
                                   "key='schema_version'", -1, &q,
                           NULL) != SQLITE_OK)
        return db_fail(st, err, "not a framescope store");
    int v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
    sqlite3_finalize(q);
    if (v == 1)
        return exec(st, MIGRATE_1_2, err);
    if (v != FSC_STORE_SCHEMA_VERSION) {
        fsc_status s = fsc__fail(err, FSC_EIO,
                                 "store schema version %d; this framescope "
                                 "writes version %d", v,
                                 FSC_STORE_SCHEMA_VERSION);
        if (err)
            snprintf(err->where, sizeof err->where, "%s", st->path);
        return s;
    }
    return FSC_OK;
}

/* Is data waiting in a write-ahead log beside the database? */
static int wal_pending(const char *path)
{
    size_t n = strlen(path);
    char *w = malloc(n + 5);
    if (!w)
        return 1;
    memcpy(w, path, n);
    memcpy(w + n, "-wal", 5);
    struct stat sb;
    int r = stat(w, &sb) == 0 && sb.st_size > 0;
    free(w);
    return r;
}

/* "file:PATH?immutable=1" with the URI's special bytes escaped. */
static char *immutable_uri(const char *path)
{
    size_t n = strlen(path);
    char *u = malloc(3 * n + 32);
    if (!u)
        return NULL;
    char *o = u;
    o += sprintf(o, "file:");
    for (const char *p = path; *p; p++) {
        if (*p == '?' || *p == '#' || *p == '%')
            o += sprintf(o, "%%%02X", (unsigned char)*p);
        else
            *o++ = *p;
    }
    strcpy(o, "?immutable=1");
    return u;
}

/* Open for reading and check it is a store: 0 or the SQLite error. */
static int open_read(fsc_store *st, const char *name, int uri)
{
    int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX |
                (uri ? SQLITE_OPEN_URI : 0);
    int rc = sqlite3_open_v2(name, &st->db, flags, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_busy_timeout(st->db, 10000);
    sqlite3_stmt *q = NULL;
    rc = sqlite3_prepare_v2(st->db, "SELECT value FROM meta WHERE "
                                    "key='schema_version'", -1, &q, NULL);
    sqlite3_finalize(q);
    return rc;
}

fsc_status fsc_store_open(const char *path, int read_only, fsc_store **out,
                          fsc_error *err)
{
    if (out)
        *out = NULL;
    if (!path || !out)
        return fsc__fail(err, FSC_EINVAL, "fsc_store_open: NULL argument");
    fsc_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    pthread_mutex_init(&st->mu, NULL);
    fsc_status s = FSC_OK;
    if (read_only) {
        int rc = open_read(st, path, 0);
        /* A store we may read but not write next to (a read-only
         * directory or file system, an archived copy): SQLite cannot make
         * the shared-memory file a WAL reader needs. With no log pending,
         * the database file alone is the store: read it as immutable. */
        if ((rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_CANTOPEN) {
            if (!wal_pending(path)) {
                char *uri = immutable_uri(path);
                if (uri) {
                    sqlite3_close(st->db);
                    st->db = NULL;
                    rc = open_read(st, uri, 1);
                    free(uri);
                }
            }
        }
        if (rc != SQLITE_OK) {
            int c = rc & 0xff;
            s = db_fail(st, err, c == SQLITE_NOTADB || c == SQLITE_ERROR
                                     ? "not a framescope store"
                                     : "cannot read the store");
            goto fail;
        }
        *out = st;
        return FSC_OK;
    }
    /* A store nobody may write (chmod a-w) is read-only to root too, who
     * the file system would let write it: a finished study stays as it
     * was frozen. */
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
        !(sb.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH))) {
        s = fsc__fail(err, FSC_EIO,
                      "cannot write to the store: it is read-only (mode "
                      "%04o; chmod u+w to score into it)",
                      (unsigned)(sb.st_mode & 07777));
        if (err)
            snprintf(err->where, sizeof err->where, "%s", path);
        goto fail;
    }
    if (sqlite3_open_v2(path, &st->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
                            SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
        s = db_fail(st, err, "cannot open the store");
        goto fail;
    }
    sqlite3_busy_timeout(st->db, 10000);
    if (sqlite3_db_readonly(st->db, "main") == 1) {
        /* SQLite fell back to reading: no permission to write */
        s = fsc__fail(err, FSC_EIO, "cannot write to the store: it is "
                                    "read-only (no permission to write it)");
        if (err)
            snprintf(err->where, sizeof err->where, "%s", path);
        goto fail;
    }
    if ((s = exec(st, "PRAGMA journal_mode=WAL", err)) != FSC_OK ||
        (s = exec(st, "PRAGMA synchronous=NORMAL", err)) != FSC_OK ||
        (s = exec(st, "BEGIN IMMEDIATE", err)) != FSC_OK)
        goto fail;
    if ((s = exec(st, SCHEMA, err)) != FSC_OK ||
        (s = migrate(st, err)) != FSC_OK) {
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
        goto fail;
    }
    if ((s = exec(st, "COMMIT", err)) != FSC_OK)
        goto fail;
    if ((s = prep(st,
                  "SELECT 1 FROM articles WHERE id=?1 AND text_sha256=?2 "
                  "AND config_sha256=?3",
                  &st->q_keep, err)) != FSC_OK ||
        (s = prep(st,
                  "SELECT text_sha256, config_sha256 FROM articles "
                  "WHERE id=?1",
                  &st->q_old, err)) != FSC_OK ||
        (s = prep(st,
                  "INSERT INTO articles(id, outlet, date, lang, meta, "
                  "text_sha256, text, status, run_id, config_sha256, row) "
                  "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
                  "ON CONFLICT(id) DO UPDATE SET outlet=?2, date=?3, "
                  "lang=?4, meta=?5, text_sha256=?6, text=?7, status=?8, "
                  "run_id=?9, config_sha256=?10, row=?11 RETURNING seq",
                  &st->q_upsert, err)) != FSC_OK)
        goto fail;
    *out = st;
    return FSC_OK;
fail:
    fsc_store_free(st);
    return s;
}

void fsc_store_free(fsc_store *st)
{
    if (!st)
        return;
    /* A run that did not end (an error, a write that failed) keeps the
     * batches it committed, not the one it was writing. */
    if (st->in_txn)
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(st->q_keep);
    sqlite3_finalize(st->q_old);
    sqlite3_finalize(st->q_upsert);
    sqlite3_close(st->db);
    pthread_mutex_destroy(&st->mu);
    free(st->path);
    free(st);
}

static void now_utc(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Why this run scores everything, or not: compare with the last run. */
static fsc_status decide(fsc_store *st, const fsc_store_config *c, int *full,
                         fsc_error *err)
{
    sqlite3_stmt *q = NULL;
    if (sqlite3_prepare_v2(st->db,
                           "SELECT run_id, tool_version, lexicons, options, "
                           "config_sha256 FROM runs ORDER BY run_id DESC "
                           "LIMIT 1", -1, &q, NULL) != SQLITE_OK)
        return db_fail(st, err, "store");
    int rc = sqlite3_step(q);
    if (rc == SQLITE_DONE) {
        *full = 1;
        snprintf(st->reason, sizeof st->reason, "first run: every article");
    } else if (rc == SQLITE_ROW) {
        const char *v = (const char *)sqlite3_column_text(q, 1);
        const char *lx = (const char *)sqlite3_column_text(q, 2);
        const char *op = (const char *)sqlite3_column_text(q, 3);
        const char *cf = (const char *)sqlite3_column_text(q, 4);
        long long last = sqlite3_column_int64(q, 0);
        if (cf && strcmp(cf, st->config) == 0) {
            *full = 0;
            snprintf(st->reason, sizeof st->reason,
                     "same configuration as run %lld: new, changed or not "
                     "yet scored articles only", last);
        } else {
            *full = 1;
            char why[256] = "";
            size_t n = 0;
            if (!v || strcmp(v, c->tool_version) != 0)
                n += (size_t)snprintf(why + n, sizeof why - n,
                                      "%stool version %s -> %s",
                                      n ? ", " : "", v ? v : "?",
                                      c->tool_version);
            if (n < sizeof why && (!lx || strcmp(lx, c->lexicons_json) != 0))
                n += (size_t)snprintf(why + n, sizeof why - n,
                                      "%slexicons changed", n ? ", " : "");
            if (n < sizeof why && (!op || strcmp(op, c->options) != 0))
                snprintf(why + n, sizeof why - n, "%soptions \"%s\" -> \"%s\"",
                         n ? ", " : "", op ? op : "", c->options);
            snprintf(st->reason, sizeof st->reason,
                     "configuration changed since run %lld (%s): every "
                     "article", last, why);
        }
    } else {
        sqlite3_finalize(q);
        return db_fail(st, err, "store");
    }
    sqlite3_finalize(q);
    return FSC_OK;
}

fsc_status fsc_store_run_begin(fsc_store *st, const fsc_store_config *c,
                               int *full, const char **reason,
                               fsc_error *err)
{
    if (!st || !c || !c->tool_version || !c->lexicons_json || !c->options)
        return fsc__fail(err, FSC_EINVAL, "fsc_store_run_begin: NULL "
                                          "argument");
    fsc__sha256_ctx h;
    unsigned char dig[32];
    fsc__sha256_init(&h);
    const char *parts[3] = { c->tool_version, c->lexicons_json, c->options };
    for (int k = 0; k < 3; k++)
        fsc__sha256_update(&h, parts[k], strlen(parts[k]) + 1);
    fsc__sha256_final(&h, dig);
    fsc__sha256_hex(dig, st->config);
    st->keep_text = c->keep_text;
    st->n_unchanged = st->n_new = st->n_updated = st->n_rescored = 0;
    int f = 1;
    fsc_status s = decide(st, c, &f, err);
    if (s != FSC_OK)
        return s;
    sqlite3_stmt *q = NULL;
    char t[32];
    now_utc(t);
    if (sqlite3_prepare_v2(st->db,
                           "INSERT INTO runs(started, tool_version, lexicons,"
                           " options, config_sha256, command, mode, reason) "
                           "VALUES(?,?,?,?,?,?,?,?)", -1, &q,
                           NULL) != SQLITE_OK)
        return db_fail(st, err, "store");
    sqlite3_bind_text(q, 1, t, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, c->tool_version, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, c->lexicons_json, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 4, c->options, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 5, st->config, -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 6, c->command ? c->command : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 7, f ? "full" : "incremental", -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 8, st->reason, -1, SQLITE_STATIC);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "cannot write to the store");
    st->run_id = sqlite3_last_insert_rowid(st->db);
    if (full)
        *full = f;
    if (reason)
        *reason = st->reason;
    return FSC_OK;
}

static void text_sha(const fsc_record *rec, char hex[65])
{
    size_t len = 0;
    const char *text = fsc_record_text(rec, &len);
    unsigned char dig[32];
    fsc__sha256(text, len, dig);
    fsc__sha256_hex(dig, hex);
}

int fsc_store_keep(void *ctx, const fsc_record *rec)
{
    fsc_store *st = ctx;
    if (fsc_record_skipped(rec))
        return 1; /* cheap, and its row says why */
    char hex[65];
    text_sha(rec, hex);
    pthread_mutex_lock(&st->mu);
    sqlite3_stmt *q = st->q_keep;
    sqlite3_bind_text(q, 1, fsc_record_field(rec, "id"), -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 2, hex, 64, SQLITE_STATIC);
    sqlite3_bind_text(q, 3, st->config, 64, SQLITE_STATIC);
    int found = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (found)
        st->n_unchanged++;
    pthread_mutex_unlock(&st->mu);
    return !found;
}

size_t fsc_store_unchanged(const fsc_store *st)
{
    return st ? st->n_unchanged : 0;
}

static void bind_opt(sqlite3_stmt *q, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(q, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(q, i);
}

static fsc_status put_locked(fsc_store *st, const fsc_record *rec,
                             const fsc_result *res, const char *row,
                             size_t len, fsc_error *err)
{
    if (!st->in_txn) {
        if (sqlite3_exec(st->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) !=
            SQLITE_OK)
            return db_fail(st, err, "cannot write to the store");
        st->in_txn = 1;
        st->n_batch = 0;
    }
    char hex[65];
    text_sha(rec, hex);
    size_t tlen = 0;
    const char *text = fsc_record_text(rec, &tlen);
    if (res) { /* new, text changed, or the same text scored again */
        sqlite3_stmt *o = st->q_old;
        sqlite3_bind_text(o, 1, fsc_record_field(rec, "id"), -1,
                          SQLITE_STATIC);
        int rc = sqlite3_step(o);
        if (rc == SQLITE_DONE)
            st->n_new++;
        else if (rc == SQLITE_ROW) {
            const char *sha = (const char *)sqlite3_column_text(o, 0);
            if (!sha || strcmp(sha, hex) != 0)
                st->n_updated++;
            else
                st->n_rescored++;
        }
        sqlite3_reset(o);
        sqlite3_clear_bindings(o);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return db_fail(st, err, "cannot read the store");
    }
    sqlite3_stmt *q = st->q_upsert;
    sqlite3_bind_text(q, 1, fsc_record_field(rec, "id"), -1, SQLITE_STATIC);
    bind_opt(q, 2, fsc_record_field(rec, "outlet"));
    bind_opt(q, 3, fsc_record_field(rec, "date"));
    bind_opt(q, 4, fsc_record_field(rec, "lang"));
    sqlite3_bind_text(q, 5, fsc_record_meta_json(rec), -1, SQLITE_STATIC);
    sqlite3_bind_text(q, 6, hex, 64, SQLITE_STATIC);
    if (st->keep_text && !fsc_record_skipped(rec))
        sqlite3_bind_text64(q, 7, text, tlen, SQLITE_STATIC, SQLITE_UTF8);
    else
        sqlite3_bind_null(q, 7);
    sqlite3_bind_text(q, 8, res ? "scored" : "skipped", -1, SQLITE_STATIC);
    sqlite3_bind_int64(q, 9, st->run_id);
    sqlite3_bind_text(q, 10, st->config, 64, SQLITE_STATIC);
    sqlite3_bind_text64(q, 11, row, len, SQLITE_STATIC, SQLITE_UTF8);
    int rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "cannot write to the store");
    if (++st->n_batch >= FSC_STORE_BATCH) {
        if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            return db_fail(st, err, "cannot write to the store");
        st->in_txn = 0;
    }
    return FSC_OK;
}

fsc_status fsc_store_put(void *ctx, const fsc_record *rec,
                         const fsc_result *res, const char *row, size_t len,
                         fsc_error *err)
{
    fsc_store *st = ctx;
    if (!st || !rec || !row)
        return fsc__fail(err, FSC_EINVAL, "fsc_store_put: NULL argument");
    pthread_mutex_lock(&st->mu);
    fsc_status s = put_locked(st, rec, res, row, len, err);
    pthread_mutex_unlock(&st->mu);
    return s;
}

fsc_status fsc_store_run_end(fsc_store *st, size_t n_read, size_t n_scored,
                             size_t n_skipped, size_t n_unchanged,
                             fsc_error *err)
{
    if (!st)
        return fsc__fail(err, FSC_EINVAL, "fsc_store_run_end: NULL store");
    pthread_mutex_lock(&st->mu);
    fsc_status s = FSC_OK;
    if (st->in_txn) {
        if (sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            s = db_fail(st, err, "cannot write to the store");
        st->in_txn = 0;
    }
    pthread_mutex_unlock(&st->mu);
    if (s != FSC_OK)
        return s;
    sqlite3_stmt *q = NULL;
    char t[32];
    now_utc(t);
    if (sqlite3_prepare_v2(st->db,
                           "UPDATE runs SET finished=?, n_read=?, "
                           "n_scored=?, n_skipped=?, n_unchanged=?, "
                           "n_new=?, n_updated=?, n_rescored=? "
                           "WHERE run_id=?", -1, &q, NULL) != SQLITE_OK)
        return db_fail(st, err, "cannot write to the store");
    sqlite3_bind_text(q, 1, t, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)n_read);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)n_scored);
    sqlite3_bind_int64(q, 4, (sqlite3_int64)n_skipped);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)n_unchanged);
    sqlite3_bind_int64(q, 6, (sqlite3_int64)st->n_new);
    sqlite3_bind_int64(q, 7, (sqlite3_int64)st->n_updated);
    sqlite3_bind_int64(q, 8, (sqlite3_int64)st->n_rescored);
    sqlite3_bind_int64(q, 9, st->run_id);
    int rc = sqlite3_step(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return db_fail(st, err, "cannot write to the store");
    return FSC_OK;
}

void fsc_store_counts(const fsc_store *st, size_t *n_new, size_t *n_updated,
                      size_t *n_rescored)
{
    if (n_new)
        *n_new = st ? st->n_new : 0;
    if (n_updated)
        *n_updated = st ? st->n_updated : 0;
    if (n_rescored)
        *n_rescored = st ? st->n_rescored : 0;
}

fsc_status fsc_store_export(fsc_store *st, fsc_write_fn write, void *ctx,
                            size_t *n_rows, size_t *n_stale, fsc_error *err)
{
    if (n_rows)
        *n_rows = 0;
    if (n_stale)
        *n_stale = 0;
    if (!st || !write)
        return fsc__fail(err, FSC_EINVAL, "fsc_store_export: NULL argument");
    sqlite3_stmt *q = NULL;
    /* One read transaction: a consistent snapshot while a run writes. */
    if (sqlite3_prepare_v2(st->db,
                           "SELECT row, config_sha256 = (SELECT "
                           "config_sha256 FROM runs ORDER BY run_id DESC "
                           "LIMIT 1) FROM articles ORDER BY seq", -1, &q,
                           NULL) != SQLITE_OK)
        return db_fail(st, err, "not a framescope store");
    fsc_status s = FSC_OK;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *row = (const char *)sqlite3_column_text(q, 0);
        size_t len = (size_t)sqlite3_column_bytes(q, 0);
        if (n_rows)
            (*n_rows)++;
        if (n_stale && !sqlite3_column_int(q, 1))
            (*n_stale)++;
        if (write(ctx, row, len) != FSC_OK) {
            s = fsc__fail(err, FSC_EIO, "cannot write rows");
            break;
        }
    }
    if (s == FSC_OK && rc != SQLITE_DONE)
        s = db_fail(st, err, "cannot read the store");
    sqlite3_finalize(q);
    return s;
}

fsc_status fsc_store_export_articles(fsc_store *st, fsc_write_fn write,
                                     void *ctx, size_t *n_articles,
                                     size_t *n_no_text, fsc_error *err)
{
    if (n_articles)
        *n_articles = 0;
    if (n_no_text)
        *n_no_text = 0;
    if (!st || !write)
        return fsc__fail(err, FSC_EINVAL,
                         "fsc_store_export_articles: NULL argument");
    sqlite3_stmt *q = NULL;
    /* The record is the stored metadata (every field but the text) with
     * the text put back; one read transaction, as in fsc_store_export. */
    if (sqlite3_prepare_v2(st->db,
                           "SELECT CASE WHEN text IS NULL THEN NULL ELSE "
                           "json_set(meta, '$.text', text) END "
                           "FROM articles ORDER BY seq", -1, &q,
                           NULL) != SQLITE_OK)
        return db_fail(st, err, "not a framescope store");
    fsc_status s = FSC_OK;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        if (sqlite3_column_type(q, 0) == SQLITE_NULL) {
            if (n_no_text)
                (*n_no_text)++;
            continue;
        }
        const char *rec = (const char *)sqlite3_column_text(q, 0);
        size_t len = (size_t)sqlite3_column_bytes(q, 0);
        if (n_articles)
            (*n_articles)++;
        if (write(ctx, rec, len) != FSC_OK || write(ctx, "\n", 1) != FSC_OK) {
            s = fsc__fail(err, FSC_EIO, "cannot write articles");
            break;
        }
    }
    if (s == FSC_OK && rc != SQLITE_DONE)
        s = db_fail(st, err, "cannot read the store");
    sqlite3_finalize(q);
    return s;
}
