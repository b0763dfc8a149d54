/*
 * pairset.h: a set of pairs of 64-bit ids (a, b), for "have I seen this
 * pair" in hot loops: the conflict pairs one computation emitted
 * (conflict.c) and those the engine knows the store holds (align.c).
 * A pair's first id is never 0 (0 marks a free slot); any other value,
 * negative too, may be used.  An empty set is all zeroes; the caller owns
 * the struct, pairset_clear() frees what it holds.
 */
#ifndef PX_PAIRSET_H
#define PX_PAIRSET_H

#include <stddef.h>
#include <stdint.h>

struct pairset {
	struct pairset_key {
		int64_t	a, b;
	}		*v;		/* open addressing, at most half full */
	size_t		 n, cap;	/* cap a power of 2, or 0 */
};

/* Whether (a, b) is in the set. */
int pairset_has(const struct pairset *ps, int64_t a, int64_t b);
/* Add (a, b), a != 0: 1 when added, 0 when it was there already, -1 when
 * out of memory (the set as it was). */
int pairset_add(struct pairset *ps, int64_t a, int64_t b);
/* Empty the set and free its table (NULL: nothing). */
void pairset_clear(struct pairset *ps);

#endif
