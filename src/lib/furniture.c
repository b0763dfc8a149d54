/*
 * furniture.c: the page furniture table (see furniture.h).
 *
 * Whole-line entries, headings, section names, byline words, share words
 * and end lines are stored folded to ASCII lower case, with white space
 * squeezed and trailing punctuation cut, once a text with the set of its
 * kinds (a text may have several), in an open-addressing hash table
 * (FNV-1a, linear probing, at most half full) grown as entries are added,
 * so that a lookup hashes the folded text once and never changes the
 * table.  Prefixes are kept
 * grouped by their first byte (pfirst[c] is where the group of byte c
 * starts), so that a line tries only those starting with its own first
 * byte; suffixes are few and tried in turn, after the whole line.  Lines
 * longer than FURNITURE_LINE_MAX are never whole-line furniture, nor share
 * bars; suffixes are looked for on lines up to SUFFIX_LINE_MAX bytes.  The
 * rules (share bars, navigation) look at each word once, so they are linear
 * in the line.
 */
#include "px.h"
#include "furniture.h"
#include "table.h"
#include "text.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>
#include <unistr.h>

#define FURNITURE_LINE_MAX 128
#define SUFFIX_LINE_MAX	300	/* no longer line ends in furniture */
#define SHARE_WORDS_MAX	16	/* a longer line is no share bar */
#define NAV_WORDS_MAX	16	/* nor navigation */
#define SECTION_WORDS	3	/* the longest section name tried */
#define CALL_WORDS_MAX	14	/* a longer line is no call to action */
#define CALL_MEDIUM_AT	6	/* the medium named by then */
#define PROMO_WORDS_MAX	24	/* a call naming a web address */
#define FOOTER_WORDS_MAX 40	/* a longer line is no copyright footer */

struct entry {
	char		*key;		/* NULL: a free slot */
	uint32_t	 hash;		/* of key */
	unsigned	 kinds;		/* 1 << kind for each kind given */
};

struct furniture {
	struct entry	*v;		/* all but PREFIX, by hash of key */
	size_t		 n, cap;	/* cap: 0 or a power of two */
	char		**prefixes;	/* grouped by first byte */
	size_t		*prefixlen;
	size_t		 nprefixes;
	size_t		 pfirst[257];	/* prefixes of byte c: [pfirst[c],
					 * pfirst[c + 1]) */
	char		**suffixes;
	size_t		*suffixlen;
	size_t		 nsuffixes;
	char		**markers;	/* as written */
	size_t		*markerlen;
	size_t		 nmarkers;
};

struct furniture *
furniture_new(void)
{
	return calloc(1, sizeof(struct furniture));
}

void
furniture_free(struct furniture *f)
{
	size_t	i;

	if (f == NULL)
		return;
	for (i = 0; i < f->cap; i++)
		free(f->v[i].key);
	for (i = 0; i < f->nprefixes; i++)
		free(f->prefixes[i]);
	for (i = 0; i < f->nsuffixes; i++)
		free(f->suffixes[i]);
	for (i = 0; i < f->nmarkers; i++)
		free(f->markers[i]);
	free(f->v);
	free(f->prefixes);
	free(f->prefixlen);
	free(f->suffixes);
	free(f->suffixlen);
	free(f->markers);
	free(f->markerlen);
	free(f);
}

/*
 * Fold s into out (size FURNITURE_LINE_MAX): ASCII lower case, runs of
 * white space as one space, spaces and punctuation cut at both ends.  Returns
 * the length, or (size_t)-1 when s is too long.
 */
static size_t
fold(const char *s, size_t len, char *out)
{
	size_t	i, n = 0;
	int	sp = 0;

	/* Opening punctuation does not count either: "(Advertisement)". */
	while (len > 0 && (ispunct((unsigned char)*s) || isspace(
	    (unsigned char)*s))) {
		s++;
		len--;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (isspace(c)) {
			sp = n > 0;
			continue;
		}
		if (n + 2 >= FURNITURE_LINE_MAX)
			return (size_t)-1;
		if (sp)
			out[n++] = ' ';
		sp = 0;
		out[n++] = (char)tolower(c);
	}
	while (n > 0 && (ispunct((unsigned char)out[n - 1]) ||
	    out[n - 1] == ' '))
		n--;
	out[n] = '\0';
	return n;
}

/* Append a copy of t[0..n) to a list of texts and their lengths. */
static int
push_text(char ***v, size_t **lens, size_t *nv, const char *t, size_t n)
{
	char	*d, **nt;
	size_t	*nl;

	if ((d = util_strndup(t, n)) == NULL)
		return -1;
	if ((nt = util_reallocarray(*v, *nv + 1, sizeof *nt)) == NULL) {
		free(d);
		return -1;
	}
	*v = nt;
	if ((nl = util_reallocarray(*lens, *nv + 1, sizeof *nl)) == NULL) {
		free(d);
		return -1;
	}
	*lens = nl;
	(*lens)[*nv] = n;
	(*v)[(*nv)++] = d;
	return 0;
}

/* Add prefix t[0..n) (n > 0) at the end of the group of its first byte. */
static int
push_prefix(struct furniture *f, const char *t, size_t n)
{
	unsigned char	 c = (unsigned char)t[0];
	size_t		 at = f->pfirst[c + 1], last, k;
	char		*p;

	if (push_text(&f->prefixes, &f->prefixlen, &f->nprefixes, t, n) != 0)
		return -1;
	last = f->nprefixes - 1;
	p = f->prefixes[last];
	memmove(f->prefixes + at + 1, f->prefixes + at, (last - at) *
	    sizeof *f->prefixes);
	memmove(f->prefixlen + at + 1, f->prefixlen + at, (last - at) *
	    sizeof *f->prefixlen);
	f->prefixes[at] = p;
	f->prefixlen[at] = n;
	for (k = (size_t)c + 1; k < PX_NITEMS(f->pfirst); k++)
		f->pfirst[k]++;
	return 0;
}

static uint32_t
key_hash(const char *key)
{
	uint32_t	h = 2166136261u;

	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return h;
}

/* The slot of key (hash h) in v, or the free slot where it would go. */
static size_t
slot(const struct entry *v, size_t cap, const char *key, uint32_t h)
{
	size_t	i;

	for (i = h & (cap - 1); v[i].key != NULL; i = (i + 1) & (cap - 1))
		if (v[i].hash == h && strcmp(v[i].key, key) == 0)
			break;
	return i;
}

/* Give key the kind too: a new entry (a copy of key) if it has none yet. */
static int
push_entry(struct furniture *f, const char *key, enum furniture_kind kind)
{
	struct entry	*nv, *e;
	uint32_t	 h = key_hash(key);
	size_t		 i, cap;

	if ((f->n + 1) * 2 > f->cap) {
		cap = f->cap == 0 ? 256 : f->cap * 2;
		if ((nv = calloc(cap, sizeof *nv)) == NULL)
			return -1;
		for (i = 0; i < f->cap; i++)
			if (f->v[i].key != NULL)
				nv[slot(nv, cap, f->v[i].key,
				    f->v[i].hash)] = f->v[i];
		free(f->v);
		f->v = nv;
		f->cap = cap;
	}
	e = &f->v[slot(f->v, f->cap, key, h)];
	if (e->key == NULL) {
		if ((e->key = util_strdup(key)) == NULL)
			return -1;
		e->hash = h;
		f->n++;
	}
	e->kinds |= 1u << kind;
	return 0;
}

int
furniture_add(struct furniture *f, const char *line, char **cause)
{
	static const struct {
		const char		*word;
		enum furniture_kind	 kind;
	} kinds[] = {
		{ "line ", FURNITURE_LINE }, { "prefix ", FURNITURE_PREFIX },
		{ "section ", FURNITURE_SECTION },
		{ "heading ", FURNITURE_HEADING },
		{ "byline ", FURNITURE_BYLINE }, { "share ", FURNITURE_SHARE },
		{ "suffix ", FURNITURE_SUFFIX }, { "end ", FURNITURE_END },
		{ "call ", FURNITURE_CALL }, { "medium ", FURNITURE_MEDIUM },
		{ "marker ", FURNITURE_MARKER }
	};
	const char	*p = line, *t;
	char		 key[FURNITURE_LINE_MAX];
	size_t		 n, kl, k;
	enum furniture_kind kind = FURNITURE_NONE;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#' || *p == '\0' || *p == '\n')
		return 0;
	n = strcspn(p, "\n");
	for (k = 0; k < PX_NITEMS(kinds); k++)
		if (strncmp(p, kinds[k].word, strlen(kinds[k].word)) == 0)
			kind = kinds[k].kind;
	if (kind == FURNITURE_NONE) {
		util_cause(cause, _("unknown furniture kind: %.*s"), (int)n, p);
		return -1;
	}
	t = strchr(p, ' ') + 1;
	while (*t == ' ')
		t++;
	n -= (size_t)(t - p);
	while (n > 0 && isspace((unsigned char)t[n - 1]))
		n--;
	if (n == 0) {
		util_cause(cause, "%s", _("furniture entry without text"));
		return -1;
	}
	if (kind == FURNITURE_PREFIX || kind == FURNITURE_SUFFIX) {
		if ((kind == FURNITURE_PREFIX ? push_prefix(f, t, n) :
		    push_text(&f->suffixes, &f->suffixlen, &f->nsuffixes, t,
		    n)) != 0)
			goto oom;
		return 0;
	}
	if (kind == FURNITURE_MARKER) {
		if (push_text(&f->markers, &f->markerlen, &f->nmarkers, t,
		    n) != 0)
			goto oom;
		return 0;
	}
	if ((kl = fold(t, n, key)) == (size_t)-1 || kl == 0) {
		util_cause(cause, "%s", _("furniture entry too long or empty"));
		return -1;
	}
	if (push_entry(f, key, kind) != 0)
		goto oom;
	return 0;
oom:
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

static void *
furniture_create(void)
{
	return furniture_new();
}

static void
furniture_destroy(void *t)
{
	furniture_free(t);
}

static int
furniture_line(void *t, size_t part, char *line, char **cause)
{
	(void)part;
	return furniture_add(t, line, cause);
}

static const struct table_kind furniture_kind = {
	{ "furniture", NULL }, furniture_create, furniture_destroy,
	furniture_line, 0
};

int
furniture_load_file(struct furniture *f, const char *path, char **cause)
{
	return table_load_file(path, furniture_line, f, 0, cause);
}

int
furniture_load(struct furniture **out, char **cause)
{
	*out = table_load(&furniture_kind, cause);
	return *out != NULL ? 0 : -1;
}

const struct furniture *
furniture_default(void)
{
	static struct table_cache	cache = TABLE_CACHE_INIT;

	return table_default(&furniture_kind, &cache);
}

/*
 * The same text may have several kinds ("line Home", "section Home"):
 * want if key has that kind (want FURNITURE_NONE: the kind a whole line
 * is, a heading first, then an end line, then any but a byline or share
 * word, which are no furniture on their own), else FURNITURE_NONE.
 */
static enum furniture_kind
find_kind(const struct furniture *f, const char *key,
    enum furniture_kind want)
{
	static const enum furniture_kind order[] = { FURNITURE_HEADING,
	    FURNITURE_END, FURNITURE_LINE, FURNITURE_SECTION };
	const struct entry	*e;
	size_t			 k;

	if (f->n == 0)
		return FURNITURE_NONE;
	e = &f->v[slot(f->v, f->cap, key, key_hash(key))];
	if (e->key == NULL)
		return FURNITURE_NONE;
	if (want != FURNITURE_NONE)
		return (e->kinds & (1u << want)) != 0 ? want : FURNITURE_NONE;
	for (k = 0; k < PX_NITEMS(order); k++)
		if ((e->kinds & (1u << order[k])) != 0)
			return order[k];
	return FURNITURE_NONE;
}

/* Is the folded word w[0..n) an entry of kind want? */
static int
word_is(const struct furniture *f, const char *w, size_t n,
    enum furniture_kind want)
{
	char	key[FURNITURE_LINE_MAX];

	if (n == 0 || n >= FURNITURE_LINE_MAX ||
	    fold(w, n, key) == (size_t)-1 || key[0] == '\0')
		return 0;
	return find_kind(f, key, want) != FURNITURE_NONE;
}

/* Has s[0..n) a letter or a digit (any script)?  "\u2022" has none. */
static int
has_alnum(const char *s, size_t n)
{
	ucs4_t	c;
	size_t	i = 0;
	int	k;

	while (i < n) {
		if ((k = u8_mbtoucr(&c, (const uint8_t *)s + i, n - i)) < 0)
			return 0;
		if (uc_is_alnum(c))
			return 1;
		i += (size_t)k;
	}
	return 0;
}

/* "Share on Facebook Share via Email", "Copy link copied": two or more
 * words, each a share word (punctuation around a word ignored, marks
 * between words, "Facebook \u00b7 Email", skipped).  "Facebook :
 * @handle": an account ("@" and a name) counts as one when a share word
 * names where it is. */
static int
share_bar(const struct furniture *f, const char *s, size_t len)
{
	size_t	i = 0, e, words = 0, handles = 0;

	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len)
			break;
		for (e = i; e < len && s[e] != ' '; e++)
			;
		if (!has_alnum(s + i, e - i)) {
			i = e;
			continue;
		}
		if (++words > SHARE_WORDS_MAX)
			return 0;
		if (s[i] == '@' && e - i > 1)
			handles++;
		else if (!word_is(f, s + i, e - i, FURNITURE_SHARE))
			return 0;
		i = e;
	}
	return words >= 2 && words > handles;
}

/* "NDTV.com", "www.dailypost.example": a web address (labels of two or
 * more letters, digits or hyphens between dots, the last of letters). */
static int
web_address(const char *s, size_t n)
{
	size_t	i, label = 0, labels = 1, alpha = 1;

	while (n > 0 && strchr(".,;:!?)", s[n - 1]) != NULL)
		n--;
	for (i = 0; i < n; i++) {
		if (s[i] == '.') {
			if (label < 2)
				return 0;
			labels++;
			label = 0;
			alpha = 1;
			continue;
		}
		if (!isalnum((unsigned char)s[i]) && s[i] != '-')
			return 0;
		if (!isalpha((unsigned char)s[i]))
			alpha = 0;
		label++;
	}
	return labels >= 2 && label >= 2 && label <= 12 && alpha;
}

/*
 * "Join our WhatsApp channel", "Download the app", "Become a member",
 * "Listen in English": a call to action, a line that opens with a call
 * word (capitalised, no colon after it: "Watch: ..." heads a video) and
 * names a medium in its first CALL_MEDIUM_AT words, with no more than
 * CALL_WORDS_MAX words, no question mark at the end and no full stop
 * after a comma: "Become a member to keep us independent." is a call, "Join
 * our channel, the minister told supporters." a sentence.  A web address
 * is a medium too, and the promotion of a site may run to PROMO_WORDS_MAX
 * words: "Track the latest news on dailypost.example and get updates from
 * around the world".
 */
static int
call_line(const struct furniture *f, const char *s, size_t len)
{
	size_t	i, e, words = 1;
	int	medium = 0, web = 0;

	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0 || !isupper((unsigned char)s[0]) || s[len - 1] == '?' ||
	    s[len - 1] == ';' || (s[len - 1] == '.' && memchr(s, ',', len) !=
	    NULL))
		return 0;
	for (e = 0; e < len && s[e] != ' '; e++)
		;
	if (s[e - 1] == ':' || !word_is(f, s, e, FURNITURE_CALL))
		return 0;
	for (i = e; i < len; i = e) {
		while (i < len && s[i] == ' ')
			i++;
		for (e = i; e < len && s[e] != ' '; e++)
			;
		if (e == i)
			break;
		if (++words > PROMO_WORDS_MAX)
			return 0;
		if (words <= CALL_MEDIUM_AT && word_is(f, s + i, e - i,
		    FURNITURE_MEDIUM))
			medium = 1;
		if (words <= CALL_MEDIUM_AT && web_address(s + i, e - i))
			web = 1;
	}
	return web || (medium && words <= CALL_WORDS_MAX);
}

/* "12 comments", "Comments (3)", "Comments 3": a whole line of kind END
 * once the count is cut. */
static int
end_line(const struct furniture *f, const char *s, size_t len)
{
	size_t	i = 0, e = len;

	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	if (i > 0 && i < len && s[i] == ' ')
		return word_is(f, s + i + 1, len - i - 1, FURNITURE_END);
	while (e > 0 && (s[e - 1] == ')' || s[e - 1] == ' '))
		e--;
	i = e;
	while (i > 0 && isdigit((unsigned char)s[i - 1]))
		i--;
	if (i == e || i == 0)
		return 0;
	if (s[i - 1] == '(')
		i--;
	while (i > 0 && s[i - 1] == ' ')
		i--;
	return i > 0 && i < e && word_is(f, s, i, FURNITURE_END);
}

/*
 * "Subscribe | Log in": a line of two or more items between bars, each a
 * whole line entry (a button), is a bar of buttons.
 */
static int
bar_items(const struct furniture *f, const char *s, size_t len)
{
	char			 key[FURNITURE_LINE_MAX];
	enum furniture_kind	 kind;
	size_t			 i, e, items = 0;

	if (memchr(s, '|', len) == NULL)
		return 0;
	for (i = 0; i <= len; i = e + 1) {
		for (e = i; e < len && s[e] != '|'; e++)
			;
		if (fold(s + i, e - i, key) == (size_t)-1 || key[0] == '\0')
			return 0;
		kind = find_kind(f, key, FURNITURE_NONE);
		if (kind != FURNITURE_LINE && kind != FURNITURE_END)
			return 0;
		items++;
	}
	return items >= 2;
}

/*
 * "Daily Post Media, Inc. Copyright \xc2\xa9 2026 Daily Post Media. All
 * Rights Reserved.", "Agency \xc2\xa9 2026.", "Rescuers at the mine. \xc2\xa9
 * Jane Doe, Agency": a line (up to FOOTER_WORDS_MAX words) with a
 * copyright sign, "Copyright" before a year or the sign, or "All rights
 * reserved" (capitalised: a sentence may say "all rights reserved to
 * it") anywhere is a copyright footer or a credited caption, furniture as
 * a whole, not only from where the notice starts.
 */
static int
footer_line(const char *s, size_t len)
{
	size_t	i, words = 1;
	int	mark = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' && ++words > FOOTER_WORDS_MAX)
			return 0;
		/* the bytes a notice starts with, first: they are rare */
		if (mark || ((unsigned char)s[i] != 0xC2 && s[i] != 'A' &&
		    s[i] != 'C') || (i > 0 && isalnum((unsigned char)s[i - 1])))
			continue;
		if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xA9)
			mark = 1;
		else if (i + 19 <= len && s[i] == 'A' && strncasecmp(s + i,
		    "all rights reserved", 19) == 0)
			mark = 1;
		else if (i + 14 <= len && strncmp(s + i, "Copyright ", 10) ==
		    0 && (isdigit((unsigned char)s[i + 10]) ||
		    (unsigned char)s[i + 10] == 0xC2))
			mark = 1;
	}
	return mark;
}

/* Does the line end with the words of a suffix (any case)? */
static int
suffix_at(const struct furniture *f, const char *s, size_t len)
{
	size_t	i, n;

	if (len > SUFFIX_LINE_MAX)
		return 0;
	while (len > 0 && (ispunct((unsigned char)s[len - 1]) ||
	    s[len - 1] == ' '))
		len--;
	for (i = 0; i < f->nsuffixes; i++) {
		n = f->suffixlen[i];
		if (len > n && s[len - n - 1] == ' ' &&
		    strncasecmp(s + len - n, f->suffixes[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Does line start with the words of prefix p (pl bytes, case as
 * written)? */
static int
prefix_at(const char *p, size_t pl, const char *line, size_t len)
{
	while (len > 0 && isspace((unsigned char)*line)) {
		line++;
		len--;
	}
	return len >= pl && line[0] == p[0] && memcmp(line, p, pl) == 0 &&
	    (len == pl || !isalnum((unsigned char)line[pl]) ||
	    !isalnum((unsigned char)p[pl - 1]));
}

/* Does line start with the words of a prefix?  Only the group of its first
 * byte (past white space) can. */
static int
prefix_in(const struct furniture *f, const char *line, size_t len)
{
	size_t		i, j = 0;
	unsigned char	c;

	while (j < len && isspace((unsigned char)line[j]))
		j++;
	if (j == len)
		return 0;
	c = (unsigned char)line[j];
	for (i = f->pfirst[c]; i < f->pfirst[c + 1]; i++)
		if (prefix_at(f->prefixes[i], f->prefixlen[i], line + j,
		    len - j))
			return 1;
	return 0;
}

/* Is s[a, b) exactly an end marker (as written)? */
static int
marker_is(const struct furniture *f, const char *s, size_t a, size_t b)
{
	size_t	i;

	for (i = 0; i < f->nmarkers; i++)
		if (b - a == f->markerlen[i] && memcmp(s + a, f->markers[i],
		    b - a) == 0)
			return 1;
	return 0;
}

size_t
furniture_marker_at(const struct furniture *f, const char *s, size_t len)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 b = len, a, i;

	if (f == NULL)
		return len;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	for (i = 0; i < f->nmarkers; i++) {
		if (f->markerlen[i] >= b || memcmp(s + b - f->markerlen[i],
		    f->markers[i], f->markerlen[i]) != 0)
			continue;
		a = b - f->markerlen[i];
		if (s[a - 1] != ' ')
			continue;	/* "...SENDS", "...vendors" */
		while (a > 0 && s[a - 1] == ' ')
			a--;
		/* after a sentence: a full stop, a closing quote or
		 * bracket */
		if (a > 0 && (strchr(".!?\")'", s[a - 1]) != NULL ||
		    (a >= 3 && u[a - 3] == 0xE2 && u[a - 2] == 0x80 &&
		    (u[a - 1] == 0x9D || u[a - 1] == 0x99))))
			return a;
	}
	return len;
}

enum furniture_kind
furniture_match(const struct furniture *f, const char *line, size_t len)
{
	char			 key[FURNITURE_LINE_MAX];
	enum furniture_kind	 kind;
	const char		*raw = line;
	size_t			 i, pl, rawlen = len;

	if (f == NULL)
		return FURNITURE_NONE;
	for (i = len; i > 0 && isspace((unsigned char)line[i - 1]); i--)
		;
	for (pl = 0; pl < i && isspace((unsigned char)line[pl]); pl++)
		;
	if (i > pl && marker_is(f, line, pl, i))
		return FURNITURE_LINE;
	while (len > 0 && (isspace((unsigned char)*line) || *line == '(' ||
	    *line == '[')) {
		line++;
		len--;
	}
	/* An end line without its count may be a button: plain furniture. */
	if (len < FURNITURE_LINE_MAX && fold(line, len, key) != (size_t)-1 &&
	    key[0] != '\0' && (kind = find_kind(f, key, FURNITURE_NONE)) !=
	    FURNITURE_NONE)
		return kind == FURNITURE_END ? FURNITURE_LINE : kind;
	if (len < FURNITURE_LINE_MAX && share_bar(f, line, len))
		return FURNITURE_LINE;
	if (len < FURNITURE_LINE_MAX && end_line(f, line, len))
		return FURNITURE_END;
	if (len < FURNITURE_LINE_MAX && bar_items(f, line, len))
		return FURNITURE_LINE;
	if (len < FURNITURE_LINE_MAX && call_line(f, line, len))
		return FURNITURE_LINE;
	/* after the opening bracket, or with it: "(c) Agency 2026" */
	if (prefix_in(f, line, len) || (raw != line && prefix_in(f, raw,
	    rawlen)))
		return FURNITURE_PREFIX;
	if (suffix_at(f, line, len))
		return FURNITURE_SUFFIX;
	if (footer_line(line, len))
		return FURNITURE_LINE;
	return FURNITURE_NONE;
}

int
furniture_is_byline_word(const struct furniture *f, const char *s,
    size_t len)
{
	char			 key[FURNITURE_LINE_MAX];

	if (f == NULL || fold(s, len, key) == (size_t)-1 || key[0] == '\0')
		return 0;
	return find_kind(f, key, FURNITURE_BYLINE) != FURNITURE_NONE;
}

int
furniture_is_end(const struct furniture *f, const char *s, size_t len)
{
	return f != NULL && word_is(f, s, len, FURNITURE_END);
}

int
furniture_is_call(const struct furniture *f, const char *s, size_t len)
{
	return f != NULL && word_is(f, s, len, FURNITURE_CALL);
}

int
furniture_is_section(const struct furniture *f, const char *s, size_t len)
{
	char			 key[FURNITURE_LINE_MAX];

	if (f == NULL || fold(s, len, key) == (size_t)-1 || key[0] == '\0')
		return 0;
	return find_kind(f, key, FURNITURE_SECTION) != FURNITURE_NONE;
}

/* "iPlayer", "eBay": a brand's name, capitalised after its first letter */
static int
camel_case(const char *s, size_t n)
{
	return n >= 3 && islower((unsigned char)s[0]) &&
	    isupper((unsigned char)s[1]) && islower((unsigned char)s[2]);
}

int
furniture_is_navigation(const struct furniture *f, const char *s,
    size_t len)
{
	size_t	ws[NAV_WORDS_MAX + 1], we[NAV_WORDS_MAX], n = 0, i, e, k;
	size_t	covered = 0, sections = 0;
	int	amp = 0;

	if (f == NULL)
		return 0;
	for (i = 0; i < len; i = e) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len)
			break;
		for (e = i; e < len && s[e] != ' '; e++)
			if (strchr(",;:!?|", s[e]) != NULL)
				return 0;
		/* a full stop ends a sentence unless the word is "U.S." */
		if (s[e - 1] == '.' && memchr(s + i, '.', e - i - 1) == NULL)
			return 0;
		if (e - i == 1 && s[i] == '&') {
			amp = 1;
			continue;
		}
		if (!has_alnum(s + i, e - i))
			continue;	/* "World \u2022 Asia" */
		if (n == NAV_WORDS_MAX)
			return 0;
		ws[n] = i;
		we[n++] = e;
	}
	if (n < 2 || (n < 3 && !amp))
		return 0;
	/* Longest section names first, each word in one at most. */
	for (i = 0; i < n; i = k) {
		for (k = i + SECTION_WORDS < n ? i + SECTION_WORDS : n; k > i;
		    k--)
			if (furniture_is_section(f, s + ws[i], we[k - 1] -
			    ws[i]))
				break;
		if (k > i) {
			sections++;
			covered += k - i;
			continue;
		}
		if (text_first_case(s + ws[i], we[i] - ws[i]) != 1 &&
		    !camel_case(s + ws[i], we[i] - ws[i]))
			return 0;
		k = i + 1;
	}
	if (amp && n <= 5)	/* "Military & Defense" */
		return sections >= 1;
	return sections >= 3 && covered * 3 >= n * 2;
}
