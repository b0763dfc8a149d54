/*
 * sentence.h: sentence boundaries.
 *
 * sentence_breaks() is plain Unicode UAX #29 (Sentence_Break rules SB1 to
 * SB998, property table generated into sbprop.h); it passes every line of
 * Unicode's SentenceBreakTest.txt.
 *
 * sentence_split() tailors it for news text: no break after abbreviations
 * and titles (data table share/parallax/abbreviations), single-letter
 * initials, dotted acronyms ("U.S.") unless a typical sentence opener
 * follows, before a lower-case word, or inside a URL or an e-mail address;
 * a break where a full stop lacks its space ("sides.On Thursday").  It
 * returns spans trimmed of white space; line feeds always end a sentence.
 */
#ifndef PX_SENTENCE_H
#define PX_SENTENCE_H

#include <stddef.h>

struct sentence_abbrevs;

struct sentence_span {
	size_t	start, end;	/* byte offsets, [start, end) */
};

/*
 * Boundaries of s per UAX #29: a malloc'd array of byte offsets in
 * increasing order, each > 0, the last == len (none for empty text).
 */
int sentence_breaks(const char *s, size_t len, size_t **out, size_t *n,
    char **cause);

/*
 * The sentences of s under the news tailoring.  ab may be NULL for the
 * default table (the data files, loaded once).  *out is malloc'd.
 */
int sentence_split(const char *s, size_t len,
    const struct sentence_abbrevs *ab, struct sentence_span **out,
    size_t *n, char **cause);

/* The abbreviation table: built-in rules plus the data files. */
struct sentence_abbrevs *sentence_abbrevs_new(void);
int sentence_abbrevs_add(struct sentence_abbrevs *ab, const char *line,
    char **cause);
int sentence_abbrevs_load_file(struct sentence_abbrevs *ab,
    const char *path, char **cause);
/* Both data files ("abbreviations" via paths_data_files()). */
int sentence_abbrevs_load(struct sentence_abbrevs **out, char **cause);
/* The table loaded from the data files on first use; NULL if that failed. */
const struct sentence_abbrevs *sentence_abbrevs_default(void);
void sentence_abbrevs_free(struct sentence_abbrevs *ab);

#endif
