/*
 * diff.c: word-level difference of two sentences, for the reader's
 * highlighting inside a matched pair.
 *
 * Words are runs of letters, digits and marks; digits joined by ',' '.'
 * or ':' stay one word.  Each word is folded to lower case for comparing.
 * The longest common subsequence of the two word lists (dynamic
 * programming, O(n*m) on at most DIFF_MAX_WORDS words a side) gives the
 * words both share in order; the others are reported.  Classes: a word
 * with a digit or a number word is DIFF_NUMBER; a word starting with an
 * upper-case letter that is not the sentence's first word is DIFF_NAME.
 */
#include "px.h"
#include "diff.h"

#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unistr.h>

struct word {
	size_t		 start, end;
	char		*fold;
	enum diff_class	 cls;
};

/* English number words; a figure written in words is still a figure. */
static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"hundreds", "thousand", "thousands", "million", "millions",
	"billion", "dozen", "dozens"
};

static int
is_word_char(ucs4_t uc)
{
	return uc_is_alnum(uc) || uc_is_general_category(uc, UC_CATEGORY_M);
}

static void
words_free(struct word *w, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(w[i].fold);
	free(w);
}

static enum diff_class
word_class(const char *s, size_t len, const char *fold, size_t idx)
{
	size_t	i;
	ucs4_t	uc;

	for (i = 0; i < len; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return DIFF_NUMBER;
	}
	for (i = 0; i < PX_NITEMS(number_words); i++) {
		if (strcmp(fold, number_words[i]) == 0)
			return DIFF_NUMBER;
	}
	if (idx > 0 && u8_mbtoucr(&uc, (const uint8_t *)s, len) > 0 &&
	    uc_is_upper(uc))
		return DIFF_NAME;
	return DIFF_WORD;
}

static long
split(const char *s, struct word **out)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + strlen(s);
	struct word	*w = NULL, *nw;
	size_t		 n = 0, cap = 0, start, flen;
	ucs4_t		 uc, next;
	int		 k, k2;
	uint8_t		*f;

	while (p < end && n < DIFF_MAX_WORDS) {
		k = u8_mbtoucr(&uc, p, (size_t)(end - p));
		if (k < 0) {
			p++;
			continue;
		}
		if (!is_word_char(uc)) {
			p += k;
			continue;
		}
		start = (size_t)(p - (const uint8_t *)s);
		while (p < end) {
			k = u8_mbtoucr(&uc, p, (size_t)(end - p));
			if (k < 0)
				break;
			if (is_word_char(uc)) {
				p += k;
				continue;
			}
			/* 2,870 / 1.4 / 10:30: a separator between digits. */
			if ((uc == ',' || uc == '.' || uc == ':') && p > (const
			    uint8_t *)s && p[-1] >= '0' && p[-1] <= '9' &&
			    p + 1 < end) {
				k2 = u8_mbtoucr(&next, p + 1,
				    (size_t)(end - p - 1));
				if (k2 > 0 && next >= '0' && next <= '9') {
					p += k;
					continue;
				}
			}
			break;
		}
		if (n == cap) {
			cap = cap == 0 ? 32 : cap * 2;
			if ((nw = util_reallocarray(w, cap, sizeof *w)) == NULL)
				goto fail;
			w = nw;
		}
		w[n].start = start;
		w[n].end = (size_t)(p - (const uint8_t *)s);
		flen = 0;
		f = u8_casefold((const uint8_t *)s + start, w[n].end - start,
		    NULL, NULL, NULL, &flen);
		if (f == NULL)
			goto fail;
		if ((w[n].fold = util_strndup((char *)f, flen)) == NULL) {
			free(f);
			goto fail;
		}
		free(f);
		w[n].cls = word_class(s + start, w[n].end - start, w[n].fold,
		    n);
		n++;
	}
	*out = w;
	return (long)n;
fail:
	words_free(w, n);
	return -1;
}

/* The unmatched words of one side as spans. */
static int
spans(const struct word *w, size_t n, const unsigned char *matched,
    struct diff_span **out, size_t *nout)
{
	struct diff_span	*d;
	size_t			 i, k = 0;

	*out = NULL;
	*nout = 0;
	for (i = 0; i < n; i++)
		k += !matched[i];
	if (k == 0)
		return 0;
	if ((d = calloc(k, sizeof *d)) == NULL)
		return -1;
	for (i = 0, k = 0; i < n; i++) {
		if (matched[i])
			continue;
		d[k].start = w[i].start;
		d[k].end = w[i].end;
		d[k].cls = w[i].cls;
		k++;
	}
	*out = d;
	*nout = k;
	return 0;
}

int
diff_words(const char *a, const char *b, struct diff_span **da, size_t *na,
    struct diff_span **db, size_t *nb)
{
	struct word	*wa = NULL, *wb = NULL;
	long		 n, m, i, j;
	unsigned short	*t = NULL;
	unsigned char	*ma = NULL, *mb = NULL;
	int		 rc = -1;

	*da = *db = NULL;
	*na = *nb = 0;
	if ((n = split(a, &wa)) < 0)
		return -1;
	if ((m = split(b, &wb)) < 0)
		goto out;
	t = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof *t);
	ma = calloc((size_t)n + 1, 1);
	mb = calloc((size_t)m + 1, 1);
	if (t == NULL || ma == NULL || mb == NULL)
		goto out;
#define T(x, y) t[(size_t)(x) * (size_t)(m + 1) + (size_t)(y)]
	for (i = n - 1; i >= 0; i--) {
		for (j = m - 1; j >= 0; j--) {
			if (strcmp(wa[i].fold, wb[j].fold) == 0)
				T(i, j) = T(i + 1, j + 1) + 1;
			else if (T(i + 1, j) >= T(i, j + 1))
				T(i, j) = T(i + 1, j);
			else
				T(i, j) = T(i, j + 1);
		}
	}
	for (i = 0, j = 0; i < n && j < m;) {
		if (strcmp(wa[i].fold, wb[j].fold) == 0) {
			ma[i++] = 1;
			mb[j++] = 1;
		} else if (T(i + 1, j) >= T(i, j + 1))
			i++;
		else
			j++;
	}
#undef T
	if (spans(wa, (size_t)n, ma, da, na) != 0)
		goto out;
	if (spans(wb, (size_t)m, mb, db, nb) != 0) {
		free(*da);
		*da = NULL;
		*na = 0;
		goto out;
	}
	rc = 0;
out:
	free(t);
	free(ma);
	free(mb);
	words_free(wa, n > 0 ? (size_t)n : 0);
	words_free(wb, m > 0 ? (size_t)m : 0);
	return rc;
}
