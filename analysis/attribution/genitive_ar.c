/*
 * genitive_ar.c - stage 3, part: an Arabic actor in the genitive of a
 * title written with ل («نائب الأمين العام لحزب الله الشيخ نعيم قاسم»,
 * «رئيس المكتب السياسي لحركة حماس خالد مشعل», «المبعوث الخاص للأمم
 * المتحدة برناردينو ليون»). The actor the lexicon knows is the body the
 * title belongs to, not the speaker: the title runs through it to the
 * person's name after it. The rules that read an actor right after the
 * title word as part of the title («زعيم حزب الله اللبناني حسن نصر
 * الله») missed the titles whose last word before the actor is an
 * adjective («العام», «السياسي», «الخاص»). Used by named_ar()
 * (speaker_ar.c) and resolve_cue() (speaker.c).
 */
#include "attrib_int.h"

/* Word t, the first word of an actor, is ل + the actor's first word and
 * the words from `from` up to it are a title with its definite
 * adjectives and genitives: «نائب الأمين العام لـ», «رئيس المكتب السياسي
 * لـ» (at most four words after the title word, no mark). */
int ar_title_genitive(const ctx *c, uint32_t from, uint32_t t)
{
    char k[KEY_CAP];
    if (c->lang != LANG_AR || t <= from || t - from > 5 || !is_word(c, t) ||
        !ar_title_at(c, from))
        return 0;
    fold_tok(c, t, k);
    if (!starts(k, "ل") || strlen(k) <= 4)
        return 0;
    for (uint32_t u = from + 1; u < t; u++)
        if (!is_word(c, u) || c->cue_at[u] >= 0 || is_compl(c, u) ||
            c->cand_at[u] >= 0 || !(ar_definite(c, u) || ar_title_at(c, u)))
            return 0;
    return 1;
}
