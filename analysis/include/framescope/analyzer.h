/*
 * analyzer.h - compiled lexicons (fsc_model), per-thread analyzers and
 * per-article results: tokens, lexicon matches with byte and code point
 * offsets, negation and other modifiers, and per-category counts.
 *
 * Threads: compile one fsc_model and share it read-only; give each thread its
 * own fsc_analyzer (it holds ICU iterators and caches). Results are
 * independent of the analyzer that made them.
 */
#ifndef FRAMESCOPE_ANALYZER_H
#define FRAMESCOPE_ANALYZER_H

#include "framescope.h"
#include "lexicon.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_model fsc_model;

typedef struct fsc_model_opts {
    int clitics;              /* strip Arabic clitics at lookup (default 1) */
    unsigned min_stem_cp;     /* shortest stem left after stripping (2) */
    int ta_marbuta;           /* also fold Arabic ة to ه (default 0) */
    unsigned modifier_window; /* words before a term searched for a
                                 negator/hedge/distancer (default 3) */
    const char *locale;       /* ICU break locale (default "en@ss=standard":
                                 no sentence break after "Mr.", "Dr.") */
} fsc_model_opts;

void fsc_model_opts_init(fsc_model_opts *o);

/**
 * Compile lexicons into one immutable matcher. The model BORROWS the
 * lexicons: they must outlive it. Category names are "LEXICON:ID".
 * Fails with FSC_EINVAL when two lexicons share a name.
 */
fsc_status fsc_model_compile(const fsc_lexicon *const *lexicons, size_t n,
                             const fsc_model_opts *opts, fsc_model **out,
                             fsc_error *err);
void fsc_model_free(fsc_model *m); /* NULL is a no-op */

size_t fsc_model_n_lexicons(const fsc_model *m);
const fsc_lexicon *fsc_model_lexicon(const fsc_model *m, size_t i);

/** Nonzero when some compiled lexicon belongs to `layer`. Voices and
 *  attributions are only found when attribution lexicons are loaded. */
int fsc_model_has_layer(const fsc_model *m, fsc_layer layer);

/** Categories of all term lexicons, in lexicon then declaration order. */
size_t fsc_model_n_categories(const fsc_model *m);
/** "LEXICON:ID"; lifetime of the model. NULL when i is out of range. */
const char *fsc_model_category_name(const fsc_model *m, size_t i);
/** The declaration; *lexicon (may be NULL) gets its lexicon index. */
const fsc_category *fsc_model_category(const fsc_model *m, size_t i,
                                       size_t *lexicon);
/** Index of a category by "LEXICON:ID" (or bare "ID" when unambiguous), -1
 *  when unknown. */
long fsc_model_find_category(const fsc_model *m, const char *name);

/** Per-thread analyzer over a model (borrowed; must outlive it). */
typedef struct fsc_analyzer fsc_analyzer;
fsc_status fsc_analyzer_new(const fsc_model *m, fsc_analyzer **out,
                            fsc_error *err);
void fsc_analyzer_free(fsc_analyzer *az); /* NULL is a no-op */

/** Modifier flags of a match. */
enum {
    FSC_MATCH_NEGATED = 1u << 0,     /* a negator precedes it */
    FSC_MATCH_HEDGED = 1u << 1,      /* a hedge precedes it */
    FSC_MATCH_INTENSIFIED = 1u << 2, /* an intensifier precedes it */
    FSC_MATCH_DISTANCED = 1u << 3    /* a distancer precedes it */
};

/** Whose words a match is in (needs the attribution lexicons). */
typedef enum fsc_voice {
    FSC_VOICE_AUTHORIAL = 0, /* the outlet's own voice */
    FSC_VOICE_QUOTED,        /* inside a direct quotation */
    FSC_VOICE_ATTRIBUTED     /* inside indirect speech or "according to" */
} fsc_voice;

/** Zones of an article: its text, and its title (headline) when one is
 *  scored (fsc_analyze_zones). Offsets are always into the string of the
 *  zone: a title match at off 0 starts the title, not the text. */
typedef enum fsc_zone {
    FSC_ZONE_TEXT = 0, /* the article text (record field "text") */
    FSC_ZONE_TITLE = 1 /* the title (record field "title", or the headline
                          line of a .txt file) */
} fsc_zone;

/** "text" or "title" (static); "text" for an unknown value. */
const char *fsc_zone_name(fsc_zone z);

/** One lexicon match (longest match wins; one per span). */
typedef struct fsc_match {
    size_t off, len;        /* byte span in the article text */
    size_t cp_off, cp_len;  /* the same span in code points */
    uint32_t sentence;      /* 0-based sentence index */
    uint32_t lexicon;       /* model lexicon index of the winning entry */
    uint32_t entry;         /* entry index within that lexicon */
    const uint32_t *cats;   /* model category indices, sorted, ancestors
                               included, each once */
    size_t n_cats;          /* number of cats */
    const char *proclitics; /* stripped proclitics, e.g. "و+ال"; "" none */
    const char *enclitic;   /* stripped enclitic, e.g. "ها"; "" none */
    unsigned flags;         /* FSC_MATCH_* */
    uint32_t n_competing;   /* other entries that matched at this start
                               (shorter or tied); 0 when uncontested */
    int detached;           /* a proclitic was a separate token ("ل مكافحة") */
    size_t mod_off, mod_len; /* byte span of the modifier that applied
                                (negator first), len 0 when none */
    unsigned layer;         /* fsc_layer of the winning entry's lexicon:
                               each layer has its own longest matches */
    fsc_voice voice;        /* authorial when no attribution covers it */
    long attribution;       /* index of that attribution, -1 when none */
    int out_of_scope;       /* the winning entry's lexicon declares a scope
                               and the match is outside it: its categories
                               of that lexicon count it in out_of_scope */
    fsc_zone zone;          /* the zone off, len, cp_off, cp_len, mod_off
                               and sentence refer to (0: the text) */
} fsc_match;

/** Kinds of attribution. */
typedef enum fsc_attr_kind {
    FSC_ATTR_DIRECT = 0, /* a direct quotation */
    FSC_ATTR_INDIRECT,   /* indirect speech: "X said that ..." */
    FSC_ATTR_ACCORDING,  /* "according to X" */
    FSC_ATTR_MIXED,      /* indirect speech with a quotation inside it */
    FSC_ATTR_EVIDENCE,   /* indirect, by an evidence cue: "polls show" */
    FSC_ATTR_BELIEF,     /* indirect, by a belief cue: "he believes" */
    FSC_ATTR_EVIDENTIAL  /* the writer's hedge, no holder: "X seems to",
                            "is expected to"; its content keeps the
                            authorial voice */
} fsc_attr_kind;

/** A further content segment of an attribution (a quotation continued
 *  after its cue or in the next sentence, or the quotation inside mixed
 *  content): bytes and code points into the text. */
typedef struct fsc_segment {
    size_t off, len;
    size_t cp_off, cp_len;
} fsc_segment;

/** How the source of an attribution was identified. */
typedef enum fsc_source_kind {
    FSC_SOURCE_ACTOR = 0, /* a known actor of the actors lexicon */
    FSC_SOURCE_ANONYMOUS, /* "sources said", «مصادر مطلعة» */
    FSC_SOURCE_UNRESOLVED, /* a cue whose source could not be identified */
    FSC_SOURCE_NAMED      /* a name outside the actors lexicon, found by its
                             place next to a cue ("Hillary Clinton said",
                             «по словам министра Ивана Петрова»): actor_name
                             is its surface text; actor, side, type are "" */
} fsc_source_kind;

/** What the words of the source are (JSON "source_kind"). */
typedef enum fsc_source_form {
    FSC_FORM_NAMED = 0,  /* a proper name, with or without a title */
    FSC_FORM_NOMINAL,    /* a noun phrase: "officials", «الوزارة» */
    FSC_FORM_PRONOUN,    /* "he", «он», a relative "who" */
    FSC_FORM_DROPPED,    /* no subject written (Arabic/Russian pro-drop,
                            participles such as «مشيرا إلى») */
    FSC_FORM_ANONYMOUS,  /* deliberately unnamed: "sources", «مصادر» */
    FSC_FORM_UNRESOLVED  /* a cue and no one to say who speaks */
} fsc_source_form;

/** Gender and number of a speaker, when a pronoun, a verb's agreement or
 *  a title says it. */
typedef enum fsc_gender {
    FSC_GENDER_UNKNOWN = 0,
    FSC_GENDER_MASC,
    FSC_GENDER_FEM,
    FSC_GENDER_PLURAL
} fsc_gender;

/** One attribution: who says what. Strings live as long as the result;
 *  "" when absent. Spans are bytes into the text; len 0 when absent. */
typedef struct fsc_attribution {
    fsc_attr_kind kind;          /* direct, indirect, according to */
    fsc_source_kind source_kind; /* actor, anonymous, unresolved, named */
    size_t cue_off, cue_len;     /* the reporting cue */
    const char *cue_lemma;       /* citation form of the cue, e.g. "قال" */
    const char *stance;          /* "neutral", "distancing", "endorsing" */
    size_t source_off, source_len; /* where the source is named */
    const char *actor;           /* actor id, e.g. "bayramov" */
    const char *actor_name;      /* display name */
    const char *side;            /* e.g. "az", "am", "ru", "intl" */
    const char *type;            /* e.g. "government", "media" */
    size_t content_off, content_len;       /* what is attributed */
    size_t content_cp_off, content_cp_len; /* the same in code points */
    double confidence;           /* 0..1, from the rule that fired */
    const char *rule;            /* name of that rule */
    int inherited;               /* source carried over from before */
    fsc_source_form source_form; /* named, nominal, pronoun, dropped, ... */
    fsc_gender gender;           /* of the speaker, when known */
    size_t source_name_off, source_name_len;   /* the person's name in a
                                    named source, the title before it:
                                    "Senator | Marco Rubio"; len 0 when the
                                    source is not split */
    size_t source_title_off, source_title_len;
    const fsc_segment *segments; /* further content, in quoted voice */
    size_t n_segments;
    int nested;                  /* inside another attribution's content
                                    ("X said that Y believes ..."): not
                                    counted among the article's sources */
    size_t resolved_off, resolved_len; /* resolved_to: the mention that
                                    names the speaker best (a pronoun's or
                                    dropped subject's antecedent, the
                                    fullest earlier mention of a short
                                    name); len 0 when none */
    const char *resolved_name;   /* who speaks, as the text names them: the
                                    actor's name, else the surface of the
                                    resolved_to span, else of the source
                                    name; "" when unknown */
    size_t channel_off, channel_len; /* the medium or audience addressed,
                                    which is not the speaker
                                    («لـ"الشرق الأوسط"», "told Reuters");
                                    len 0 when none */
    size_t org_off, org_len;     /* the organisation the source speaks for
                                    or belongs to: inside the source span
                                    ("the Port Authority" in "a spokeswoman
                                    for the Port Authority", «Минобороны» in
                                    «источник в Минобороны»), or for a
                                    named person in the title next to it
                                    ("Ann Bryce, a spokeswoman for the
                                    Water Board"); len 0 when none */
    const char *org_actor;       /* its actor id when the actor lexicon
                                    knows it, else "" */
    fsc_zone zone;               /* the zone every span above (and each
                                    segment) refers to (0: the text) */
} fsc_attribution;

/** Counts for one category in one article. */
typedef struct fsc_catscore {
    uint32_t count;   /* matches not negated */
    uint32_t negated; /* negated matches, counted apart */
    double weighted;  /* sum of entry weights over `count` matches */
    uint32_t voice[3]; /* `count` split by fsc_voice */
    uint32_t out_of_scope; /* matches outside the scope of the category's
                              lexicon, counted apart (not in count or
                              negated) */
} fsc_catscore;

/** Whether an article is in the scope of one lexicon (lexicons/FORMAT.md,
 *  "scope"). All zero for a lexicon without a scope. */
typedef struct fsc_scope_state {
    int scoped;                /* the lexicon declares a scope */
    int in_scope;              /* some window holds min_anchors anchors */
    fsc_scope_window window;   /* the lexicon's window */
    uint32_t anchors;          /* anchor occurrences in the article */
    uint32_t windows;          /* paragraphs (window paragraph) or 1
                                  (article); 0 for a text without tokens */
    uint32_t windows_in_scope; /* of those, the ones in scope */
} fsc_scope_state;

/** One scope anchor found in an article. */
typedef struct fsc_anchor {
    size_t off, len;    /* byte span in the article text */
    uint32_t lexicon;   /* model lexicon index */
    uint32_t anchor;    /* index into that lexicon's scope anchors */
    uint32_t paragraph; /* 0-based paragraph index (0 in the title) */
    fsc_zone zone;      /* the zone off and len refer to (0: the text) */
} fsc_anchor;

typedef struct fsc_result fsc_result;

/**
 * Analyse one article: valid UTF-8 text[0..len) (check with
 * fsc_utf8_check first when unsure). `lang` may be NULL or "": the language
 * is then guessed from the dominant script (ar, ru, en) and marked as
 * detected. Free the result with fsc_result_free().
 */
fsc_status fsc_analyze(fsc_analyzer *az, const char *text, size_t len,
                       const char *lang, fsc_result **out, fsc_error *err);
void fsc_result_free(fsc_result *r); /* NULL is a no-op */

/** Whether and how an article's title was scored (fsc_analyze_zones). */
typedef enum fsc_title_status {
    FSC_TITLE_NONE = 0, /* no title given (or only white space): the result
                           of fsc_analyze is the text alone */
    FSC_TITLE_SCORED,   /* the title is scored as its own zone */
    FSC_TITLE_IN_TEXT,  /* the text opens with the title (the same bytes,
                           then a line break): it is scored once, in the
                           text, and the title zone is empty */
    FSC_TITLE_OFF       /* a title was given and the caller left it out */
} fsc_title_status;

/** "none", "scored", "in_text" or "off" (static). */
const char *fsc_title_status_name(fsc_title_status s);

/**
 * Analyse an article and its title as two zones of one result. The title
 * (valid UTF-8 title[0..tlen), may be NULL) is normalised, tokenised and
 * matched as the text is, as a separate text: modifiers (negation, hedges,
 * scare quotes) and the attribution stage apply within it, so a headline
 * is the outlet's voice unless it holds a quotation or a cue of its own
 * ("X says Y"). `score_title` 0 leaves the title out (FSC_TITLE_OFF).
 * The language is `lang`, or the one detected from the text.
 *
 * In the result, matches, attributions and anchors of the title come
 * first, with zone FSC_ZONE_TITLE and offsets into the title; those of the
 * text follow, unchanged. Category counts, tokens, sentences and voice
 * tokens are of both zones (a rate's denominator includes the title's
 * tokens); fsc_result_zone_tokens(), fsc_result_zone_matches() and
 * fsc_result_title_category() separate them. Scope (lexicons with a
 * "scope"): with window "article" the title is part of the article, its
 * anchors count with the text's, and a title that brings the article into
 * scope brings the text's matches in too; with window "paragraph" the
 * title is one more window, and its matches count in scope when it or a
 * paragraph of the text is in scope. When the text opens with the title
 * (FSC_TITLE_IN_TEXT) it is scored once.
 */
fsc_status fsc_analyze_zones(fsc_analyzer *az, const char *title,
                             size_t tlen, int score_title, const char *text,
                             size_t len, const char *lang, fsc_result **out,
                             fsc_error *err);

/** What happened to the title (FSC_TITLE_NONE for fsc_analyze). */
fsc_title_status fsc_result_title_status(const fsc_result *r);
/** Word and number tokens of one zone. */
size_t fsc_result_zone_tokens(const fsc_result *r, fsc_zone z);
/** Sentences of one zone. */
size_t fsc_result_zone_sentences(const fsc_result *r, fsc_zone z);
/** Bytes of one zone (of the title: 0 unless it was scored). */
size_t fsc_result_zone_bytes(const fsc_result *r, fsc_zone z);
/** Matches (all layers) of one zone. */
size_t fsc_result_zone_matches(const fsc_result *r, fsc_zone z);
/** Matches of framing lexicons in one zone, negated ones included (as
 *  fsc_profile.framing_matches counts them); *negated (may be NULL) gets
 *  how many of them are negated. */
size_t fsc_result_zone_framing(const fsc_result *r, fsc_zone z,
                               size_t *negated);
/** The title zone's share of fsc_result_category(r, i) (zeros when no
 *  title was scored); the text's share is the difference. */
const fsc_catscore *fsc_result_title_category(const fsc_result *r, size_t i);

/** Word and number tokens (the denominator of rates): of the text and,
 *  when one was scored, of the title. */
size_t fsc_result_n_tokens(const fsc_result *r);
size_t fsc_result_n_sentences(const fsc_result *r); /* both zones */
size_t fsc_result_n_bytes(const fsc_result *r);     /* of the text */
/** The language given, or the one detected; *detected (may be NULL) is
 *  nonzero when it was detected. Lifetime of the result. */
const char *fsc_result_lang(const fsc_result *r, int *detected);
size_t fsc_result_n_matches(const fsc_result *r);
const fsc_match *fsc_result_match(const fsc_result *r, size_t i);
/** Attributions found (none unless attribution lexicons are loaded). */
size_t fsc_result_n_attributions(const fsc_result *r);
const fsc_attribution *fsc_result_attribution(const fsc_result *r, size_t i);
/** Tokens (words and numbers) in each voice, indexed by fsc_voice. */
size_t fsc_result_voice_tokens(const fsc_result *r, fsc_voice v);

/** Counts for model category i (zeros when nothing matched). */
const fsc_catscore *fsc_result_category(const fsc_result *r, size_t i);

/** Scope of model lexicon `lexicon` in this article (all zero when it has
 *  none, or when the index is out of range). Lifetime of the result. */
const fsc_scope_state *fsc_result_scope(const fsc_result *r, size_t lexicon);
/** Scope anchors found (of every scoped lexicon), in text order; anchors
 *  of one lexicon never overlap (the longest wins). */
size_t fsc_result_n_anchors(const fsc_result *r);
const fsc_anchor *fsc_result_anchor(const fsc_result *r, size_t i);

/**
 * Check UTF-8; on failure returns FSC_EUTF8 with line, col and byte of the
 * first bad sequence in `err` (where = `name`).
 */
fsc_status fsc_utf8_check(const char *s, size_t len, const char *name,
                          fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
