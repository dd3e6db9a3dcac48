/*
 * gen_open_vocab.c - copy K of a JSON Lines corpus with new Arabic word
 * forms, for the open-vocabulary memory run of bench/run.sh.
 *
 * Usage: gen_open_vocab K <in.jsonl >out.jsonl
 *
 * Copy 0 is the input unchanged. In copy K > 0 every Arabic word (a run of
 * the letters U+0621..U+064A) of at least 4 letters whose hash falls in
 * three quarters of the range gets two letters appended that depend on K
 * and the word, so each copy brings forms no earlier copy had: the
 * vocabulary keeps growing with the file, as in a stream of new text,
 * while the frequent short words (particles, prepositions) stay as they
 * are. Deterministic; only bytes inside Arabic words change, so every
 * line stays valid JSON.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the 28 letters of the basic alphabet, UTF-8 */
static const char *const letters[28] = {
    "\xD8\xA8", "\xD8\xAA", "\xD8\xAB", "\xD8\xAC", "\xD8\xAD", "\xD8\xAE",
    "\xD8\xAF", "\xD8\xB0", "\xD8\xB1", "\xD8\xB2", "\xD8\xB3", "\xD8\xB4",
    "\xD8\xB5", "\xD8\xB6", "\xD8\xB7", "\xD8\xB8", "\xD8\xB9", "\xD8\xBA",
    "\xD9\x81", "\xD9\x82", "\xD9\x83", "\xD9\x84", "\xD9\x85", "\xD9\x86",
    "\xD9\x87", "\xD9\x88", "\xD9\x8A", "\xD8\xA7"
};

static int arabic_letter(const unsigned char *p)
{
    unsigned cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    return (p[0] == 0xD8 || p[0] == 0xD9) && (p[1] & 0xC0) == 0x80 &&
           cp >= 0x621 && cp <= 0x64A;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_open_vocab K <in.jsonl >out.jsonl\n");
        return 2;
    }
    unsigned long k = strtoul(argv[1], NULL, 10);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        const unsigned char *p = (const unsigned char *)line;
        size_t i = 0, len = (size_t)n;
        while (i < len) {
            if (k == 0 || i + 1 >= len || !arabic_letter(p + i)) {
                putchar(p[i++]);
                continue;
            }
            size_t s = i, nl = 0;
            uint32_t h = 2166136261u;
            while (i + 1 < len && arabic_letter(p + i)) {
                h = (h ^ p[i]) * 16777619u;
                h = (h ^ p[i + 1]) * 16777619u;
                i += 2;
                nl++;
            }
            fwrite(p + s, 1, i - s, stdout);
            if (nl >= 4 && h % 4 != 0) {
                uint32_t v = (uint32_t)(h * 2654435761u + k * 40503u);
                fputs(letters[v % 28], stdout);
                fputs(letters[(v / 28 + k) % 28], stdout);
            }
        }
    }
    free(line);
    return ferror(stdout) ? 1 : 0;
}
