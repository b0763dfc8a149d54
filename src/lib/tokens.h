/*
 * tokens.h: the words of a sentence as comparable terms.
 *
 * A struct tokens holds one language's vocabulary: the Snowball stemmer, the
 * stop words, the name aliases and two interning tables, so that every word
 * becomes a small integer (a term id) that is cheap to compare.  Words are cut
 * at UAX #29 word breaks, case folded (NFKC), typographic apostrophes and
 * quotes folded to ASCII, English possessives dropped ("Ukraine's" is
 * "ukraine"), stemmed, and mapped through the alias table ("Kyiv" and "Kiev"
 * give one term; multiword forms such as "United Nations" become one token).
 * Figures become number tokens whose term is the value ("2,870" and "2870"
 * are one term, "eight" is "8", "1.4 million" is "1400000"), found by
 * numbers_scan() in English and by digits elsewhere.
 *
 * Term ids are stable for the life of the struct tokens; the term table only
 * grows.  A struct tokens is not thread-safe (libstemmer is not).
 */
#ifndef PX_TOKENS_H
#define PX_TOKENS_H

#include <stddef.h>
#include <stdint.h>

enum token_flags {
	TOKEN_NUMBER	= 0x01,	/* a figure; value is set */
	TOKEN_PROPER	= 0x02,	/* written with a capital (or an alias) */
	TOKEN_STOP	= 0x04,	/* a stop word: carries little meaning */
	TOKEN_NEGATION	= 0x08,	/* "not", "no", "never", "-n't", ... */
	TOKEN_ALIAS	= 0x10,	/* mapped through the alias table */
	TOKEN_MEASURE	= 0x20	/* a figure that is not a count: money, a
				   percentage, a year, a date, a time... */
};

struct token {
	uint32_t	 term;		/* interned term id */
	uint32_t	 flags;		/* enum token_flags */
	size_t		 start, end;	/* byte span in the sentence */
	double		 value;		/* for TOKEN_NUMBER: the figure, */
	double		 high;		/* its high end (> value for ranges) */
	int		 nflags;	/* and its enum number_flags */
};

struct tokens;

/*
 * A vocabulary for the Snowball language lang ("english", "russian", ...).
 * With load set, the stop words and aliases are read from the data files
 * "stopwords" and "aliases" (system file, then the user's: see
 * paths_data_files()); a missing file is not an error.  Returns NULL and sets
 * *cause when the language is unknown or memory runs out.  tokens_free().
 */
struct tokens	*tokens_new(const char *lang, int load, char **cause);
void		 tokens_free(struct tokens *);

/*
 * Read a stop-word or alias file ('#' comments, blank lines ignored).  Stop
 * words: one or more words a line.  Aliases: one group of equivalent forms a
 * line, separated by white space; a form of several words is written in
 * double quotes ("United Nations").  A short form written in capitals ("US",
 * "IS") only matches words written in capitals.
 */
int	tokens_load_stopwords(struct tokens *, const char *path, char **cause);
int	tokens_load_aliases(struct tokens *, const char *path, char **cause);
/* The same from a string: one line of the alias file or words to stop. */
int	tokens_add_alias(struct tokens *, const char *line, char **cause);
int	tokens_add_stopwords(struct tokens *, const char *line, char **cause);

/*
 * The tokens of s (len bytes of UTF-8; invalid bytes are skipped) in order.
 * *out is a new array the caller frees (NULL when there are none); returns
 * the count or -1 (and *cause) when memory runs out.
 */
long	tokens_split(struct tokens *, const char *s, size_t len,
	    struct token **out, char **cause);

/*
 * The tokens of a sentence in a compact form to keep in the store, and
 * back: tokens_encode() gives a malloc'd buffer (*out, the caller frees)
 * and its size, or -1; tokens_decode() gives tokens equal to those encoded
 * (spans left 0) in a new array, interning their terms in this vocabulary,
 * and their count, or -1 with *cause for a damaged buffer or no memory.
 * The form holds the terms after alias mapping: after the alias file
 * changed, split the text again.
 */
long	tokens_encode(const struct tokens *, const struct token *t, size_t n,
	    unsigned char **out, char **cause);
long	tokens_decode(struct tokens *, const unsigned char *p, size_t len,
	    struct token **out, char **cause);

/* The text of term id (a stem, a number's value, or "=form" for an alias
 * group); NULL for an unknown id.  Valid until tokens_free(). */
const char	*tokens_term(const struct tokens *, uint32_t term);
/* The id of the term text, or UINT32_MAX when it was never seen. */
uint32_t	 tokens_lookup(const struct tokens *, const char *term);
/* How many terms exist: ids are below this. */
uint32_t	 tokens_count(const struct tokens *);

/*
 * The length in characters under which tokens_near() compares a term, or 0
 * when the term is near no other term but itself; *letters gets the set of
 * its characters modulo 32 as bits (0 with a length of 0).  Two terms are
 * never near when their lengths differ by more than 2, nor when their sets
 * differ in more than 4 bits (each edit changes at most 2).
 */
size_t	 tokens_near_length(const struct tokens *, uint32_t,
	    uint32_t *letters);
/*
 * Whether two terms are spellings of one long word (Damerau-Levenshtein
 * distance 1 for words of 6 letters or more, 2 for 9 or more; never for
 * numbers or short words).  Equal terms are near.
 */
int	tokens_near(const struct tokens *, uint32_t a, uint32_t b);

#endif
