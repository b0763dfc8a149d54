/*
 * article-repeats.c: repeated and near-repeated sentences, the first
 * occurrence kept.  Exact repeats are a hash set of FNV-1a hashes.  Near
 * repeats are found with word bigrams in one open-addressing multimap
 * (bigram -> sentences that have it, at most NEAR_PER each), so a new
 * sentence finds the earlier one sharing most of its bigrams in time linear
 * in its length; figures and negations must agree.  The table is bounded
 * (NEAR_MAX entries) and only the first NEAR_WORDS words of a sentence take
 * part, so a huge article stays linear.
 */
#include "px.h"
#include "article.h"
#include "article-int.h"
#include "text.h"

#include <string.h>
#include <unictype.h>
#include <unistr.h>

#define NEAR_MAX	(1 << 16)	/* bigram table size (entries) */
#define NEAR_MIN	6	/* bigrams needed to be a near repeat */
#define NEAR_PER	8	/* sentences indexed per bigram */
#define NEAR_CAND	251	/* candidate sentences counted (prime) */

static uint64_t
fnv(uint64_t h, const char *s, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* Words whose presence changes what a sentence says. */
static const char *const negations[] = {
	"not", "no", "never", "nor", "t", "without", "denied", "denies"
};

/*
 * The words of s[a, b) as hashes: runs of letters and digits (any script),
 * ASCII folded to lower case.  The first max go to w[]; *all hashes the
 * whole sequence; *sig sums the figures and negations, in any order, so
 * that "40 dead" and "45 dead" never count as the same sentence.  Returns
 * how many words were stored in w[].
 */
size_t
repeats_words(const char *s, size_t a, size_t b, uint64_t *w, size_t max,
    uint64_t *all, uint64_t *sig)
{
	size_t		 i = a, n = 0, ws = a;
	uint64_t	 h = 0;
	int		 in = 0, k, wb, digit = 0;
	ucs4_t		 c;
	char		 ch = 0;

	*all = 0xcbf29ce484222325ULL;
	*sig = 0;
	for (;;) {
		if (i >= b)
			wb = 0, k = 1;
		else if ((unsigned char)s[i] < 0x80) {
			k = 1;
			ch = s[i];
			if (ch >= 'A' && ch <= 'Z')
				ch = (char)(ch + ('a' - 'A'));
			wb = (ch >= 'a' && ch <= 'z') || (ch >= '0' &&
			    ch <= '9');
		} else {
			if ((k = u8_mbtoucr(&c, (const uint8_t *)s + i,
			    b - i)) < 0)
				k = 1;
			wb = k > 0 && uc_is_alnum(c);
		}
		if (wb) {
			if (!in) {
				h = 0xcbf29ce484222325ULL;
				ws = i;
				digit = 0;
			}
			in = 1;
			if (k == 1) {
				h = (h ^ (unsigned char)ch) * 0x100000001b3ULL;
				digit |= ch <= '9';
			} else
				h = fnv(h, s + i, (size_t)k);
		} else if (in) {
			in = 0;
			if (n < max)
				w[n++] = h;
			*all = fnv(*all, (const char *)&h, sizeof h);
			if (digit || (i - ws <= 7 && strchr("ntwdNTWD",
			    s[ws]) != NULL && span_word_in(s + ws, i - ws,
			    negations, PX_NITEMS(negations))))
				*sig += h * 0x9E3779B97F4A7C15ULL;
		}
		if (i >= b)
			break;
		i += (size_t)k;
	}
	return n;
}

int
repeats_exact_seen(struct parse *p, uint64_t h)
{
	size_t		 i, cap;
	uint64_t	*nt;

	if (h == 0)
		h = 1;
	if (p->nexact * 2 >= p->exact_cap) {
		cap = p->exact_cap == 0 ? 64 : p->exact_cap * 2;
		if ((nt = calloc(cap, sizeof *nt)) == NULL)
			return -1;
		for (i = 0; i < p->exact_cap; i++) {
			if (p->exact[i] != 0) {
				size_t j = p->exact[i] & (cap - 1);

				while (nt[j] != 0)
					j = (j + 1) & (cap - 1);
				nt[j] = p->exact[i];
			}
		}
		free(p->exact);
		p->exact = nt;
		p->exact_cap = cap;
	}
	for (i = h & (p->exact_cap - 1); p->exact[i] != 0;
	    i = (i + 1) & (p->exact_cap - 1)) {
		if (p->exact[i] == h)
			return 1;
	}
	p->exact[i] = h;
	p->nexact++;
	return 0;
}

/*
 * Is the sentence (word hashes w[0..n), signature sig) a near repeat of an
 * earlier one: most of the shorter one's bigrams in the other, and at
 * least half of its own, the same figures and negations?  If not, its
 * bigrams are indexed as sentence id.
 *
 * The table is a multimap (a bigram maps to each sentence that has it) in
 * one open-addressing array; a bigram is indexed for at most NEAR_PER
 * sentences, so common ones ("of the") keep chains short, and candidates
 * are counted in a small hash of their own.  Linear in the words.
 */
int
repeats_near(struct parse *p, const uint64_t *w, size_t n, uint64_t sig,
    uint32_t id)
{
	uint32_t	 cid[NEAR_CAND], best = 0;
	size_t		 ccount[NEAR_CAND], i, j, nbi, bestc = 0;
	size_t		 slot, seen;
	size_t		 ncand = 0;
	size_t		*nn, other, small;
	uint64_t	 k, *ns;

	if (p->near_key == NULL) {
		/* Room for the bigrams of the text, within NEAR_MAX. */
		for (p->near_cap = 64; p->near_cap < NEAR_MAX &&
		    p->near_cap < p->t->len / 2; p->near_cap *= 2)
			;
		p->near_key = calloc(p->near_cap, sizeof *p->near_key);
		p->near_val = calloc(p->near_cap, sizeof *p->near_val);
		if (p->near_key == NULL || p->near_val == NULL)
			return -1;
	}
	if (id >= p->nsent_alloc) {
		size_t cap = p->nsent_alloc * 2 + 64;

		if ((nn = util_reallocarray(p->near_nbi, cap, sizeof *nn)) ==
		    NULL)
			return -1;
		p->near_nbi = nn;
		if ((ns = util_reallocarray(p->near_sig, cap, sizeof *ns)) ==
		    NULL)
			return -1;
		p->near_sig = ns;
		p->nsent_alloc = cap;
	}
	nbi = n > 0 ? n - 1 : 0;
	p->near_nbi[id] = nbi;
	p->near_sig[id] = sig;
	if (nbi >= NEAR_MIN) {
		memset(ccount, 0, sizeof ccount);
		for (i = 0; i < nbi; i++) {
			k = (w[i] * 31 + w[i + 1]) | 1;
			for (slot = k & (p->near_cap - 1), seen = 0;
			    p->near_key[slot] != 0 && seen < NEAR_PER;
			    slot = (slot + 1) & (p->near_cap - 1)) {
				if (p->near_key[slot] != k)
					continue;
				seen++;
				/* Count the candidate in its own small hash. */
				j = p->near_val[slot] % NEAR_CAND;
				while (ccount[j] != 0 &&
				    cid[j] != p->near_val[slot])
					j = (j + 1) % NEAR_CAND;
				if (ccount[j] == 0) {
					if (ncand >= NEAR_CAND / 2)
						continue;
					ncand++;
					cid[j] = p->near_val[slot];
				}
				if (++ccount[j] > bestc &&
				    p->near_sig[cid[j]] == sig) {
					bestc = ccount[j];
					best = cid[j];
				}
			}
		}
		/*
		 * Half of this sentence's bigrams too, not only most of the
		 * shorter one's: a lead that repeats a short deck and goes on
		 * ("X said that ..., but the two sides gave different
		 * answers") is no repeat of the deck, and is kept.
		 */
		if (bestc > 0) {
			other = p->near_nbi[best];
			small = other < nbi ? other : nbi;
			if (small >= NEAR_MIN && bestc * 10 >= small * 7 &&
			    bestc * 2 >= nbi)
				return 1;
		}
	}
	for (i = 0; i + 1 < n; i++) {
		if (p->near_n * 4 >= p->near_cap * 3)
			break;
		k = (w[i] * 31 + w[i + 1]) | 1;
		for (slot = k & (p->near_cap - 1), seen = 0;
		    p->near_key[slot] != 0;
		    slot = (slot + 1) & (p->near_cap - 1)) {
			if (p->near_key[slot] == k && (++seen >= NEAR_PER ||
			    p->near_val[slot] == id))
				break;
		}
		if (p->near_key[slot] != 0)
			continue;
		p->near_key[slot] = k;
		p->near_val[slot] = id;
		p->near_n++;
	}
	return 0;
}
