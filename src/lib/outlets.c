/*
 * outlets.c: the outlet table and the rules that find outlets in text.
 *
 * The table holds canonical names (names[]) and aliases (aliases[], each
 * pointing at its name).  Aliases are kept sorted by their first word,
 * folded to lower case letter by letter (any script), as they are added
 * (a lookup never changes the table), so that a word in the text finds
 * its candidates by bisection and the longest alias that matches wins.
 * Names match in any case of any script ("HÜRRİYET").  Matching never
 * allocates; scans are linear in the text (a bounded look at the words
 * around each mention).  A mention is a citation when a
 * citing word stands before it or a reporting verb after it (its
 * abbreviation in brackets between: "Anadolu Agency (AA) reported"), and
 * when it is wire copy's credit inside the text: "Tirana (AFP) - The ..."
 * or a dash and the name closing a paragraph ("... said. - AFP").
 */
#include "px.h"
#include "outlets.h"
#include "table.h"
#include "text.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

#define OUTLETS_WORD_MAX 32

#define OUTLETS_ATTR_MONTH_FIRST 0x1	/* "[month-first]" */

struct alias {
	char	*text;
	size_t	 len;
	char	 key[OUTLETS_WORD_MAX];	/* first word, lower case */
	size_t	 name;			/* index into names[] */
	int	 exact;			/* short capitals: as written */
};

struct outlets {
	char		**names;
	int		 *attrs;	/* OUTLETS_ATTR_* per name */
	size_t		  nnames;
	struct alias	 *aliases;	/* by key, in the order added */
	size_t		  naliases;
	/* Filters kept with the aliases: can a word starting with this byte
	 * match, and is a first word's hash possibly a key? */
	unsigned char	  start_ok[256];
	uint64_t	  keybits[64];
};

struct outlets *
outlets_new(void)
{
	return calloc(1, sizeof(struct outlets));
}

void
outlets_free(struct outlets *o)
{
	size_t	i;

	if (o == NULL)
		return;
	for (i = 0; i < o->nnames; i++)
		free(o->names[i]);
	for (i = 0; i < o->naliases; i++)
		free(o->aliases[i].text);
	free(o->names);
	free(o->attrs);
	free(o->aliases);
	free(o);
}

size_t
outlets_count(const struct outlets *o)
{
	return o == NULL ? 0 : o->nnames;
}

/* Is there a letter or digit at s[i]?  (Any script.) */
static int
letter_at(const char *s, size_t len, size_t i)
{
	ucs4_t	c;

	if (i >= len)
		return 0;
	if ((unsigned char)s[i] < 0x80)
		return isalnum((unsigned char)s[i]);
	if (u8_mbtoucr(&c, (const uint8_t *)s + i, len - i) < 0)
		return 0;
	return uc_is_alnum(c);
}

/* The first word of s (letters and digits of any script) folded into key,
 * cut to fit. */
static size_t
first_word(const char *s, size_t len, char key[OUTLETS_WORD_MAX])
{
	return text_fold_word(s, len, 0, key, OUTLETS_WORD_MAX,
	    TEXT_FOLD_DIGITS | TEXT_FOLD_CUT);
}

/*
 * Does alias text a (n bytes) match s at `at`, letter by letter in any
 * case of any script ("HÜRRİYET" is "Hürriyet", "YILDIZ" is "Yıldız":
 * letters equal in lower or in upper case)?  Returns the bytes of s it
 * takes, or 0.
 */
static size_t
fold_prefix(const char *a, size_t n, const char *s, size_t len, size_t at)
{
	size_t	i = 0, j = at;
	ucs4_t	x, y;
	int	p, q;

	while (i < n) {
		if (j >= len)
			return 0;
		if ((unsigned char)a[i] < 0x80 && (unsigned char)s[j] < 0x80) {
			if (tolower((unsigned char)a[i]) !=
			    tolower((unsigned char)s[j]))
				return 0;
			i++;
			j++;
			continue;
		}
		if ((p = u8_mbtoucr(&x, (const uint8_t *)a + i, n - i)) < 0 ||
		    (q = u8_mbtoucr(&y, (const uint8_t *)s + j, len - j)) < 0 ||
		    (uc_tolower(x) != uc_tolower(y) &&
		    uc_toupper(x) != uc_toupper(y)))
			return 0;
		i += (size_t)p;
		j += (size_t)q;
	}
	return j - at;
}

static char *
trimmed_dup(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	return util_strndup(s, n);
}

static unsigned
key_bit(const char *key)
{
	uint32_t	h = 2166136261u;

	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 16777619u;
	return h & 4095;
}

/* Let the filters of o pass alias a. */
static void
filter_alias(struct outlets *o, const struct alias *a)
{
	unsigned char	c = (unsigned char)a->text[0];
	unsigned	b;
	ucs4_t		u;
	uint8_t		lead[6];

	o->start_ok[c] = 1;
	if (isalpha(c) && !a->exact)
		o->start_ok[toupper(c)] = 1;
	if (c >= 0x80 && u8_mbtoucr(&u, (const uint8_t *)a->text,
	    a->len) > 0) {
		/* the other case may start with another byte */
		if (u8_uctomb(lead, uc_toupper(u), sizeof lead) > 0)
			o->start_ok[lead[0]] = 1;
		if (u8_uctomb(lead, uc_tolower(u), sizeof lead) > 0)
			o->start_ok[lead[0]] = 1;
	}
	b = key_bit(a->key);
	o->keybits[b / 64] |= (uint64_t)1 << (b % 64);
}

static int
add_alias(struct outlets *o, const char *text, size_t name)
{
	struct alias	 a, *v;
	size_t		 i, lo, hi, mid, n = strlen(text);
	int		 caps = 1;

	if (n == 0)
		return 0;
	if ((v = util_reallocarray(o->aliases, o->naliases + 1,
	    sizeof *v)) == NULL)
		return -1;
	o->aliases = v;
	if ((a.text = util_strdup(text)) == NULL)
		return -1;
	a.len = n;
	for (i = 0; i < n; i++)
		if (!isupper((unsigned char)text[i]))
			caps = 0;
	a.exact = caps && n <= 3;
	first_word(text, n, a.key);
	a.name = name;
	/* after the aliases of the same key: the order added */
	lo = 0;
	hi = o->naliases;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(o->aliases[mid].key, a.key) <= 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	memmove(v + lo + 1, v + lo, (o->naliases - lo) * sizeof *v);
	v[lo] = a;
	o->naliases++;
	filter_alias(o, &v[lo]);
	return 0;
}

/* A field in square brackets is an attribute of the outlet: its bit, or
 * -1 when unknown; 0 when the field is a name. */
static int
field_attr(const char *field)
{
	size_t	n = strlen(field);

	if (n < 2 || field[0] != '[' || field[n - 1] != ']')
		return 0;
	if (strcmp(field, "[month-first]") == 0)
		return OUTLETS_ATTR_MONTH_FIRST;
	return -1;
}

int
outlets_add(struct outlets *o, const char *line, char **cause)
{
	const char	*p = line, *bar;
	char		*field, **nv;
	int		*na, attr;
	size_t		 name, n;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#' || *p == '\0' || *p == '\n')
		return 0;
	n = strcspn(p, "\n");
	if ((nv = util_reallocarray(o->names, o->nnames + 1, sizeof *nv)) ==
	    NULL)
		goto oom;
	o->names = nv;
	if ((na = util_reallocarray(o->attrs, o->nnames + 1, sizeof *na)) ==
	    NULL)
		goto oom;
	o->attrs = na;
	bar = memchr(p, '|', n);
	if ((field = trimmed_dup(p, bar != NULL ? (size_t)(bar - p) : n)) ==
	    NULL)
		goto oom;
	if (*field == '\0') {
		free(field);
		util_cause(cause, "%s", _("an outlet line without a name"));
		return -1;
	}
	name = o->nnames++;
	o->names[name] = field;
	o->attrs[name] = 0;
	if (add_alias(o, field, name) != 0)
		goto oom;
	while (bar != NULL) {
		const char *q = bar + 1, *end = p + n;

		bar = memchr(q, '|', (size_t)(end - q));
		field = trimmed_dup(q, (size_t)((bar != NULL ? bar : end) - q));
		if (field == NULL)
			goto oom;
		if ((attr = field_attr(field)) > 0) {
			o->attrs[name] |= attr;
			free(field);
			continue;
		}
		if (attr < 0) {
			util_cause(cause, _("unknown outlet attribute: %s"),
			    field);
			free(field);
			return -1;
		}
		if (add_alias(o, field, name) != 0) {
			free(field);
			goto oom;
		}
		free(field);
	}
	return 0;
oom:
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

static void *
outlets_create(void)
{
	return outlets_new();
}

static void
outlets_destroy(void *t)
{
	outlets_free(t);
}

static int
outlets_line(void *t, size_t part, char *line, char **cause)
{
	(void)part;
	return outlets_add(t, line, cause);
}

static const struct table_kind outlets_kind = {
	{ "outlets", NULL }, outlets_create, outlets_destroy, outlets_line, 0
};

int
outlets_load_file(struct outlets *o, const char *path, char **cause)
{
	return table_load_file(path, outlets_line, o, 0, cause);
}

int
outlets_load(struct outlets **out, char **cause)
{
	*out = table_load(&outlets_kind, cause);
	return *out != NULL ? 0 : -1;
}

const struct outlets *
outlets_default(void)
{
	static struct table_cache	cache = TABLE_CACHE_INIT;

	return table_default(&outlets_kind, &cache);
}

int
outlets_month_first(const struct outlets *o, const char *name)
{
	const char	*known;
	size_t		 i;

	if (o == NULL || name == NULL ||
	    (known = outlets_lookup(o, name, strlen(name))) == NULL)
		return 0;
	for (i = 0; i < o->nnames; i++) {
		if ((o->attrs[i] & OUTLETS_ATTR_MONTH_FIRST) != 0 &&
		    strcmp(o->names[i], known) == 0)
			return 1;
	}
	return 0;
}

/* The first alias whose key is key, or naliases. */
static size_t
first_alias(const struct outlets *o, const char *key)
{
	size_t		lo = 0, hi = o->naliases, mid;
	unsigned	b = key_bit(key);

	if ((o->keybits[b / 64] & ((uint64_t)1 << (b % 64))) == 0)
		return o->naliases;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (strcmp(o->aliases[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *
outlets_lookup(const struct outlets *o, const char *name, size_t len)
{
	char	key[OUTLETS_WORD_MAX];
	size_t	i;

	if (o == NULL || o->naliases == 0)
		return NULL;
	while (len > 0 && isspace((unsigned char)*name)) {
		name++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)name[len - 1]))
		len--;
	if (first_word(name, len, key) == 0)
		return NULL;
	for (i = first_alias(o, key); i < o->naliases &&
	    strcmp(o->aliases[i].key, key) == 0; i++) {
		if (fold_prefix(o->aliases[i].text, o->aliases[i].len,
		    name, len, 0) == len)
			return o->names[o->aliases[i].name];
	}
	return NULL;
}

/*
 * s[0, len) squeezed into out (size n): ASCII letters and digits in lower
 * case, other ASCII bytes dropped, other bytes kept.  Returns the length,
 * or 0 when it does not fit.
 */
static size_t
squeeze(const char *s, size_t len, char *out, size_t n)
{
	size_t	i, k = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80 && !isalnum(c))
			continue;
		if (k + 1 >= n)
			return 0;
		out[k++] = (char)tolower(c);
	}
	out[k] = '\0';
	return k;
}

const char *
outlets_squeezed(const struct outlets *o, const char *s, size_t len)
{
	char	want[128], have[128];
	size_t	i;

	if (o == NULL || squeeze(s, len, want, sizeof want) < 3)
		return NULL;
	for (i = 0; i < o->nnames; i++)
		if (squeeze(o->names[i], strlen(o->names[i]), have,
		    sizeof have) != 0 && strcmp(have, want) == 0)
			return o->names[i];
	for (i = 0; i < o->naliases; i++)
		if (squeeze(o->aliases[i].text, o->aliases[i].len, have,
		    sizeof have) != 0 && strcmp(have, want) == 0)
			return o->names[o->aliases[i].name];
	return NULL;
}

const char *
outlets_host(const struct outlets *o, const char *s, size_t len)
{
	const char	*known;
	size_t		 i, e, end;

	if (len > 8 && strncasecmp(s, "https://", 8) == 0)
		i = 8;
	else if (len > 7 && strncasecmp(s, "http://", 7) == 0)
		i = 7;
	else
		i = 0;
	for (end = i; end < len && s[end] != '/' && s[end] != ':' &&
	    s[end] != '?' && s[end] != ' '; end++)
		;
	if (end - i > 4 && strncasecmp(s + i, "www.", 4) == 0)
		i += 4;
	/* "arab.news", then "ndtv.com" without ".com", "bbc.co.uk" without
	 * ".co.uk", then the same without the first label ("edition.",
	 * "english."): never less than one label */
	for (; i < end; i++) {
		for (e = end; e > i;) {
			if ((known = outlets_squeezed(o, s + i, e - i)) != NULL)
				return known;
			while (e > i && s[e - 1] != '.')
				e--;
			if (e > i)
				e--;
		}
		while (i < end && s[i] != '.')
			i++;
	}
	return NULL;
}

/* Does alias a match s at `at`, ending at a word end? */
static size_t
alias_matches(const struct alias *a, const char *s, size_t len, size_t at)
{
	size_t	n = a->len;

	if (a->exact) {
		if (n > len - at || memcmp(a->text, s + at, n) != 0)
			return 0;
	} else {
		if ((n = fold_prefix(a->text, a->len, s, len, at)) == 0)
			return 0;
		if (isupper((unsigned char)a->text[0]) &&
		    !isupper((unsigned char)s[at]))
			return 0;
	}
	if (letter_at(s, len, at + n))
		return 0;
	return n;
}

const char *
outlets_match(const struct outlets *o, const char *s, size_t len, size_t at,
    size_t *end)
{
	char		 key[OUTLETS_WORD_MAX];
	size_t		 best = 0, n, i;
	const char	*name = NULL;

	if (o == NULL || o->naliases == 0 || at >= len)
		return NULL;
	if (!o->start_ok[(unsigned char)s[at]])
		return NULL;
	if (first_word(s + at, len - at, key) == 0)
		return NULL;
	for (i = first_alias(o, key); i < o->naliases &&
	    strcmp(o->aliases[i].key, key) == 0;
	    i++) {
		n = alias_matches(&o->aliases[i], s, len, at);
		if (n > best) {
			best = n;
			name = o->names[o->aliases[i].name];
		}
	}
	if (name != NULL && end != NULL)
		*end = at + best;
	return name;
}

/* --- context ---------------------------------------------------------- */

/* Words that may stand between a verb and the outlet's name. */
static const char *const descriptors[] = {
	"the", "a", "an", "news", "agency", "state", "state-run",
	"state-owned",
	"broadcaster", "newspaper", "daily", "channel", "outlet", "website",
	"tv", "television", "radio", "magazine", "wire", "service", "media",
	"official", "russian", "ukrainian", "chinese", "british", "american",
	"french", "german", "turkish", "iranian", "indian", "news-agency",
	"site", "portal"
};

/* Words for "news" and "online" a masthead may add to the name ("EFE
 * Noticias", "Berita Harian"): masthead words, not descriptors, as no
 * citation reads "told Noticias EFE". */
static const char *const masthead_words[] = {
	"noticias", "noticia", "noticies", "nachrichten", "nieuws",
	"notizie", "nouvelles", "actualites", "novosti", "haber", "haberler",
	"berita", "online", "digital", "live", "today", "now", "english",
	"global", "international", "world"
};

/* A word before the name (descriptors skipped) that makes it a citation. */
static const char *const cite_before[] = {
	"told", "telling", "to", "by", "reported", "reporting", "via", "with",
	"cited", "citing", "quoted", "quoting", "wrote", "writes", "per",
	"from", "informed"
};

/* A word after the name (possessive and descriptors skipped). */
static const char *const cite_after[] = {
	"reported", "reports", "reporting", "said", "says", "quoted",
	"quoting", "cited", "citing", "learned", "learnt", "has", "had",
	"wrote", "writes", "correspondent", "correspondents", "reporter",
	"reporters", "journalist", "report", "interview", "published",
	"added", "stated", "claimed", "confirmed", "noted"
};

/* Is w one of list[0, n)?  The first bytes are compared before calling
 * strcmp(): most words of a text start unlike every word of a list. */
static int
in_list(const char *w, const char *const *list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (w[0] == list[i][0] && strcmp(w, list[i]) == 0)
			return 1;
	return 0;
}

/* Does a word of list[0, n) start with the byte c? */
static int
list_has_first(char c, const char *const *list, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (list[i][0] == c)
			return 1;
	return 0;
}

/* The word ending at or before e (skipping spaces, quotes and commas):
 * lower case into w; returns its start, or (size_t)-1. */
static size_t
word_before(const char *s, size_t e, char w[OUTLETS_WORD_MAX])
{
	size_t	b, i;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '"' ||
	    s[e - 1] == '\''))
		e--;
	b = e;
	while (b > 0 && e - b < OUTLETS_WORD_MAX - 1 &&
	    (isalnum((unsigned char)s[b - 1]) || s[b - 1] == '-'))
		b--;
	if (b == e)
		return (size_t)-1;
	for (i = b; i < e; i++)
		w[i - b] = (char)tolower((unsigned char)s[i]);
	w[e - b] = '\0';
	return b;
}

static size_t
word_after(const char *s, size_t len, size_t b, char w[OUTLETS_WORD_MAX])
{
	size_t	e, i;

	while (b < len && (s[b] == ' ' || s[b] == ','))
		b++;
	e = b;
	while (e < len && e - b < OUTLETS_WORD_MAX - 1 &&
	    (isalnum((unsigned char)s[e]) || s[e] == '-'))
		e++;
	if (e == b)
		return (size_t)-1;
	for (i = b; i < e; i++)
		w[i - b] = (char)tolower((unsigned char)s[i]);
	w[e - b] = '\0';
	return e;
}

static size_t	dash_len(const char *, size_t);

/* "(AA)" at s[q] (after spaces): where it ends, or q. */
static size_t
skip_abbrev(const char *s, size_t len, size_t q)
{
	size_t	k = q, e;

	while (k < len && s[k] == ' ')
		k++;
	if (k >= len || s[k] != '(')
		return q;
	for (e = k + 1; e < len && e - k <= 8 && isupper((unsigned char)s[e]);
	    e++)
		;
	return e < len && s[e] == ')' && e - k >= 3 ? e + 1 : q;
}

/*
 * A credit that wire copy carries in the text: "Yangon (AFP) - The ..."
 * (the name in brackets, then a dash) and "... said. \u2014 AFP" (a dash,
 * then the name closing the text).
 */
static int
wire_credit(const char *s, size_t len, size_t a, size_t b)
{
	size_t	k;

	if (a > 0 && s[a - 1] == '(' && b < len && s[b] == ')') {
		for (k = b + 1; k < len && s[k] == ' '; k++)
			;
		return k < len && dash_len(s + k, len - k) != 0;
	}
	for (k = b; k < len && (s[k] == ' ' || s[k] == '.'); k++)
		;
	if (k < len)
		return 0;
	for (k = a; k > 0 && s[k - 1] == ' '; k--)
		;
	if (k == a || k == 0)
		return 0;
	return s[k - 1] == '-' || (k >= 3 && (memcmp(s + k - 3,
	    "\xe2\x80\x93", 3) == 0 || memcmp(s + k - 3, "\xe2\x80\x94",
	    3) == 0));
}

static enum outlets_role
role_of(const char *s, size_t len, size_t a, size_t b)
{
	char	w[OUTLETS_WORD_MAX], w2[OUTLETS_WORD_MAX];
	size_t	p = a, q = b, k;
	int	i, sawagency = 0, described = 0;

	if (wire_credit(s, len, a, b))
		return OUTLETS_CITE;

	/* Before: skip up to five descriptors ("the state news agency"),
	 * and one capitalised word among them ("the Malaysian newspaper",
	 * "the Lagos daily"). */
	for (i = 0; i < 6; i++) {
		if ((k = word_before(s, p, w)) == (size_t)-1)
			break;
		if (in_list(w, descriptors, PX_NITEMS(descriptors))) {
			if (strcmp(w, "agency") == 0)
				sawagency = 1;
			described = 1;
			p = k;
			continue;
		}
		if (described == 1 && isupper((unsigned char)s[k])) {
			described = 2;
			p = k;
			continue;
		}
		if ((strcmp(w, "reports") == 0 || strcmp(w, "writes") == 0) &&
		    sawagency)
			return OUTLETS_CREDIT;
		if (strcmp(w, "reports") == 0)
			return OUTLETS_CITE;
		if (in_list(w, cite_before, PX_NITEMS(cite_before)))
			return OUTLETS_CITE;
		break;
	}
	/* After: its abbreviation in brackets ("Anadolu Agency (AA)
	 * reported"), "'s", descriptors, then a reporting verb. */
	q = skip_abbrev(s, len, q);
	if (q + 3 <= len && memcmp(s + q, "\xe2\x80\x99s", 3) == 0)
		q += 4 <= len ? 4 : 3;
	else if (q + 2 <= len && s[q] == '\'' && s[q + 1] == 's')
		q += 2;
	for (i = 0; i < 4; i++) {
		if ((k = word_after(s, len, q, w2)) == (size_t)-1)
			break;
		if (strcmp(w2, "contributed") == 0)
			return OUTLETS_CREDIT;
		if (in_list(w2, cite_after, PX_NITEMS(cite_after)))
			return OUTLETS_CITE;
		if (strcmp(w2, "news") == 0 || strcmp(w2, "agency") == 0 ||
		    strcmp(w2, "wire") == 0 || strcmp(w2, "tv") == 0) {
			q = k;
			continue;
		}
		break;
	}
	return OUTLETS_MENTION;
}

int
outlets_masthead(const struct outlets *o, const char *s, size_t len,
    const char **name)
{
	char		 w[OUTLETS_WORD_MAX];
	size_t		 i = 0, e, words = 0, other = 0;
	const char	*known;
	int		 agency = 0;

	*name = NULL;
	while (i < len) {
		while (i < len && s[i] == ' ')
			i++;
		if (i >= len)
			break;
		if (*name == NULL && (known = outlets_match(o, s, len, i,
		    &e)) != NULL) {
			*name = known;
			i = e;
			words++;
			continue;
		}
		if ((e = word_after(s, len, i, w)) == (size_t)-1 ||
		    (e < len && s[e] != ' '))
			return 0;
		agency = strcmp(w, "agency") == 0;
		/* one capitalised word of an agency's own description:
		 * "Armenian News Agency" */
		if (!in_list(w, descriptors, PX_NITEMS(descriptors)) &&
		    (*name == NULL || !in_list(w, masthead_words,
		    PX_NITEMS(masthead_words))) && (other++ > 0 ||
		    !isupper((unsigned char)s[i])))
			return 0;
		i = e;
		words++;
	}
	if (other > 0 && !agency)
		return 0;
	if (*name == NULL && words < 2)
		return 0;
	return words > 0;
}

/* Nouns for a news outlet that may stand before the name of one the
 * table lacks ("the Salta daily El Tribuno reported"). */
static const char *const media_nouns[] = {
	"daily", "newspaper", "paper", "broadcaster", "tabloid", "weekly",
	"magazine", "website", "outlet", "channel", "radio", "television",
	"tv"
};

/* Words that may describe such an outlet ("the local daily X"). */
static const char *const media_kinds[] = {
	"local", "regional", "national", "provincial", "independent",
	"private", "privately-owned", "online", "leading", "popular",
	"pro-government", "opposition", "state-controlled", "business",
	"financial", "english-language"
};

/* Capitalised words that are no outlet's name after a media noun. */
static const char *const not_names[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "on", "in", "that", "the", "this", "its", "his", "her",
	"it", "and", "but", "as", "i", "we", "they", "he", "she"
};

/* Does a name-like word start at s[i] (a capital, a letter beyond ASCII,
 * or a digit after the first word)? */
static int
name_word_at(const char *s, size_t len, size_t i, int first)
{
	if (i >= len)
		return 0;
	if (isupper((unsigned char)s[i]) || (unsigned char)s[i] >= 0xC3)
		return 1;
	return !first && isdigit((unsigned char)s[i]);
}

/*
 * The name of an outlet the table lacks, cited in the shapes
 * "the (Place) daily X reported" or "told the daily X": a media noun,
 * then one to four words that are capitalised (a number may follow:
 * "Rustavi 2"), then a reporting verb, or a citing word before the noun.
 * Returns the number of hits added (at most one a media noun), -1 when
 * memory runs out.
 */
static int
unknown_cite(const struct outlets *o, const char *s, size_t len, size_t at,
    struct outlets_hit **v, size_t *nh, size_t *cap)
{
	char			 w[OUTLETS_WORD_MAX];
	struct outlets_hit	*nv;
	size_t			 b, e, k, p, words = 0, end = 0;
	int			 cites = 0, i;
	char			 c;

	/* at is the media noun's first byte: most words start unlike
	 * "agency" and every noun, and need not be copied to be turned
	 * away */
	c = (char)tolower((unsigned char)s[at]);
	if (c != 'a' && !list_has_first(c, media_nouns,
	    PX_NITEMS(media_nouns)))
		return 0;
	if ((e = word_after(s, len, at, w)) == (size_t)-1 ||
	    e >= len || s[e] != ' ')
		return 0;
	/* an agency only of news: "the UN refugee agency X said" is none */
	if (strcmp(w, "agency") == 0) {
		if (word_before(s, at, w) == (size_t)-1 ||
		    (strcmp(w, "news") != 0 && strcmp(w, "press") != 0))
			return 0;
	} else if (!in_list(w, media_nouns, PX_NITEMS(media_nouns)))
		return 0;
	b = e + 1;
	if (outlets_match(o, s, len, b, &k) != NULL)
		return 0;	/* a known one: its own hit */
	for (k = b; words < 4 && name_word_at(s, len, k, words == 0); ) {
		if (words == 0 && word_after(s, len, k, w) != (size_t)-1 &&
		    in_list(w, not_names, PX_NITEMS(not_names)))
			break;
		/* letters beyond ASCII too: up to a space or punctuation */
		for (p = k; p < len && s[p] != ' ' && s[p] != ',' &&
		    s[p] != '.' && s[p] != ';' && s[p] != ':' && s[p] != ')' &&
		    s[p] != '\''; p++)
			;
		words++;
		end = p;
		if (p >= len || s[p] != ' ')
			break;
		k = p + 1;
	}
	if (words == 0)
		return 0;
	if (word_after(s, len, end, w) != (size_t)-1 && (s[end] == ' ' ||
	    s[end] == ',') && in_list(w, cite_after, PX_NITEMS(cite_after)))
		cites = 1;
	/* "told the local daily X": descriptors back to a citing word */
	for (p = at, i = 0; !cites && i < 5; i++) {
		if ((k = word_before(s, p, w)) == (size_t)-1)
			break;
		if (in_list(w, cite_before, PX_NITEMS(cite_before)))
			cites = 1;
		else if (!in_list(w, descriptors, PX_NITEMS(descriptors)) &&
		    !in_list(w, media_kinds, PX_NITEMS(media_kinds)) &&
		    !isupper((unsigned char)s[k]))
			break;
		p = k;
	}
	if (!cites)
		return 0;
	if (*nh == *cap) {
		*cap = *cap * 2 + 4;
		if ((nv = util_reallocarray(*v, *cap, sizeof *nv)) == NULL)
			return -1;
		*v = nv;
	}
	(*v)[*nh].outlet = NULL;
	(*v)[*nh].role = OUTLETS_CITE;
	(*v)[*nh].start = b;
	(*v)[*nh].end = end;
	(*nh)++;
	return 1;
}

int
outlets_scan(const struct outlets *o, const char *s, size_t len,
    struct outlets_hit **hits, size_t *n, char **cause)
{
	struct outlets_hit	*v = NULL, *nv;
	size_t			 i, end, nh = 0, cap = 0, step;
	int			 inword = 0, prev;
	const char		*name;

	*hits = NULL;
	*n = 0;
	if (o == NULL)
		return 0;
	for (i = 0; i < len; i += step) {
		ucs4_t	c;
		int	k, alnum;

		if ((unsigned char)s[i] < 0x80) {
			step = 1;
			alnum = isalnum((unsigned char)s[i]);
		} else {
			k = u8_mbtoucr(&c, (const uint8_t *)s + i, len - i);
			step = k < 0 ? 1 : (size_t)k;
			alnum = k > 0 && uc_is_alnum(c);
		}
		prev = inword;
		inword = alnum;
		if (!alnum || prev)
			continue;
		if ((name = outlets_match(o, s, len, i, &end)) == NULL) {
			if (islower((unsigned char)s[i]) &&
			    unknown_cite(o, s, len, i, &v, &nh, &cap) < 0) {
				free(v);
				util_cause(cause, "%s", _("out of memory"));
				return -1;
			}
			continue;
		}
		if (nh == cap) {
			cap = cap * 2 + 4;
			if ((nv = util_reallocarray(v, cap, sizeof *nv)) ==
			    NULL) {
				free(v);
				util_cause(cause, "%s", _("out of memory"));
				return -1;
			}
			v = nv;
		}
		v[nh].outlet = name;
		v[nh].start = i;
		v[nh].end = end;
		v[nh].role = role_of(s, len, i, end);
		nh++;
		step = end - i;
		inword = 0;
	}
	*hits = v;
	*n = nh;
	return 0;
}

/* --- credit lines ----------------------------------------------------- */

static const char *const credit_labels[] = {
	"source", "sources", "courtesy", "credit", "via", "agencies",
	"with inputs from", "inputs from", "(with inputs from"
};

/* An unknown outlet written after "Source:": a short run of words. */
static int
plausible_name(const char *s, size_t n)
{
	size_t	i, words = 1;

	if (n == 0 || n > 60 || !isupper((unsigned char)s[0]))
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] == ' ')
			words++;
		if (s[i] == '.' && i + 1 < n && s[i + 1] == ' ')
			return 0;
	}
	return words <= 6;
}

static size_t
dash_len(const char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && memcmp(s, "\xe2\x80\x93", 3) == 0)	/* – */
		return 3;
	if (n >= 3 && memcmp(s, "\xe2\x80\x94", 3) == 0)	/* — */
		return 3;
	return 0;
}

int
outlets_credit_line(const struct outlets *o, const char *line, size_t len,
    char **name)
{
	const char	*s = line, *known;
	size_t		 n = len, i, k, l, e;
	int		 marked;

	*name = NULL;
	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '.'))
		n--;
	if (n == 0 || n > 120)
		return 0;
	/* "Source: X", "Sources: X, Y", "Courtesy: X" */
	for (i = 0; i < PX_NITEMS(credit_labels); i++) {
		/* the labels are lower case: their first bytes first */
		if (tolower((unsigned char)s[0]) != credit_labels[i][0])
			continue;
		l = strlen(credit_labels[i]);
		if (n > l + 1 && strncasecmp(s, credit_labels[i], l) == 0 &&
		    (s[l] == ':' || s[l] == ' ' || dash_len(s + l, n - l))) {
			/* "Via Rail said": without a colon, only a known
			 * outlet makes a credit. */
			marked = s[l] != ' ' || dash_len(s + l + 1, n - l - 1);
			k = l;
			while (k < n && (s[k] == ':' || s[k] == ' ' ||
			    s[k] == '-'))
				k++;
			l = k;
			while (l < n && s[l] != ',' && s[l] != '/' &&
			    s[l] != ';' && s[l] != '&' && s[l] != ')' &&
			    s[l] != '|')
				l++;
			while (l > k && s[l - 1] == ' ')
				l--;
			if ((known = outlets_lookup(o, s + k, l - k)) != NULL)
				*name = util_strdup(known);
			/* "Source: X and news agencies": the known X */
			else if ((known = outlets_match(o, s, l, k, &e)) !=
			    NULL && e + 5 < l && strncasecmp(s + e, " and ",
			    5) == 0)
				*name = util_strdup(known);
			else if (marked && plausible_name(s + k, l - k))
				*name = util_strndup(s + k, l - k);
			else
				return 0;
			return 1;
		}
	}
	/* "(X)", "(With X)", "/X/" */
	if (n > 2 && ((s[0] == '(' && s[n - 1] == ')') ||
	    (s[0] == '/' && s[n - 1] == '/'))) {
		s++;
		n -= 2;
	} else {
		/* "-X", "--X", "— X" */
		while ((k = dash_len(s, n)) != 0) {
			s += k;
			n -= k;
		}
	}
	while (n > 0 && s[0] == ' ') {
		s++;
		n--;
	}
	if (n > 5 && strncasecmp(s, "with ", 5) == 0) {
		s += 5;
		n -= 5;
	}
	/* "X contributed to this report" */
	l = n;
	if (l > 27 && strncasecmp(s + l - 26, "contributed to this report",
	    26) == 0) {
		l -= 26;
		while (l > 0 && s[l - 1] == ' ')
			l--;
	}
	if ((known = outlets_lookup(o, s, l)) == NULL)
		return 0;
	*name = util_strdup(known);
	return 1;
}

/* Step back over white space, no-break spaces included. */
static size_t
back_space(const char *s, size_t i)
{
	for (;;) {
		if (i > 0 && isspace((unsigned char)s[i - 1]))
			i--;
		else if (i > 1 && (unsigned char)s[i - 2] == 0xC2 &&
		    (unsigned char)s[i - 1] == 0xA0)
			i -= 2;
		else
			return i;
	}
}

const char *
outlets_trailing_tag(const struct outlets *o, const char *s, size_t len,
    size_t *cut)
{
	size_t		 e = len, b, i, k;
	const char	*known;

	while (e > 0 && isspace((unsigned char)s[e - 1]))
		e--;
	if (e < 3)
		return NULL;
	b = e > 60 ? e - 60 : 0;
	if (s[e - 1] == ')' || s[e - 1] == '/') {
		char open = s[e - 1] == ')' ? '(' : '/';

		for (i = e - 1; i > b; i--) {
			if (s[i - 1] != open)
				continue;
			k = i;
			if (e - 1 - k > 5 &&
			    strncasecmp(s + k, "with ", 5) == 0)
				k += 5;
			if ((known = outlets_lookup(o, s + k, e - 1 - k)) ==
			    NULL)
				return NULL;
			i = back_space(s, i - 1);
			if (i == 0)
				return NULL;
			*cut = i;
			return known;
		}
		return NULL;
	}
	/* " -Xinhua", " — Reuters" */
	for (i = e; i-- > b;) {
		if ((k = dash_len(s + i, e - i)) == 0)
			continue;
		if (i == 0 || back_space(s, i) == i)
			continue;
		if ((known = outlets_lookup(o, s + i + k, e - i - k)) == NULL)
			continue;
		i = back_space(s, i);
		if (i == 0)
			return NULL;
		*cut = i;
		return known;
	}
	return NULL;
}
