/*
 * lexset.h - the set of lexicons a run uses: the user's files and
 * directories, the bundled set, and the bundled modifiers and attribution
 * layer that come along with a user's lexicons. One implementation for the
 * CLI (cli/common.c) and the bindings (framescope/simple.h).
 *
 * Which files a directory gives: every file whose extension names a format
 * framescope reads (fsc_lexset_format_known: .json, .dic, .dicx, .cat,
 * .yml, .yaml, .lc3, .lcd, in any case), in byte order of their names, not
 * recursively.
 *
 * Ownership: an fsc_lexset owns its lexicons; zero-initialise it, fill it
 * with fsc_lexset_load() and free it with fsc_lexset_free(). A model
 * compiled from it (fsc_model_compile) borrows the lexicons, so free the
 * set after the model. Errors: fsc_status, with the file in err->where
 * (and line/col for a broken lexicon). Never prints. Thread-safety:
 * fsc_lexset_load keeps no state between calls; the loaded lexicons are
 * immutable and may be shared by threads.
 */
#ifndef FRAMESCOPE_LEXSET_H
#define FRAMESCOPE_LEXSET_H

#include "framescope.h"
#include "lexicon.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Loaded lexicons, owned: v[0..n). */
typedef struct fsc_lexset {
    fsc_lexicon **v;
    size_t n;
} fsc_lexset;

/** 1 when the extension of `path` names a dictionary format framescope
 *  reads, else 0. */
int fsc_lexset_format_known(const char *path);

/** The sentence fsc_lexset_load puts in err->msg for an unknown format
 *  (names the formats); static. */
const char *fsc_lexset_formats_text(void);

/**
 * Load a lexicon set into *out (zero-initialised; on failure left empty).
 *
 * - n_paths == 0: the bundled set of `bundled_dir`: its lexicon files, then
 *   those of bundled_dir/general (loaded language, not bound to a
 *   conflict), then bundled_dir/attribution (reporting cues and actors,
 *   which give every match its voice). Conflict packs
 *   (bundled_dir/conflicts) are only loaded when named.
 * - n_paths > 0: each path is a file (any known format, else FSC_EINVAL
 *   naming the formats) or a directory (its known files, sorted); with
 *   `support` nonzero, bundled_dir/modifiers.json and
 *   bundled_dir/attribution come after them, each skipped when a lexicon of
 *   the same name is already loaded, so a user's lexicon keeps negation,
 *   hedges and voices.
 *
 * bundled_dir may be NULL only when n_paths > 0 and support == 0. No file
 * found is FSC_EINVAL ("no lexicon files found").
 */
fsc_status fsc_lexset_load(const char *const *paths, size_t n_paths,
                           const char *bundled_dir, int support,
                           fsc_lexset *out, fsc_error *err);

/** Free the lexicons and empty the set; NULL or empty is a no-op. */
void fsc_lexset_free(fsc_lexset *ls);

#ifdef __cplusplus
}
#endif
#endif
