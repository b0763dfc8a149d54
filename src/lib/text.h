/*
 * text.h: raw bytes of a scraped file turned into clean UTF-8 that keeps a
 * map back to the original.
 *
 * text_decode() checks UTF-8, converts plausible Windows-1252 or Latin-1,
 * replaces invalid bytes with U+FFFD, drops the BOM and invisible format
 * characters, turns CRLF, CR and line/paragraph separators into LF, odd
 * spaces (tabs, no-break and typographic spaces) into one plain space,
 * squeezes runs of spaces, trims spaces at both ends of every line, keeps at
 * most one empty line in a row, and applies NFC.
 *
 * Invariant: for every byte i of the clean text, [ostart[i], oend[i]) is the
 * span of original bytes that byte came from (the whole source character or
 * composed sequence), and spans never decrease.  The original of a clean
 * range [a, b) is therefore [ostart[a], oend[b - 1]).
 */
#ifndef PX_TEXT_H
#define PX_TEXT_H

#include <stddef.h>
#include <stdint.h>

enum text_encoding {
	TEXT_UTF8 = 0,		/* valid UTF-8 */
	TEXT_UTF8_REPAIRED,	/* UTF-8 with invalid bytes replaced */
	TEXT_CP1252,		/* converted from Windows-1252 */
	TEXT_LATIN1		/* converted from ISO 8859-1 */
};

struct text {
	char			*s;	/* clean UTF-8, NUL-terminated */
	size_t			 len;
	uint32_t		*ostart;	/* len entries */
	uint32_t		*oend;		/* len entries */
	size_t			 rawlen;
	enum text_encoding	 encoding;
	size_t			 nreplaced;	/* bytes replaced by U+FFFD */
};

/*
 * The code point of the UTF-8 sequence at s[*p] (s holds len bytes), *p
 * moved past it; a malformed or cut sequence gives U+FFFD and moves one
 * byte.  text_next() is the same with ASCII, most of the text, decoded
 * in line.
 */
unsigned int text_utf8_next(const char *s, size_t len, size_t *p);

static inline unsigned int
text_next(const char *s, size_t len, size_t *p)
{
	unsigned char	c = (unsigned char)s[*p];

	if (c < 0x80) {
		(*p)++;
		return c;
	}
	return text_utf8_next(s, len, p);
}

/* Does raw look binary: a NUL byte, or mostly control bytes? */
int text_is_binary(const char *raw, size_t len);

/*
 * Decode and clean len bytes.  Fails (-1, *cause set) only for input too
 * large to map (4 GiB) or when memory runs out; binary input is the
 * caller's concern.  The result is owned by the caller: text_free().
 */
int text_decode(const char *raw, size_t len, struct text **out,
    char **cause);
void text_free(struct text *t);

/*
 * The case of the first letter or digit of UTF-8 s[0, n): 1 upper, -1
 * lower, 0 a digit, no letter, or a letter without case (and invalid
 * UTF-8).  Any script: "Київ" is 1.
 */
int text_first_case(const char *s, size_t n);

/* text_fold_word() flags. */
#define TEXT_FOLD_DIGITS	0x1	/* digits belong to the word too */
#define TEXT_FOLD_CUT		0x2	/* cut a word too long for key */

/*
 * Fold the word at s[i] (UTF-8 s[0, len)) into key (size bytes, NUL
 * included): letters of any script (and digits with TEXT_FOLD_DIGITS),
 * each to lower case through upper case, so that "ı", "I", "i" and "İ" are
 * one key. Returns the bytes of s the word takes, 0 when there is none at
 * i. A word too long for key is refused (0) or, with TEXT_FOLD_CUT, cut
 * before the first character that could leave key fewer than four bytes
 * spare (the word's bytes up to there returned). key is always
 * NUL-terminated (empty when 0 is returned); size must be at least 1.
 */
size_t text_fold_word(const char *s, size_t len, size_t i, char *key,
    size_t size, int flags);

/* The original span of clean range [a, b), b > a. */
void text_span(const struct text *t, size_t a, size_t b, size_t *ostart,
    size_t *oend);

#endif
