/*
 * attrib_int.h - what the attribution stages share; internal to
 * analysis/attribution/ (see its README.md for the stages and the data
 * passed between them).
 *
 * The stages work on one article at a time through a `ctx`: the tokens and
 * their sentences, the candidate sources (actor mentions, anonymous cues,
 * generic nouns), the cues, the quotations, and the attributions emitted
 * so far. Shared helpers keep short names in the code; each is the symbol
 * fsc__at_<name> at link time (the defines below), so nothing collides
 * with the rest of the library.
 */
#ifndef FSC_ATTRIB_INT_H
#define FSC_ATTRIB_INT_H

#include "attrib.h"
#include "internal.h"
#include "quotes.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- link-time names of the shared helpers ------------------------------ */

#define ACCORDING_AR              fsc__at_ACCORDING_AR
#define ADVERBIAL                 fsc__at_ADVERBIAL
#define AR_FIRST_M                fsc__at_AR_FIRST_M
#define AR_FIRST_F                fsc__at_AR_FIRST_F
#define AR_ADDRESSEE              fsc__at_AR_ADDRESSEE
#define AR_SUBJ_PREPS             fsc__at_AR_SUBJ_PREPS
#define AR_RESUMPTIVE             fsc__at_AR_RESUMPTIVE
#define AR_CUE_PREP               fsc__at_AR_CUE_PREP
#define ar_phrase_end             fsc__at_ar_phrase_end
#define AR_AMMA                   fsc__at_AR_AMMA
#define AR_KANA                   fsc__at_AR_KANA
#define AR_NAME_NOT2              fsc__at_AR_NAME_NOT2
#define AR_PREP_PRONOUN           fsc__at_AR_PREP_PRONOUN
#define AR_NOT_SUBJECT            fsc__at_AR_NOT_SUBJECT
#define AR_BISM                   fsc__at_AR_BISM
#define ar_name_before            fsc__at_ar_name_before
#define ar_fa_verb                fsc__at_ar_fa_verb
#define ar_sv_subject             fsc__at_ar_sv_subject
#define ar_set_subject            fsc__at_ar_set_subject
#define ar_topic_subject          fsc__at_ar_topic_subject
#define ar_demonstrative_subject  fsc__at_ar_demonstrative_subject
#define ar_state_subject          fsc__at_ar_state_subject
#define ar_state_word             fsc__at_ar_state_word
#define ar_time_phrase_end        fsc__at_ar_time_phrase_end
#define ar_time_trim              fsc__at_ar_time_trim
#define ar_title_genitive         fsc__at_ar_title_genitive
#define ar_descent_start          fsc__at_ar_descent_start
#define ar_time_subject_word      fsc__at_ar_time_subject_word
#define ar_time_content_start     fsc__at_ar_time_content_start
#define ar_honorific_name         fsc__at_ar_honorific_name
#define ar_this_subject           fsc__at_ar_this_subject
#define ar_this_content           fsc__at_ar_this_content
#define ar_possessed_subject      fsc__at_ar_possessed_subject
#define ar_plural_head            fsc__at_ar_plural_head
#define ar_aspect_verb            fsc__at_ar_aspect_verb
#define ar_event_noun             fsc__at_ar_event_noun
#define ar_quant_subject          fsc__at_ar_quant_subject
#define ar_pronoun_subject        fsc__at_ar_pronoun_subject
#define ar_coord_subject          fsc__at_ar_coord_subject
#define ar_inna_subject           fsc__at_ar_inna_subject
#define ar_indef_subject          fsc__at_ar_indef_subject
#define ar_first_person_verb      fsc__at_ar_first_person_verb
#define ar_first_person_cue       fsc__at_ar_first_person_cue
#define ar_first_person           fsc__at_ar_first_person
#define ar_dropped_person         fsc__at_ar_dropped_person
#define ar_honorific_at           fsc__at_ar_honorific_at
#define ar_bi_place               fsc__at_ar_bi_place
#define lone_tatweel              fsc__at_lone_tatweel
#define inherit_name              fsc__at_inherit_name
#define AR_OBJECTS                fsc__at_AR_OBJECTS
#define AR_STRESSED               fsc__at_AR_STRESSED
#define BRIEFING                  fsc__at_BRIEFING
#define BRIEFING_PREP             fsc__at_BRIEFING_PREP
#define COMPLEMENTIZERS           fsc__at_COMPLEMENTIZERS
#define SUBORDINATORS             fsc__at_SUBORDINATORS
#define COORD                     fsc__at_COORD
#define AND_WORDS                 fsc__at_AND_WORDS
#define AR_CLAUSE_HEAD            fsc__at_AR_CLAUSE_HEAD
#define DETERMINERS               fsc__at_DETERMINERS
#define GENERIC_AR                fsc__at_GENERIC_AR
#define IMPERSONAL                fsc__at_IMPERSONAL
#define NAME_LINK                 fsc__at_NAME_LINK
#define NAME_PREP                 fsc__at_NAME_PREP
#define RU_PO_NOT                 fsc__at_RU_PO_NOT
#define AR_REL_FEM                fsc__at_AR_REL_FEM
#define NAME_STOP                 fsc__at_NAME_STOP
#define NEGATORS                  fsc__at_NEGATORS
#define NP_INNER                  fsc__at_NP_INNER
#define NP_STOP                   fsc__at_NP_STOP
#define PASSIVE_AUX               fsc__at_PASSIVE_AUX
#define PRONOUNS                  fsc__at_PRONOUNS
#define PRON_F                    fsc__at_PRON_F
#define PRON_M                    fsc__at_PRON_M
#define PRON_N                    fsc__at_PRON_N
#define AR_THIS_WHAT              fsc__at_AR_THIS_WHAT
#define TITLE_INTRO               fsc__at_TITLE_INTRO
#define ar_generic_noun           fsc__at_ar_generic_noun
#define ar_definite               fsc__at_ar_definite
#define ar_definite_or_ll         fsc__at_ar_definite_or_ll
#define AR_MA                     fsc__at_AR_MA
#define AR_ILA                    fsc__at_AR_ILA
#define AR_NAME_LINKS             fsc__at_AR_NAME_LINKS
#define FIRST_PERSON              fsc__at_FIRST_PERSON
#define PRON_P                    fsc__at_PRON_P
#define RELATIVES                 fsc__at_RELATIVES
#define SAID                      fsc__at_SAID
#define SPEAKER_NOUNS             fsc__at_SPEAKER_NOUNS
#define SUBJ_SKIP                 fsc__at_SUBJ_SKIP
#define TIME_WORDS                fsc__at_TIME_WORDS
#define TITLES                    fsc__at_TITLES
#define TITLE_F                   fsc__at_TITLE_F
#define TITLE_M                   fsc__at_TITLE_M
#define according                 fsc__at_according
#define actor_fits                fsc__at_actor_fits
#define after_the                 fsc__at_after_the
#define ar_object_at              fsc__at_ar_object_at
#define ar_vs_subject             fsc__at_ar_vs_subject
#define ar_name_run               fsc__at_ar_name_run
#define ar_name_run_from          fsc__at_ar_name_run_from
#define ar_name_word              fsc__at_ar_name_word
#define ar_first_name             fsc__at_ar_first_name
#define ar_bi_object              fsc__at_ar_bi_object
#define ar_known_add              fsc__at_ar_known_add
#define ar_known                  fsc__at_ar_known
#define ar_persons_scan           fsc__at_ar_persons_scan
#define ar_person_before          fsc__at_ar_person_before
#define ar_clitic_bytes           fsc__at_ar_clitic_bytes
#define org_fill                  fsc__at_org_fill
#define org_role_back             fsc__at_org_role_back
#define org_role_prep             fsc__at_org_role_prep
#define org_widen                 fsc__at_org_widen
#define ar_accusative             fsc__at_ar_accusative
#define ar_oblique_plural         fsc__at_ar_oblique_plural
#define ar_called_on              fsc__at_ar_called_on
#define ar_called_on_disagrees    fsc__at_ar_called_on_disagrees
#define ar_body_head              fsc__at_ar_body_head
#define ar_fem_subject            fsc__at_ar_fem_subject
#define ar_not_source             fsc__at_ar_not_source
#define ar_added_score            fsc__at_ar_added_score
#define ar_looked_into            fsc__at_ar_looked_into
#define ar_gives_reason           fsc__at_ar_gives_reason
#define ar_no_report              fsc__at_ar_no_report
#define ar_function_word          fsc__at_ar_function_word
#define ar_ali_name               fsc__at_ar_ali_name
#define ar_issued_by              fsc__at_ar_issued_by
#define ar_title_at               fsc__at_ar_title_at
#define ar_channel_at             fsc__at_ar_channel_at
#define ar_kama_postposed         fsc__at_ar_kama_postposed
#define ly_word                   fsc__at_ly_word
#define attach_quote              fsc__at_attach_quote
#define cap_word                  fsc__at_cap_word
#define channel_of                fsc__at_channel_of
#define key_classes               fsc__at_key_classes
#define cue_gender                fsc__at_cue_gender
#define emit                      fsc__at_emit
#define fold_key                  fsc__at_fold_key
#define fold_tok                  fsc__at_fold_tok
#define generic_of                fsc__at_generic_of
#define generic_type_fold         fsc__at_generic_type_fold
#define generic_unresolved        fsc__at_generic_unresolved
#define grow                      fsc__at_grow
#define in_list                   fsc__at_in_list
#define indirect                  fsc__at_indirect
#define inherit_at                fsc__at_inherit_at
#define inherit_g                 fsc__at_inherit_g
#define is_compl                  fsc__at_is_compl
#define key_in_scan               fsc__at_key_in_scan
#define key_is_fold               fsc__at_key_is_fold
#define merge_quotes              fsc__at_merge_quotes
#define fullest_mention           fsc__at_fullest_mention
#define dash_continuations        fsc__at_dash_continuations
#define interview_answers         fsc__at_interview_answers
#define answer_label              fsc__at_answer_label
#define skip_question_cues        fsc__at_skip_question_cues
#define name_run_before           fsc__at_name_run_before
#define en_clause_subject         fsc__at_en_clause_subject
#define en_prev_subject           fsc__at_en_prev_subject
#define en_colon_name_end         fsc__at_en_colon_name_end
#define en_colon_subject          fsc__at_en_colon_subject
#define en_not_person             fsc__at_en_not_person
#define en_common_opening         fsc__at_en_common_opening
#define en_person_key             fsc__at_en_person_key
#define en_possessive_s           fsc__at_en_possessive_s
#define en_body_name              fsc__at_en_body_name
#define drop_nested_attitudes     fsc__at_drop_nested_attitudes
#define drop_covered_quotes       fsc__at_drop_covered_quotes
#define merge_coordinated_reports fsc__at_merge_coordinated_reports
#define ru_name_quote             fsc__at_ru_name_quote
#define ru_addressee_end          fsc__at_ru_addressee_end
#define en_given_gender           fsc__at_en_given_gender
#define en_name_gender            fsc__at_en_name_gender
#define ar_colon_name_end         fsc__at_ar_colon_name_end
#define IRREGULAR_PAST            fsc__at_IRREGULAR_PAST
#define best_span                 fsc__at_best_span
#define name_back                 fsc__at_name_back
#define name_fwd                  fsc__at_name_fwd
#define name_link                 fsc__at_name_link
#define en_state_point            fsc__at_en_state_point
#define name_word                 fsc__at_name_word
#define named_after               fsc__at_named_after
#define named_ar                  fsc__at_named_ar
#define named_said                fsc__at_named_said
#define nested_cue                fsc__at_nested_cue
#define nested_cue_sorted         fsc__at_nested_cue_sorted
#define keep_records              fsc__at_keep_records
#define coordinated_report        fsc__at_coordinated_report
#define add_seg                   fsc__at_add_seg
#define AR_NOUNS                  fsc__at_AR_NOUNS
#define en_addressee              fsc__at_en_addressee
#define en_object_end             fsc__at_en_object_end
#define en_content_end            fsc__at_en_content_end
#define en_attitude_prep          fsc__at_en_attitude_prep
#define en_addressee_to_end       fsc__at_en_addressee_to_end
#define en_relative_object        fsc__at_en_relative_object
#define en_as_report              fsc__at_en_as_report
#define en_lead_phrase            fsc__at_en_lead_phrase
#define en_position_cue           fsc__at_en_position_cue
#define en_position_in_report     fsc__at_en_position_in_report
#define en_position_object_end    fsc__at_en_position_object_end
#define en_copula_holder          fsc__at_en_copula_holder
#define en_position_no_object     fsc__at_en_position_no_object
#define en_position_base_noun     fsc__at_en_position_base_noun
#define en_claim_relative         fsc__at_en_claim_relative
#define in_set_off_relative       fsc__at_in_set_off_relative
#define this_not_time             fsc__at_this_not_time
#define np_back                   fsc__at_np_back
#define en_affiliation_end        fsc__at_en_affiliation_end
#define en_plural_head            fsc__at_en_plural_head
#define en_plural_key             fsc__at_en_plural_key
#define np_form                   fsc__at_np_form
#define split_title               fsc__at_split_title
#define coordinated_names         fsc__at_coordinated_names
#define party_label               fsc__at_party_label
#define set_name_src              fsc__at_set_name_src
#define name_then_verb            fsc__at_name_then_verb
#define data_noun                 fsc__at_data_noun
#define en_fuller_name            fsc__at_en_fuller_name
#define passable_mark             fsc__at_passable_mark
#define pronoun_gender            fsc__at_pronoun_gender
#define quote_content             fsc__at_quote_content
#define resolve_cue               fsc__at_resolve_cue
#define search_fwd                fsc__at_search_fwd
#define set_np                    fsc__at_set_np
#define set_pronoun               fsc__at_set_pronoun
#define set_writer_src            fsc__at_set_writer_src
#define set_src_from_cand         fsc__at_set_src_from_cand
#define set_unresolved            fsc__at_set_unresolved
#define set_anonymous             fsc__at_set_anonymous
#define speaker_in_sentence       fsc__at_speaker_in_sentence
#define ar_imperfect_he           fsc__at_ar_imperfect_he
#define ar_relative_agrees        fsc__at_ar_relative_agrees
#define sentence_subject          fsc__at_sentence_subject
#define subject_before            fsc__at_subject_before
#define to_after_verb             fsc__at_to_after_verb
#define en_to_subject_free        fsc__at_en_to_subject_free
#define in_content                fsc__at_in_content
#define subject_after             fsc__at_subject_after
#define src_fresh                 fsc__at_src_fresh
#define same_source               fsc__at_same_source
#define resolve_cue_rules         fsc__at_resolve_cue_rules
#define en_label_back             fsc__at_en_label_back
#define clause_subject            fsc__at_clause_subject
#define en_noun_holder            fsc__at_en_noun_holder
#define front_participle          fsc__at_front_participle
#define en_passive_agent          fsc__at_en_passive_agent
#define en_passive_by             fsc__at_en_passive_by
#define en_agent_subject          fsc__at_en_agent_subject
#define en_share_subject          fsc__at_en_share_subject
#define finding_that              fsc__at_finding_that
#define passive_charge            fsc__at_passive_charge
#define passive_frame             fsc__at_passive_frame
#define en_label_verb             fsc__at_en_label_verb
#define call_frame                fsc__at_call_frame
#define imperfect_ar              fsc__at_imperfect_ar
#define ar_expressed_attitude     fsc__at_ar_expressed_attitude
#define ar_nominal_report         fsc__at_ar_nominal_report
#define ar_noun_holder            fsc__at_ar_noun_holder
#define ar_recommends             fsc__at_ar_recommends
#define ar_concluded_that         fsc__at_ar_concluded_that
#define ar_shows_thing            fsc__at_ar_shows_thing
#define ar_defended_view          fsc__at_ar_defended_view
#define ar_talib_name             fsc__at_ar_talib_name
#define ar_in_verse               fsc__at_ar_in_verse
#define ar_verse_marks            fsc__at_ar_verse_marks
#define ru_place_source           fsc__at_ru_place_source
#define ru_dropped_subject        fsc__at_ru_dropped_subject
#define ru_named_after_adverbial  fsc__at_ru_named_after_adverbial
#define ru_evidence_subject       fsc__at_ru_evidence_subject
#define ru_according_possessive   fsc__at_ru_according_possessive
#define ru_according_quoted       fsc__at_ru_according_quoted
#define ru_named_before_adverbial fsc__at_ru_named_before_adverbial
#define ru_quoted_after           fsc__at_ru_quoted_after
#define ru_question_at            fsc__at_ru_question_at
#define ru_subject_from           fsc__at_ru_subject_from
#define ru_coord_subject          fsc__at_ru_coord_subject
#define ru_quoted_before          fsc__at_ru_quoted_before
#define ru_role_subject           fsc__at_ru_role_subject
#define ru_anaphor_content        fsc__at_ru_anaphor_content
#define ru_frame_comma            fsc__at_ru_frame_comma
#define ru_anon_tail              fsc__at_ru_anon_tail
#define ru_according_role         fsc__at_ru_according_role
#define ru_postposed_before       fsc__at_ru_postposed_before
#define ru_role_word              fsc__at_ru_role_word
#define ru_common_plural          fsc__at_ru_common_plural
#define ru_role_head              fsc__at_ru_role_head
#define ru_role_person            fsc__at_ru_role_person
#define ru_anon_role              fsc__at_ru_anon_role
#define ru_citing_subject         fsc__at_ru_citing_subject
#define ru_source_tail            fsc__at_ru_source_tail
#define ru_postposed_np           fsc__at_ru_postposed_np
#define ru_np_after               fsc__at_ru_np_after
#define ru_according_np           fsc__at_ru_according_np
#define ru_after_anaphor          fsc__at_ru_after_anaphor
#define ru_np_after_adverbial     fsc__at_ru_np_after_adverbial
#define ru_split_title            fsc__at_ru_split_title
#define ru_title_before           fsc__at_ru_title_before
#define ru_substantive_subject    fsc__at_ru_substantive_subject
#define ru_cited_content          fsc__at_ru_cited_content
#define ru_other_sense            fsc__at_ru_other_sense
#define ru_evidence_object        fsc__at_ru_evidence_object
#define ru_evidence_phrase        fsc__at_ru_evidence_phrase
#define ru_inner_cue              fsc__at_ru_inner_cue
#define ru_dash_reopen            fsc__at_ru_dash_reopen
#define ru_dash_resume            fsc__at_ru_dash_resume
#define ru_dialogue_line          fsc__at_ru_dialogue_line
#define ru_answer_speaker         fsc__at_ru_answer_speaker
#define ru_channel_owner          fsc__at_ru_channel_owner
#define ru_set_off_subject        fsc__at_ru_set_off_subject
#define ru_indefinite_personal    fsc__at_ru_indefinite_personal
#define ru_own_channel_subject    fsc__at_ru_own_channel_subject
#define ru_phrase_token           fsc__at_ru_phrase_token
#define ru_cited_by               fsc__at_ru_cited_by
#define ru_vouches_clause         fsc__at_ru_vouches_clause
#define ru_addressee_before       fsc__at_ru_addressee_before
#define ru_fronted_object         fsc__at_ru_fronted_object
#define ru_share_word             fsc__at_ru_share_word
#define ru_after_addressee        fsc__at_ru_after_addressee
#define ru_gerund_subject         fsc__at_ru_gerund_subject
#define ends_in                   fsc__at_ends_in
#define title_gender              fsc__at_title_gender
#define token_classes_fill        fsc__at_token_classes_fill
#define token_key_fold            fsc__at_token_key_fold
#define trim                      fsc__at_trim
#define trim_contents             fsc__at_trim_contents
#define whole_sentence            fsc__at_whole_sentence
#define title_quote               fsc__at_title_quote
#define ar_channel_quote          fsc__at_ar_channel_quote
#define words_in                  fsc__at_words_in
#define words_in_cap              fsc__at_words_in_cap

/* ---- limits and word-class bits ------------------------------------------ */

#define KEY_CAP       FSC__ATTRIB_KEY_CAP
#define KNOWN_NAMES   16
#define MAX_PERSONS   48
#define MAX_LABELS    256
#define CLASS_UNKNOWN 0x80000000u
/* fsc__attrib_classes() also packs the generic-noun type (GEN_*, 0 = none)
 * of the form into *full, one 3-bit field per language, so that
 * generic_type() does not fold every Arabic word with an article. */
#define GEN_AR_SHIFT       16
#define GEN_EN_SHIFT       20
#define GEN_RU_SHIFT       24
#define GEN_BITS(m, shift) ((int)(((m) >> (shift)) & 7u))
#define SF_UNSET           0xFF
/* How many neighbouring records a record's nesting and trimming look at:
 * contents are local, and the work stays linear on endless sentences. */
#define NESTED_WINDOW 64

/* ---- types ----------------------------------------------------------------
 */

/* Generic nouns that refer back to the outlet or institution last named. */
enum { GEN_MEDIA = 1, GEN_AGENCY, GEN_ORG, GEN_MINISTRY, GEN_PERSON };

typedef struct generic_word {
    const char *key; /* folded; Arabic without و/ف/ال, Russian a prefix */
    int type;        /* GEN_* */
} generic_word;

enum { LANG_EN = 0, LANG_AR, LANG_RU };

/* A possible source: an actor mention, an anonymous cue or a generic noun. */
typedef struct cand {
    uint32_t first, last;
    uint8_t kind;    /* FSC__SRC_* */
    uint8_t generic; /* a generic noun (back-reference) */
    int32_t actor;   /* actor mention index, -1 */
} cand;

/* A cue, possibly a built-in one. */
typedef struct icue {
    uint32_t first, last;
    uint8_t kind, form, stance;
    uint8_t self_anon; /* "sources said": cue and anonymous source at once */
    uint8_t briefing;
    uint8_t cls;          /* FSC__CLS_* */
    uint8_t ambiguous;    /* counts only in a reporting frame */
    uint8_t impersonal;   /* names no speaker ("reportedly") */
    uint8_t agent;        /* fsc__cue.agent */
    uint8_t data_subject; /* fsc__cue.data_subject */
    uint8_t inq;          /* inside a closed quotation */
    uint8_t skip;         /* merged into a neighbour, inside a quote, used */
    int32_t idx;          /* index into the caller's cues, -1 built-in */
    int32_t quote;        /* quote it attaches to, -1 */
} icue;

/* The source a rule settled on. */
typedef struct srcres {
    uint8_t kind; /* FSC__SRC_* */
    uint8_t inherited;
    uint8_t form;   /* FSC__SF_*, SF_UNSET until a rule knows it */
    uint8_t gender; /* FSC__G_* */
    uint32_t res_first, res_last; /* resolved_to span; first > last: none */
    int32_t actor;
    uint32_t first, last;           /* first > last: no span */
    uint32_t name_first, name_last; /* FSC__SRC_NAMED: the name */
    uint32_t from_tok; /* inherited: where the earlier speaker stands in
                          the text (its source or cue; resolved_to may be
                          a fuller mention far before), UINT32_MAX unknown */
    double conf;
    const char *rule;
} srcres;

typedef struct ctx {
    const char *text;
    size_t len;
    const fsc__token *tok;
    uint32_t n_tok;
    const fsc__quotes *q;
    const fsc__actor *actors;
    size_t n_actors;
    int lang;
    uint32_t *sent_first, *sent_last; /* per sentence */
    uint32_t n_sent;
    uint32_t *para_first; /* the first token of each paragraph, in order */
    uint32_t n_para;
    int32_t *cand_at;   /* token -> cand index, -1 */
    int32_t *cue_at;    /* token -> icue index, -1 */
    int32_t *qmark;     /* token -> quote index whose mark it is, -1 */
    int32_t *inquote;   /* token -> closed top-level quote holding it, -1 */
    uint8_t *anon_sent; /* sentence has an anonymous cue */
    uint32_t *cls;      /* token -> word classes, CLASS_UNKNOWN until asked */
    int has_gen;        /* cls also holds the generic-noun types (GEN_*) */
    /* token -> en_common_opening's answer + 1, 0 until asked: each call
     * compares the word with every token of the article, and the rules ask
     * for the same sentence openings again and again (NULL: not kept) */
    uint8_t *ecom_memo;
    /* the caller's folded keys and their hashes per token, cached per word
     * form (fsc__attrib_forms); NULL: folded here (token_key, word_hash) */
    const char *fkeys;
    const uint32_t *fkey_off, *fh_full, *fh_bare;
    cand *cands;
    size_t n_cands, cap_cands;
    icue *cues;
    size_t n_cues, cap_cues;
    /* running state: the last source named */
    int has_last;
    srcres last;
    uint32_t last_sent;
    fsc__attribs *out;
    const fsc__cue *in_cues; /* the caller's cues (lemmas) */
    int interview;           /* some paragraph opens with "Q:" (content.c) */
    uint32_t n_labels;       /* in labels[] below */
    size_t n_in_cues;
    uint32_t n_known; /* names in known[] below */
    /* content.c: the last fuller-name search (a short name repeats) */
    char ant_key[KEY_CAP];
    uint32_t ant_a, ant_b; /* its answer, ant_a > ant_b for none */
    uint32_t ant_h;        /* the search looked before this token */
    int ant_surname;       /* the key was a definite family name */
    uint32_t n_persons;    /* in persons[] below */
    /* the candidates, the cue tokens and persons[] are final: from here
     * on an Arabic name run from a token changes only with known[]
     * (names_ar.c, ar_name_run_from keeps its answers) */
    int names_fixed;
    /* The arrays below are read only up to their counts above: a new
     * article clears the ctx up to here (offsetof(ctx, labels)), not
     * their 9 KiB. labels[] must stay the first of them. */
    /* transcript layout (content.c): paragraphs opened by a speaker's
     * label, "((Naomi Martisius))" or "NG:"; [a, b] is the name */
    struct {
        uint32_t para, a, b, body; /* body: the first token after it */
        uint8_t question;          /* the interviewer's */
    } labels[MAX_LABELS];
    /* Arabic: the last words of the names of the people quoted so far
     * (folded, without و and ال), so that a later «وطالب الحمادي
     * المواطنين» is cut after the name; a ring of KNOWN_NAMES */
    char known[KNOWN_NAMES][KEY_CAP];
    /* Arabic: the people the article names with a first name, in text
     * order (names.c, ar_persons_scan): the last word of each name
     * (folded, without و and ال) and its span; the first MAX_PERSONS */
    struct {
        char key[KEY_CAP];
        uint32_t a, b;
    } persons[MAX_PERSONS];
} ctx;

/* ---- small helpers, inline ----------------------------------------------- */

/* Decode one code point of valid UTF-8; *n gets its length. */
static inline uint32_t dec(const unsigned char *s, size_t left, size_t *n)
{
    if (s[0] < 0x80 || left < 2) {
        *n = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *n = 2;
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3Fu);
    }
    if (s[0] < 0xF0 || left < 4) {
        if (left < 3) {
            *n = 1;
            return 0xFFFD;
        }
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) |
               ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3Fu);
}

static inline uint32_t first_cp(const char *text, const fsc__token *t)
{
    size_t n;
    return dec((const unsigned char *)text + t->off, t->len, &n);
}

/* Cue q's lexicon entry has the lemma `lemma` ("say", «أكد»). */
static inline int lemma_is(const ctx *c, const icue *q, const char *lemma)
{
    if (q->idx < 0 || (size_t)q->idx >= c->n_in_cues ||
        !c->in_cues[q->idx].lemma)
        return 0;
    /* (the first two bytes, a letter of Arabic, settle most lemmas) */
    const char *l = c->in_cues[q->idx].lemma;
    return l[0] == lemma[0] &&
           (!l[0] || (l[1] == lemma[1] && (!l[1] || strcmp(l, lemma) == 0)));
}

/* English word t ends in -ing ("saying", "referring"): after is/was it is
 * the progressive, not the passive. */
static inline int ing_form(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len > 4 && memcmp(c->text + w->off + w->len - 3, "ing", 3) == 0;
}

static inline int is_comma(uint32_t c)
{
    return c == ',' || c == 0x60C || c == ';' || c == 0x61B;
}

static inline int is_dash(uint32_t c)
{
    return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 || c == 0x2015;
}

static inline int is_final(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x61F || c == 0x2026;
}

/* ---- the finder -----------------------------------------------------------
 */

/* The token a record stands at: its cue, or its content's first token
 * when it has no cue. */
static inline uint32_t rec_at(const fsc__attribution *y)
{
    return y->cue_first_tok <= y->cue_last_tok ? y->cue_first_tok
                                               : y->content_first_tok;
}

static inline int is_word(const ctx *c, uint32_t t)
{
    return c->tok[t].kind == FSC__TOK_WORD || c->tok[t].kind == FSC__TOK_NUMBER;
}

static inline uint32_t cp(const ctx *c, uint32_t t)
{
    return c->tok[t].kind == FSC__TOK_PUNCT ? first_cp(c->text, &c->tok[t]) : 0;
}

/* Sentence of token t. */
static inline uint32_t sent_of(const ctx *c, uint32_t t)
{
    return c->tok[t].sent < c->n_sent ? c->tok[t].sent : c->n_sent - 1;
}

/* ---- word tables (words.c, names.c) -------------------------------------- */

extern const char *const COMPLEMENTIZERS[];
extern const char *const PRONOUNS[];
extern const char *const SPEAKER_NOUNS[];
extern const generic_word GENERIC_AR[];
extern const char *const BRIEFING[];
extern const char *const IMPERSONAL[];
extern const char *const ACCORDING_AR[];
extern const char *const NEGATORS[];
extern const char *const ADVERBIAL[];
extern const char *const AR_FIRST_M[]; /* Arabic first names (names.c) */
extern const char *const AR_FIRST_F[];
extern const char *const BRIEFING_PREP[];
extern const char *const SAID[];
extern const char *const NAME_STOP[];
extern const char *const NAME_LINK[];
extern const char *const TITLES[];
extern const char *const TITLE_M[];
extern const char *const TITLE_F[];
extern const char *const NAME_PREP[];
/* What Russian «по» opens that is no part of a body's name: a channel, a
 * reason, a ground («по телефону», «по итогам»; speaker_ru.c). Folded. */
extern const char *const RU_PO_NOT[];
extern const char *const AR_REL_FEM[]; /* subject.c */
extern const char *const SUBJ_SKIP[];
extern const char *const COORD[];
extern const char *const AND_WORDS[];
extern const char *const AR_CLAUSE_HEAD[];
extern const char *const SUBORDINATORS[];
extern const char *const PASSIVE_AUX[];
extern const char *const TIME_WORDS[];
extern const char *const RELATIVES[];
extern const char *const PRON_M[];
extern const char *const PRON_F[];
extern const char *const PRON_P[];
extern const char *const PRON_N[];
extern const char *const AR_THIS_WHAT[];
extern const char *const TITLE_INTRO[];
extern const char *const AR_MA[];
extern const char *const AR_ILA[];
/* Words inside an Arabic person's name before the next part of it
 * (names_ar.c): بن، ابن، بنت، ال، أبو، أبا، أبي، أم، عبد (folded). */
extern const char *const AR_NAME_LINKS[];
extern const char *const FIRST_PERSON[];
extern const char *const DETERMINERS[];
/* Frequent English irregular past tenses (content_en.c). */
extern const char *const IRREGULAR_PAST[];
extern const char *const NP_INNER[];
extern const char *const NP_STOP[];
extern const char *const AR_ADDRESSEE[];
extern const char *const AR_SUBJ_PREPS[];
/* Shared by speaker.c and speaker_ar.c (Arabic subjects). */
extern const char *const AR_RESUMPTIVE[];
extern const char *const AR_CUE_PREP[];
uint32_t ar_phrase_end(const ctx *c, uint32_t a, uint32_t k);
extern const char *const AR_AMMA[];
extern const char *const AR_KANA[];
extern const char *const AR_NAME_NOT2[];
extern const char *const AR_PREP_PRONOUN[];
extern const char *const AR_NOT_SUBJECT[];
extern const char *const AR_BISM[];
extern const char *const AR_OBJECTS[];
extern const char *const AR_STRESSED[];

/* ---- shared functions ------------------------------------------------------
 */

int grow(void **v, size_t *cap, size_t need, size_t size);
/* The `width` entries of `size` bytes that token t has in a per-article
 * memo table (*tab, *cap entries), grown to n_tok tokens with new entries
 * zero (no article's stamp is 0); NULL when it cannot grow (the caller then
 * computes afresh). */
void *memo_slot(void **tab, size_t *cap, size_t size, size_t width,
                size_t n_tok, size_t t);
void fold_key(const char *text, const fsc__token *t, char *key);
/* fold_key() of token t of the article, from the word form's key when the
 * stage has it (names.c) */
void fold_tok(const ctx *c, uint32_t t, char *key);
int in_list(const char *key, const char *const *list);
int in_list_h(const char *key, uint32_t h, const char *const *list);
int bare_in_list_h(const char *key, uint32_t h_bare, const char *const *list);
/* key begins with prefix (inline: the prefixes are a letter or two, and
 * this runs on most words). */
static inline int starts(const char *key, const char *prefix)
{
    while (*prefix)
        if (*key++ != *prefix++)
            return 0;
    return 1;
}
/* Word t's folded key (token_key) is longer than one of the suffixes and
 * ends in it (words.c). */
int ends_in(const ctx *c, uint32_t t, const char *const *suffixes);
/* Arabic: drop a leading و or ف (when a stem of 3+ letters is left), then
 * ال. Returns a pointer into key. Arabic letters are 2 bytes each. */
/* key holds at least 8 bytes (no NUL among its first 8): asked instead of
 * strlen(key) >= 8, this runs on most Arabic words. */
static inline int ar_8(const char *key)
{
    for (int i = 0; i < 8; i++)
        if (!key[i])
            return 0;
    return 1;
}

static inline const char *ar_bare(const char *key, int *had_article)
{
    *had_article = 0;
    /* (the letters are tested first, byte by byte: a key of 8 bytes or
     * more is checked only when it opens with one; this runs on most
     * Arabic words, many times) */
    if (key[0] == '\xd9' && (key[1] == '\x88' || key[1] == '\x81') && ar_8(key))
        key += 2; /* و, ف */
    if (key[0] == '\xd8' && key[1] == '\xa7' && key[2] == '\xd9' &&
        key[3] == '\x84' && ar_8(key)) {
        key += 4; /* ال */
        *had_article = 1;
    }
    return key;
}
uint32_t key_classes(const char *key);
int generic_of(const generic_word *list, const char *key, int prefix);
int ar_generic_noun(const char *key);
int ar_definite(const ctx *c, uint32_t t);
/* antecedent.c: Arabic word t carries the article after ل/ب/و or none
 * («للقضاء», «بالسفيرة»), 8 bytes or more folded. */
int ar_definite_or_ll(const ctx *c, uint32_t t);
/* The folded key of word token t, cached per article (names.c); tmp
 * (KEY_CAP bytes) holds it when the cache cannot grow. */
const char *token_key_fold(const ctx *c, uint32_t t, char *tmp);
static inline const char *token_key(const ctx *c, uint32_t t, char *tmp)
{
    if (c->fkey_off && c->fkey_off[t]) /* cached per word form */
        return c->fkeys + c->fkey_off[t] - 1;
    return token_key_fold(c, t, tmp);
}
int is_compl(const ctx *c, uint32_t t);
int after_the(const ctx *c, uint32_t t);
int passable_mark(const ctx *c, uint32_t t);
uint32_t words_in(const ctx *c, uint32_t a, uint32_t b);
int trim(const ctx *c, uint32_t *a, uint32_t *b);
void src_fresh(srcres *r);
int actor_fits(const fsc__actor *a, int type);
int32_t search_fwd(const ctx *c, uint32_t from, uint32_t s, int max_words,
                   int stop_at_comma);
void set_src_from_cand(const ctx *c, int32_t k, srcres *r, double conf,
                       const char *rule);
void set_unresolved(srcres *r, const char *rule);
/* subject.c: the subject next to a cue */
void set_anonymous(srcres *r);
int speaker_in_sentence(const ctx *c, uint32_t s);
int ar_imperfect_he(const ctx *c, uint32_t t);
int ar_relative_agrees(const ctx *c, uint32_t t, uint8_t vg);
int32_t sentence_subject(const ctx *c, uint32_t s, uint32_t before);
int subject_before(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* attitude_en.c: the holder of an English belief adjective after a copula
 * ("Aides are confident that"): the subject before the copula. */
int en_copula_holder(const ctx *c, const icue *q, uint32_t s, srcres *r);
int to_after_verb(const ctx *c, uint32_t t);
int en_to_subject_free(const ctx *c, uint32_t t, uint32_t s);
int in_content(const ctx *c, uint32_t t);
int subject_after(const ctx *c, const icue *q, uint32_t s, srcres *r);
int nested_cue(const fsc__attribs *o, const fsc__attribution *y);
/* nested_cue() with o->v in order of content start (attrib.c, after the
 * sort): the scan stops at the first record starting after y's cue. */
int nested_cue_sorted(const fsc__attribs *o, const fsc__attribution *y);
/* After a pass that dropped records by compacting o->v in place: keeps
 * the first w and marks again which are nested (o->v in content order). */
void keep_records(fsc__attribs *o, size_t w);
int coordinated_report(const fsc__attribution *y);
/* content.c: the addressee after an English verb that ends at e ("told
 * reporters"); e when there is none. quote_attach.c: a further segment
 * [a, b] of x's content (-1: out of memory). */
uint32_t en_addressee(const ctx *c, uint32_t e, uint32_t last);
/* content_en.c: English content [*a, *b] of cue q with no complementizer
 * cut to the verb's object (0 when nothing is left); cue q stands in a
 * relative clause set off by a comma. */
int en_object_end(const ctx *c, const icue *q, uint32_t *a, uint32_t *b);
/* content_en.c: where English content [a, b] of cue q (after a
 * complementizer when found) ends before the sentence's own words: its
 * last token, b when nothing ends it. */
uint32_t en_content_end(const ctx *c, const icue *q, const srcres *r,
                        uint32_t a, uint32_t b, int found);
/* content_en.c: "expressed discomfort with X", "said little about X": the
 * preposition after a noun of an attitude that opens content [a, b] right
 * after cue q (the cue goes on to it, the content opens after it), else
 * UINT32_MAX. */
uint32_t en_attitude_prep(const ctx *c, const icue *q, uint32_t a, uint32_t b);
int in_set_off_relative(const ctx *c, const icue *q);
/* content_en.c: English "this" at token t opens no time phrase ("told
 * reporters this was"; not "said this week"). */
int this_not_time(const ctx *c, uint32_t t);
/* content_en.c: the addressee after "told" ending at e with a phrase of
 * place or time to the sentence's end and nothing told after it ("told
 * the court in his filing."): its last token; e when there is none. */
uint32_t en_addressee_to_end(const ctx *c, uint32_t e, uint32_t last);
/* "As The Gazette reported, ...", "..., as Reis noted.": the clause a
 * report in a clause of "as" is set in (as_report_en.c) */
int en_as_report(const ctx *c, const icue *q, const srcres *r, uint32_t *a,
                 uint32_t *b);
int en_relative_object(const ctx *c, const icue *q, const srcres *r,
                       uint32_t *t);
int en_lead_phrase(const ctx *c, uint32_t f, uint32_t e);
int add_seg(ctx *c, fsc__attribution *x, uint32_t a, uint32_t b);
/* names.c: Arabic nouns and titles that head a description, not a name
 * (folded). */
extern const char *const AR_NOUNS[];
int inherit_g(const ctx *c, uint32_t s, uint32_t back, uint32_t before,
              srcres *r, double conf, const char *rule, uint8_t want,
              int outer);
int inherit_at(const ctx *c, uint32_t s, uint32_t back, uint32_t before,
               srcres *r, double conf, const char *rule);
int named_ar(const ctx *c, uint32_t from, uint32_t s, int according, srcres *r);
void resolve_cue(const ctx *c, const icue *q, srcres *r);
/* speaker.c: the rules of resolve_cue() for cue q in sentence s whose verb
 * agrees in gender vg; r: the source of attribution y carried over (a
 * coordinated verb or a participle of the same clause). */
void resolve_cue_rules(const ctx *c, const icue *q, srcres *r, uint32_t s,
                       uint8_t vg);
void same_source(const fsc__attribution *y, srcres *r, double conf,
                 const char *rule);
/* speaker_en.c: English subjects. The name before an apposition, over a
 * party label or a parenthesis (UINT32_MAX: none); the subject of the
 * clause a participle hangs on; the holder of a noun cue; the subject
 * after a participle opening the sentence. 1 (or r set) when found. */
uint32_t en_label_back(const ctx *c, uint32_t v, uint32_t lo);
int clause_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
uint32_t en_colon_name_end(const ctx *c, uint32_t t, uint32_t hi);
int en_colon_subject(const ctx *c, uint32_t open, srcres *r);
int en_not_person(const ctx *c, uint32_t a, uint32_t b);
/* speaker_en.c: English word t opens its sentence alone, capitalised only
 * by its place, and is a common noun of persons or a body: the article
 * writes it lower case elsewhere and never capitalised inside a sentence,
 * or it is a plural whose singular is a noun of a person ("Nurses said",
 * "Teachers there say"): no name. */
int en_common_opening(const ctx *c, uint32_t t);
/* antecedent.c: the folded key is an English noun of a person ("nurse",
 * "voter", "lawyer"). */
int en_person_key(const char *key);
int en_body_name(const ctx *c, uint32_t a, uint32_t b, int acronyms);
/* attitudes.c */
void drop_nested_attitudes(const ctx *c, fsc__attribs *out);
void merge_coordinated_reports(const ctx *c, fsc__attribs *out);
uint32_t ar_colon_name_end(const ctx *c, uint32_t t, uint32_t hi);
void en_noun_holder(const ctx *c, const icue *q, srcres *r, uint32_t s,
                    uint8_t vg);
int front_participle(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* speaker_en.c: the subject r of English cue q names a person or a body
 * (a name, an actor, a noun of persons or of a body, a pronoun of a
 * person, "it"/"they"/"which" standing for one); a participle right after
 * a noun ("a referendum seeking to") has that noun as its subject. */
int en_agent_subject(const ctx *c, const icue *q, const srcres *r);
/* speaker_en.c: the agent after "by" of an English passive cue ("was
 * criticized by local farmers for"). */
int en_passive_agent(const ctx *c, const icue *q, uint32_t s, srcres *r);
uint32_t en_passive_by(const ctx *c, const icue *q);
int en_by_means(const ctx *c, uint32_t t);
/* speaker_en.c: the object before "of"/"for" and an English participle
 * ("accused Biden of saying"): the participle's subject. */
int en_object_ground(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* speaker_en.c: word t is a pronoun with a contracted "am"/"are"/"is"
 * ("I'm"): an -ing form after it is finite. */
int en_contracted_be(const ctx *c, uint32_t t);
/* speaker_en.c: a share of people right before the cue ("one in three
 * said", "about half of voters say"). */
int en_share_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* frames_en.c: English cue frames (1: the cue reports here): an evidence
 * cue with "that" after it; a passive with its charge or question; after
 * a passive, a complement, quotation, colon or "to", or its charge;
 * "call" as labelling within the sentence [lo, hi]. */
int finding_that(const ctx *c, const icue *q);
int passive_charge(const ctx *c, const icue *q);
int passive_frame(const ctx *c, const icue *q);
int en_label_verb(const ctx *c, const icue *q);
int call_frame(const ctx *c, const icue *q, uint32_t lo, uint32_t hi);
/* frames_en.c: an English cue word in a sense that reports nothing here
 * ("hard to say", "see what happens", "pledged delegates", "a report
 * published Wednesday", "(Reporting by", "precincts reporting"). */
int en_other_sense(const ctx *c, const icue *q);
/* attitude_en.c: English cue q is a verb of a position held ("supports",
 * "backed", "would vote for"): a modal before it states the position; a
 * record y with such a cue inside another indirect report does not end
 * that report's content. */
int en_position_cue(const ctx *c, const icue *q);
int en_position_in_report(const ctx *c, const fsc__attribution *x,
                          const fsc__attribution *y);
/* attitude_en.c: the last token of the object a..b of a position verb q
 * (before a poll figure, a second clause, the verb of the clause a
 * participle phrase modifies); b when nothing ends it. */
uint32_t en_position_object_end(const ctx *c, const icue *q, uint32_t a,
                                uint32_t b);
/* attitude_en.c: English position verb q with nothing it is held about
 * after it (a final mark, a finite verb): 1, no report. */
int en_position_no_object(const ctx *c, const icue *q);
/* attitude_en.c: the base form of an English position verb ("support")
 * that is no verb here (the noun, "back" the adverb): 1, no report. */
int en_position_base_noun(const ctx *c, const icue *q);
/* attitude_en.c: an English noun of a claim with a relative clause after
 * it, "allegations that surfaced": 1, no report. */
int en_claim_relative(const ctx *c, const icue *q);
/* frames_en.c: English "In" opening its sentence with a poll phrase at
 * token t ("In the latest Post-ABC poll, ..."): the comma that ends the
 * phrase, or UINT32_MAX. */
uint32_t en_poll_phrase(const ctx *c, uint32_t t);
/* frames_en.c: English "citing" closing a clause ("..., citing the
 * attack."): the subject cites it, a speech act (1), not an according-to
 * citation before a reporting verb. */
int en_citing_clause(const ctx *c, const icue *q);
/* frames_en.c: English token t ends in the possessive "'s" ("Cruz's",
 * "the party’s"), not a contraction ("who's", "it's"). */
int en_possessive_s(const ctx *c, uint32_t t);
/* frames_ar.c: Arabic cue senses (1: the cue reports here, or the test
 * holds): an imperfect verb's shape; an attitude with its object; «أوصى»
 * with its complement; «توصل إلى أن»; «دافع عن» outside sports; «طالب»
 * read as a name (1: the name); a word inside a poem's verse. */
int imperfect_ar(const ctx *c, uint32_t t);
int ar_expressed_attitude(const ctx *c, const icue *q);
int ar_recommends(const ctx *c, const icue *q);
int ar_concluded_that(const ctx *c, const icue *q);
int ar_shows_thing(const ctx *c, const icue *q);
int ar_defended_view(const ctx *c, const icue *q);
int ar_talib_name(const ctx *c, const icue *q);
int ar_in_verse(const ctx *c, uint32_t t);
int ar_verse_marks(const ctx *c);
/* frames_ar.c: «أدان» as the court's verdict (1: legal), «انتظر» with
 * «أن» (1: reports), «تحدث عن» a topic with nothing said (1: topic), «من
 * المتوقع» after a comparative (1: comparison). */
int ar_legal_verdict(const ctx *c, const icue *q);
int ar_expected_that(const ctx *c, const icue *q);
int ar_talked_about(const ctx *c, const icue *q);
int ar_than_expected(const ctx *c, const icue *q);
int ar_added_to(const ctx *c, const icue *q);
/* frames_ar.c: «أضاف» with a score in its clause («وأضاف X الهدف
 * الثاني», «أضاف المؤشر 16 نقطة»; 1: scored, no report). */
int ar_added_score(const ctx *c, const icue *q);
/* frames_ar.c: the briefing verb «اطلع» with «على» right after it
 * (looked into; 1: no report). */
int ar_looked_into(const ctx *c, const icue *q);
int ar_gives_reason(const ctx *c, const icue *q);
/* Arabic cue q reports nothing in its frame: «مما يدعو إلى التفاؤل»
 * (ar_gives_reason), «إذا دعت الحاجة», a participle after «غير» («زيارة
 * غير معلنة»); 1: no report (frames_ar.c). */
int ar_no_report(const ctx *c, const icue *q);
/* Arabic content [a, b] that is a verb's object, with no complementizer
 * («تحدثت تقارير عن ...، إلا أن ...», «أعلن اعتزاله اللعب دوليا، في
 * الوقت الذي ...»): its last token, before a comma that opens a clause
 * of the writer's («إلا أن», «في الوقت الذي»); b when there is none
 * (frames_ar.c). */
uint32_t ar_object_end(const ctx *c, uint32_t a, uint32_t b);
/* Word t is «أن» of «إلا أن» (but, however): the writer's clause, no
 * complementizer of a cue before it (frames_ar.c). */
int ar_illa_anna(const ctx *c, uint32_t t);
/* nominal_ar.c: an Arabic verbal noun of saying or believing reports
 * only with its holder, a possessive pronoun or a genitive phrase, and
 * «أن»/«إن»/«بأن» after it (1: it reports); the holder as its source. */
int ar_nominal_report(const ctx *c, const icue *q);
void ar_noun_holder(const ctx *c, const icue *q, srcres *r, uint32_t s);
/* frames_ru.c: a Russian cue word in a sense that reports nothing
 * («признал виновным», «отметил юбилей», «это говорит о», «ответил на
 * вопросы», «добавил в весе»): 1 when it does not report. */
int ru_other_sense(const ctx *c, const icue *q);
int ru_evidence_object(const ctx *c, const icue *q);
/* quote_attach.c: the Russian author's words inside one pair of quotation
 * marks («..., — сказал Орлов, — ...»): the cue's index or -1, and the
 * dashes around them. */
int32_t ru_inner_cue(const ctx *c, const fsc__quote *qu, uint32_t *d1,
                     uint32_t *d2);
/* dialogue_ru.c: Russian speech set off by dashes in running text. The
 * first token of the speech before a postposed cue whose dash is pf, after
 * a dash that follows a sentence's end inside [a, pf) («... на форуме. —
 * Бюджет будет сбалансирован, — заявил он»), a when there is none; the
 * dash after the cue's clause from e on that opens the speaker's words
 * again («— заявил он журналистам. — Но ...»), UINT32_MAX when none; and
 * whether the dash d opens its paragraph (a dialogue line). */
uint32_t ru_dash_reopen(const ctx *c, uint32_t a, uint32_t pf);
uint32_t ru_dash_resume(const ctx *c, uint32_t e, uint32_t hi);
int ru_dialogue_line(const ctx *c, uint32_t d);
/* The newest record is the answer [a, b] of an interview: a cue inside it
 * with no subject and no speaker found («— Думаю, что ...») is the one who
 * answers. */
void ru_answer_speaker(ctx *c, uint32_t a, uint32_t b);
/* channel_ru.c: the name at a follows the noun of a channel («в интервью
 * РБК»): its owner, no subject; and the subject before a clause set off by
 * commas right before the cue («Эксперты, с которыми поговорил
 * корреспондент ТАСС, полагают»), 1 (r set) when found. */
int ru_channel_owner(const ctx *c, uint32_t a);
int ru_set_off_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* impersonal_ru.c: the verb q is an indefinite-personal plural whose
 * clause opens with its object or addressee («Жителей просят», «Мне
 * говорили»): r unresolved, 1. */
int ru_indefinite_personal(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* own_channel_ru.c: the noun phrase opening the clause before «в своем
 * заявлении» and the verb q is its subject («Пресс-служба компании в
 * своем Telegram-канале сообщила»): r set, 1. */
int ru_own_channel_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* A Russian token inside a subject phrase scanned word by word: 1 a word,
 * 0 a name link or quotation mark to step over, -1 a mark, cue or
 * complementizer that ends the phrase (own_channel_ru.c). */
int ru_phrase_token(const ctx *c, uint32_t u);
/* The index of the record citing the source record j relays («...,
 * сообщает ТАСС со ссылкой на источник»: the source's), -1 when none: a
 * pronoun after it continues the source cited, not the outlet. */
long ru_cited_by(const ctx *c, size_t j);
/* The according-to phrase q, ending at bl, is set off by commas between a
 * subject and its verb and is no citation («Застройщик, по данным
 * издания, утверждает, будто»): it vouches for the whole clause. */
int ru_vouches_clause(const ctx *c, const icue *q, uint32_t bl);
/* Whom one tells in the dative right before the verb («Информацию изданию
 * подтвердили два источника»): no subject; the subject follows the verb.
 * 1 (r set) when found. */
int ru_addressee_before(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* order_ru.c: the object set before a Russian reporting verb with nothing
 * after it but its subject and a phrase with a preposition («Информацию
 * изданию подтвердили два источника», «В минздраве края эту информацию
 * опровергли»): 1 with [*a, *b] the object, what is reported. */
int ru_fronted_object(const ctx *c, const icue *q, const srcres *r, uint32_t *a,
                      uint32_t *b);
/* Word t names a share of a group («большинство», «часть», «многие») that
 * heads a subject with «из» («большинство из них»). */
int ru_share_word(const ctx *c, uint32_t t);
/* speaker_ru.c: Russian subjects that are no phrase next to the cue: the
 * institution of an impersonal plural with a place, a name after an
 * adverbial, a dropped subject opening its sentence. 1 (r set) when found. */
int ru_place_source(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_dropped_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                       srcres *r);
int ru_named_after_adverbial(const ctx *c, const icue *q, uint32_t s,
                             srcres *r);
int ru_evidence_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_evidence_phrase(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_according_possessive(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_according_quoted(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_quoted_after(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* The subject after an outlet in the dative in quotation marks («сказал
 * «Интерфаксу» представитель ведомства»). */
int ru_after_addressee(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* The subject of a gerund's main clause: a name that opens the sentence
 * («Нападающий Мануэль Ромеро продлил контракт, сказав, что ...»). */
int ru_gerund_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* A Russian reported question opens at t («почему …», «успеют ли …»). */
int ru_question_at(const ctx *c, uint32_t t, uint32_t hi);
int ru_subject_from(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_coord_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_quoted_before(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_role_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_anaphor_content(const ctx *c, const icue *q, uint32_t *a, uint32_t *b);
uint32_t ru_frame_comma(const ctx *c, const icue *q, uint32_t bl);
uint32_t ru_anon_tail(const ctx *c, uint32_t e);
int ru_according_role(const ctx *c, const icue *q, uint32_t s, srcres *r);
uint32_t ru_postposed_before(const ctx *c, uint32_t f, uint32_t bf);
int ru_citing_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
void ru_source_tail(const ctx *c, const icue *q, srcres *r);
/* subject_ru.c: the whole noun phrase after a postposed Russian verb; the
 * person's name after its title in a named source; the title before a
 * name that opens the clause (or the nominal role phrase of a name in
 * the genitive, «Советник Путина»). */
int ru_postposed_np(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_np_after(const ctx *c, const icue *q, uint32_t s, uint32_t t, srcres *r);
/* The whole noun phrase after «по словам», «по данным», «как заявил». */
int ru_according_np(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* A Russian verb after «Об этом», «Это» alone: its subject follows it. */
int ru_after_anaphor(const ctx *c, const icue *q, uint32_t s);
int ru_np_after_adverbial(const ctx *c, const icue *q, uint32_t s, uint32_t t,
                          srcres *r);
int ru_split_title(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                   uint32_t *nb);
void ru_title_before(const ctx *c, const icue *q, srcres *r);
int ru_substantive_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ru_cited_content(const ctx *c, const icue *v, uint32_t *a, uint32_t *b);
int ru_named_before_adverbial(const ctx *c, const icue *q, uint32_t s,
                              srcres *r);
int cap_word(const ctx *c, uint32_t t);
int name_link(const ctx *c, uint32_t t);
int en_state_point(const ctx *c, uint32_t t);
int name_word(const ctx *c, uint32_t t);
uint32_t name_back(const ctx *c, uint32_t e, uint32_t lo);
int generic_unresolved(const ctx *c, int32_t k);
int named_said(const ctx *c, uint32_t prev, uint32_t s, srcres *r);
int named_after(const ctx *c, uint32_t from, uint32_t s, srcres *r,
                const char *rule);
int ar_object_at(const ctx *c, uint32_t t);
/* The data noun in the subject of an evidence cue with sense "data"
 * ("the poll ... showed"), UINT32_MAX when none (attrib.c). */
int data_noun(const ctx *c, uint32_t t);
uint32_t data_subject(const ctx *c, const icue *q);
/* speaker_ar.c: «أعرب فيه»: the person named nearest before the cue;
 * «فقالت» after «أما X». speaker.c: a dash of tatweel standing alone; a
 * name as the inherited source. */
int ar_name_before(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ar_fa_verb(const ctx *c, uint32_t t);
int ar_sv_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* speaker_ar.c: the subject phrase [a, e] before its verb (its actor, if
 * it ends with one, gives the identity). */
void ar_set_subject(const ctx *c, srcres *r, uint32_t a, uint32_t e);
/* topic_ar.c: a subject written before the verb: names joined by و before
 * a plural verb, the narrator after «عن»; 1 when r is set. */
int ar_topic_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                     srcres *r);
/* honorific_ar.c: the name after honorific h that ends a subject. */
uint32_t ar_honorific_name(const ctx *c, uint32_t h, uint32_t hi);
/* states_ar.c: a state's name after a feminine verb-first cue v0. */
uint32_t ar_state_subject(const ctx *c, uint32_t v0, uint32_t t, uint32_t hi);
/* states_ar.c: word t names a state of one word («تركيا», «باكستان»). */
int ar_state_word(const ctx *c, uint32_t t);
/* time_ar.c: the last token of a time phrase at t («أمس الجمعة», «يوم
 * الخميس الماضي»), or UINT32_MAX; the subject [a, e] cut before one
 * (UINT32_MAX when it opens with one). */
uint32_t ar_time_phrase_end(const ctx *c, uint32_t t, uint32_t hi,
                            int after_word);
uint32_t ar_time_trim(const ctx *c, uint32_t a, uint32_t e, uint32_t hi);
int ar_time_subject_word(const ctx *c, uint32_t t, uint32_t hi);
uint32_t ar_time_content_start(const ctx *c, uint32_t a, uint32_t b);
/* genitive_ar.c: the actor at t, written with ل, is in the genitive of
 * the title opening at from («نائب الأمين العام لحزب الله»). */
int ar_title_genitive(const ctx *c, uint32_t from, uint32_t t);
/* names_ar.c: the first word of a name found at t, back over «بن» and a
 * first name we have no list for («مشبب بن محمد القحطاني»). */
uint32_t ar_descent_start(const ctx *c, uint32_t a, uint32_t t);
int ar_demonstrative_subject(const ctx *c, const icue *q, uint32_t s,
                             uint8_t vg, srcres *r);
/* postverb_ar.c: «أوضح ذلك X»: the subject after the demonstrative that
 * is the verb's object (1 when r is set), and what it reports, the
 * sentence before (1 with [*a, *b]). */
int ar_this_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ar_this_content(const ctx *c, const icue *q, uint32_t *a, uint32_t *b);
/* postverb_ar.c: «ويقول منتقدوها»: a plural with a possessive pronoun
 * right after the verb is its subject (1 when r is set). */
int ar_possessed_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* names.c: the head of the Arabic phrase [a, b] is a plural of people
 * («المسؤولون», «مسؤولو الوزارة», «الخبراء», «تجار الجملة»). */
int ar_plural_head(const ctx *c, uint32_t a, uint32_t b);
int ar_aspect_verb(const ctx *c, uint32_t t);
int ar_event_noun(const ctx *c, uint32_t t);
int ar_quant_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ar_pronoun_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int ar_coord_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                     srcres *r);
/* speaker_ar.c: the noun phrase after «إن»/«أن» before the cue verb
 * («إن الفحوص ... تشير إلى»). */
int ar_inna_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* speaker_ar.c: an indefinite reporting noun right before the cue verb
 * («بعد تقارير تحدثت عن»). */
int ar_indef_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
/* first_person_ar.c: «قلت», «قلنا», «أقول», «نقول» (word t); such a cue
 * used as a report (an addressee, then a colon, a mark or «إن/أن»); the
 * writer as its source (pronoun, no span, no resolved_to), 1 when so. */
int ar_first_person_verb(const ctx *c, uint32_t t);
int ar_first_person_cue(const ctx *c, const icue *q);
int ar_first_person(const ctx *c, const icue *q, srcres *r);
/* agree_ar.c: a dropped subject left unresolved takes the nearest person
 * of its verb's gender named in its sentence or the one before (1). */
int ar_dropped_person(const ctx *c, const icue *q, srcres *r);
/* names.c: word t is an Arabic honorific before a name («الدكتور»). */
int ar_honorific_at(const ctx *c, uint32_t t);
/* names.c: word t is ب + a place or a body («بالمنطقة», «بمنطقة»). */
int ar_bi_place(const ctx *c, uint32_t t);
/* speaker_ar.c: a title after a full name that opens a second person (the
 * object: «استقبل الوزير X السفير Y»). */
int ar_second_person(const ctx *c, uint32_t t, uint32_t hi);
/* object_ar.c: a definite plural in -ين, always an object after its verb
 * («وتحذر المواطنين»); any definite plural in -ين («اللاعبين»). */
int ar_object_plural(const ctx *c, uint32_t t);
int ar_oblique_plural(const ctx *c, uint32_t t);
/* object_ar.c: definite word t after a definite word, after verb v of
 * calling on («دعا», «طالب», «حث», «ناشد», «أوصى») and before what it
 * calls for («إلى», «على», «بـ»): the addressee, «دعا المركز الأطباء
 * إلى». */
int ar_called_on(const ctx *c, const icue *v, uint32_t t, uint32_t hi);
/* object_ar.c: a noun phrase at t that the verb of calling on before it
 * does not agree with («وطالب وزارة الصحة بـ»): the one called on. */
int ar_called_on_disagrees(const ctx *c, uint32_t t);
/* names.c: Arabic word t heads a body's name («الهيئة», «الشركة»,
 * «البنك»), with the article or without. */
int ar_body_head(const ctx *c, uint32_t t);
/* object_ar.c: word t is ب/ل + a definite noun after a perfect verb
 * («وأشاد بالجهود»). */
int ar_prep_definite(const ctx *c, uint32_t t);
/* object_ar.c: word t, right after a cue verb, is ب + an indefinite noun
 * that completes it: a verbal noun of a derived form («وطالب بإلغاء»,
 * «وهدد بإغلاق»), or any noun after a verb that takes ب («وهدد بقتل»);
 * not a first name, a name the article gave or an actor. */
int ar_bi_object(const ctx *c, uint32_t t);
/* according.c: word t is a noun of rules, norms or plans after an
 * according-to cue («حسب أعراف القبيلة», «وفقا للوائح»): no source. */
int ar_not_source(const ctx *c, uint32_t t);
/* object_ar.c: word t, a definite noun in ة right after a feminine cue
 * verb, is its subject («قالت المعارضة»). */
int ar_fem_subject(const ctx *c, uint32_t t);
/* speaker_ar.c: words t, t + 1 may be a name we have no list for. */
int ar_unlisted_name(const ctx *c, uint32_t t, uint32_t hi);
/* Word u is «في» and the place of an office follows it, then a person's
 * name that ends the subject before a complementizer, a comma, a colon or
 * a quotation mark («مدير التعليم في محافظة جدة عبدالله الثقفي أن»): the
 * name's last token, else UINT32_MAX (names_ar.c). */
uint32_t ar_place_then_name(const ctx *c, uint32_t u, uint32_t hi);
/* speaker_ar.c: word t is the name of a named source given earlier. */
int ar_speaker_again(const ctx *c, uint32_t t);
/* speaker_ar.c: the subject opening the sentence before «كان» and the
 * cue («الوزارة كانت ترى أن»). */
int ar_kana_subject(const ctx *c, const icue *q, uint32_t s, srcres *r);
int lone_tatweel(const ctx *c, uint32_t t);
void inherit_name(srcres *r, uint32_t a, uint32_t b, uint8_t want, double conf,
                  const char *rule);
/* Arabic person names (names.c): a first name (1 male, 2 female, 0), the
 * last token of a name starting at t within [t, hi] (UINT32_MAX when t
 * opens none), remembering a quoted person's name, a title in apposition */
int ar_first_name(const ctx *c, uint32_t t);
/* The channel (addressee medium) of a cue (speaker.c). */
int channel_of(const ctx *c, uint32_t cf, uint32_t cl, uint32_t sf, uint32_t sl,
               uint32_t *a, uint32_t *b);
uint32_t ar_name_run(const ctx *c, uint32_t t, uint32_t hi);
uint32_t ar_name_run_from(const ctx *c, uint32_t t, uint32_t hi, int force);
void ar_known_add(ctx *c, uint32_t a, uint32_t b);
int ar_known(const ctx *c, uint32_t t);
void ar_persons_scan(ctx *c);
int ar_person_before(const ctx *c, uint32_t t, const char *key);
int ar_clitic_bytes(const ctx *c, uint32_t t);
/* object_ar.c: word t ends in the accusative vowel («الشبابَ»). */
int ar_accusative(const ctx *c, uint32_t t);
/* object_ar.c: an indefinite noun and adjective in the accusative at t,
 * t + 1 («قدرا كبيرا»). */
int ar_acc_pair(const ctx *c, uint32_t t);
/* object_ar.c: a masculine definite noun and adjective right after a
 * feminine cue verb («ودعت المجتمع الدولي»): its object. */
int ar_masc_object(const ctx *c, uint32_t t);
int ar_function_word(const ctx *c, uint32_t t);
int ar_ali_name(const ctx *c, uint32_t t);
int ar_issued_by(const ctx *c, uint32_t t);
int ar_title_at(const ctx *c, uint32_t t);
/* speaker_ar.c: token t opens the channel a report is made to (ل + a
 * generic noun, a detached «لـ», لل + a newspaper or an agency). */
int ar_channel_at(const ctx *c, uint32_t t);
/* speaker_ar.c: the Arabic cue opening at token b0 stands after «كما» and
 * a comma, after a clause of at least four words of sentence s («...،
 * كما أعلنت الوزارة.», "as the ministry announced"). */
int ar_kama_postposed(const ctx *c, uint32_t b0, uint32_t s);
/* speaker_en.c: an English adverb in -ly ("widely", "hotly"). */
int ly_word(const ctx *c, uint32_t t);
int ar_name_word(const ctx *c, uint32_t t, uint32_t b);
/* The end of the capitalised name run starting at a, within hi (names.c). */
uint32_t name_fwd(const ctx *c, uint32_t a, uint32_t hi);
uint8_t pronoun_gender(const ctx *c, uint32_t t, int *is_pron);
uint8_t cue_gender(const ctx *c, const icue *q);
uint8_t title_gender(const ctx *c, uint32_t a, uint32_t b);
uint8_t np_form(const ctx *c, uint32_t a, uint32_t b);
/* Russian role nouns and the organisation after them in the genitive
 * («представитель Минздрава»): is t a role noun; the role heading [a, b]
 * after adjectives, or UINT32_MAX; is the role one that names no one
 * («источник»); the first token of the person's name ending [h+1, b], or
 * UINT32_MAX (subject_ru.c). */
int ru_role_word(const ctx *c, uint32_t t);
/* subject_ru.c: a plural common noun («эксперты», «аналитики»). */
int ru_common_plural(const ctx *c, uint32_t t);
uint32_t ru_role_head(const ctx *c, uint32_t a, uint32_t b);
int ru_anon_role(const ctx *c, uint32_t h);
uint32_t ru_role_person(const ctx *c, uint32_t h, uint32_t b);
int coordinated_names(const ctx *c, uint32_t a, uint32_t b);
int party_label(const ctx *c, uint32_t t);
int en_fuller_name(const ctx *c, uint32_t a, uint32_t b, uint32_t *ra,
                   uint32_t *rb);
int split_title(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                uint32_t *nb);
void set_name_src(const ctx *c, srcres *r, uint32_t a, uint32_t e, double conf,
                  const char *rule);
uint32_t name_then_verb(const ctx *c, uint32_t a, uint32_t hi);
void set_np(const ctx *c, srcres *r, uint32_t a, uint32_t b, const char *rule);
void set_pronoun(const ctx *c, srcres *r, uint32_t t, uint8_t g, uint32_t s,
                 const char *rule);
/* The writer speaks («I said», «فقلت له»): an unresolved pronoun source,
 * rule "first_person", span first..last (first > last: none). */
void set_writer_src(srcres *r, uint32_t first, uint32_t last);
uint32_t np_back(const ctx *c, uint32_t e, uint32_t lo, int max);
/* org.c: the organisation of a source. org_widen: a source that is the
 * organisation alone after its role ("a spokesman for | Hamas",
 * «Представитель | Минобороны России») or a role phrase cut short
 * ("People familiar with", «مصدر | في الوزارة») becomes the whole role
 * phrase (cue cf..cl, first > last: none). org_role_back (English): the
 * first token of the role phrase ("an aide to", "sources close to") right
 * before the phrase opening at a, UINT32_MAX when none. org_fill: x's
 * org_* from its source span (none for pronouns and dropped subjects; a
 * named person's only in its title), and the channel of «собеседник ТАСС
 * в Минобороны». */
void org_widen(const ctx *c, srcres *r, uint32_t cf, uint32_t cl);
uint32_t org_role_back(const ctx *c, uint32_t a, uint32_t lo);
/* org.c (English): word p is the preposition of a role phrase opened at lo
 * or after ("spokesman | for", "sources close | to"). */
int org_role_prep(const ctx *c, uint32_t p, uint32_t lo);
void org_fill(const ctx *c, fsc__attribution *x);
uint32_t en_affiliation_end(const ctx *c, uint32_t n, uint32_t hi);
/* An English plural noun head: lower case in -s (not -ss, -us, -is, 's,
 * "news") or a plural speaker noun ("officials", "police"). */
int en_plural_head(const ctx *c, uint32_t t);
int en_plural_key(const char *k);
fsc_status emit(ctx *c, uint8_t kind, const srcres *r, int32_t cue, uint32_t cf,
                uint32_t cl, uint8_t stance, uint32_t a, uint32_t b,
                fsc_error *err);
fsc_status indirect(ctx *c, const icue *q, const srcres *r, fsc_error *err);
fsc_status according(ctx *c, const icue *q, fsc_error *err);
void attach_quote(ctx *c, size_t qi, int32_t *cue, int32_t *actor);
int whole_sentence(const ctx *c, const fsc__quote *qu);
int title_quote(const ctx *c, const fsc__quote *qu);
int ar_channel_quote(const ctx *c, const fsc__quote *qu);
int ru_name_quote(const ctx *c, const fsc__quote *qu);
uint32_t ru_addressee_end(const ctx *c, uint32_t t, uint32_t hi);
/* given_en.c: the gender an English given name tells. */
uint8_t en_given_gender(const ctx *c, uint32_t t);
uint8_t en_name_gender(const ctx *c, const fsc__attribution *y);
int quote_content(const ctx *c, const fsc__quote *qu, uint32_t *a, uint32_t *b);
void trim_contents(ctx *c);
int merge_quotes(ctx *c);
void drop_covered_quotes(fsc__attribs *out);
/* coref.c: widen [*a, *b] to the fullest earlier mention of the speaker r
 * names; 0 when there is none. */
int fullest_mention(ctx *c, const srcres *r, uint32_t *a, uint32_t *b);
int dash_continuations(ctx *c);
fsc_status interview_answers(ctx *c, fsc_error *err);
int answer_label(const ctx *c, uint32_t t, uint32_t *a, uint32_t *b);
int names_label(const ctx *c, uint32_t la, uint32_t lb, uint32_t a, uint32_t b);
int in_label(const ctx *c, uint32_t t);
void skip_question_cues(ctx *c);
int en_clause_subject(const ctx *c, uint32_t t, uint8_t want, srcres *r,
                      double conf, const char *rule);
int en_prev_subject(const ctx *c, uint32_t t, uint8_t want, srcres *r,
                    double conf, const char *rule);
int name_run_before(const ctx *c, uint32_t before, uint32_t back, srcres *r,
                    double conf, const char *rule, uint8_t want);
/* antecedent.c, Arabic: the subject after the verb at token a of sentence
 * k, ending before token `before`, when it is a person or an institution
 * whose gender fits `want`: 1 and r set (carried over, resolved_to the
 * subject), else 0. */
int ar_vs_subject(const ctx *c, uint32_t a, uint32_t k, uint32_t before,
                  srcres *r, double conf, const char *rule, uint8_t want);
void best_span(const fsc__attribution *y, uint32_t *a, uint32_t *b);

uint32_t words_in_cap(const ctx *c, uint32_t a, uint32_t b, uint32_t cap,
                      int from_end);

/* words.c: build the word-class table once per process. */
void words_init(void);

/* ---- word classes, inline ---------------------------------------------------
 * The word tables that are word classes, in bit order (words.c builds its
 * hash of their words from this list): class_bit(LIST) of a table named at
 * the call is a constant, and key_in() of such a table one load and a
 * test, with no call.
 */
#define FSC__CLASS_LISTS(X) \
    X(COMPLEMENTIZERS)      \
    X(PRONOUNS)             \
    X(SPEAKER_NOUNS)        \
    X(BRIEFING)             \
    X(IMPERSONAL)           \
    X(ACCORDING_AR)         \
    X(NEGATORS)             \
    X(ADVERBIAL)            \
    X(BRIEFING_PREP)        \
    X(SAID)                 \
    X(NAME_STOP)            \
    X(NAME_LINK)            \
    X(TITLES)               \
    X(NAME_PREP)            \
    X(AR_FIRST_M)           \
    X(AR_FIRST_F)

#define FSC__CLASS_INDEX(list) CLASS_INDEX_##list,
enum { FSC__CLASS_LISTS(FSC__CLASS_INDEX) N_CLASS_LISTS };
#undef FSC__CLASS_INDEX

/* The class bit of a word table, 0 for a table that is no word class, by
 * its address. (The tables are defined in other files, so the compiler
 * cannot settle these comparisons: each is made at run time.) */
static inline uint32_t class_bit_of(const char *const *list)
{
#define FSC__CLASS_TEST(l) \
    if (list == l)         \
        return 1u << CLASS_INDEX_##l;
    FSC__CLASS_LISTS(FSC__CLASS_TEST)
#undef FSC__CLASS_TEST
    return 0;
}

/* The class bit of the word table written `name` at the call, a constant
 * the compiler folds; 0 for any other name (a table that is no word class,
 * or a variable holding a table: key_in_scan() settles those by address). */
static inline __attribute__((always_inline)) uint32_t
class_bit_named(const char *name)
{
#define FSC__CLASS_NAMED(l)              \
    if (__builtin_strcmp(name, #l) == 0) \
        return 1u << CLASS_INDEX_##l;
    FSC__CLASS_LISTS(FSC__CLASS_NAMED)
#undef FSC__CLASS_NAMED
    return 0;
}

/* class_bit(PRONOUNS): the constant by name, else by address. */
#define class_bit(list) \
    (class_bit_named(#list) ? class_bit_named(#list) : class_bit_of(list))

/* Word t (of more than three bytes) ends in -ed ("reported", "pledged",
 * "released"). */
static inline int ed_form(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len > 3 && memcmp(c->text + w->off + w->len - 2, "ed", 2) == 0;
}

/* Word classes of token t (the class lists above), computed on first use
 * (token_classes_fill; the stage hands them over for every token). */
uint32_t token_classes_fill(const ctx *c, uint32_t t);
static inline uint32_t token_classes(const ctx *c, uint32_t t)
{
    uint32_t m = c->cls[t];
    return m != CLASS_UNKNOWN ? m : token_classes_fill(c, t);
}

/* Word t (folded) is in list: by its class bit, else folded and looked
 * up (key_in_scan). */
int key_in_scan(const ctx *c, uint32_t t, const char *const *list);
static inline int key_in_bit(const ctx *c, uint32_t t, const char *const *list,
                             uint32_t bit)
{
    if (bit)
        return (token_classes(c, t) & bit) != 0;
    return key_in_scan(c, t, list);
}
/* (a word class named at the call costs one load and a test; any other
 * table goes to key_in_scan(), which finds a word class by its address) */
#define key_in(c, t, list) key_in_bit((c), (t), (list), class_bit_named(#list))

/* Word t's folded key (Arabic also without و/ف and ال) is in list. With
 * the stage's key and hashes of the word form, inline; else
 * key_is_fold() (names.c) folds the word. */
int key_is_fold(const ctx *c, uint32_t t, const char *const *list);
static inline int key_is(const ctx *c, uint32_t t, const char *const *list)
{
    if (!is_word(c, t))
        return 0;
    if (!c->fh_full || !c->fh_full[t] || !c->fkey_off || !c->fkey_off[t])
        return key_is_fold(c, t, list);
    const char *key = c->fkeys + c->fkey_off[t] - 1;
    return in_list_h(key, c->fh_full[t], list) ||
           (c->lang == LANG_AR && bare_in_list_h(key, c->fh_bare[t], list));
}

/* Generic noun at t: its type (GEN_*) or 0. The stage hands the types
 * over with the classes (has_gen), so this runs inline on every word;
 * without them generic_type_fold() folds the word. */
int generic_type_fold(const ctx *c, uint32_t t);
static inline int generic_type(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (!c->has_gen)
        return generic_type_fold(c, t);
    uint32_t m = c->cls[t];
    if (c->lang == LANG_AR)
        return GEN_BITS(m, GEN_AR_SHIFT);
    if (c->lang == LANG_RU)
        return GEN_BITS(m, GEN_RU_SHIFT);
    int g = GEN_BITS(m, GEN_EN_SHIFT);
    return g && after_the(c, t) ? g : 0;
}

#endif
