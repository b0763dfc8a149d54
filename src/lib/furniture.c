/*
 * furniture.c: the page furniture table (see furniture.h).
 *
 * Whole-line entries, headings and section names are stored folded to
 * ASCII lower case, with white space squeezed and trailing punctuation
 * cut, in one sorted array searched by bisection; prefixes are few and
 * tried in turn, after the whole line.
 * Lines longer than FURNITURE_LINE_MAX are never whole-line furniture.
 */
#include "px.h"
#include "furniture.h"
#include "paths.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FURNITURE_LINE_MAX 128

struct entry {
	char			*key;
	enum furniture_kind	 kind;
};

struct furniture {
	struct entry	*v;		/* all but PREFIX, by key */
	size_t		 n;
	char		**prefixes;
	size_t		*prefixlen;
	size_t		 nprefixes;
	int		 sorted;
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
	for (i = 0; i < f->n; i++)
		free(f->v[i].key);
	for (i = 0; i < f->nprefixes; i++)
		free(f->prefixes[i]);
	free(f->v);
	free(f->prefixes);
	free(f->prefixlen);
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

int
furniture_add(struct furniture *f, const char *line, char **cause)
{
	const char	*p = line, *t;
	char		 key[FURNITURE_LINE_MAX], *d, **np;
	size_t		 n, kl, *pl;
	enum furniture_kind kind;
	struct entry	*nv;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#' || *p == '\0' || *p == '\n')
		return 0;
	n = strcspn(p, "\n");
	if (strncmp(p, "line ", 5) == 0)
		kind = FURNITURE_LINE;
	else if (strncmp(p, "prefix ", 7) == 0)
		kind = FURNITURE_PREFIX;
	else if (strncmp(p, "section ", 8) == 0)
		kind = FURNITURE_SECTION;
	else if (strncmp(p, "heading ", 8) == 0)
		kind = FURNITURE_HEADING;
	else if (strncmp(p, "byline ", 7) == 0)
		kind = FURNITURE_BYLINE;
	else {
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
	if (kind == FURNITURE_PREFIX) {
		if ((d = util_strndup(t, n)) == NULL)
			goto oom;
		np = util_reallocarray(f->prefixes, f->nprefixes + 1,
		    sizeof *np);
		if (np == NULL) {
			free(d);
			goto oom;
		}
		f->prefixes = np;
		if ((pl = util_reallocarray(f->prefixlen, f->nprefixes + 1,
		    sizeof *pl)) == NULL) {
			free(d);
			goto oom;
		}
		f->prefixlen = pl;
		f->prefixlen[f->nprefixes] = n;
		f->prefixes[f->nprefixes++] = d;
		return 0;
	}
	if ((kl = fold(t, n, key)) == (size_t)-1 || kl == 0) {
		util_cause(cause, "%s", _("furniture entry too long or empty"));
		return -1;
	}
	if ((nv = util_reallocarray(f->v, f->n + 1, sizeof *nv)) == NULL)
		goto oom;
	f->v = nv;
	if ((f->v[f->n].key = util_strdup(key)) == NULL)
		goto oom;
	f->v[f->n].kind = kind;
	f->n++;
	f->sorted = 0;
	return 0;
oom:
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

static int
furniture_line(void *arg, char *line, char **cause)
{
	return furniture_add(arg, line, cause);
}

int
furniture_load_file(struct furniture *f, const char *path, char **cause)
{
	return util_load_lines(path, furniture_line, f, cause);
}

int
furniture_load(struct furniture **out, char **cause)
{
	struct furniture	*f;
	char			*files[2];
	size_t			 nf, i;
	int			 rc = 0;

	*out = NULL;
	if ((f = furniture_new()) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	nf = paths_data_files("furniture", files);
	for (i = 0; i < nf; i++) {
		if (rc == 0 && furniture_load_file(f, files[i], cause) != 0)
			rc = -1;
		free(files[i]);
	}
	if (rc != 0) {
		furniture_free(f);
		return -1;
	}
	*out = f;
	return 0;
}

const struct furniture *
furniture_default(void)
{
	static struct furniture	*def;
	static int		 tried;

	if (!tried) {
		tried = 1;
		if (furniture_load(&def, NULL) != 0)
			def = NULL;
	}
	return def;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct entry	*x = a, *y = b;

	return strcmp(x->key, y->key);
}

static const struct entry *
find(const struct furniture *f, const char *key)
{
	struct entry	k;

	if (f->n == 0)
		return NULL;
	if (!f->sorted) {
		/* Sorting is a cache: the table is logically unchanged. */
		struct furniture *m = (struct furniture *)f;

		qsort(m->v, m->n, sizeof *m->v, entry_cmp);
		m->sorted = 1;
	}
	k.key = (char *)key;
	return bsearch(&k, f->v, f->n, sizeof *f->v, entry_cmp);
}

/*
 * The same text may have several kinds ("line Home", "section Home"):
 * the entry of kind want among those with key, else a heading, else any
 * (want FURNITURE_NONE: any kind, a heading first).
 */
static const struct entry *
find_kind(const struct furniture *f, const char *key,
    enum furniture_kind want)
{
	const struct entry	*e, *lo, *hi, *best;

	if ((e = find(f, key)) == NULL)
		return NULL;
	for (lo = e; lo > f->v && strcmp(lo[-1].key, key) == 0; lo--)
		;
	for (hi = e; hi + 1 < f->v + f->n && strcmp(hi[1].key, key) == 0;
	    hi++)
		;
	best = e;
	for (e = lo; e <= hi; e++) {
		if (want != FURNITURE_NONE && e->kind == want)
			return e;
		if (e->kind == FURNITURE_HEADING)
			best = e;
	}
	return best;
}

enum furniture_kind
furniture_match(const struct furniture *f, const char *line, size_t len)
{
	char			 key[FURNITURE_LINE_MAX];
	const struct entry	*e;
	size_t			 i, pl;

	if (f == NULL)
		return FURNITURE_NONE;
	while (len > 0 && (isspace((unsigned char)*line) || *line == '(' ||
	    *line == '[')) {
		line++;
		len--;
	}
	if (len < FURNITURE_LINE_MAX && fold(line, len, key) != (size_t)-1 &&
	    key[0] != '\0' && (e = find_kind(f, key, FURNITURE_NONE)) != NULL &&
	    e->kind != FURNITURE_BYLINE)
		return e->kind;
	for (i = 0; i < f->nprefixes; i++) {
		pl = f->prefixlen[i];
		if (len >= pl && line[0] == f->prefixes[i][0] &&
		    memcmp(line, f->prefixes[i], pl) == 0 &&
		    (len == pl || !isalnum((unsigned char)line[pl]) ||
		    !isalnum((unsigned char)line[pl - 1])))
			return FURNITURE_PREFIX;
	}
	return FURNITURE_NONE;
}

int
furniture_is_byline_word(const struct furniture *f, const char *s,
    size_t len)
{
	char			 key[FURNITURE_LINE_MAX];
	const struct entry	*e;

	if (f == NULL || fold(s, len, key) == (size_t)-1 || key[0] == '\0')
		return 0;
	e = find_kind(f, key, FURNITURE_BYLINE);
	return e != NULL && e->kind == FURNITURE_BYLINE;
}

int
furniture_is_section(const struct furniture *f, const char *s, size_t len)
{
	char			 key[FURNITURE_LINE_MAX];
	const struct entry	*e;

	if (f == NULL || fold(s, len, key) == (size_t)-1 || key[0] == '\0')
		return 0;
	e = find_kind(f, key, FURNITURE_SECTION);
	return e != NULL && e->kind == FURNITURE_SECTION;
}
