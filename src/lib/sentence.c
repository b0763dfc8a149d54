/*
 * sentence.c: UAX #29 sentence boundaries and the news tailoring on top.
 *
 * sentence_breaks() works on "units": a character with the Extend and
 * Format characters that follow it (rule SB5), each with its
 * Sentence_Break property and byte offset.  One forward pass keeps the
 * context "SATerm Close* Sp*" of the position being decided; the look-ahead
 * of SB8 uses next_sig[], the next unit that is OLetter, Upper, Lower,
 * ParaSep or SATerm, filled by one backward pass, so the whole is linear.
 *
 * sentence_split() then walks the UAX #29 boundaries and drops those the
 * news rules rule out, and adds the ones for a full stop without its space;
 * see sentence.h.  The abbreviation table is an array kept sorted as
 * entries are added (a lookup never changes it) and searched by bisection;
 * entries in lower case match any case.
 */
#include "px.h"
#include "table.h"
#include "sentence.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistr.h>

enum sbprop {
	SB_OTHER = 0, SB_CR, SB_LF, SB_EXTEND, SB_SEP, SB_FORMAT, SB_SP,
	SB_LOWER, SB_UPPER, SB_OLETTER, SB_NUMERIC, SB_ATERM, SB_SCONTINUE,
	SB_STERM, SB_CLOSE
};

struct sbprop_range {
	uint32_t	lo, hi;
	unsigned char	prop;
};

#include "sbprop.h"

struct abbrev {
	char	*word;		/* with its full stop(s) */
	int	 may_end;	/* may also end a sentence */
	int	 anycase;	/* lower case: matches any case */
};

struct sentence_abbrevs {
	struct abbrev	*v;		/* by word in any case, kept so */
	size_t		 n, cap;
};

/* Words that typically open a sentence: after "U.S." or "Inc." they mean a
 * new sentence has started. */
static const char *const openers[] = {
	"A", "According", "After", "Also", "An", "And", "As", "At", "But",
	"Earlier", "He", "Her", "His", "However", "I", "If", "In", "It", "Its",
	"Later", "Meanwhile", "Many", "Most", "No", "On", "One", "Our", "She",
	"So", "Some", "That", "The", "Their", "There", "These", "They", "This",
	"Those", "Two", "We", "What", "When", "While", "Yet", "You"
};

static int
sb_prop_search(ucs4_t c)
{
	size_t	lo = 0, hi = PX_NITEMS(sbprop_ranges), mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (c < sbprop_ranges[mid].lo)
			hi = mid;
		else if (c > sbprop_ranges[mid].hi)
			lo = mid + 1;
		else
			return sbprop_ranges[mid].prop;
	}
	return SB_OTHER;
}

/* ASCII answers from the generated table of their own, without
 * bisection. */
static int
sb_prop(ucs4_t c)
{
	if (c >= 0x80)
		return sb_prop_search(c);
	return sbprop_ascii[c];
}

static int
is_parasep(int p)
{
	return p == SB_SEP || p == SB_CR || p == SB_LF;
}

static int
is_saterm(int p)
{
	return p == SB_STERM || p == SB_ATERM;
}

int
sentence_breaks(const char *s, size_t len, size_t **out, size_t *n,
    char **cause)
{
	const uint8_t	*p = (const uint8_t *)s;
	unsigned char	*prop = NULL;
	size_t		*off = NULL, *nsig = NULL, *br = NULL;
	size_t		 nu = 0, nb = 0, i, j, term = 0;
	ucs4_t		 c;
	int		 k, pr, ctx = 0, insp = 0, brk;

	*out = NULL;
	*n = 0;
	if (len == 0)
		return 0;
	/* off[] and nsig[] share one block; br[] is handed to the caller. */
	prop = malloc(len);
	off = util_reallocarray(NULL, 2 * (len + 1), sizeof *off);
	br = util_reallocarray(NULL, len + 1, sizeof *br);
	if (prop == NULL || off == NULL || br == NULL)
		goto oom;
	nsig = off + len + 1;

	/* Units: SB5 folds Extend and Format into what precedes them. */
	for (i = 0; i < len; i += (size_t)k) {
		if (p[i] < 0x80) {
			c = p[i];
			k = 1;
		} else if ((k = u8_mbtoucr(&c, p + i, len - i)) < 0) {
			c = 0xFFFD;
			k = 1;
		}
		pr = sb_prop(c);
		if ((pr == SB_EXTEND || pr == SB_FORMAT) && nu > 0 &&
		    !is_parasep(prop[nu - 1]))
			continue;
		prop[nu] = (unsigned char)pr;
		off[nu] = i;
		nu++;
	}
	off[nu] = len;
	nsig[nu] = nu;
	for (i = nu; i-- > 0;) {
		pr = prop[i];
		if (pr == SB_OLETTER || pr == SB_UPPER || pr == SB_LOWER ||
		    is_parasep(pr) || is_saterm(pr))
			nsig[i] = i;
		else
			nsig[i] = nsig[i + 1];
	}

	/* ctx: 0 none, else the SATerm of "SATerm Close* Sp*" before j. */
	for (j = 1; j < nu; j++) {
		pr = prop[j - 1];
		if (is_saterm(pr)) {
			ctx = pr;
			term = j - 1;
			insp = 0;
		} else if (ctx != 0 && pr == SB_CLOSE && !insp)
			;
		else if (ctx != 0 && pr == SB_SP)
			insp = 1;
		else
			ctx = 0;

		pr = prop[j];
		if (prop[j - 1] == SB_CR && pr == SB_LF)
			brk = 0;				/* SB3 */
		else if (is_parasep(prop[j - 1]))
			brk = 1;				/* SB4 */
		else if (ctx == SB_ATERM && term == j - 1 &&
		    pr == SB_NUMERIC)
			brk = 0;				/* SB6 */
		else if (ctx == SB_ATERM && term == j - 1 && term > 0 &&
		    (prop[term - 1] == SB_UPPER ||
		    prop[term - 1] == SB_LOWER) && pr == SB_UPPER)
			brk = 0;				/* SB7 */
		else if (ctx == SB_ATERM && nsig[j] < nu &&
		    prop[nsig[j]] == SB_LOWER)
			brk = 0;				/* SB8 */
		else if (ctx != 0 && (pr == SB_SCONTINUE || is_saterm(pr)))
			brk = 0;				/* SB8a */
		else if (ctx != 0 && !insp && (pr == SB_CLOSE ||
		    pr == SB_SP || is_parasep(pr)))
			brk = 0;				/* SB9 */
		else if (ctx != 0 && (pr == SB_SP || is_parasep(pr)))
			brk = 0;				/* SB10 */
		else if (ctx != 0)
			brk = 1;				/* SB11 */
		else
			brk = 0;				/* SB998 */
		if (brk)
			br[nb++] = off[j];
	}
	br[nb++] = len;
	free(prop);
	free(off);
	*out = br;
	*n = nb;
	return 0;
oom:
	free(prop);
	free(off);
	free(br);
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

/* --- the abbreviation table ------------------------------------------- */

struct sentence_abbrevs *
sentence_abbrevs_new(void)
{
	return calloc(1, sizeof(struct sentence_abbrevs));
}

void
sentence_abbrevs_free(struct sentence_abbrevs *ab)
{
	size_t	i;

	if (ab == NULL)
		return;
	for (i = 0; i < ab->n; i++)
		free(ab->v[i].word);
	free(ab->v);
	free(ab);
}

static int
is_lower_ascii_word(const char *w)
{
	int	lower = 0;

	for (; *w != '\0'; w++) {
		if (isupper((unsigned char)*w))
			return 0;
		if (islower((unsigned char)*w))
			lower = 1;
	}
	return lower;
}

/* One line of the data file: "WORD." or "WORD. end"; comments and empty
 * lines are accepted and ignored. */
int
sentence_abbrevs_add(struct sentence_abbrevs *ab, const char *line,
    char **cause)
{
	const char	*p = line, *w;
	char		*word;
	size_t		 wl, lo, hi, mid;
	struct abbrev	*v;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#' || *p == '\0' || *p == '\n')
		return 0;
	for (w = p; *p != '\0' && *p != ' ' && *p != '\t' && *p != '\n'; p++)
		;
	wl = (size_t)(p - w);
	if (wl < 2 || w[wl - 1] != '.') {
		util_cause(cause,
		    _("not an abbreviation with a full stop: %.*s"), (int)wl,
		    w);
		return -1;
	}
	while (*p == ' ' || *p == '\t')
		p++;
	if (ab->n == ab->cap) {
		ab->cap = ab->cap * 2 + 64;
		if ((v = util_reallocarray(ab->v, ab->cap, sizeof *v)) == NULL)
			goto oom;
		ab->v = v;
	}
	if ((word = util_strndup(w, wl)) == NULL)
		goto oom;
	/* in order, after the entries equal in any case: as a stable sort
	 * of the lines would put it */
	lo = 0;
	hi = ab->n;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcasecmp(ab->v[mid].word, word) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	memmove(ab->v + lo + 1, ab->v + lo, (ab->n - lo) * sizeof *ab->v);
	v = &ab->v[lo];
	v->word = word;
	v->may_end = strncmp(p, "end", 3) == 0;
	v->anycase = is_lower_ascii_word(v->word);
	ab->n++;
	return 0;
oom:
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

static void *
abbrevs_create(void)
{
	return sentence_abbrevs_new();
}

static void
abbrevs_destroy(void *t)
{
	sentence_abbrevs_free(t);
}

static int
abbrevs_line(void *t, size_t part, char *line, char **cause)
{
	(void)part;
	return sentence_abbrevs_add(t, line, cause);
}

static const struct table_kind abbrevs_kind = {
	{ "abbreviations", NULL }, abbrevs_create, abbrevs_destroy,
	abbrevs_line, 0
};

int
sentence_abbrevs_load_file(struct sentence_abbrevs *ab, const char *path,
    char **cause)
{
	return table_load_file(path, abbrevs_line, ab, 0, cause);
}

int
sentence_abbrevs_load(struct sentence_abbrevs **out, char **cause)
{
	*out = table_load(&abbrevs_kind, cause);
	return *out != NULL ? 0 : -1;
}

const struct sentence_abbrevs *
sentence_abbrevs_default(void)
{
	static struct table_cache	cache = TABLE_CACHE_INIT;

	return table_default(&abbrevs_kind, &cache);
}

static int
abbrev_cmp(const void *a, const void *b)
{
	const struct abbrev	*x = a, *y = b;

	return strcasecmp(x->word, y->word);
}

/* Look a word (with its full stop) up; NULL when it is not listed. */
static const struct abbrev *
abbrev_find(const struct sentence_abbrevs *ab, const char *w, size_t wl)
{
	char			 key[64];
	struct abbrev		 k;
	const struct abbrev	*a;
	size_t			 lo, hi, i;

	if (ab == NULL || ab->n == 0 || wl >= sizeof key)
		return NULL;
	memcpy(key, w, wl);
	key[wl] = '\0';
	k.word = key;
	/* Find the first case-insensitive match, then look for one that
	 * matches exactly or is listed in lower case. */
	lo = 0;
	hi = ab->n;
	while (lo < hi) {
		i = (lo + hi) / 2;
		if (abbrev_cmp(&ab->v[i], &k) < 0)
			lo = i + 1;
		else
			hi = i;
	}
	for (i = lo; i < ab->n && abbrev_cmp(&ab->v[i], &k) == 0; i++) {
		a = &ab->v[i];
		if (a->anycase || strcmp(a->word, key) == 0)
			return a;
	}
	return NULL;
}

/* --- the tailoring ----------------------------------------------------- */

static int
prop_at(const char *s, size_t len, size_t i, size_t *next)
{
	ucs4_t	c;
	int	k;

	if ((unsigned char)s[i] < 0x80) {
		c = (unsigned char)s[i];
		k = 1;
	} else if ((k = u8_mbtoucr(&c, (const uint8_t *)s + i, len - i)) <
	    0) {
		c = 0xFFFD;
		k = 1;
	}
	if (next != NULL)
		*next = i + (size_t)k;
	return sb_prop(c);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/*
 * The run of non-space characters around [a, b), looked for at most
 * TOKEN_MAX bytes each way so that a megabyte without a space stays linear;
 * returns 0 when the run is longer than that.
 */
#define TOKEN_MAX 256

static int
token_around(const char *s, size_t len, size_t lim, size_t a, size_t b,
    size_t *ta, size_t *tb)
{
	size_t	w, r;

	for (w = a; w > lim && !is_ws(s[w - 1]); w--)
		if (a - w > TOKEN_MAX)
			return 0;
	for (r = b; r < len && !is_ws(s[r]); r++)
		if (r - b > TOKEN_MAX)
			return 0;
	*ta = w;
	*tb = r;
	return 1;
}

/* Is the non-space run [a, b) a URL or an e-mail address? */
static int
is_url(const char *s, size_t a, size_t b)
{
	size_t	i;

	for (i = a; i < b; i++) {
		if (s[i] == '@' && i > a && i + 1 < b)
			return 1;
		if (s[i] == ':' && i + 2 < b && s[i + 1] == '/' &&
		    s[i + 2] == '/')
			return 1;
	}
	if (b - a > 4 && strncasecmp(s + a, "www.", 4) == 0)
		return 1;
	return 0;
}

/* The first letter of the word starting at or after i, skipping opening
 * punctuation: its property, or SB_OTHER. */
static int
next_letter(const char *s, size_t len, size_t i, size_t *at)
{
	size_t	j;
	int	pr;

	while (i < len) {
		pr = prop_at(s, len, i, &j);
		if (pr == SB_LOWER || pr == SB_UPPER || pr == SB_OLETTER ||
		    pr == SB_NUMERIC) {
			if (at != NULL)
				*at = i;
			return pr;
		}
		if (pr != SB_CLOSE && pr != SB_SP && pr != SB_OTHER)
			return SB_OTHER;
		if (pr == SB_OTHER && !(s[i] == '\'' || s[i] == '"' ||
		    (unsigned char)s[i] >= 0x80))
			return SB_OTHER;
		i = j;
	}
	return SB_OTHER;
}

static int
is_opener(const char *s, size_t len, size_t at)
{
	size_t	e = at, i;

	while (e < len && isalpha((unsigned char)s[e]))
		e++;
	for (i = 0; i < PX_NITEMS(openers); i++) {
		if (strlen(openers[i]) == e - at &&
		    strncmp(openers[i], s + at, e - at) == 0)
			return 1;
	}
	return 0;
}

/* "U.S.", "U.N.", "p.m.": letters each followed by a full stop, two or
 * more of them.  "J." (an initial) has one. */
static int
dotted_letters(const char *w, size_t wl)
{
	size_t	i = 0;
	int	n = 0;

	while (i < wl) {
		if (!isalpha((unsigned char)w[i]) || i + 1 >= wl ||
		    w[i + 1] != '.')
			return 0;
		n++;
		i += 2;
	}
	return n;
}

/*
 * Should the UAX #29 boundary at b (the end of the sentence before it,
 * white space included) be kept?
 */
static int
keep_break(const char *s, size_t len, size_t start, size_t b,
    const struct sentence_abbrevs *ab)
{
	const struct abbrev	*a;
	size_t			 e = b, w, at = 0, i;
	int			 nl = 0, np, nd;

	while (e > start && is_ws(s[e - 1])) {
		if (s[e - 1] == '\n')
			nl = 1;
		e--;
	}
	for (i = b; i < len && is_ws(s[i]); i++) {
		if (s[i] == '\n')
			nl = 1;
	}
	if (nl || e == start)
		return 1;
	/* Inside one run of non-space characters: a URL or an address. */
	if (e == b && b < len && !is_ws(s[b])) {
		if (!token_around(s, len, start, e, b, &w, &i) ||
		    is_url(s, w, i))
			return 0;
	}
	np = next_letter(s, len, b, &at);
	if (np == SB_LOWER)
		return 0;
	if (s[e - 1] != '.')
		return 1;
	/* The word before the full stop, opening punctuation left out. */
	if (!token_around(s, e, start, e, e, &w, &i))
		return 1;
	while (w < e && !isalnum((unsigned char)s[w]) &&
	    (unsigned char)s[w] < 0x80)
		w++;
	if (w >= e)
		return 1;
	if ((a = abbrev_find(ab, s + w, e - w)) != NULL) {
		if (!a->may_end)
			return 0;
		return np == SB_UPPER && is_opener(s, len, at);
	}
	nd = dotted_letters(s + w, e - w);
	if (nd >= 1 && (nd >= 2 || isupper((unsigned char)s[w])))
		return np == SB_UPPER && is_opener(s, len, at);
	return 1;
}

/* Top-level domains: "example.Com" is an address, not two sentences. */
static const char *const tlds[] = {
	"com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io",
	"co", "uk", "us", "eu", "ru", "ua", "by", "cn", "in", "de", "fr",
	"it", "es", "tr", "ir", "il", "jp", "kr", "au", "ca", "news", "tv"
};

static int
is_tld(const char *s, size_t a, size_t b)
{
	size_t	e = a, i;

	while (e < b && isalpha((unsigned char)s[e]))
		e++;
	if (e < b && s[e] != '/' && s[e] != '.' && s[e] != ':' &&
	    s[e] != ',' && s[e] != ')')
		return 0;
	for (i = 0; i < PX_NITEMS(tlds); i++) {
		if (strlen(tlds[i]) == e - a &&
		    strncasecmp(tlds[i], s + a, e - a) == 0)
			return 1;
	}
	return 0;
}

/* Letters only (and hyphens, quotes, an opening bracket) in [a, b). */
static int
plain_word(const char *s, size_t a, size_t b)
{
	size_t	i;

	for (i = a; i < b; i++) {
		if (!isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80 &&
		    strchr("-'\"(", s[i]) == NULL)
			return 0;
	}
	return 1;
}

/*
 * "the school. 33 people were detained": a figure after a full stop and
 * its space, then a word.  UAX #29 joins the two (SB8 looks past the
 * figure for a lower-case letter); news text starts sentences with
 * figures.  The full stop must end a plain lower-case word that is no
 * abbreviation ("No. 5", "vol. 2", "Jan. 5" stay whole).
 */
static int
figure_opens(const char *s, size_t i, size_t b)
{
	size_t	j;

	if (i + 2 >= b || s[i + 1] != ' ' || !isdigit((unsigned char)s[i + 2]))
		return 0;
	for (j = i + 2; j < b && (isdigit((unsigned char)s[j]) ||
	    (s[j] == ',' && j + 1 < b && isdigit((unsigned char)s[j + 1])));
	    j++)
		;
	return j + 1 < b && s[j] == ' ' && isalpha((unsigned char)s[j + 1]);
}

/* Full stops without their space: "sides.On Thursday" in [a, b), and
 * before a figure that opens a sentence (figure_opens()).  Adds boundary
 * offsets (the offset after the full stop) to *v. */
static int
missing_space(const char *s, size_t a, size_t b,
    const struct sentence_abbrevs *ab, size_t **v, size_t *n, size_t *cap)
{
	size_t	i, w, r, *nv;

	for (i = a + 2; i + 2 < b; i++) {
		if (s[i] != '.' || !islower((unsigned char)s[i - 1]) ||
		    !islower((unsigned char)s[i - 2]))
			continue;
		if (!(isupper((unsigned char)s[i + 1]) &&
		    islower((unsigned char)s[i + 2])) && !figure_opens(s, i, b))
			continue;
		if (!token_around(s, b, a, i, i, &w, &r) || is_url(s, w, r) ||
		    is_tld(s, i + 1, r) || abbrev_find(ab, s + w, i + 1 - w))
			continue;
		if (!plain_word(s, w, i))
			continue;
		if (*n == *cap) {
			*cap = *cap * 2 + 8;
			if ((nv = util_reallocarray(*v, *cap, sizeof *nv)) ==
			    NULL)
				return -1;
			*v = nv;
		}
		(*v)[(*n)++] = i + 1;
	}
	return 0;
}

static int
push_span(struct sentence_span **v, size_t *n, size_t *cap, const char *s,
    size_t a, size_t b)
{
	struct sentence_span	*nv;

	while (a < b && is_ws(s[a]))
		a++;
	while (b > a && is_ws(s[b - 1]))
		b--;
	if (a == b)
		return 0;
	if (*n == *cap) {
		*cap = *cap * 2 + 16;
		if ((nv = util_reallocarray(*v, *cap, sizeof *nv)) == NULL)
			return -1;
		*v = nv;
	}
	(*v)[*n].start = a;
	(*v)[*n].end = b;
	(*n)++;
	return 0;
}

int
sentence_split(const char *s, size_t len, const struct sentence_abbrevs *ab,
    struct sentence_span **out, size_t *n, char **cause)
{
	struct sentence_span	*v = NULL;
	size_t			*br = NULL, nbr, i, j, start = 0;
	size_t			 nv = 0, cv = 0;
	size_t			*extra = NULL, nx, cx = 0, a;

	*out = NULL;
	*n = 0;
	if (ab == NULL)
		ab = sentence_abbrevs_default();
	if (sentence_breaks(s, len, &br, &nbr, cause) != 0)
		return -1;
	for (i = 0; i < nbr; i++) {
		if (br[i] != len && !keep_break(s, len, start, br[i], ab))
			continue;
		nx = 0;
		if (missing_space(s, start, br[i], ab, &extra, &nx, &cx) != 0)
			goto oom;
		a = start;
		for (j = 0; j < nx; j++) {
			if (push_span(&v, &nv, &cv, s, a, extra[j]) != 0)
				goto oom;
			a = extra[j];
		}
		if (push_span(&v, &nv, &cv, s, a, br[i]) != 0)
			goto oom;
		start = br[i];
	}
	free(br);
	free(extra);
	*out = v;
	*n = nv;
	return 0;
oom:
	free(br);
	free(extra);
	free(v);
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}
