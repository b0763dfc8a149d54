/*
 * article-span.c: small predicates on a span [a, b) of the clean text
 * (sentence ends, word counts, case, dashes, a word in a list) and the
 * helpers for the article's lists (span_push(), span_warn()).  They read
 * bytes only and never look past b; a span is clean text, never the original.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <unicase.h>
#include <unistr.h>

int
span_push(char ***v, size_t *n, const char *s)
{
	char	**nv, *d;

	if ((d = util_strdup(s)) == NULL)
		return -1;
	if ((nv = util_reallocarray(*v, *n + 1, sizeof *nv)) == NULL) {
		free(d);
		return -1;
	}
	*v = nv;
	(*v)[(*n)++] = d;
	return 0;
}

int
span_warn(struct article *a, const char *msg)
{
	return span_push(&a->warnings, &a->nwarnings, msg);
}

int
span_ends_sentence(const char *s, size_t a, size_t b)
{
	const unsigned char	*u = (const unsigned char *)s;

	/* Closing quotes and brackets do not count. */
	while (b > a) {
		if (u[b - 1] == '"' || u[b - 1] == '\'' || u[b - 1] == ')')
			b--;
		else if (b - a >= 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x80 &&
		    (u[b - 1] == 0x9D || u[b - 1] == 0x99 || u[b - 1] == 0xBA))
			b -= 3;
		else if (b - a >= 2 && u[b - 2] == 0xC2 && u[b - 1] == 0xBB)
			b -= 2;
		else
			break;
	}
	if (b == a)
		return 0;
	return u[b - 1] == '.' || u[b - 1] == '!' || u[b - 1] == '?' ||
	    u[b - 1] == ';' || u[b - 1] == ':' ||
	    (b - a >= 3 && u[b - 3] == 0xE2 && u[b - 2] == 0x80 &&
	    u[b - 1] == 0xA6);
}

/* The words of s[a, b) (runs of bytes between spaces), counted up to
 * one past stop. */
static size_t
count_words(const char *s, size_t a, size_t b, size_t stop)
{
	size_t	n = 0, i;
	int	in = 0;

	for (i = a; i < b; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			if (++n > stop)
				break;
		}
	}
	return n;
}

size_t
span_words(const char *s, size_t a, size_t b)
{
	return count_words(s, a, b, SIZE_MAX);
}

int
span_more_words(const char *s, size_t a, size_t b, size_t max)
{
	return count_words(s, a, b, max) > max;
}

int
span_all_caps(const char *s, size_t a, size_t b)
{
	size_t	i;
	int	letters = 0;

	for (i = a; i < b; i++) {
		if (islower((unsigned char)s[i]))
			return 0;
		if (isupper((unsigned char)s[i]))
			letters++;
	}
	return letters >= 2;
}

char *
span_title_case(const char *s, size_t n)
{
	uint8_t	*r;
	size_t	 rn;
	char	*out;

	if (!span_all_caps(s, 0, n))
		return util_strndup(s, n);
	if ((r = u8_totitle((const uint8_t *)s, n, NULL, NULL, NULL, &rn)) ==
	    NULL)
		return NULL;
	out = util_strndup((const char *)r, rn);
	free(r);
	return out;
}

/* The case of the first letter of s[i, b) (text_first_case()). */
int
span_first_case(const char *s, size_t i, size_t b)
{
	return i < b ? text_first_case(s + i, b - i) : 0;
}

/* A dash at s[i] (hyphen, en or em dash): its bytes, or 0. */
size_t
span_dash_at(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == '-')
		return 1;
	if (i + 3 <= len && (memcmp(s + i, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(s + i, "\xe2\x80\x93", 3) == 0))
		return 3;
	return 0;
}

int
span_word_in(const char *w, size_t n, const char *const *list, size_t nlist)
{
	size_t	i;

	for (i = 0; i < nlist; i++) {
		if (strlen(list[i]) == n && strncasecmp(list[i], w, n) == 0)
			return 1;
	}
	return 0;
}

size_t
span_skip_sp(const char *s, size_t len, size_t i)
{
	while (i < len && s[i] == ' ')
		i++;
	return i;
}

int
span_meridiem(const char *s, size_t i, size_t e)
{
	return e - i <= 4 && (strncasecmp(s + i, "am", 2) == 0 ||
	    strncasecmp(s + i, "pm", 2) == 0 || strncasecmp(s + i, "a.m", 3) ==
	    0 || strncasecmp(s + i, "p.m", 3) == 0);
}
