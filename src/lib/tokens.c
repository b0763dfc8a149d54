/*
 * tokens.c: words to term ids.
 *
 * Data: a string map from term text to id (terms[] holds the texts, alias[]
 * the alias group each term belongs to or NOTERM); a cache from folded word
 * to its stemmed term and flags, so that each distinct word is stemmed once;
 * the stop words; the short capitalised alias forms ("US"), matched on the
 * word as written; and the multiword alias phrases as sequences of raw
 * terms.  The cache is emptied whenever stop words or aliases are added, so
 * it never holds a stale answer.
 *
 * Splitting a sentence runs in two passes over reusable scratch arrays:
 * first every UAX #29 word that holds a letter or digit is folded and given
 * its raw term; then figures (digits, number words, "1.4 million") are
 * joined into number tokens, alias phrases into one token, and single words
 * mapped to their alias group.
 *
 * tokens_encode() and tokens_decode() keep a sentence's tokens as bytes,
 * terms as text, so that the engine reads a stored sentence back without
 * splitting it again (the store keeps them next to the sentence).
 */
#include "px.h"
#include "numbers.h"
#include "paths.h"
#include "tokens.h"

#include <errno.h>
#include <libstemmer.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwbrk.h>

#define NOTERM UINT32_MAX

struct strmap {
	char		**keys;
	uint32_t	 *vals;
	uint32_t	 *hashes;
	size_t		  cap, n;
};

struct phrase {
	uint32_t	*terms;
	size_t		 n;
	uint32_t	 canon;
};

struct word {
	size_t		 start, end;	/* in the sentence */
	size_t		 foff, flen;	/* folded text in fold[] */
	uint32_t	 term;		/* raw (stemmed, before aliases) */
	uint32_t	 flags;
	int		 figure;	/* may be part of a figure */
	int		 capital, allcaps;
};

struct tokens {
	struct sb_stemmer	*stemmer;
	char			*lang;
	int			 english;	/* number words, negations */
	struct strmap		 termmap;	/* text -> id */
	char			**terms;	/* id -> text (termmap's) */
	uint32_t		*alias;		/* id -> group id or NOTERM */
	uint32_t		 nterms, capterms;
	struct strmap		 cache;		/* folded word -> packed */
	struct strmap		 stops;
	struct strmap		 caps;		/* "US" -> canonical id */
	struct phrase		*phrases;
	size_t			 nphrases;
	/* scratch for tokens_split */
	struct word		*words;
	size_t			 capwords;
	char			*fold;
	size_t			 capfold;
	char			*brk;
	size_t			 capbrk;
};

/* Negations by language: never stop words, flagged TOKEN_NEGATION. */
static const char *const negations_en[] = {
	"not", "no", "never", "none", "nobody", "nothing", "nowhere",
	"neither", "nor", "cannot", "deny", "denies", "denied", "denying", NULL
};

struct numword {
	const char	*w;
	double		 v;
	int		 scale;	/* 1: multiplies ("hundred"), 2: ends a group */
};

static const struct numword numwords_en[] = {
	{ "zero", 0, 0 }, { "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 },
	{ "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 }, { "seven", 7, 0 },
	{ "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 },
	{ "eleven", 11, 0 }, { "twelve", 12, 0 }, { "thirteen", 13, 0 },
	{ "fourteen", 14, 0 }, { "fifteen", 15, 0 }, { "sixteen", 16, 0 },
	{ "seventeen", 17, 0 }, { "eighteen", 18, 0 }, { "nineteen", 19, 0 },
	{ "twenty", 20, 0 }, { "thirty", 30, 0 }, { "forty", 40, 0 },
	{ "fifty", 50, 0 }, { "sixty", 60, 0 }, { "seventy", 70, 0 },
	{ "eighty", 80, 0 }, { "ninety", 90, 0 }, { "dozen", 12, 0 },
	{ "hundred", 100, 1 }, { "thousand", 1e3, 2 }, { "million", 1e6, 2 },
	{ "billion", 1e9, 2 }, { "trillion", 1e12, 2 },
	{ NULL, 0, 0 }
};

/* --- string map (open addressing, FNV-1a) ----------------------------- */

static uint32_t
strmap_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 16777619u;
	}
	return h;
}

static long
strmap_slot(const struct strmap *m, const char *s, size_t n)
{
	size_t		i;
	uint32_t	h;

	if (m->cap == 0)
		return -1;
	h = strmap_hash(s, n);
	i = h & (m->cap - 1);
	while (m->keys[i] != NULL) {
		if (m->hashes[i] == h && memcmp(m->keys[i], s, n) == 0 &&
		    m->keys[i][n] == '\0')
			return (long)i;
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}

static int
strmap_get(const struct strmap *m, const char *s, size_t n, uint32_t *val)
{
	long	i = strmap_slot(m, s, n);

	if (i < 0)
		return 0;
	*val = m->vals[i];
	return 1;
}

static int
strmap_grow(struct strmap *m)
{
	struct strmap	 nm;
	size_t		 i, j;

	nm.cap = m->cap == 0 ? 256 : m->cap * 2;
	nm.n = m->n;
	if ((nm.keys = calloc(nm.cap, sizeof *nm.keys)) == NULL)
		return -1;
	nm.vals = calloc(nm.cap, sizeof *nm.vals);
	nm.hashes = calloc(nm.cap, sizeof *nm.hashes);
	if (nm.vals == NULL || nm.hashes == NULL) {
		free(nm.keys);
		free(nm.vals);
		free(nm.hashes);
		return -1;
	}
	for (i = 0; i < m->cap; i++) {
		if (m->keys[i] == NULL)
			continue;
		j = m->hashes[i] & (nm.cap - 1);
		while (nm.keys[j] != NULL)
			j = (j + 1) & (nm.cap - 1);
		nm.keys[j] = m->keys[i];
		nm.vals[j] = m->vals[i];
		nm.hashes[j] = m->hashes[i];
	}
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	*m = nm;
	return 0;
}

/* Insert or replace; *key gets the map's own copy of the text. */
static int
strmap_put(struct strmap *m, const char *s, size_t n, uint32_t val,
    const char **key)
{
	long	i;
	size_t	j;

	if ((i = strmap_slot(m, s, n)) >= 0) {
		m->vals[i] = val;
		if (key != NULL)
			*key = m->keys[i];
		return 0;
	}
	if ((m->n + 1) * 2 > m->cap && strmap_grow(m) != 0)
		return -1;
	j = strmap_hash(s, n) & (m->cap - 1);
	while (m->keys[j] != NULL)
		j = (j + 1) & (m->cap - 1);
	if ((m->keys[j] = util_strndup(s, n)) == NULL)
		return -1;
	m->vals[j] = val;
	m->hashes[j] = strmap_hash(s, n);
	m->n++;
	if (key != NULL)
		*key = m->keys[j];
	return 0;
}

static void
strmap_clear(struct strmap *m)
{
	size_t	i;

	for (i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	memset(m, 0, sizeof *m);
}

/* --- terms ------------------------------------------------------------ */

static uint32_t
tokens_intern(struct tokens *tk, const char *s, size_t n)
{
	uint32_t	 id, *na;
	char		**nt;
	const char	*key;
	size_t		 cap;

	if (strmap_get(&tk->termmap, s, n, &id))
		return id;
	if (tk->nterms == tk->capterms) {
		cap = tk->capterms == 0 ? 1024 : (size_t)tk->capterms * 2;
		if (cap >= NOTERM)
			return NOTERM;
		nt = util_reallocarray(tk->terms, cap, sizeof *nt);
		if (nt == NULL)
			return NOTERM;
		tk->terms = nt;
		if ((na = util_reallocarray(tk->alias, cap, sizeof *na)) ==
		    NULL)
			return NOTERM;
		tk->alias = na;
		tk->capterms = (uint32_t)cap;
	}
	id = tk->nterms;
	if (strmap_put(&tk->termmap, s, n, id, &key) != 0)
		return NOTERM;
	tk->terms[id] = (char *)key;
	tk->alias[id] = NOTERM;
	tk->nterms++;
	return id;
}

const char *
tokens_term(const struct tokens *tk, uint32_t term)
{
	if (tk == NULL || term >= tk->nterms)
		return NULL;
	return tk->terms[term];
}

uint32_t
tokens_lookup(const struct tokens *tk, const char *term)
{
	uint32_t	id;

	if (strmap_get(&tk->termmap, term, strlen(term), &id))
		return id;
	return NOTERM;
}

uint32_t
tokens_count(const struct tokens *tk)
{
	return tk->nterms;
}

/* --- life ------------------------------------------------------------- */

static int
load_table(struct tokens *tk, const char *name,
    int (*fn)(struct tokens *, const char *, char **), char **cause)
{
	char	*files[2];
	size_t	 n, i;
	int	 rc = 0;

	n = paths_data_files(name, files);
	for (i = 0; i < n; i++) {
		if (rc == 0 && fn(tk, files[i], cause) != 0)
			rc = -1;
		free(files[i]);
	}
	return rc;
}

struct tokens *
tokens_new(const char *lang, int load, char **cause)
{
	struct tokens	*tk;

	if ((tk = calloc(1, sizeof *tk)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return NULL;
	}
	if ((tk->lang = util_strdup(lang)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		goto fail;
	}
	tk->english = strcmp(lang, "english") == 0 || strcmp(lang, "en") == 0;
	if ((tk->stemmer = sb_stemmer_new(lang, NULL)) == NULL) {
		util_cause(cause, _("no stemmer for the language '%s'"), lang);
		goto fail;
	}
	if (load) {
		if (load_table(tk, "stopwords", tokens_load_stopwords,
		    cause) != 0)
			goto fail;
		if (load_table(tk, "aliases", tokens_load_aliases, cause) != 0)
			goto fail;
	}
	return tk;
fail:
	tokens_free(tk);
	return NULL;
}

void
tokens_free(struct tokens *tk)
{
	size_t	i;

	if (tk == NULL)
		return;
	if (tk->stemmer != NULL)
		sb_stemmer_delete(tk->stemmer);
	free(tk->lang);
	strmap_clear(&tk->termmap);
	free(tk->terms);
	free(tk->alias);
	strmap_clear(&tk->cache);
	strmap_clear(&tk->stops);
	strmap_clear(&tk->caps);
	for (i = 0; i < tk->nphrases; i++)
		free(tk->phrases[i].terms);
	free(tk->phrases);
	free(tk->words);
	free(tk->fold);
	free(tk->brk);
	free(tk);
}

/* --- one word --------------------------------------------------------- */

static int
is_english(const struct tokens *tk)
{
	return tk->english;
}

static int
is_negation(const struct tokens *tk, const char *w, size_t n)
{
	size_t	i;

	if (!is_english(tk))
		return 0;
	if (n > 3 && memcmp(w + n - 3, "n't", 3) == 0)
		return 1;
	for (i = 0; negations_en[i] != NULL; i++) {
		if (strlen(negations_en[i]) == n &&
		    memcmp(negations_en[i], w, n) == 0)
			return 1;
	}
	return 0;
}

/* A figure written in digits ("2,870", "1.4"): its value. */
static int
parse_digits(const char *w, size_t n, double *value)
{
	double	v = 0, scale = 0.1;
	size_t	i;
	int	seen = 0, dot = 0;

	for (i = 0; i < n; i++) {
		if (w[i] >= '0' && w[i] <= '9') {
			if (dot) {
				v += (w[i] - '0') * scale;
				scale /= 10;
			} else
				v = v * 10 + (w[i] - '0');
			seen = 1;
		} else if (w[i] == ',' && !dot && seen)
			continue;
		else if (w[i] == '.' && !dot && seen && i + 1 < n)
			dot = 1;
		else
			return 0;
	}
	if (!seen)
		return 0;
	*value = v;
	return 1;
}

static const struct numword *
number_word(const struct tokens *tk, const char *w, size_t n)
{
	const struct numword	*nw;

	if (!is_english(tk))
		return NULL;
	for (nw = numwords_en; nw->w != NULL; nw++) {
		if (nw->w[0] == w[0] && strlen(nw->w) == n &&
		    memcmp(nw->w, w, n) == 0)
			return nw;
	}
	return NULL;
}

static const char *const ordinals_en[] = {
	"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", NULL
};

/* Whether w may be (part of) a figure: numbers_scan() is only worth
 * running on sentences with such a word. */
static int
figure_hint(const struct tokens *tk, const char *w, size_t n)
{
	size_t	i;

	if (n > 0 && w[0] >= '0' && w[0] <= '9')
		return 1;
	if (!is_english(tk))
		return 0;
	if (number_word(tk, w, n) != NULL ||
	    (n > 1 && w[n - 1] == 's' && number_word(tk, w, n - 1) != NULL))
		return 1;
	if ((n > 6 && memcmp(w + n - 6, "teenth", 6) == 0) ||
	    (n > 4 && memcmp(w + n - 4, "ieth", 4) == 0))
		return 1;
	for (i = 0; ordinals_en[i] != NULL; i++) {
		if (ordinals_en[i][0] == w[0] && strlen(ordinals_en[i]) == n &&
		    memcmp(ordinals_en[i], w, n) == 0)
			return 1;
	}
	return 0;
}

/* The term of a number, written without locale: "2870", "1.4". */
static uint32_t
number_term(struct tokens *tk, double v)
{
	char		buf[64];
	long long	ip, fp;

	if (v >= 1e17 || v < 0)
		snprintf(buf, sizeof buf, "~%lld", (long long)log10(v + 1));
	else {
		ip = (long long)v;
		fp = llround((v - (double)ip) * 1000);
		if (fp >= 1000) {
			ip++;
			fp = 0;
		}
		if (fp == 0)
			snprintf(buf, sizeof buf, "%lld", ip);
		else {
			snprintf(buf, sizeof buf, "%lld.%03lld", ip, fp);
			while (buf[strlen(buf) - 1] == '0')
				buf[strlen(buf) - 1] = '\0';
		}
	}
	return tokens_intern(tk, buf, strlen(buf));
}

/*
 * The term of a time of day (numbers.h: hours and minutes, 14.30): its
 * hour, written so that no word or count has it ("14:"), so that "2am",
 * "02:17" and "2.17 am" share a term and 2 people or February 2 do not.
 */
static uint32_t
clock_term(struct tokens *tk, double v)
{
	char	buf[32];

	snprintf(buf, sizeof buf, "%d:", v >= 0 && v < 100 ? (int)v : 99);
	return tokens_intern(tk, buf, strlen(buf));
}

#define CACHE_FIGURE	0x10	/* in the cache only: figure_hint() */
#define CACHE_SHIFT	5

/* The raw term and flags of one folded word, through the cache. */
static int
word_term(struct tokens *tk, const char *w, size_t n, uint32_t *term,
    uint32_t *flags, int *figure)
{
	uint32_t		 packed, f = 0, id;
	const sb_symbol		*st;
	double			 v;

	if (strmap_get(&tk->cache, w, n, &packed)) {
		/* low bits flags, the rest the term */
		*term = packed >> CACHE_SHIFT;
		*flags = packed & (CACHE_FIGURE - 1);
		*figure = (packed & CACHE_FIGURE) != 0;
		return 0;
	}
	if (parse_digits(w, n, &v)) {
		id = number_term(tk, v);
		f = TOKEN_NUMBER;
	} else {
		if (is_negation(tk, w, n))
			f |= TOKEN_NEGATION;
		else if (strmap_get(&tk->stops, w, n, &id))
			f |= TOKEN_STOP;
		if (f & TOKEN_NEGATION)
			id = tokens_intern(tk, "not", 3);
		else if (n > 0 && w[0] >= '0' && w[0] <= '9')
			id = tokens_intern(tk, w, n);	/* "10th", "1990s" */
		else {
			st = sb_stemmer_stem(tk->stemmer, (const sb_symbol *)w,
			    (int)n);
			if (st == NULL)
				return -1;
			id = tokens_intern(tk, (const char *)st,
			    (size_t)sb_stemmer_length(tk->stemmer));
		}
	}
	if (id == NOTERM || id >= (NOTERM >> CACHE_SHIFT))
		return -1;
	*figure = figure_hint(tk, w, n);
	if (strmap_put(&tk->cache, w, n, id << CACHE_SHIFT | f |
	    (*figure ? CACHE_FIGURE : 0), NULL) != 0)
		return -1;
	*term = id;
	*flags = f;
	return 0;
}

static int
scratch(void **p, size_t *cap, size_t want, size_t size)
{
	void	*np;
	size_t	 ncap;

	if (want <= *cap)
		return 0;
	ncap = *cap == 0 ? 64 : *cap;
	while (ncap < want)
		ncap *= 2;
	if ((np = util_reallocarray(*p, ncap, size)) == NULL)
		return -1;
	*p = np;
	*cap = ncap;
	return 0;
}

/* Fold typographic apostrophes and quotes in place; returns the length. */
static size_t
fold_quotes(char *s, size_t n)
{
	size_t	i, j;

	for (i = j = 0; i < n; i++) {
		if ((unsigned char)s[i] == 0xe2 && i + 2 < n &&
		    (unsigned char)s[i + 1] == 0x80) {
			switch ((unsigned char)s[i + 2]) {
			case 0x98: case 0x99: case 0x9b: case 0xb2:
				s[j++] = '\'';
				i += 2;
				continue;
			case 0x9c: case 0x9d:
				s[j++] = '"';
				i += 2;
				continue;
			}
		}
		s[j++] = s[i];
	}
	return j;
}

/* Pass 1: the words of s into tk->words[], folded text in tk->fold. */
static long
collect_words(struct tokens *tk, const uint8_t *s, size_t len)
{
	size_t		 i, j, nw = 0, nf = 0, flen, k;
	ucs4_t		 uc;
	int		 alnum, upper, lower, first, m;
	uint8_t		*r;
	struct word	*w;
	uint32_t	 term, flags;
	uint8_t		 c;
	int		 figure;

	if (scratch((void **)&tk->brk, &tk->capbrk, len + 1, 1) != 0)
		return -1;
	u8_wordbreaks(s, len, tk->brk);
	for (i = 0; i < len; i = j) {
		for (j = i + 1; j < len && !tk->brk[j]; j++)
			;
		if (scratch((void **)&tk->fold, &tk->capfold,
		    nf + 4 * (j - i) + 16, 1) != 0)
			return -1;
		alnum = upper = lower = 0;
		first = -1;
		/* ASCII: fold here, much faster than the general case */
		for (k = i; k < j && s[k] < 0x80; k++)
			;
		if (k == j) {
			for (k = i; k < j; k++) {
				c = s[k];
				if (c >= 'A' && c <= 'Z') {
					upper++;
					c = (uint8_t)(c - 'A' + 'a');
				} else if (c >= 'a' && c <= 'z')
					lower++;
				if (first < 0 && (upper || lower))
					first = upper > 0;
				if ((c >= 'a' && c <= 'z') ||
				    (c >= '0' && c <= '9')) {
					alnum = 1;
					if (first < 0)
						first = 0;
				}
				tk->fold[nf + k - i] = (char)c;
			}
			if (!alnum)
				continue;
			flen = j - i;
			goto folded;
		}
		for (k = i; k < j; k += (size_t)m) {
			if ((m = u8_mbtoucr(&uc, s + k, j - k)) <= 0)
				break;
			if (uc_is_alnum(uc)) {
				alnum = 1;
				if (first < 0)
					first = uc_is_upper(uc);
			}
			if (uc_is_upper(uc))
				upper++;
			else if (uc_is_lower(uc))
				lower++;
		}
		if (!alnum || k < j)
			continue;
		flen = tk->capfold - nf;
		r = u8_casefold(s + i, j - i, NULL, UNINORM_NFKC,
		    (uint8_t *)tk->fold + nf, &flen);
		if (r == NULL)
			continue;
		if (r != (uint8_t *)tk->fold + nf) {
			/* longer than expected: give up on this word */
			free(r);
			continue;
		}
		flen = fold_quotes(tk->fold + nf, flen);
folded:
		if (flen > 2 && memcmp(tk->fold + nf + flen - 2, "'s", 2) == 0)
			flen -= 2;
		else if (flen > 1 && tk->fold[nf + flen - 1] == '\'')
			flen--;
		if (flen == 0)
			continue;
		if (word_term(tk, tk->fold + nf, flen, &term, &flags,
		    &figure) != 0)
			return -1;
		if (scratch((void **)&tk->words, &tk->capwords, nw + 1,
		    sizeof *tk->words) != 0)
			return -1;
		w = &tk->words[nw++];
		w->start = i;
		w->end = j;
		w->foff = nf;
		w->flen = flen;
		w->term = term;
		w->flags = flags;
		w->figure = figure;
		w->capital = first == 1;
		w->allcaps = upper > 0 && lower == 0;
		nf += flen;
	}
	return (long)nw;
}

/* Only blanks or one hyphen between two words: one figure may span them. */
static int
joined(const uint8_t *s, const struct word *a, const struct word *b)
{
	size_t	i, hyphens = 0;

	for (i = a->end; i < b->start; i++) {
		if (s[i] == '-')
			hyphens++;
		else if (s[i] != ' ')
			return 0;
	}
	return hyphens <= 1;
}

/* A figure starting at word i: its value and the count of words used. */
static size_t
number_at(struct tokens *tk, const uint8_t *s, size_t i, size_t nw,
    double *value)
{
	struct word		*w = tk->words;
	const struct numword	*nwd;
	double			 total = 0, cur = 0, d;
	size_t			 k = i;
	int			 any = 0;

	if (w[i].flags & TOKEN_NUMBER) {
		if (!parse_digits(tk->fold + w[i].foff, w[i].flen, &d))
			return 0;
		cur = d;
		any = 1;
		k = i + 1;
	}
	for (; k < nw; k++) {
		if (k > i && !joined(s, &w[k - 1], &w[k]))
			break;
		if ((nwd = number_word(tk, tk->fold + w[k].foff,
		    w[k].flen)) == NULL)
			break;
		if (nwd->scale == 0) {
			if (any && cur != 0 && fmod(cur, 100) != 0 &&
			    !(cur >= 20 && fmod(cur, 10) == 0 && nwd->v < 10))
				break;
			cur += nwd->v;
		} else if (nwd->scale == 1)
			cur = (cur == 0 ? 1 : cur) * nwd->v;
		else {
			total += (cur == 0 ? 1 : cur) * nwd->v;
			cur = 0;
		}
		any = 1;
	}
	if (!any)
		return 0;
	*value = total + cur;
	return k > i ? k - i : 1;
}

/* Money ("$2.5", "€4") or a percentage ("4%", "11 percent", "8 cents"). */
static int
is_measure(struct tokens *tk, const uint8_t *s, size_t len, size_t i,
    size_t last, size_t nw)
{
	static const char *const after[] = { "percent", "cent", "cents",
	    "pct", NULL };
	const struct word	*w = tk->words;
	size_t			 k, st = w[i].start, en = w[last].end;

	if (st > 0 && (s[st - 1] == '$' || (st > 1 && s[st - 2] == 0xc2 &&
	    s[st - 1] == 0xa3) || (st > 2 && s[st - 3] == 0xe2 &&
	    s[st - 2] == 0x82 && s[st - 1] == 0xac)))
		return 1;
	if (en < len && s[en] == '%')
		return 1;
	if (last + 1 < nw && is_english(tk)) {
		for (k = 0; after[k] != NULL; k++) {
			if (strlen(after[k]) == w[last + 1].flen &&
			    memcmp(after[k], tk->fold + w[last + 1].foff,
			    w[last + 1].flen) == 0)
				return 1;
		}
	}
	return 0;
}

#define FIGURE_CONTEXT 4	/* words either side a figure may use */

/*
 * The figures of the sentence, by numbers_scan() over windows of words
 * around those that may be figures (scanning a whole sentence costs more
 * than the rest of the tokenising).  Spans are in the sentence.
 */
static long
scan_figures(struct tokens *tk, const char *s, size_t len, size_t nw,
    struct number **out)
{
	const struct word	*w = tk->words;
	struct number		*all = NULL, *part, *na;
	size_t			 i = 0, lo, hi, k, n = 0, from, to;
	long			 np;

	*out = NULL;
	while (i < nw) {
		if (!w[i].figure) {
			i++;
			continue;
		}
		lo = i > FIGURE_CONTEXT ? i - FIGURE_CONTEXT : 0;
		hi = i;
		/* extend the window while figures follow closely */
		for (k = i + 1; k < nw && k <= hi + FIGURE_CONTEXT; k++) {
			if (w[k].figure)
				hi = k;
		}
		hi = hi + FIGURE_CONTEXT < nw ? hi + FIGURE_CONTEXT : nw - 1;
		/* from the end of the word before to the start of the next,
		 * so that signs ("$", "%") stay in */
		from = lo > 0 ? w[lo - 1].end : 0;
		to = hi + 1 < nw ? w[hi + 1].start : len;
		np = numbers_scan(s + from, to - from, &part);
		if (np < 0)
			goto nomem;
		if (np > 0) {
			if ((na = util_reallocarray(all, n + (size_t)np,
			    sizeof *na)) == NULL) {
				free(part);
				goto nomem;
			}
			all = na;
			for (k = 0; k < (size_t)np; k++) {
				part[k].start += from;
				part[k].end += from;
				part[k].hstart += from;
				/* a window's figures after the last one's */
				if (n > 0 && part[k].start < all[n - 1].end)
					continue;
				all[n++] = part[k];
			}
		}
		free(part);
		i = hi + 1;
	}
	*out = all;
	return (long)n;
nomem:
	free(all);
	return -1;
}

long
tokens_split(struct tokens *tk, const char *s, size_t len, struct token **out,
    char **cause)
{
	const uint8_t	*us = (const uint8_t *)s;
	struct token	*t = NULL;
	struct word	*w;
	struct number	*fig = NULL;
	long		 nw, nfig = 0;
	size_t		 i, k, n = 0, used, p, f = 0, best;
	uint32_t	 id;
	double		 v;

	*out = NULL;
	if ((nw = collect_words(tk, us, len)) < 0)
		goto nomem;
	if (nw == 0)
		return 0;
	if ((t = calloc((size_t)nw, sizeof *t)) == NULL)
		goto nomem;
	w = tk->words;
	if (is_english(tk) && (nfig = scan_figures(tk, s, len, (size_t)nw,
	    &fig)) < 0)
		goto nomem;
	for (i = 0; i < (size_t)nw; i += used) {
		used = 1;
		t[n].start = w[i].start;
		t[n].end = w[i].end;
		t[n].flags = w[i].flags;
		if (w[i].capital)
			t[n].flags |= TOKEN_PROPER;
		while (f < (size_t)nfig && fig[f].end <= w[i].start)
			f++;
		if (f < (size_t)nfig && fig[f].start <= w[i].start) {
			/* a figure numbers_scan() found: all its words */
			for (used = 1; i + used < (size_t)nw &&
			    w[i + used].start < fig[f].end; used++)
				;
			id = fig[f].flags & NUMBER_TIME ?
			    clock_term(tk, fig[f].value) :
			    number_term(tk, fig[f].value);
			if (id == NOTERM)
				goto nomem;
			t[n].term = id;
			t[n].flags = TOKEN_NUMBER;
			if (fig[f].flags & NUMBER_NOT_COUNT)
				t[n].flags |= TOKEN_MEASURE;
			t[n].value = fig[f].value;
			t[n].high = fig[f].high;
			t[n].nflags = fig[f].flags;
			t[n].end = w[i + used - 1].end;
			n++;
			f++;
			continue;
		}
		if ((w[i].flags & TOKEN_NUMBER || !is_english(tk)) &&
		    (used = number_at(tk, us, i, (size_t)nw, &v)) > 0) {
			if ((id = number_term(tk, v)) == NOTERM)
				goto nomem;
			t[n].term = id;
			t[n].flags = TOKEN_NUMBER;
			if (is_measure(tk, us, len, i, i + used - 1,
			    (size_t)nw))
				t[n].flags |= TOKEN_MEASURE;
			t[n].value = t[n].high = v;
			t[n].end = w[i + used - 1].end;
			n++;
			continue;
		}
		used = 1;
		if (w[i].allcaps && tk->caps.n > 0 && strmap_get(&tk->caps,
		    s + w[i].start, w[i].end - w[i].start, &id)) {
			t[n].term = id;
			t[n].flags = TOKEN_PROPER | TOKEN_ALIAS;
			n++;
			continue;
		}
		/* the longest alias phrase that starts here */
		best = tk->nphrases;
		for (p = 0; p < tk->nphrases; p++) {
			if (tk->phrases[p].n > (size_t)nw - i || (best <
			    tk->nphrases && tk->phrases[p].n <=
			    tk->phrases[best].n))
				continue;
			for (k = 0; k < tk->phrases[p].n; k++) {
				if (w[i + k].term != tk->phrases[p].terms[k])
					break;
			}
			if (k == tk->phrases[p].n)
				best = p;
		}
		if (best < tk->nphrases) {
			used = tk->phrases[best].n;
			t[n].term = tk->phrases[best].canon;
			t[n].flags = TOKEN_PROPER | TOKEN_ALIAS;
			t[n].end = w[i + used - 1].end;
			n++;
			continue;
		}
		t[n].term = w[i].term;
		if (tk->alias[w[i].term] != NOTERM) {
			t[n].term = tk->alias[w[i].term];
			t[n].flags |= TOKEN_ALIAS;
			t[n].flags &= ~(uint32_t)TOKEN_STOP;
		}
		n++;
	}
	free(fig);
	*out = t;
	return (long)n;
nomem:
	free(fig);
	free(t);
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

/* --- data tables ------------------------------------------------------ */

int
tokens_add_stopwords(struct tokens *tk, const char *line, char **cause)
{
	const char	*p = line, *e;
	uint8_t		*f;
	size_t		 flen;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0' || *p == '#')
			break;
		for (e = p; *e != '\0' && *e != ' ' && *e != '\t' &&
		    *e != '\n' && *e != '\r'; e++)
			;
		f = u8_casefold((const uint8_t *)p, (size_t)(e - p), NULL,
		    UNINORM_NFKC, NULL, &flen);
		if (f == NULL || strmap_put(&tk->stops, (char *)f,
		    fold_quotes((char *)f, flen), 1, NULL) != 0) {
			free(f);
			util_cause(cause, "%s", strerror(ENOMEM));
			return -1;
		}
		free(f);
		p = e;
	}
	strmap_clear(&tk->cache);
	return 0;
}

static int
short_caps(const char *s, size_t n)
{
	size_t	i;

	if (n < 2 || n > 4)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < 'A' || s[i] > 'Z')
			return 0;
	}
	return 1;
}

/* One alias form (text of n bytes) into group canon. */
static int
alias_form(struct tokens *tk, const char *s, size_t n, uint32_t canon)
{
	long		 nw, i;
	struct phrase	*np, *ph;

	if (short_caps(s, n))
		return strmap_put(&tk->caps, s, n, canon, NULL);
	if ((nw = collect_words(tk, (const uint8_t *)s, n)) < 0)
		return -1;
	if (nw == 1) {
		tk->alias[tk->words[0].term] = canon;
		return 0;
	}
	if (nw == 0)
		return 0;
	np = util_reallocarray(tk->phrases, tk->nphrases + 1, sizeof *np);
	if (np == NULL)
		return -1;
	tk->phrases = np;
	ph = &np[tk->nphrases];
	if ((ph->terms = calloc((size_t)nw, sizeof *ph->terms)) == NULL)
		return -1;
	for (i = 0; i < nw; i++)
		ph->terms[i] = tk->words[i].term;
	ph->n = (size_t)nw;
	ph->canon = canon;
	tk->nphrases++;
	return 0;
}

int
tokens_add_alias(struct tokens *tk, const char *line, char **cause)
{
	const char	*p = line, *e;
	char		*name = NULL;
	uint8_t		*f;
	size_t		 flen;
	uint32_t	 canon = NOTERM;
	int		 quoted;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0' || *p == '#')
			break;
		quoted = *p == '"';
		if (quoted) {
			p++;
			for (e = p; *e != '\0' && *e != '"'; e++)
				;
		} else {
			for (e = p; *e != '\0' && *e != ' ' && *e != '\t' &&
			    *e != '\n' && *e != '\r'; e++)
				;
		}
		if (canon == NOTERM) {
			f = u8_casefold((const uint8_t *)p, (size_t)(e - p),
			    NULL, UNINORM_NFKC, NULL, &flen);
			if (f == NULL)
				goto nomem;
			name = util_printf("=%.*s", (int)flen, (char *)f);
			free(f);
			if (name == NULL)
				goto nomem;
			canon = tokens_intern(tk, name, strlen(name));
			free(name);
			if (canon == NOTERM)
				goto nomem;
		}
		if (alias_form(tk, p, (size_t)(e - p), canon) != 0)
			goto nomem;
		p = e;
		if (quoted && *p == '"')
			p++;
	}
	strmap_clear(&tk->cache);
	return 0;
nomem:
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

static int
stopwords_line(void *arg, char *line, char **cause)
{
	return tokens_add_stopwords(arg, line, cause);
}

static int
alias_line(void *arg, char *line, char **cause)
{
	return tokens_add_alias(arg, line, cause);
}

int
tokens_load_stopwords(struct tokens *tk, const char *path, char **cause)
{
	return util_load_lines(path, stopwords_line, tk, cause);
}

int
tokens_load_aliases(struct tokens *tk, const char *path, char **cause)
{
	return util_load_lines(path, alias_line, tk, cause);
}

/* --- spelling --------------------------------------------------------- */

/*
 * The characters of a term that tokens_near() compares, decoded into x:
 * their count, or 0 for a term that is near no other (fewer than 6
 * characters or more than 32, or one that is not a letter).  Fewer than 6
 * bytes are fewer than 6 characters: refused before decoding (most words
 * compared are short).
 */
static size_t
near_chars(const struct tokens *tk, uint32_t term, ucs4_t x[32])
{
	const uint8_t	*s, *e;
	size_t		 n = 0, len;
	int		 k;

	len = strlen(tk->terms[term]);
	if (len < 6)
		return 0;
	/* an alias group is named by its first form after a '=' */
	s = (const uint8_t *)tk->terms[term];
	e = s + len;
	s += s[0] == '=';
	for (; s < e && n < 32; s += k, n++) {
		if ((k = u8_mbtouc(&x[n], s, (size_t)(e - s))) <= 0 ||
		    !uc_is_alpha(x[n]))
			return 0;
	}
	if (s < e || n < 6)
		return 0;
	return n;
}

size_t
tokens_near_length(const struct tokens *tk, uint32_t term, uint32_t *letters)
{
	ucs4_t	x[32];
	size_t	n = 0, i;

	*letters = 0;
	if (tk != NULL && term < tk->nterms)
		n = near_chars(tk, term, x);
	for (i = 0; i < n; i++)
		*letters |= (uint32_t)1 << (x[i] % 32);
	return n;
}

int
tokens_near(const struct tokens *tk, uint32_t a, uint32_t b)
{
	ucs4_t		 x[32], y[32];
	size_t		 n, m, i, j, min;
	unsigned	 d[33][33], c, best, lim;

	if (a == b)
		return 1;
	if (a >= tk->nterms || b >= tk->nterms)
		return 0;
	if ((n = near_chars(tk, a, x)) == 0 || (m = near_chars(tk, b, y)) == 0)
		return 0;
	min = n < m ? n : m;
	if (min < 6)
		return 0;
	lim = min >= 9 ? 2 : 1;
	if ((n > m ? n - m : m - n) > lim)
		return 0;
	for (i = 0; i <= n; i++)
		d[i][0] = (unsigned)i;
	for (j = 0; j <= m; j++)
		d[0][j] = (unsigned)j;
	for (i = 1; i <= n; i++) {
		best = (unsigned)-1;
		for (j = 1; j <= m; j++) {
			c = d[i - 1][j - 1] + (x[i - 1] != y[j - 1]);
			if (d[i - 1][j] + 1 < c)
				c = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < c)
				c = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] &&
			    x[i - 2] == y[j - 1] && d[i - 2][j - 2] + 1 < c)
				c = d[i - 2][j - 2] + 1;
			d[i][j] = c;
			if (c < best)
				best = c;
		}
		if (best > lim)
			return 0;
	}
	return d[n][m] <= lim;
}

/* --- a compact form for the store ------------------------------------ */

/*
 * Format TOKENS_FORMAT: one byte of version, then per token its flags (one
 * byte), its number flags (two bytes, low first), its term text with a
 * NUL, and for a
 * figure its value and high end as two host-order doubles.  Spans are not
 * kept (the matcher does not use them).  The store is read on the machine
 * that wrote it; a blob of another version or a damaged one is refused and
 * the caller splits the text again.  Version 3: a time of day is a figure
 * on the 24-hour clock with its own term (clock_term()).
 */
#define TOKENS_FORMAT	3

long
tokens_encode(const struct tokens *tk, const struct token *t, size_t n,
    unsigned char **out, char **cause)
{
	unsigned char	*buf, *p;
	const char	*w;
	size_t		 i, len = 1, wl;

	*out = NULL;
	for (i = 0; i < n; i++) {
		if ((w = tokens_term(tk, t[i].term)) == NULL) {
			util_cause(cause, "%s", _("unknown term"));
			return -1;
		}
		len += 3 + strlen(w) + 1;
		if (t[i].flags & TOKEN_NUMBER)
			len += 2 * sizeof (double);
	}
	if ((buf = malloc(len)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	p = buf;
	*p++ = TOKENS_FORMAT;
	for (i = 0; i < n; i++) {
		w = tokens_term(tk, t[i].term);
		*p++ = (unsigned char)t[i].flags;
		*p++ = (unsigned char)(t[i].nflags & 0xff);
		*p++ = (unsigned char)((t[i].nflags >> 8) & 0xff);
		wl = strlen(w) + 1;
		memcpy(p, w, wl);
		p += wl;
		if (t[i].flags & TOKEN_NUMBER) {
			memcpy(p, &t[i].value, sizeof (double));
			p += sizeof (double);
			memcpy(p, &t[i].high, sizeof (double));
			p += sizeof (double);
		}
	}
	*out = buf;
	return (long)len;
}

long
tokens_decode(struct tokens *tk, const unsigned char *p, size_t len,
    struct token **out, char **cause)
{
	struct token		*t = NULL, *nt;
	const unsigned char	*e = p + len, *z;
	size_t			 n = 0, cap = 0;

	*out = NULL;
	if (len < 1 || *p++ != TOKENS_FORMAT)
		goto bad;
	while (p < e) {
		if (e - p < 4 || (z = memchr(p + 3, '\0',
		    (size_t)(e - p - 3))) == NULL)
			goto bad;
		if (n == cap) {
			cap = cap == 0 ? 32 : cap * 2;
			if ((nt = util_reallocarray(t, cap, sizeof *t)) ==
			    NULL) {
				free(t);
				util_cause(cause, "%s", strerror(ENOMEM));
				return -1;
			}
			t = nt;
		}
		memset(&t[n], 0, sizeof t[n]);
		t[n].flags = p[0];
		t[n].nflags = p[1] | p[2] << 8;
		t[n].term = tokens_intern(tk, (const char *)p + 3,
		    (size_t)(z - p - 3));
		if (t[n].term == NOTERM) {
			free(t);
			util_cause(cause, "%s", strerror(ENOMEM));
			return -1;
		}
		p = z + 1;
		if (t[n].flags & TOKEN_NUMBER) {
			if ((size_t)(e - p) < 2 * sizeof (double))
				goto bad;
			memcpy(&t[n].value, p, sizeof (double));
			memcpy(&t[n].high, p + sizeof (double),
			    sizeof (double));
			p += 2 * sizeof (double);
		}
		n++;
	}
	*out = t;
	return (long)n;
bad:
	free(t);
	util_cause(cause, "%s", _("damaged token data"));
	return -1;
}
