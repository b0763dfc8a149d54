/*
 * pairset.c: a set of id pairs (see pairset.h).
 *
 * Data: one table of (a, b) slots with linear probing; a == 0 is a free
 * slot.  Invariants: cap is 0 or a power of two and the table is at most
 * half full, so that a probe always ends at a free slot; n counts the
 * pairs.  Nothing is ever removed but all at once (pairset_clear()).
 */
#include "px.h"
#include "pairset.h"

#include <stdlib.h>
#include <string.h>

#define PAIRSET_FIRST	256

static size_t
slot(const struct pairset *ps, int64_t a, int64_t b)
{
	uint64_t	h;
	size_t		i;

	h = (uint64_t)a * 0x9e3779b97f4a7c15ULL ^
	    (uint64_t)b * 0xc2b2ae3d27d4eb4fULL;
	i = (size_t)(h >> 20) & (ps->cap - 1);
	while (ps->v[i].a != 0 && (ps->v[i].a != a || ps->v[i].b != b))
		i = (i + 1) & (ps->cap - 1);
	return i;
}

int
pairset_has(const struct pairset *ps, int64_t a, int64_t b)
{
	return ps->n > 0 && ps->v[slot(ps, a, b)].a != 0;
}

int
pairset_add(struct pairset *ps, int64_t a, int64_t b)
{
	struct pairset	 nps;
	size_t		 i, k;

	if (pairset_has(ps, a, b))
		return 0;
	if (2 * (ps->n + 1) > ps->cap) {
		nps.cap = ps->cap == 0 ? PAIRSET_FIRST : ps->cap * 2;
		nps.n = ps->n;
		if ((nps.v = calloc(nps.cap, sizeof *nps.v)) == NULL)
			return -1;
		for (i = 0; i < ps->cap; i++) {
			if (ps->v[i].a == 0)
				continue;
			k = slot(&nps, ps->v[i].a, ps->v[i].b);
			nps.v[k] = ps->v[i];
		}
		free(ps->v);
		*ps = nps;
	}
	k = slot(ps, a, b);
	ps->v[k].a = a;
	ps->v[k].b = b;
	ps->n++;
	return 1;
}

void
pairset_clear(struct pairset *ps)
{
	if (ps == NULL)
		return;
	free(ps->v);
	memset(ps, 0, sizeof *ps);
}
