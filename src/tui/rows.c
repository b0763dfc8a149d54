/*
 * rows.c: compare rows from links (see rows.h).  A chain is a longest
 * increasing subsequence over the links of two panes sorted by the first
 * pane's index (ties: by the other's), O(L^2) on the links of two articles,
 * which are a few hundred at most.
 */
#include "px.h"
#include "cells.h"
#include "diff.h"
#include "rows.h"
#include "store.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int
link_cmp(const void *x, const void *y)
{
	const struct rows_link	*p = x, *q = y;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return p->rel - q->rel;
}

/*
 * The chain of the links from pane `from` to pane `pane` with a in
 * [a0, a1) and b in [b0, b1): match[a - a0] = b, rel[a - a0] its relation
 * (-1 where a has no partner).
 */
static int
rows_chain(const struct rows_link *links, size_t nlinks, size_t from,
    size_t pane, size_t a0, size_t a1, size_t b0, size_t b1, long *match,
    int *rel)
{
	struct rows_link	*l;
	size_t			 n = 0, i, j, best = 0;
	long			*len, *prev;
	int			 rc = -1;

	for (i = a0; i < a1; i++) {
		match[i - a0] = -1;
		rel[i - a0] = -1;
	}
	if ((l = calloc(nlinks + 1, sizeof *l)) == NULL)
		return -1;
	for (i = 0; i < nlinks; i++) {
		if (links[i].from == from && links[i].pane == pane &&
		    links[i].a >= a0 && links[i].a < a1 &&
		    links[i].b >= b0 && links[i].b < b1)
			l[n++] = links[i];
	}
	qsort(l, n, sizeof *l, link_cmp);
	len = calloc(n + 1, sizeof *len);
	prev = calloc(n + 1, sizeof *prev);
	if (len == NULL || prev == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		len[i] = 1;
		prev[i] = -1;
		for (j = 0; j < i; j++) {
			if (l[j].a < l[i].a && l[j].b < l[i].b &&
			    len[j] + 1 > len[i]) {
				len[i] = len[j] + 1;
				prev[i] = (long)j;
			}
		}
		if (len[i] > len[best])
			best = i;
	}
	for (i = n > 0 ? best : 0; n > 0;) {
		match[l[i].a - a0] = (long)l[i].b;
		rel[l[i].a - a0] = l[i].rel;
		if (prev[i] < 0)
			break;
		i = (size_t)prev[i];
	}
	rc = 0;
out:
	free(len);
	free(prev);
	free(l);
	return rc;
}

struct builder {
	struct rows_row	*v;
	size_t		 n, cap;
};

static struct rows_row *
rows_add(struct builder *b)
{
	struct rows_row	*v;
	size_t		 cap, k;

	if (b->n == b->cap) {
		cap = b->cap == 0 ? 64 : b->cap * 2;
		if ((v = util_reallocarray(b->v, cap, sizeof *v)) == NULL)
			return NULL;
		b->v = v;
		b->cap = cap;
	}
	for (k = 0; k < ROWS_PANES; k++) {
		b->v[b->n].s[k] = -1;
		b->v[b->n].rel[k] = -1;
	}
	return &b->v[b->n++];
}

/* Rows for the sentences of panes 1.. up to stop[k], side by side. */
static int
rows_zip(struct builder *b, size_t npanes, size_t *next, const size_t *stop)
{
	struct rows_row	*r;
	size_t		 k;
	int		 any;

	for (;;) {
		any = 0;
		for (k = 1; k < npanes; k++)
			any |= next[k] < stop[k];
		if (!any)
			return 0;
		if ((r = rows_add(b)) == NULL)
			return -1;
		for (k = 1; k < npanes; k++) {
			if (next[k] < stop[k])
				r->s[k] = (long)next[k]++;
		}
	}
}

/*
 * The sentences of panes 1.. that come before stop[k] and have no partner
 * in pane 0.  With three panes, those that panes 1 and 2 share get one row
 * (its rel[2] says how they relate); the others are zipped between them.
 */
static int
rows_gap(struct builder *b, size_t npanes, size_t *next, const size_t *stop,
    const struct rows_link *links, size_t nlinks)
{
	struct rows_row	*r;
	size_t		 x, until[ROWS_PANES], base = next[1];
	long		*match = NULL;
	int		*rel = NULL, rc = -1;

	if (npanes < 3 || next[1] >= stop[1] || next[2] >= stop[2])
		return rows_zip(b, npanes, next, stop);
	match = calloc(stop[1] - base, sizeof *match);
	rel = calloc(stop[1] - base, sizeof *rel);
	if (match == NULL || rel == NULL)
		goto out;
	if (rows_chain(links, nlinks, 1, 2, next[1], stop[1], next[2],
	    stop[2], match, rel) != 0)
		goto out;
	for (x = next[1]; x < stop[1]; x++) {
		if (match[x - base] < 0)
			continue;
		until[1] = x;
		until[2] = (size_t)match[x - base];
		if (rows_zip(b, npanes, next, until) != 0)
			goto out;
		if ((r = rows_add(b)) == NULL)
			goto out;
		r->s[1] = (long)x;
		r->s[2] = (long)until[2];
		r->rel[2] = rel[x - base];
		next[1] = x + 1;
		next[2] = until[2] + 1;
	}
	rc = rows_zip(b, npanes, next, stop);
out:
	free(match);
	free(rel);
	return rc;
}

int
rows_align(size_t npanes, const size_t *nsent, const struct rows_link *links,
    size_t nlinks, struct rows_row **out, size_t *nout)
{
	struct builder	 b;
	struct rows_row	*r;
	long		*match[ROWS_PANES];
	int		*rel[ROWS_PANES];
	size_t		 next[ROWS_PANES], stop[ROWS_PANES], a, k;
	int		 rc = -1;

	*out = NULL;
	*nout = 0;
	if (npanes < 2 || npanes > ROWS_PANES)
		return -1;
	memset(&b, 0, sizeof b);
	memset(match, 0, sizeof match);
	memset(rel, 0, sizeof rel);
	for (k = 1; k < npanes; k++) {
		match[k] = calloc(nsent[0] + 1, sizeof *match[k]);
		rel[k] = calloc(nsent[0] + 1, sizeof *rel[k]);
		if (match[k] == NULL || rel[k] == NULL)
			goto out;
		if (rows_chain(links, nlinks, 0, k, 0, nsent[0], 0, nsent[k],
		    match[k], rel[k]) != 0)
			goto out;
		next[k] = 0;
	}
	for (a = 0; a < nsent[0]; a++) {
		for (k = 1; k < npanes; k++)
			stop[k] = match[k][a] >= 0 ? (size_t)match[k][a] :
			    next[k];
		if (rows_gap(&b, npanes, next, stop, links, nlinks) != 0)
			goto out;
		if ((r = rows_add(&b)) == NULL)
			goto out;
		r->s[0] = (long)a;
		for (k = 1; k < npanes; k++) {
			if (match[k][a] >= 0) {
				r->s[k] = match[k][a];
				r->rel[k] = rel[k][a];
				next[k] = (size_t)match[k][a] + 1;
			}
		}
	}
	for (k = 1; k < npanes; k++)
		stop[k] = nsent[k];
	if (rows_gap(&b, npanes, next, stop, links, nlinks) != 0)
		goto out;
	*out = b.v;
	*nout = b.n;
	b.v = NULL;
	rc = 0;
out:
	for (k = 1; k < npanes; k++) {
		free(match[k]);
		free(rel[k]);
	}
	free(b.v);
	return rc;
}

int
rows_strongest(const struct rows_row *r, size_t npanes)
{
	size_t	k;
	int	best = -1;

	for (k = 1; k < npanes && k < ROWS_PANES; k++) {
		if (r->rel[k] == STORE_CONFLICT)
			return STORE_CONFLICT;
		if (r->rel[k] == STORE_SAME)
			best = STORE_SAME;
		else if (r->rel[k] == STORE_SIMILAR && best == -1)
			best = STORE_SIMILAR;
	}
	return best;
}

int
rows_role(int rel)
{
	switch (rel) {
	case STORE_SAME:
		return ROLE_SHARED;
	case STORE_SIMILAR:
		return ROLE_SIMILAR;
	case STORE_CONFLICT:
		return ROLE_CONFLICT;
	}
	return ROLE_UNIQUE;
}

/* The index of sentence id among n in reading order, or -1. */
static long
sentence_index(const struct store_sentence *s, size_t n, int64_t id)
{
	size_t	lo = 0, hi = n, mid, i;

	/* ids grow with the reading order of an article: bisect first */
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (s[mid].id == id)
			return (long)mid;
		if (s[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = 0; i < n; i++) {
		if (s[i].id == id)
			return (long)i;
	}
	return -1;
}

size_t
rows_links(const struct store_pair *p, size_t np,
    const struct store_sentence *fs, size_t nf,
    const struct store_sentence *ts, size_t tn, size_t from, size_t to,
    struct rows_link *links)
{
	size_t	i, n = 0;
	long	ia, ib;

	for (i = 0; i < np; i++) {
		ia = sentence_index(fs, nf, p[i].a);
		ib = sentence_index(ts, tn, p[i].b);
		if (ia < 0 || ib < 0) {
			ia = sentence_index(fs, nf, p[i].b);
			ib = sentence_index(ts, tn, p[i].a);
		}
		if (ia < 0 || ib < 0)
			continue;
		links[n].from = from;
		links[n].pane = to;
		links[n].a = (size_t)ia;
		links[n].b = (size_t)ib;
		links[n].rel = (int)p[i].relation;
		n++;
	}
	return n;
}

static int
rows_same(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static int
rows_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Equal but for ASCII case. */
static int
rows_text_eq(const char *a, const char *b)
{
	for (; *a != '\0' && rows_lower((unsigned char)*a) ==
	    rows_lower((unsigned char)*b); a++, b++)
		continue;
	return *a == '\0' && *b == '\0';
}

/* Do claims c and t say different things about the same kind and subject? */
static int
rows_disagree(const struct store_claim *c, const struct store_claim *t)
{
	if (!rows_same(c->kind, t->kind) || !rows_same(c->subject, t->subject))
		return 0;
	if (c->has_num != t->has_num)
		return 1;
	if (c->has_num)
		return fabs(c->value_num - t->value_num) > 1e-9 ||
		    fabs(c->value_high - t->value_high) > 1e-9;
	if (c->value_text == NULL || t->value_text == NULL)
		return c->value_text != t->value_text;
	return !rows_text_eq(c->value_text, t->value_text);
}

static int
rows_alnum(int c)
{
	return (c >= '0' && c <= '9') || rows_lower(c) != c ||
	    (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* A figure's value as the text gives it ("2,870" is 2870); -1 if none. */
static double
rows_figure(const char *s, size_t len)
{
	char	buf[64];
	size_t	i, n = 0;
	char	*end;
	double	v;

	for (i = 0; i < len && n + 1 < sizeof buf; i++) {
		if (s[i] != ',')
			buf[n++] = s[i];
	}
	buf[n] = '\0';
	v = strtod(buf, &end);
	return n > 0 && *end == '\0' ? v : -1;
}

static int
rows_span_cmp(const void *x, const void *y)
{
	const struct diff_span	*p = x, *q = y;

	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return p->end > q->end ? -1 : p->end < q->end;
}

static int
rows_push(struct diff_span **v, size_t *n, size_t *cap, size_t start,
    size_t end, enum diff_class cls)
{
	struct diff_span	*nv;

	if (*n == *cap) {
		*cap = *cap != 0 ? *cap * 2 : 8;
		if ((nv = util_reallocarray(*v, *cap, sizeof *nv)) == NULL)
			return -1;
		*v = nv;
	}
	(*v)[*n].start = start;
	(*v)[*n].end = end;
	(*v)[(*n)++].cls = cls;
	return 0;
}

int
rows_claim_spans(const char *text, const struct store_claim *mine,
    size_t nmine, const struct store_claim *theirs, size_t ntheirs,
    const struct diff_span *d, size_t nd, struct diff_span **out,
    size_t *nout)
{
	struct diff_span	*v = NULL;
	const struct store_claim *c;
	const char		*p;
	size_t			 n = 0, cap = 0, i, j, k, len, tlen, found;
	double			 f;

	*out = NULL;
	*nout = 0;
	tlen = strlen(text);
	for (i = 0; i < nmine; i++) {
		c = &mine[i];
		for (j = 0; j < ntheirs; j++) {
			if (rows_disagree(c, &theirs[j]))
				break;
		}
		if (j == ntheirs)
			continue;
		if (!c->has_num && c->value_text != NULL &&
		    (len = strlen(c->value_text)) > 0) {
			/* Where the text names it, whole words only. */
			for (p = text; (size_t)(p - text) + len <= tlen; p++) {
				for (k = 0; k < len && rows_lower(
				    (unsigned char)p[k]) == rows_lower(
				    (unsigned char)c->value_text[k]); k++)
					continue;
				if (k < len || (p > text &&
				    rows_alnum((unsigned char)p[-1])) ||
				    rows_alnum((unsigned char)p[len]))
					continue;
				if (rows_push(&v, &n, &cap, (size_t)(p - text),
				    (size_t)(p - text) + len, DIFF_NAME) != 0)
					goto nomem;
				p += len - 1;
			}
		} else if (c->has_num) {
			/* The differing figure that reads as the value. */
			found = 0;
			for (k = 0; k < nd; k++) {
				if (d[k].cls != DIFF_NUMBER)
					continue;
				f = rows_figure(text + d[k].start,
				    d[k].end - d[k].start);
				if (f >= 0 && (fabs(f - c->value_num) < 1e-9 ||
				    fabs(f - c->value_high) < 1e-9)) {
					if (rows_push(&v, &n, &cap, d[k].start,
					    d[k].end, DIFF_NUMBER) != 0)
						goto nomem;
					found = 1;
				}
			}
			/* Not read (a figure in words): every figure. */
			for (k = 0; !found && k < nd; k++) {
				if (d[k].cls == DIFF_NUMBER && rows_push(&v,
				    &n, &cap, d[k].start, d[k].end,
				    DIFF_NUMBER) != 0)
					goto nomem;
			}
		}
	}
	/* Nothing located: the differing figures, never the other words. */
	if (n == 0) {
		for (k = 0; k < nd; k++) {
			if (d[k].cls == DIFF_NUMBER && rows_push(&v, &n, &cap,
			    d[k].start, d[k].end, DIFF_NUMBER) != 0)
				goto nomem;
		}
	}
	if (n == 0) {
		free(v);
		return 0;
	}
	qsort(v, n, sizeof *v, rows_span_cmp);
	for (i = 1, j = 0; i < n; i++) {
		if (v[i].start >= v[j].end)
			v[++j] = v[i];
	}
	*out = v;
	*nout = j + 1;
	return 0;
nomem:
	free(v);
	return -1;
}
