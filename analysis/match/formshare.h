/*
 * formshare.h - word forms resolved by one scoring thread, offered to the
 * others (match/share.c; not installed).
 *
 * Each analyzer keeps its own word-form cache (forms.c): the per-token
 * lookups and the type indices stay thread-local. Without this, a form
 * new to a thread is folded and resolved (clitic, tanween and verb
 * readings; about 4,000 instructions an Arabic form) even when another
 * thread resolved it a moment before. With a share attached, a thread
 * first asks the share, and copies the readings from it when found; what
 * it resolves itself it puts there. The readings of a form depend only on
 * the model and the form, so the copy is what resolving would have made,
 * and the output is the same at any thread count.
 *
 * The share is a ring of fixed size: new forms overwrite the oldest, so
 * its memory is bounded whatever the vocabulary. A mutex guards it; a
 * thread takes it once per form new to that thread, never per token.
 */
#ifndef FSC_MATCH_FORMSHARE_H
#define FSC_MATCH_FORMSHARE_H

#include "framescope/analyzer.h"

#include <stddef.h>

typedef struct fsc__formshare fsc__formshare;

/* Ring size when none is given: about 100,000 Arabic forms (a form with
 * no reading takes 32-48 bytes). */
#define FSC__FORMSHARE_RING ((size_t)4 << 20)

/** A share for analyzers of model m, its ring `ring_bytes` (0: the
 *  default; rounded down to a power of two, at least 4 KiB). NULL when
 *  out of memory: analyzers then simply resolve every form themselves. */
fsc__formshare *fsc__formshare_new(const fsc_model *m, size_t ring_bytes);
void fsc__formshare_free(fsc__formshare *fs);

/** Let az use fs (NULL: stop). Only an analyzer of fs's model takes it;
 *  fs must outlive az's use of it. */
void fsc__analyzer_share(fsc_analyzer *az, fsc__formshare *fs);

/** Counts since fs was made: forms found in it, forms asked for and not
 *  found (then resolved and put), forms put. For tests and measuring. */
void fsc__formshare_counts(fsc__formshare *fs, size_t *found, size_t *missed,
                           size_t *put);

#endif
