/*
 * attrib.h - source attribution over one article: who says what.
 *
 * Input: the article's tokens (text.h), its quotations (quotes.h), and the
 * mentions found by the attribution lexicons: reporting cues (with stance,
 * kind, form and lemma) and actors (with id, side and type). Output:
 * attribution records (cue, source, content, kind, confidence) and, for any
 * token, the voice it is written in. Plain C; no ICU. fsc__attrib_mentions
 * turns lexicon matches (fsc_match + fsc_entry attributes only) into the
 * mention structs below; fsc__attrib_find reads no lexicon. attrib.c keeps
 * small per-language word tables of its own (complementizers, pronouns,
 * negators, generic source nouns such as «الصحيفة», "the ministry",
 * «агентство», and a few cues missing from cues.json 0.1.0: briefing verbs
 * أطلع/briefed/проинформировал, impersonal «сообщается», «قيل», joined
 * «وفقا لـ»). A source outside the actor lexicon is taken from its place
 * next to a cue (FSC__SRC_NAMED): a capitalised name right before the cue
 * or its apposition, right after it in inverted or Russian verb-subject
 * order, after "according to"/«по словам»; in Arabic the words between a
 * verb-first cue and أن/إن or a comma.
 */
#ifndef FSC_ATTRIB_H
#define FSC_ATTRIB_H

#include "framescope/analyzer.h"
#include "framescope/framescope.h"
#include "framescope/lexicon.h"
#include "quotes.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* Stance of a reporting cue. */
enum { FSC__STANCE_NEUTRAL = 0, FSC__STANCE_DISTANCING, FSC__STANCE_ENDORSING };

/* What a cue introduces. */
enum {
    FSC__CUE_SPEECH = 0, /* reporting verb: said, قال، заявил */
    FSC__CUE_ACCORDING, /* phrase: according to, وفق ما نقلته، по словам */
    FSC__CUE_ANONYMOUS /* anonymous source noun: sources, مصادر، источники */
};

/* Grammatical form of a cue (from its lexicon entry's "form" attribute). */
enum {
    FSC__FORM_VERB = 0, /* finite verb */
    FSC__FORM_PARTICIPLE, /* مضيفا، مشيرا، adding: continues the last source */
    FSC__FORM_PHRASE, /* multi-word phrase */
    FSC__FORM_NOUN    /* noun (sources, مصادر) */
};

/* How a cue's other sense is told apart (lexicon attribute "sense"). */
enum {
    FSC__SENSE_ONE = 0,       /* reporting only */
    FSC__SENSE_AMBIGUOUS = 1, /* "ambiguous": not as a noun, not before a
                                 number; an English or Russian verb with an
                                 object still counts ("slammed the plan") */
    FSC__SENSE_FRAME = 2,     /* "frame": only with a complementizer, colon
                                 or quotation in its clause or set after
                                 what it reports ("attacked the village" is
                                 no report, "attacked him as 'a liar'" is) */
    FSC__SENSE_DATA = 3       /* "data": an evidence verb that counts only
                                 with a data noun in its subject ("the poll
                                 conducted by X showed", "polls showing";
                                 not "Trump showed his hand") */
};

typedef struct fsc__cue {
    uint32_t first_tok, last_tok; /* token span */
    uint8_t stance;               /* FSC__STANCE_* */
    uint8_t kind;                 /* FSC__CUE_* */
    uint8_t form;                 /* FSC__FORM_* */
    uint8_t cls;                  /* FSC__CLS_*: what the cue reports */
    uint8_t ambiguous;            /* FSC__SENSE_*: the lexicon entry has
                                     another, non-reporting sense ("claims"
                                     the noun, "added 0.5 per cent", «تضيف
                                     مشكلة»): it counts only in a reporting
                                     frame */
    uint8_t impersonal;           /* the entry names no speaker
                                     ("reportedly", «قيل», «сообщается») */
    uint8_t agent;                /* the entry reports only with a person
                                     or a body as its subject (an
                                     intention, "aims to"; a
                                     characterisation, "portrayed X as"):
                                     "a referendum seeking to" reports
                                     nothing */
    uint8_t data_subject;         /* Arabic evidence phrase cut to its verb:
                                     the noun phrase after it opens with a
                                     data noun and is the source («أظهرت
                                     بيانات المعهد أن») */
    const char *lemma;            /* citation form, e.g. "قال" (borrowed) */
} fsc__cue;

/* What a cue reports (its lexicon entry's "kind"), carried to the record:
 * evidence ("polls show") and belief ("believes") give their own kinds. */
enum {
    FSC__CLS_SPEECH = 0, /* speech, speech acts, writing, according to */
    FSC__CLS_EVIDENCE,   /* "the report shows", «تشير البيانات» */
    FSC__CLS_BELIEF,     /* "he believes", «يعتقد», «считает» */
    FSC__CLS_STANCE,     /* positions and intentions: "she backs",
                            "he wants to" (English) */
    FSC__CLS_EVIDENTIAL  /* the writer's hedge with no holder: "X seems
                            to", "is expected to" (English) */
};

/* Source types and sides come from the actors lexicon as strings. */
typedef struct fsc__actor {
    uint32_t first_tok, last_tok; /* token span of the mention */
    const char *id;               /* stable actor id, e.g. "bayramov" */
    const char *name;             /* display name */
    const char *side;             /* e.g. "az", "am", "ru", "intl" */
    const char *type;             /* e.g. "government", "media" */
    int is_outlet;                /* type "media": a generic noun such as
                                     «الصحيفة» or "the newspaper" may refer
                                     back to it */
} fsc__actor;

/* Kinds of attribution. */
enum {
    FSC__ATTR_DIRECT = 0, /* a direct quotation */
    FSC__ATTR_INDIRECT,   /* indirect speech: X said that ... */
    FSC__ATTR_ACCORDING,  /* "according to X" covering its sentence */
    FSC__ATTR_MIXED       /* indirect speech with a quotation inside it:
                             «Ryan said that “our oceans will save us”» */
};

/* How the source was found. */
enum {
    FSC__SRC_ACTOR = 0,  /* a known actor (index into actors) */
    FSC__SRC_ANONYMOUS,  /* an anonymous source ("sources said") */
    FSC__SRC_UNRESOLVED, /* a cue with no identifiable source */
    FSC__SRC_NAMED       /* a name outside the actor lexicon, by its
                            position next to a cue ("Hillary Clinton
                            said", «заявил Песков», «وقال أحمد حسن إن»);
                            name_first_tok..name_last_tok hold it */
};

/* What the words of the source are (the output's source_kind). */
enum {
    FSC__SF_NAMED = 0, /* a proper name, with or without a title */
    FSC__SF_NOMINAL,   /* a noun phrase: "officials", «الوزارة» */
    FSC__SF_PRONOUN,   /* "he", «он», a relative "who" */
    FSC__SF_DROPPED, /* no subject written: «وأضاف أن», participles */
    FSC__SF_ANONYMOUS, /* deliberately unnamed: "sources", «مصادر» */
    FSC__SF_UNRESOLVED /* a cue and no one to say who speaks */
};

/* Grammatical gender/number of a speaker, from a pronoun, the verb's
 * agreement or a title (Mr/Ms, г-н/г-жа, السيد/السيدة). */
enum { FSC__G_UNKNOWN = 0, FSC__G_MASC, FSC__G_FEM, FSC__G_PLURAL };
/* Asked for, never stored: the English "it" stands for a thing or a body
 * ("The ministry issued a statement. It said ..."), never a person. */
#define FSC__G_THING 0x10

typedef struct fsc__attribution {
    uint8_t kind;           /* FSC__ATTR_* */
    uint8_t source_kind;    /* FSC__SRC_* (how the speaker was found) */
    uint8_t form;           /* FSC__SF_* (what the source words are) */
    uint8_t gender;         /* FSC__G_* of the speaker, when known */
    uint8_t cue_cls;        /* FSC__CLS_* of its cue */
    uint8_t nested;         /* its cue lies in another attribution's
                               content ("X said that Y believes ..."):
                               reported second-hand, not a source the
                               outlet quotes */
    uint8_t stance;         /* of the cue (neutral when there is none) */
    uint8_t inherited;      /* source carried over from an earlier
                               attribution (participle, quote chain,
                               «الصحيفة» back-reference) */
    int32_t cue;            /* index into cues, -1 when none (quote
                               attached to the last speaker, colon or
                               dash attribution, built-in briefing verb) */
    uint32_t cue_first_tok; /* cue span (tokens); cue_first_tok >
                               cue_last_tok when there is no cue */
    uint32_t cue_last_tok;
    int32_t actor;          /* index into actors of the mention naming the
                               source, -1 when none */
    uint32_t src_first_tok; /* source span (tokens); src_first_tok >
                               src_last_tok when there is no span */
    uint32_t src_last_tok;
    uint32_t name_first_tok; /* FSC__SRC_NAMED: the name's tokens (also when
                                inherited, when src_* has no span) */
    uint32_t name_last_tok;
    uint32_t res_first_tok; /* resolved_to: the mention that names the
                               speaker best (a pronoun's or dropped
                               subject's antecedent, the fullest earlier
                               mention of a short name); res_first_tok >
                               res_last_tok when none */
    uint32_t res_last_tok;
    uint8_t res_skip; /* bytes of a preposition written onto the first word
                         of resolved_to («لمنصور البلوي»: ل), left out of
                         its span and name */
    uint32_t pname_first_tok; /* the person's name inside a named source
                                 ("Marco Rubio" in "Senator Marco Rubio",
                                 «عادل الجبير» in «وزير الخارجية عادل
                                 الجبير»); the words before it are the
                                 title; first > last when not split */
    uint32_t pname_last_tok;
    uint32_t rname_first_tok; /* the person's name inside the resolved_to
                                 mention (its title aside); first > last
                                 when the mention is not split */
    uint32_t rname_last_tok;
    uint32_t chan_first_tok; /* the channel: the medium or audience
                                addressed («لـ"الشرق الأوسط"», "told
                                Reuters"); first > last when none */
    uint32_t chan_last_tok;
    uint32_t org_first_tok; /* the organisation the source speaks for or
                               belongs to, inside the source span (a
                               named person's in the title around the
                               name, which may lie outside it) ("the
                               Port Authority" in "a spokeswoman for the
                               Port Authority", «Минобороны» in «источник
                               в Минобороны», «وزارة الخارجية» in
                               «المتحدث باسم وزارة الخارجية»); first >
                               last when none */
    uint32_t org_last_tok;
    int32_t org_actor;  /* index into actors of the mention naming the
                           organisation, -1 when none */
    uint8_t org_skip;   /* bytes of a preposition written onto its first word
                           («لمركز», «بالوزارة»: ل, ب), left out of its span */
    uint32_t seg_first; /* more content: segs[seg_first ..
                           seg_first + n_seg) of the fsc__attribs: a
                           quotation continued after its cue or in the
                           next sentence, or the quotation inside mixed
                           content (all in quoted voice) */
    uint32_t n_seg;
    uint32_t content_first_tok; /* content span (tokens), inclusive */
    uint32_t content_last_tok;
    double confidence; /* 0..1: how sure the rule that fired is */
    const char *rule;  /* static name of the rule that fired */
} fsc__attribution;

/* Confidence of each rule (attrib.c; the test prints them). */
#define FSC__CONF_QUOTE_CUE     0.95 /* quote with a cue beside it */
#define FSC__CONF_CUE_NAME      0.9  /* cue + named actor next to it */
#define FSC__CONF_ACCORDING     0.9  /* according to + named actor */
#define FSC__CONF_INVERTED      0.85 /* "..., X said." */
#define FSC__CONF_ANONYMOUS     0.8  /* anonymous source */
#define FSC__CONF_PARTICIPLE    0.8  /* participle, previous source */
#define FSC__CONF_GENERIC       0.75 /* «الصحيفة», "the ministry" */
#define FSC__CONF_NAMED         0.7  /* a name outside the lexicon by a cue */
#define FSC__CONF_COLON_DASH    0.7  /* "Lavrov: ...", "... - Lavrov" */
#define FSC__CONF_PRONOUN       0.6  /* "he said", «وأضاف أن» */
#define FSC__CONF_SUBJECT       0.6  /* participle, sentence subject */
#define FSC__CONF_BRIEFING      0.55 /* «أطلع X Y على ...», "X briefed Y on" */
#define FSC__CONF_LAST_SPEAKER  0.5 /* quote, no cue: last speaker */
#define FSC__CONF_UNRESOLVED    0.4 /* cue, no identifiable source */
#define FSC__CONF_QUOTE_UNKNOWN 0.3 /* long quote, no cue, no speaker */

/* A further content segment of an attribution (tokens, inclusive). */
typedef struct fsc__seg {
    uint32_t first, last;
} fsc__seg;

typedef struct fsc__attribs {
    fsc__attribution *v; /* in order of content start */
    size_t n, cap;
    fsc__seg *segs; /* the attributions' further segments */
    size_t n_segs, cap_segs;
    /* Scratch kept between calls (attrib.c's business; zero-initialise the
     * struct and release it with fsc__attribs_free). */
    void *scratch;
    size_t scratch_cap;
    void *keep_cands, *keep_cues;
    size_t cap_keep_cands, cap_keep_cues;
    uint32_t *key_off; /* per token: 1 + offset of its folded key in
                          keys, 0 until asked (names.c, key_is) */
    size_t n_key_off, cap_key_off;
    char *keys;
    size_t n_keys, cap_keys;
    uint32_t *wk_hash; /* per token: hash of its key without و/ف and ال
                          (coref.c, word_hash), 0 until asked */
    size_t n_wk_hash, cap_wk_hash;
    uint32_t *wk_prev; /* per token: the nearest earlier word with the same
                          wk_hash, UINT32_MAX none (coref.c, key_chain) */
    uint32_t *wk_tab;  /* its building table: wk_slots triples of a
                          stamp, a hash and the newest word with it */
    size_t cap_wk_prev, cap_wk_tab, wk_slots;
    int wk_prev_ok; /* built for this article */
    /* The article's stamp (never 0): a slot of wk_tab or fn_memo stamped
     * with another belongs to an earlier article, so neither is cleared
     * between articles. */
    uint32_t stamp;
    uint32_t *fn_memo; /* per token: a stamp and the span of the name
                          around it (coref.c, en_fuller_name) */
    size_t cap_fn_memo;
    uint32_t *nr_memo; /* per token: a stamp, the arguments and the answer
                          of the last Arabic name run from it (names_ar.c,
                          ar_name_run_from) */
    size_t cap_nr_memo;
    uint32_t *fl_memo; /* per token: a stamp, the first token and the
                          answer of the short name ending there (coref.c,
                          en_fuller_name) */
    size_t cap_fl_memo;
    uint32_t *st_memo; /* per token: a stamp, the arguments and the answer
                          of the last Arabic title split of a span opening
                          there (names.c, split_title) */
    size_t cap_st_memo;
    uint64_t *ti_memo; /* per token: the stamp (high half) and whether
                          it is an Arabic title (names_ar.c, ar_title_at) */
    size_t cap_ti_memo;
    int memo_off; /* nr_memo, fl_memo, st_memo and ti_memo unused: every
                     answer computed afresh (the tests compare both ways) */
} fsc__attribs;

/* The voice of a token. */
enum {
    FSC__VOICE_AUTHORIAL = 0, /* the outlet's own words */
    FSC__VOICE_QUOTED,        /* inside a direct quotation */
    FSC__VOICE_ATTRIBUTED     /* inside indirect or according-to content */
};

/* Cue and actor mentions of one article (fsc__attrib_mentions). Strings are
 * borrowed from the lexicon entries: they live as long as the lexicons. */
typedef struct fsc__mentions {
    fsc__cue *cues; /* sorted by first_tok, not overlapping */
    size_t n_cues, cap_cues;
    fsc__actor *actors; /* sorted by first_tok, not overlapping */
    size_t n_actors, cap_actors;
} fsc__mentions;

/* The attributes of a lexicon entry that mentions are made of, looked up
 * by name once per entry (fsc__entry_facts_of; NULL when absent): a
 * caller that sees the same entries again keeps them per entry. */
typedef struct fsc__entry_facts {
    const char *stance, *actor, *form, *lemma, *kind, *sense, *impersonal;
    const char *name, *side, *type, *agent;
    /* the strings above as the cue's and actor's codes, made with them:
     * FSC__STANCE_*, FSC__CUE_*, FSC__FORM_*, FSC__CLS_*, FSC__SENSE_* (0
     * none), "impersonal" yes, "agent" yes, form "verb", form "verb" or
     * "participle", lemma «ادعى», type "media" */
    uint8_t stance_c, kind_c, form_c, cls_c, sense_c, impersonal_c, agent_c;
    uint8_t verb, verb_or_participle, lemma_idda, outlet;
} fsc__entry_facts;

void fsc__entry_facts_of(const fsc_entry *e, fsc__entry_facts *f);

/**
 * Turn lexicon matches into mentions. matches[i] was found by an entry
 * whose facts are facts[i] (the caller looks the entry up:
 * fsc_model_lexicon(m, match->lexicon), then fsc_lexicon_entry(lx,
 * match->entry), and its facts with fsc__entry_facts_of); matches in
 * text order. Entries
 * with attribute "stance" become cues (kind, form, lemma from "kind",
 * "form", "lemma"), entries with attribute "actor" become actors (id, name,
 * side, type from "actor", "name", "side", "type"; is_outlet for type
 * "media"); every other match is ignored, so the matches of a model that
 * also holds other lexicons may be passed. Token spans come from the match
 * byte spans over tok[0..n_tok) (fsc__tokenize of the same text). A match
 * that overlaps an earlier kept one of the same array is dropped. An actor
 * term that ends in a speech verb ("witnesses said") is split into the
 * actor and a cue on its last token (text is read for that only).
 * Clears and fills `out`; FSC_ENOMEM or FSC_EINVAL (NULL arrays with n > 0).
 */
fsc_status fsc__attrib_mentions(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc_match *const *matches,
                                const fsc__entry_facts *const *facts, size_t n,
                                fsc__mentions *out, fsc_error *err);

/** As fsc__attrib_mentions over all matches of `r`, a result of `m`. */
fsc_status fsc__attrib_mentions_result(const fsc_model *m, const fsc_result *r,
                                       const char *text, size_t len,
                                       const fsc__token *tok, size_t n_tok,
                                       fsc__mentions *out, fsc_error *err);

void fsc__mentions_free(fsc__mentions *m); /* NULL is a no-op */

/**
 * Find attributions. text/tokens as from fsc__tokenize; quotes as from
 * fsc__quotes_find; cues and actors sorted by first_tok, not overlapping
 * within each array. Clears and fills `out`. Never fails on odd input (a cue
 * with no source gives FSC__SRC_UNRESOLVED); FSC_ENOMEM only.
 */
fsc_status fsc__attrib_find(const char *text, size_t len, const fsc__token *tok,
                            size_t n_tok, const fsc__quotes *quotes,
                            const fsc__cue *cues, size_t n_cues,
                            const fsc__actor *actors, size_t n_actors,
                            fsc__attribs *out, fsc_error *err);

/**
 * Word classes of a token's surface s[0..len) for attrib.c's built-in word
 * tables: *full for the token as it is, *bare for it without an Arabic
 * و/ف (used in Arabic text). *full also carries the form's generic-noun
 * types ("the agency", «الوزارة»; bits 16 and up, private to attrib.c). The
 * caller may cache them per word form and pass them to
 * fsc__attrib_find_cls, so a form is folded once per corpus.
 */
void fsc__attrib_classes(const char *s, size_t len, uint32_t *full,
                         uint32_t *bare);

/**
 * fsc__attrib_classes, and the form's folded key (the light fold of
 * attrib.c's word tables) into key[FSC__ATTRIB_KEY_CAP] with the hashes
 * the attribution stage compares words by: *h_full of the key (never 0),
 * *h_bare of it without an Arabic و/ف and ال (0 when there is none to
 * take off). Cached per form by the caller.
 */
#define FSC__ATTRIB_KEY_CAP 64
void fsc__attrib_form(const char *s, size_t len, char *key, uint32_t *full,
                      uint32_t *bare, uint32_t *h_full, uint32_t *h_bare);

/* What the caller computed per word form, per token of the article (any
 * pointer NULL: computed here, per article). */
typedef struct fsc__attrib_forms {
    const uint32_t *cls_full; /* fsc__attrib_classes, per token */
    const uint32_t *cls_bare;
    const char *keys;        /* fsc__attrib_form's keys, NUL-ended */
    const uint32_t *key_off; /* per token: 1 + offset of its key in keys,
                                0 for none (computed here when asked) */
    const uint32_t *h_full;  /* per token: the hashes, 0 for none */
    const uint32_t *h_bare;
} fsc__attrib_forms;

/** As fsc__attrib_find, with per-token classes and keys of the word forms
 *  (`forms` NULL: computed here). */
fsc_status fsc__attrib_find_cls(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc__quotes *quotes, const fsc__cue *cues,
                                size_t n_cues, const fsc__actor *actors,
                                size_t n_actors, const fsc__attrib_forms *forms,
                                fsc__attribs *out, fsc_error *err);

/* The tokens whose text is the speaker's resolved_to.name when no actor
 * lexicon names it: the person's name inside resolved_to (its title
 * aside), else resolved_to, else the name of a named source; *first >
 * *last when there are none. */
void fsc__attrib_name_tokens(const fsc__attribution *a, uint32_t *first,
                             uint32_t *last);

/**
 * Voice of token i: the innermost attribution whose content covers it decides
 * (quoted for direct, attributed otherwise); authorial when none. *which gets
 * the attribution index or -1. A quotation with no attribution (e.g. a scare
 * quote) leaves its tokens authorial.
 */
int fsc__attrib_voice(const fsc__attribs *a, uint32_t i, long *which);

/**
 * Voices of all tokens 0..n_tok-1 at once in O(n_attr + n_tok) after a sort
 * of the attributions: voice[i] as fsc__attrib_voice; which (may be NULL)
 * gets the attribution index or -1. FSC_ENOMEM only.
 */
fsc_status fsc__attrib_voices(const fsc__attribs *a, size_t n_tok,
                              uint8_t *voice, long *which, fsc_error *err);

void fsc__attribs_free(fsc__attribs *a);

#endif
