/*
 * terms_stop.h - short stop-word lists for `framescope terms` (Arabic,
 * English, Russian), written for the project: function words that would
 * otherwise top every frequency list and every keyness list. Keys are
 * folded (lower case; Arabic without article, alef forms unified, ى -> ي;
 * ё -> е), as terms.c folds words.
 */
#ifndef FSC_TERMS_STOP_H
#define FSC_TERMS_STOP_H

/** Nonzero when the folded key is a stop word. */
int fsc__terms_is_stop(const char *key);

#endif
