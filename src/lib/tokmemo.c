/*
 * tokmemo.c: a bounded memory of sentences' tokens (see tokmemo.h).
 *
 * Data: two generations, the young one that takes new records and the old
 * one, each an arena of packed records and an open-addressing index from
 * sentence id to the record's offset (a load of at most one half, id 0
 * marking a free slot).  A record is its article (8 bytes), its token
 * count and figure count (4 each), a token per 8 bytes (term, flags,
 * nflags) and the value and high end of each figure (16 bytes).
 * When the young generation's records and index would pass half the budget,
 * the old generation is dropped and the young one becomes the old one: the
 * memo never holds more than the budget, plus a record, and keeps at
 * least the most recent half of it.
 * Invariant: an id is in at most one generation (a put of an id held is
 * refused before anything moves), so a lookup stops at the first hit.
 */
#include "px.h"
#include "tokmemo.h"

#include <stdlib.h>
#include <string.h>

#define TOKMEMO_HEAD	16	/* article, n, nnum */
#define TOKMEMO_TOKEN	8	/* term, flags, pad, nflags */
#define TOKMEMO_FIGURE	16	/* value, high */

struct slot {
	int64_t		 id;
	size_t		 off;
};

struct gen {
	unsigned char	*arena;
	size_t		 len, cap;
	struct slot	*idx;
	size_t		 n, capidx;	/* capidx a power of 2, or 0 */
};

struct tokmemo {
	size_t		 budget;
	struct gen	 young, old;
};

static void
gen_clear(struct gen *g)
{
	free(g->arena);
	free(g->idx);
	memset(g, 0, sizeof *g);
}

static size_t
gen_bytes(const struct gen *g)
{
	return g->cap + g->capidx * sizeof *g->idx;
}

static size_t
slot_of(const struct slot *idx, size_t cap, int64_t id)
{
	uint64_t	h = (uint64_t)id * 0x9e3779b97f4a7c15ULL;
	size_t		i = (size_t)(h >> 24) & (cap - 1);

	while (idx[i].id != 0 && idx[i].id != id)
		i = (i + 1) & (cap - 1);
	return i;
}

/* The offset of id's record in g, or SIZE_MAX. */
static size_t
gen_find(const struct gen *g, int64_t id)
{
	size_t	i;

	if (g->n == 0)
		return SIZE_MAX;
	i = slot_of(g->idx, g->capidx, id);
	return g->idx[i].id == id ? g->idx[i].off : SIZE_MAX;
}

/* Room for one more entry in the index; -1 when out of memory. */
static int
gen_grow_index(struct gen *g)
{
	struct slot	*ni;
	size_t		 ncap, i, k;

	if (2 * (g->n + 1) <= g->capidx)
		return 0;
	ncap = g->capidx == 0 ? 1024 : g->capidx * 2;
	if ((ni = calloc(ncap, sizeof *ni)) == NULL)
		return -1;
	for (i = 0; i < g->capidx; i++) {
		if (g->idx[i].id == 0)
			continue;
		k = slot_of(ni, ncap, g->idx[i].id);
		ni[k] = g->idx[i];
	}
	free(g->idx);
	g->idx = ni;
	g->capidx = ncap;
	return 0;
}

/* Room for need more bytes, the arena growing to at most limit. */
static int
gen_grow_arena(struct gen *g, size_t need, size_t limit)
{
	unsigned char	*na;
	size_t		 ncap;

	if (g->len + need <= g->cap)
		return 0;
	ncap = g->cap == 0 ? 65536 : g->cap;
	while (ncap < g->len + need)
		ncap *= 2;
	if (ncap > limit)
		ncap = limit > g->len + need ? limit : g->len + need;
	if ((na = realloc(g->arena, ncap)) == NULL)
		return -1;
	g->arena = na;
	g->cap = ncap;
	return 0;
}

/* What the index of g weighs once it holds one more entry. */
static size_t
gen_index_after(const struct gen *g)
{
	size_t	cap = g->capidx;

	if (2 * (g->n + 1) > cap)
		cap = cap == 0 ? 1024 : cap * 2;
	return cap * sizeof *g->idx;
}

struct tokmemo *
tokmemo_new(size_t budget)
{
	struct tokmemo	*m;

	if ((m = calloc(1, sizeof *m)) == NULL)
		return NULL;
	m->budget = budget;
	return m;
}

int
tokmemo_put(struct tokmemo *m, int64_t id, int64_t article,
    const struct token *t, size_t n)
{
	struct gen	*g = &m->young;
	unsigned char	*p;
	uint32_t	 u32, nnum = 0;
	uint16_t	 u16;
	size_t		 i, size, k;

	if (id <= 0 || n > UINT32_MAX / 2)
		return -1;
	if (gen_find(&m->young, id) != SIZE_MAX ||
	    gen_find(&m->old, id) != SIZE_MAX)
		return 0;
	for (i = 0; i < n; i++)
		nnum += (t[i].flags & TOKEN_NUMBER) != 0;
	size = TOKMEMO_HEAD + n * TOKMEMO_TOKEN + nnum * TOKMEMO_FIGURE;
	if (size + 1024 * sizeof (struct slot) > m->budget / 2)
		return -1;
	if (g->len + size + gen_index_after(g) > m->budget / 2) {
		gen_clear(&m->old);
		m->old = m->young;
		memset(&m->young, 0, sizeof m->young);
	}
	if (gen_grow_index(g) != 0 || gen_grow_arena(g, size,
	    m->budget / 2 - g->capidx * sizeof *g->idx) != 0)
		return -1;

	p = g->arena + g->len;
	memcpy(p, &article, 8);
	u32 = (uint32_t)n;
	memcpy(p + 8, &u32, 4);
	memcpy(p + 12, &nnum, 4);
	p += TOKMEMO_HEAD;
	for (i = 0; i < n; i++, p += TOKMEMO_TOKEN) {
		memcpy(p, &t[i].term, 4);
		p[4] = (unsigned char)(t[i].flags & 0xff);
		p[5] = 0;
		u16 = (uint16_t)(t[i].nflags & 0xffff);
		memcpy(p + 6, &u16, 2);
	}
	for (i = 0; i < n; i++) {
		if (!(t[i].flags & TOKEN_NUMBER))
			continue;
		memcpy(p, &t[i].value, 8);
		memcpy(p + 8, &t[i].high, 8);
		p += TOKMEMO_FIGURE;
	}
	k = slot_of(g->idx, g->capidx, id);
	g->idx[k].id = id;
	g->idx[k].off = g->len;
	g->n++;
	g->len += size;
	return 0;
}

long
tokmemo_get(const struct tokmemo *m, int64_t id, int64_t *article,
    struct token **out)
{
	const struct gen	*g = &m->young;
	const unsigned char	*p, *f;
	struct token		*t;
	uint32_t		 n, nnum;
	uint16_t		 u16;
	size_t			 off, i;

	*out = NULL;
	if ((off = gen_find(g, id)) == SIZE_MAX) {
		g = &m->old;
		if ((off = gen_find(g, id)) == SIZE_MAX)
			return -1;
	}
	p = g->arena + off;
	memcpy(article, p, 8);
	memcpy(&n, p + 8, 4);
	memcpy(&nnum, p + 12, 4);
	if (n == 0)
		return 0;
	if ((t = calloc(n, sizeof *t)) == NULL)
		return -1;
	p += TOKMEMO_HEAD;
	f = p + (size_t)n * TOKMEMO_TOKEN;
	for (i = 0; i < n; i++, p += TOKMEMO_TOKEN) {
		memcpy(&t[i].term, p, 4);
		t[i].flags = p[4];
		memcpy(&u16, p + 6, 2);
		t[i].nflags = u16;
		if (t[i].flags & TOKEN_NUMBER) {
			memcpy(&t[i].value, f, 8);
			memcpy(&t[i].high, f + 8, 8);
			f += TOKMEMO_FIGURE;
		}
	}
	*out = t;
	return (long)n;
}

void
tokmemo_clear(struct tokmemo *m)
{
	gen_clear(&m->young);
	gen_clear(&m->old);
}

size_t
tokmemo_count(const struct tokmemo *m)
{
	return m->young.n + m->old.n;
}

size_t
tokmemo_bytes(const struct tokmemo *m)
{
	return gen_bytes(&m->young) + gen_bytes(&m->old);
}

void
tokmemo_free(struct tokmemo *m)
{
	if (m == NULL)
		return;
	tokmemo_clear(m);
	free(m);
}
