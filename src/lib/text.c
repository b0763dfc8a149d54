/*
 * text.c: decoding and cleaning scraped text while keeping, for every byte
 * of the clean text, the span of original bytes it came from (see text.h).
 *
 * Three passes, each linear: decode the bytes into code points with their
 * original spans; clean the code point sequence in place (line ends, odd
 * spaces, invisible characters); compose to NFC segment by segment and
 * encode as UTF-8.  NFC never composes a character with an ASCII one that
 * follows it and never reorders across a starter, so the text is cut into
 * segments before every ASCII character and each segment is normalised on
 * its own; a segment that NFC changes maps all its output to its whole span.
 */
#include "px.h"
#include "text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <unistr.h>
#include <uninorm.h>

/* Windows-1252 0x80..0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_c1[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178
};

struct cps {
	ucs4_t		*c;
	uint32_t	*os, *oe;
	size_t		 n;
};

int
text_is_binary(const char *raw, size_t len)
{
	const unsigned char	*p = (const unsigned char *)raw;
	size_t			 i, ctl = 0;

	if (memchr(raw, '\0', len) != NULL)
		return 1;
	for (i = 0; i < len; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r' && p[i] != '\f' && p[i] != '\v' &&
		    p[i] != 0x1b) || p[i] == 0x7f)
			ctl++;
	}
	/* Text has next to no control bytes; binary data has many. */
	return ctl > 0 && ctl * 10 > len;
}

static int
is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
	    c == 0x3000;
}

static int
is_newline(ucs4_t c)
{
	return c == '\n' || c == '\v' || c == '\f' || c == 0x85 ||
	    c == 0x2028 || c == 0x2029;
}

/* Characters that carry nothing visible in news text. */
static int
is_dropped(ucs4_t c)
{
	if (c < 0x20)
		return !is_newline(c) && c != '\t' && c != '\r';
	if (c == 0x7F || (c >= 0x80 && c <= 0x9F && c != 0x85))
		return 1;
	return c == 0xFEFF || c == 0x200B || c == 0x2060 || c == 0x00AD;
}

/* First pass: bytes to code points, choosing the encoding. */
static int
decode(const char *raw, size_t len, struct text *t, struct cps *cp)
{
	const uint8_t	*p = (const uint8_t *)raw;
	size_t		 i, nmb = 0, ninv = 0;
	ucs4_t		 uc;
	int		 k, any_c1 = 0;

	for (i = 0; i < len; i += k) {
		if (p[i] < 0x80) {
			k = 1;
			continue;
		}
		k = u8_mbtoucr(&uc, p + i, len - i);
		if (k < 0) {
			ninv++;
			if (p[i] >= 0x80 && p[i] <= 0x9F)
				any_c1 = 1;
			k = 1;
		} else
			nmb++;
	}
	if (ninv == 0)
		t->encoding = TEXT_UTF8;
	else if (nmb == 0)
		t->encoding = any_c1 ? TEXT_CP1252 : TEXT_LATIN1;
	else
		t->encoding = TEXT_UTF8_REPAIRED;

	if ((cp->c = util_reallocarray(NULL, len + 1, sizeof *cp->c)) == NULL ||
	    (cp->os = util_reallocarray(NULL, len + 1, sizeof *cp->os)) ==
	    NULL ||
	    (cp->oe = util_reallocarray(NULL, len + 1, sizeof *cp->oe)) == NULL)
		return -1;
	cp->n = 0;
	for (i = 0; i < len; i += k) {
		k = 1;
		if (p[i] < 0x80)
			uc = p[i];
		else if (t->encoding == TEXT_CP1252 && p[i] <= 0x9F) {
			if ((uc = cp1252_c1[p[i] - 0x80]) == 0) {
				uc = 0xFFFD;
				t->nreplaced++;
			}
		} else if (t->encoding == TEXT_CP1252 ||
		    t->encoding == TEXT_LATIN1)
			uc = p[i];
		else if ((k = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			uc = 0xFFFD;
			t->nreplaced++;
			k = 1;
		}
		cp->c[cp->n] = uc;
		cp->os[cp->n] = (uint32_t)i;
		cp->oe[cp->n] = (uint32_t)(i + k);
		cp->n++;
	}
	return 0;
}

/* Second pass, in place: line ends, spaces, invisible characters. */
static void
clean(struct cps *cp)
{
	size_t		i, j, w = 0, nnl = 0;
	uint32_t	nls[2] = { 0, 0 }, nle[2] = { 0, 0 }, ss = 0, se = 0;
	int		space = 0;
	ucs4_t		c;

	for (i = 0; i < cp->n; i++) {
		c = cp->c[i];
		if (c > ' ' && c < 0x7F && nnl == 0 && !space)
			goto keep;		/* the common case */
		if (is_dropped(c))
			continue;
		if (c == '\r' || is_newline(c)) {
			uint32_t s = cp->os[i], e = cp->oe[i];

			if (c == '\r' && i + 1 < cp->n && cp->c[i + 1] == '\n')
				e = cp->oe[++i];
			space = 0;
			if (w > 0 && nnl < 2) {
				nls[nnl] = s;
				nle[nnl] = e;
				nnl++;
			}
			continue;
		}
		if (is_space(c)) {
			if (w > 0 && nnl == 0 && !space) {
				space = 1;
				ss = cp->os[i];
				se = cp->oe[i];
			}
			continue;
		}
		for (j = 0; j < nnl; j++) {
			cp->c[w] = '\n';
			cp->os[w] = nls[j];
			cp->oe[w] = nle[j];
			w++;
		}
		nnl = 0;
		if (space) {
			cp->c[w] = ' ';
			cp->os[w] = ss;
			cp->oe[w] = se;
			w++;
			space = 0;
		}
keep:
		cp->c[w] = c;
		cp->os[w] = cp->os[i];
		cp->oe[w] = cp->oe[i];
		w++;
	}
	cp->n = w;
}

static int
emit(struct text *t, size_t *cap, ucs4_t c, uint32_t os, uint32_t oe)
{
	uint8_t	 buf[6];
	int	 k, j;
	void	*p;

	if (c < 0x80 && t->len + 2 <= *cap) {
		t->s[t->len] = (char)c;
		t->ostart[t->len] = os;
		t->oend[t->len] = oe;
		t->len++;
		return 0;
	}
	if ((k = u8_uctomb(buf, c, sizeof buf)) < 0) {
		buf[0] = 0xEF; buf[1] = 0xBF; buf[2] = 0xBD;
		k = 3;
	}
	if (t->len + (size_t)k + 1 > *cap) {
		*cap = *cap * 2 + 16;
		if ((p = realloc(t->s, *cap)) == NULL)
			return -1;
		t->s = p;
		if ((p = util_reallocarray(t->ostart, *cap, sizeof *t->ostart))
		    == NULL)
			return -1;
		t->ostart = p;
		if ((p = util_reallocarray(t->oend, *cap, sizeof *t->oend))
		    == NULL)
			return -1;
		t->oend = p;
	}
	for (j = 0; j < k; j++) {
		t->s[t->len] = (char)buf[j];
		t->ostart[t->len] = os;
		t->oend[t->len] = oe;
		t->len++;
	}
	return 0;
}

/*
 * Might NFC change a segment holding c?  Below U+0300 nothing composes or
 * decomposes on its own; Cyrillic letters, general punctuation (curly
 * quotes, dashes) and currency signs are stable too, so the commonest
 * non-ASCII text skips the normaliser.  Everything else is asked.
 */
static int
nfc_may_change(ucs4_t c)
{
	if (c < 0x300)
		return 0;
	if ((c >= 0x400 && c < 0x483) || (c >= 0x48A && c < 0x530))
		return 0;
	if ((c >= 0x2010 && c <= 0x205E) || (c >= 0x20A0 && c <= 0x20C0))
		return 0;
	return 1;
}

/* Third pass: NFC per segment, then UTF-8. */
static int
compose(struct text *t, const struct cps *cp)
{
	size_t		 i, j, k, cap, rn;
	ucs4_t		 sbuf[256], *r;
	int		 needs;

	cap = cp->n + cp->n / 2 + 16;
	if ((t->s = malloc(cap)) == NULL ||
	    (t->ostart = util_reallocarray(NULL, cap, sizeof *t->ostart)) ==
	    NULL ||
	    (t->oend = util_reallocarray(NULL, cap, sizeof *t->oend)) == NULL)
		return -1;
	for (i = 0; i < cp->n; i = j) {
		needs = nfc_may_change(cp->c[i]);
		for (j = i + 1; j < cp->n && cp->c[j] >= 0x80; j++) {
			if (nfc_may_change(cp->c[j]))
				needs = 1;
		}
		if (needs) {
			rn = PX_NITEMS(sbuf);
			r = u32_normalize(UNINORM_NFC, cp->c + i, j - i, sbuf,
			    &rn);
			if (r == NULL)
				return -1;
			if (rn != j - i ||
			    memcmp(r, cp->c + i, rn * sizeof *r) != 0) {
				for (k = 0; k < rn; k++) {
					if (emit(t, &cap, r[k], cp->os[i],
					    cp->oe[j - 1]) != 0) {
						if (r != sbuf)
							free(r);
						return -1;
					}
				}
				if (r != sbuf)
					free(r);
				continue;
			}
			if (r != sbuf)
				free(r);
		}
		for (k = i; k < j; k++) {
			if (cp->c[k] < 0x80 && t->len + 2 <= cap) {
				t->s[t->len] = (char)cp->c[k];
				t->ostart[t->len] = cp->os[k];
				t->oend[t->len] = cp->oe[k];
				t->len++;
			} else if (emit(t, &cap, cp->c[k], cp->os[k],
			    cp->oe[k]) != 0)
				return -1;
		}
	}
	t->s[t->len] = '\0';
	return 0;
}

int
text_decode(const char *raw, size_t len, struct text **out, char **cause)
{
	struct text	*t;
	struct cps	 cp;

	*out = NULL;
	memset(&cp, 0, sizeof cp);
	if (len >= UINT32_MAX) {
		util_cause(cause, "%s", _("file too large"));
		return -1;
	}
	if ((t = calloc(1, sizeof *t)) == NULL)
		goto oom;
	t->rawlen = len;
	if (decode(raw, len, t, &cp) != 0)
		goto oom;
	clean(&cp);
	if (compose(t, &cp) != 0)
		goto oom;
	free(cp.c);
	free(cp.os);
	free(cp.oe);
	*out = t;
	return 0;
oom:
	free(cp.c);
	free(cp.os);
	free(cp.oe);
	text_free(t);
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

void
text_free(struct text *t)
{
	if (t == NULL)
		return;
	free(t->s);
	free(t->ostart);
	free(t->oend);
	free(t);
}

void
text_span(const struct text *t, size_t a, size_t b, size_t *ostart,
    size_t *oend)
{
	if (t->len == 0) {
		*ostart = *oend = 0;
		return;
	}
	if (a >= t->len)
		a = t->len - 1;
	if (b > t->len)
		b = t->len;
	if (b <= a)
		b = a + 1;
	*ostart = t->ostart[a];
	*oend = t->oend[b - 1];
}

int
text_first_case(const char *s, size_t n)
{
	ucs4_t	c;
	size_t	i = 0;
	int	k;

	while (i < n) {
		if ((k = u8_mbtoucr(&c, (const uint8_t *)s + i, n - i)) < 0)
			return 0;
		if (uc_is_upper(c))
			return 1;
		if (uc_is_lower(c))
			return -1;
		if (uc_is_alpha(c) || uc_is_digit(c))
			return 0;
		i += (size_t)k;
	}
	return 0;
}

size_t
text_fold_word(const char *s, size_t len, size_t i, char *key, size_t size,
    int flags)
{
	size_t	j = i, k = 0;
	ucs4_t	c;
	int	n, m, digits = (flags & TEXT_FOLD_DIGITS) != 0;

	while (j < len) {
		if ((unsigned char)s[j] < 0x80) {
			c = (unsigned char)s[j];
			if (!(digits ? isalnum((int)c) : isalpha((int)c)))
				break;
			n = 1;
		} else if ((n = u8_mbtoucr(&c, (const uint8_t *)s + j,
		    len - j)) < 0 ||
		    !(digits ? uc_is_alnum(c) : uc_is_alpha(c)))
			break;
		if ((flags & TEXT_FOLD_CUT) && k + (size_t)n + 4 >= size)
			break;
		if (c < 0x80 && k + 1 < size)
			key[k++] = (char)tolower((int)c);
		else if (c < 0x80 || (m = u8_uctomb((uint8_t *)key + k,
		    uc_tolower(uc_toupper(c)), size - 1 - k)) <= 0) {
			key[0] = '\0';
			return 0;
		} else
			k += (size_t)m;
		j += (size_t)n;
	}
	key[k] = '\0';
	return j - i;
}

unsigned int
text_utf8_next(const char *s, size_t len, size_t *p)
{
	const unsigned char	*u = (const unsigned char *)s;
	unsigned int		 cp = u[*p];
	size_t			 n, k;

	if (cp < 0x80)
		n = 0;
	else if ((cp & 0xe0) == 0xc0) {
		n = 1;
		cp &= 0x1f;
	} else if ((cp & 0xf0) == 0xe0) {
		n = 2;
		cp &= 0x0f;
	} else if ((cp & 0xf8) == 0xf0) {
		n = 3;
		cp &= 0x07;
	} else {
		(*p)++;
		return 0xfffd;
	}
	if (n > 0 && *p + n >= len) {
		(*p)++;
		return 0xfffd;
	}
	for (k = 1; k <= n; k++) {
		if ((u[*p + k] & 0xc0) != 0x80) {
			(*p)++;
			return 0xfffd;
		}
		cp = cp << 6 | (u[*p + k] & 0x3f);
	}
	*p += n + 1;
	return cp;
}
