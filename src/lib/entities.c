/*
 * entities.c: the demonyms and entities tables (see entities.h).  Both are
 * kept as flat arrays of malloc'd strings in file order; a lookup walks
 * them from the end so that a later line (the user's file is read after
 * the system one) wins over an earlier one.  The tables are small (a few
 * hundred lines), but entities_country() runs for most words of every
 * article and entities_side() for every speaker, so forms and entities are
 * also chained in buckets by a hash of their ASCII lower-cased text
 * (fhead/ehead: 1 + the index of the last one, 0 for none; prev: the same
 * for the one before it), newest first like the walk: a form that matches
 * a word lower-cases to the same text, so it is in the word's bucket, and
 * the first match of the bucket is the first match of the whole walk.
 * The chains are built as the lines are added, and read-only afterwards.
 */
#include "px.h"
#include "entities.h"
#include "table.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct form {
	char	*word;		/* a form of the country's name */
	size_t	 len;		/* strlen(word) */
	size_t	 country;	/* index into countries */
	size_t	 prev;		/* same bucket, earlier: 1 + index */
};

struct country {
	char	*name, *adj;
	size_t	 len;		/* strlen(name) */
};

struct entity {
	char	*name, *side, *role;
	size_t	 len;		/* strlen(name) */
	size_t	 prev;		/* same bucket, earlier: 1 + index */
};

/* Buckets of the chains: a power of 2 over the forms of a few tables. */
#define ENT_BUCKETS	1024

struct entities {
	struct country	*countries;
	size_t		 ncountries;
	struct form	*forms;
	size_t		 nforms;
	struct entity	*ents;
	size_t		 nents;
	size_t		 fhead[ENT_BUCKETS], ehead[ENT_BUCKETS];
};

struct entities *
entities_new(void)
{
	return calloc(1, sizeof(struct entities));
}

void
entities_free(struct entities *e)
{
	size_t	i;

	if (e == NULL)
		return;
	for (i = 0; i < e->ncountries; i++) {
		free(e->countries[i].name);
		free(e->countries[i].adj);
	}
	for (i = 0; i < e->nforms; i++)
		free(e->forms[i].word);
	for (i = 0; i < e->nents; i++) {
		free(e->ents[i].name);
		free(e->ents[i].side);
		free(e->ents[i].role);
	}
	free(e->countries);
	free(e->forms);
	free(e->ents);
	free(e);
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
all_caps(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s >= 'a' && *s <= 'z')
			return 0;
	return 1;
}

/* The bucket of len bytes of text: FNV-1a of their ASCII lower case. */
static size_t
bucket(const char *w, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)lower((unsigned char)w[i])) *
		    16777619u;
	return h & (ENT_BUCKETS - 1);
}

/* Compare a table form with len bytes of text, by the rule of the header. */
static int
form_eq(const char *form, size_t flen, const char *w, size_t len)
{
	size_t	i;
	int	exact;

	/* Cheap refusals first: this runs for every word of every claim. */
	if (len == 0 || flen != len || lower((unsigned char)form[0]) !=
	    lower((unsigned char)w[0]))
		return 0;
	exact = all_caps(form);
	for (i = 0; i < len; i++) {
		if (exact ? form[i] != w[i] : lower((unsigned char)form[i]) !=
		    lower((unsigned char)w[i]))
			return 0;
	}
	return 1;
}

/* Strip a possessive ending: "Russia's", "Russia’s", "Belarus'". */
static size_t
strip_possessive(const char *w, size_t len)
{
	if (len > 2 && w[len - 1] == 's' && w[len - 2] == '\'')
		return len - 2;
	if (len > 4 && w[len - 1] == 's' && memcmp(w + len - 4,
	    "\xe2\x80\x99", 3) == 0)
		return len - 4;
	if (len > 1 && w[len - 1] == '\'')
		return len - 1;
	if (len > 3 && memcmp(w + len - 3, "\xe2\x80\x99", 3) == 0)
		return len - 3;
	return len;
}

static int
add_country(struct entities *e, char **f, size_t nf)
{
	struct country	*nc;
	struct form	*nfm;
	size_t		 i, ci, c;

	nc = util_reallocarray(e->countries, e->ncountries + 1, sizeof *nc);
	if (nc == NULL)
		return -1;
	e->countries = nc;
	ci = e->ncountries;
	nc[ci].name = util_strdup(f[0]);
	nc[ci].adj = util_strdup(f[1]);
	if (nc[ci].name == NULL || nc[ci].adj == NULL) {
		free(nc[ci].name);
		free(nc[ci].adj);
		return -1;
	}
	nc[ci].len = strlen(nc[ci].name);
	e->ncountries++;
	nfm = util_reallocarray(e->forms, e->nforms + nf, sizeof *nfm);
	if (nfm == NULL)
		return -1;
	e->forms = nfm;
	for (i = 0; i < nf; i++) {
		if ((nfm[e->nforms].word = util_strdup(f[i])) == NULL)
			return -1;
		nfm[e->nforms].len = strlen(f[i]);
		nfm[e->nforms].country = ci;
		c = bucket(f[i], nfm[e->nforms].len);
		nfm[e->nforms].prev = e->fhead[c];
		e->fhead[c] = ++e->nforms;
	}
	return 0;
}

static int
add_entity(struct entities *e, char **f, size_t nf)
{
	struct entity	*ne;
	struct entity	*x;
	size_t		 c;

	ne = util_reallocarray(e->ents, e->nents + 1, sizeof *ne);
	if (ne == NULL)
		return -1;
	e->ents = ne;
	x = &ne[e->nents];
	x->name = util_strdup(f[0]);
	x->side = util_strdup(f[1]);
	x->role = nf > 2 ? util_strdup(f[2]) : NULL;
	if (x->name == NULL || x->side == NULL || (nf > 2 && x->role == NULL)) {
		free(x->name);
		free(x->side);
		free(x->role);
		return -1;
	}
	x->len = strlen(x->name);
	c = bucket(x->name, x->len);
	x->prev = e->ehead[c];
	e->ehead[c] = ++e->nents;
	return 0;
}

static void *
entities_create(void)
{
	return entities_new();
}

static void
entities_destroy(void *e)
{
	entities_free(e);
}

/* One line of part 0 (demonyms) or 1 (entities); too few fields: none. */
static int
entities_line(void *e, size_t part, char *line, char **cause)
{
	char	*f[16], *p, *save;
	size_t	 nf = 0;

	if ((p = strchr(line, '\r')) != NULL)
		*p = '\0';
	if (*line == '#' || *line == '\0')
		return 0;
	/* strtok_r(): tables may be loaded on several threads at once */
	for (p = strtok_r(line, "\t", &save); p != NULL && nf < PX_NITEMS(f);
	    p = strtok_r(NULL, "\t", &save)) {
		while (*p == ' ')
			p++;
		if (*p != '\0')
			f[nf++] = p;
	}
	if (nf < 2)
		return 0;
	if ((part == 0 ? add_country(e, f, nf) : add_entity(e, f, nf)) != 0) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	return 0;
}

static const struct table_kind entities_kind = {
	{ "demonyms", "entities", NULL }, entities_create, entities_destroy,
	entities_line, 0
};

int
entities_parse(struct entities *e, const char *table, const char *text,
    char **cause)
{
	char	*copy;
	size_t	 part;
	int	 rc;

	for (part = 0; entities_kind.parts[part] != NULL; part++)
		if (strcmp(table, entities_kind.parts[part]) == 0)
			break;
	if (entities_kind.parts[part] == NULL) {
		util_cause(cause, _("unknown table: %s"), table);
		return -1;
	}
	if ((copy = util_strdup(text)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return -1;
	}
	rc = table_parse(copy, NULL, entities_line, e, part, cause);
	free(copy);
	return rc;
}

int
entities_load(struct entities **out, char **cause)
{
	*out = table_load(&entities_kind, cause);
	return *out != NULL ? 0 : -1;
}

const struct entities *
entities_default(void)
{
	static struct table_cache	cache = TABLE_CACHE_INIT;

	return table_default(&entities_kind, &cache);
}

/*
 * Places and bodies stand for their side in running text ("Moscow said",
 * "the Kremlin delegation"); people do not name a side by their name.
 */
static int
stands_for_side(const char *role)
{
	static const char *const roles[] = {
		"capital", "city", "government", "ministry", "armed forces",
		"body", "place", "seat"
	};
	size_t	i;

	if (role == NULL)
		return 0;
	for (i = 0; i < PX_NITEMS(roles); i++)
		if (strcmp(role, roles[i]) == 0)
			return 1;
	return 0;
}

/* The country of the newest form of bucket b that is word (stripped). */
static const char *
form_in(const struct entities *e, size_t b, const char *word, size_t len)
{
	size_t	i;

	for (i = e->fhead[b]; i > 0; i = e->forms[i - 1].prev)
		if (form_eq(e->forms[i - 1].word, e->forms[i - 1].len, word,
		    len))
			return e->countries[e->forms[i - 1].country].name;
	return NULL;
}

/* A byte of a word: letters, digits, UTF-8, an apostrophe or a hyphen. */
static int
word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

size_t
entities_countries(const struct entities *e, const char *text,
    const char **out, size_t n, size_t max)
{
	const char	*w[3], *c, *p = text;
	size_t		 wl[3], nw, k, i;

	if (e == NULL || text == NULL)
		return n;
	while (*p != '\0' && n < max) {
		if (!word_byte((unsigned char)*p)) {
			p++;
			continue;
		}
		/* up to three words from here, each after one space */
		for (nw = 0; nw < 3; nw++) {
			w[nw] = nw == 0 ? p : w[nw - 1] + wl[nw - 1] + 1;
			if (nw > 0 && w[nw][-1] != ' ')
				break;
			for (wl[nw] = 0; word_byte((unsigned char)
			    w[nw][wl[nw]]); wl[nw]++)
				;
			if (wl[nw] == 0 || !(isupper((unsigned char)*w[nw]) ||
			    (unsigned char)*w[nw] >= 0xc0))
				break;
		}
		for (c = NULL, k = nw; k > 0 && c == NULL; k--)
			c = entities_country(e, p, (size_t)(w[k - 1] +
			    wl[k - 1] - p));
		if (c != NULL) {
			for (i = 0; i < n && strcmp(out[i], c) != 0; i++)
				;
			if (i == n)
				out[n++] = c;
			p = w[k] + wl[k];	/* past the name found */
		} else
			while (word_byte((unsigned char)*p))
				p++;
	}
	return n;
}

const char *
entities_country(const struct entities *e, const char *word, size_t len)
{
	const char	*country;
	size_t		 i, b;

	if (e == NULL || len == 0)
		return NULL;
	/* the word stripped and its bucket found once for both tables */
	len = strip_possessive(word, len);
	b = bucket(word, len);
	if ((country = form_in(e, b, word, len)) != NULL)
		return country;
	for (i = e->ehead[b]; i > 0; i = e->ents[i - 1].prev)
		if (form_eq(e->ents[i - 1].name, e->ents[i - 1].len, word,
		    len) &&
		    stands_for_side(e->ents[i - 1].role))
			return e->ents[i - 1].side;
	return NULL;
}

const char *
entities_country_form(const struct entities *e, const char *word, size_t len)
{
	if (e == NULL || len == 0)
		return NULL;
	len = strip_possessive(word, len);
	return form_in(e, bucket(word, len), word, len);
}

const char *
entities_adjective(const struct entities *e, const char *country)
{
	size_t	i, len;

	if (e == NULL || country == NULL)
		return NULL;
	len = strlen(country);
	for (i = e->ncountries; i > 0; i--)
		if (form_eq(e->countries[i - 1].name, e->countries[i - 1].len,
		    country, len))
			return e->countries[i - 1].adj;
	return NULL;
}

const char *
entities_capital(const struct entities *e, const char *country)
{
	size_t	i;

	if (e == NULL || country == NULL)
		return NULL;
	/* the first entry the files give wins: a user's later one adds */
	for (i = 0; i < e->nents; i++)
		if (e->ents[i].role != NULL &&
		    strcmp(e->ents[i].role, "capital") == 0 &&
		    strcmp(e->ents[i].side, country) == 0)
			return e->ents[i].name;
	return NULL;
}

/*
 * The newest entity that is the whole of name or its last words: 1 + its
 * index, 0 for none.  Each tail of whole words is looked up in its bucket,
 * whose first match is the newest entity of that text; the newest of those
 * is the one a walk of all entities from the end would meet first.
 */
static size_t
ends_with_entity(const struct entities *e, const char *name)
{
	size_t	nl = strlen(name), p, i, best = 0;

	for (p = 0; p < nl; p++) {
		if (p > 0 && name[p - 1] != ' ')
			continue;
		for (i = e->ehead[bucket(name + p, nl - p)]; i > best;
		    i = e->ents[i - 1].prev)
			if (form_eq(e->ents[i - 1].name, e->ents[i - 1].len,
			    name + p, nl - p)) {
				best = i;
				break;
			}
	}
	return best;
}

const char *
entities_side(const struct entities *e, const char *name)
{
	const char	*p, *q, *c;
	size_t		 i;

	if (e == NULL || name == NULL)
		return NULL;
	if ((i = ends_with_entity(e, name)) > 0)
		return e->ents[i - 1].side;
	/* two-word forms first ("South Korean"), then single words */
	for (p = name; *p != '\0'; p = *q == '\0' ? q : q + 1) {
		q = p + strcspn(p, " ");
		if (*q == ' ') {
			c = entities_country(e, p, (size_t)(q - p) + 1 +
			    strcspn(q + 1, " "));
			if (c != NULL)
				return c;
		}
		if ((c = entities_country(e, p, (size_t)(q - p))) != NULL)
			return c;
	}
	return NULL;
}
