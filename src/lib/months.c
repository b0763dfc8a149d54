/*
 * months.c: the month names table (see months.h).
 *
 * Every form is kept once, folded by text_fold_word() (letters only, a
 * form too long for a key refused), with its month (0 once two lines gave
 * it different months) and whether an English line gave it.  Forms are
 * kept sorted by key as they are added, so that a lookup never changes the
 * table; a word of the text is folded into a buffer on the stack and found
 * by bisection, so matching never allocates.  Most words are no month:
 * pairs[] has a bit for the first two bytes of every key whose first byte
 * is ASCII (the second 0 for a key of one byte), so that a word of two
 * ASCII letters, or of one, that no key starts with is turned away before
 * it is folded.
 */
#include "px.h"
#include "months.h"
#include "table.h"
#include "text.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MONTHS_FORM_MAX	48	/* bytes of a folded form, NUL included */

struct form {
	char	key[MONTHS_FORM_MAX];
	int	month;		/* 1-12, 0 when ambiguous */
	int	english;
};

struct months {
	struct form	*forms;		/* by key */
	size_t		 n;
	uint64_t	 pairs[128 * 128 / 64];	/* see above */
};

/* The English months, built in: the table starts with them, so that a
 * missing or broken data file leaves English dates read. */
static const char *const builtin[] = {
	"1 | en january jan", "2 | en february feb", "3 | en march mar",
	"4 | en april apr", "5 | en may", "6 | en june jun",
	"7 | en july jul", "8 | en august aug", "9 | en september sep sept",
	"10 | en october oct", "11 | en november nov",
	"12 | en december dec"
};

struct months *
months_new(void)
{
	return calloc(1, sizeof(struct months));
}

void
months_free(struct months *t)
{
	if (t == NULL)
		return;
	free(t->forms);
	free(t);
}

size_t
months_count(const struct months *t)
{
	return t == NULL ? 0 : t->n;
}

/* The bit of pairs[] for the ASCII bytes a and b. */
static size_t
pair_bit(unsigned char a, unsigned char b)
{
	return (size_t)a * 128 + b;
}

/* Where key is in the forms, or where it would go: *found says which. */
static size_t
form_find(const struct months *t, const char *key, int *found)
{
	size_t	lo = 0, hi = t->n, mid;
	int	c;

	*found = 0;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(t->forms[mid].key, key)) == 0) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
add_form(struct months *t, const char *key, int month, int english)
{
	struct form	*v;
	size_t		 i, b;
	int		 found;

	i = form_find(t, key, &found);
	if (found) {
		if (t->forms[i].month != month)
			t->forms[i].month = 0;
		t->forms[i].english |= english;
		return 0;
	}
	if ((v = util_reallocarray(t->forms, t->n + 1, sizeof *v)) == NULL)
		return -1;
	t->forms = v;
	memmove(v + i + 1, v + i, (t->n - i) * sizeof *v);
	memcpy(v[i].key, key, strlen(key) + 1);
	v[i].month = month;
	v[i].english = english;
	t->n++;
	if ((unsigned char)key[0] < 0x80 && (unsigned char)key[1] < 0x80) {
		b = pair_bit((unsigned char)key[0], (unsigned char)key[1]);
		t->pairs[b / 64] |= (uint64_t)1 << (b % 64);
	}
	return 0;
}

/*
 * Can the word at s[i] be a form?  Only no when its first two bytes are
 * ASCII (the second perhaps no letter: a word of one letter), folded as
 * text_fold_word() folds them, and start no key.
 */
static int
pair_may_start(const struct months *t, const char *s, size_t len, size_t i)
{
	unsigned char	a = (unsigned char)s[i], b = 0;
	size_t		bit;

	if (a >= 0x80 || !isalpha(a))
		return 1;
	if (i + 1 < len) {
		if ((unsigned char)s[i + 1] >= 0x80)
			return 1;
		if (isalpha((unsigned char)s[i + 1]))
			b = (unsigned char)tolower((unsigned char)s[i + 1]);
	}
	bit = pair_bit((unsigned char)tolower(a), b);
	return (t->pairs[bit / 64] & ((uint64_t)1 << (bit % 64))) != 0;
}

/* One "lang form form" field of s[a, b) for month. */
static int
add_field(struct months *t, const char *s, size_t a, size_t b, int month,
    char **cause)
{
	char	key[MONTHS_FORM_MAX];
	size_t	i = a, w, n;
	int	english = -1;

	for (;;) {
		while (i < b && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= b)
			break;
		for (w = i; w < b && s[w] != ' ' && s[w] != '\t'; w++)
			;
		if (english < 0) {
			english = w - i == 2 && strncasecmp(s + i, "en", 2) ==
			    0;
			i = w;
			continue;
		}
		n = text_fold_word(s, w, i, key, sizeof key, 0);
		if (n != w - i) {
			util_cause(cause, _("not a month name: \"%.*s\""),
			    (int)(w - i), s + i);
			return -1;
		}
		if (add_form(t, key, month, english) != 0) {
			util_cause(cause, "%s", _("out of memory"));
			return -1;
		}
		i = w;
	}
	if (english < 0) {
		util_cause(cause, "%s", _("an empty field in a months line"));
		return -1;
	}
	return 0;
}

int
months_add(struct months *t, const char *line, char **cause)
{
	const char	*p = line;
	size_t		 n, i, f;
	int		 month = 0;

	while (*p == ' ' || *p == '\t')
		p++;
	if (*p == '#' || *p == '\0' || *p == '\n')
		return 0;
	n = strcspn(p, "\n");
	for (i = 0; i < n && isdigit((unsigned char)p[i]) && i < 3; i++)
		month = month * 10 + (p[i] - '0');
	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (month < 1 || month > 12 || i >= n || p[i] != '|') {
		util_cause(cause, "%s", _("a months line must start with a "
		    "month number (1-12) and \"|\""));
		return -1;
	}
	while (i < n) {
		f = ++i;
		while (i < n && p[i] != '|')
			i++;
		if (add_field(t, p, f, i, month, cause) != 0)
			return -1;
	}
	return 0;
}

/* A table of the built-in months: where loading starts. */
static void *
months_create(void)
{
	struct months	*t;
	size_t		 i;

	if ((t = months_new()) == NULL)
		return NULL;
	for (i = 0; i < PX_NITEMS(builtin); i++) {
		if (months_add(t, builtin[i], NULL) != 0) {
			months_free(t);
			return NULL;
		}
	}
	return t;
}

static void
months_destroy(void *t)
{
	months_free(t);
}

static int
months_line(void *t, size_t part, char *line, char **cause)
{
	(void)part;
	return months_add(t, line, cause);
}

/* A broken data file leaves the built-in English months by default. */
static const struct table_kind months_kind = {
	{ "months", NULL }, months_create, months_destroy, months_line, 1
};

int
months_load_file(struct months *t, const char *path, char **cause)
{
	return table_load_file(path, months_line, t, 0, cause);
}

int
months_load(struct months **out, char **cause)
{
	*out = table_load(&months_kind, cause);
	return *out != NULL ? 0 : -1;
}

const struct months *
months_default(void)
{
	static struct table_cache	cache = TABLE_CACHE_INIT;

	return table_default(&months_kind, &cache);
}

int
months_at(const struct months *t, const char *s, size_t len, size_t i,
    size_t *end, int *english)
{
	char		 key[MONTHS_FORM_MAX];
	size_t		 n, k;
	int		 found;

	if (t == NULL || t->n == 0 || i >= len ||
	    !pair_may_start(t, s, len, i) ||
	    (n = text_fold_word(s, len, i, key, sizeof key, 0)) == 0)
		return 0;
	k = form_find(t, key, &found);
	if (!found || t->forms[k].month == 0)
		return 0;
	n += i;
	if (n < len && s[n] == '.')
		n++;
	*end = n;
	if (english != NULL)
		*english = t->forms[k].english;
	return t->forms[k].month;
}
