/*
 * match.c: sentence similarity for alignment.
 *
 * A prepared sentence (struct match_sentence, one allocation) keeps:
 * its content terms (not stop words, not negations) sorted and unique with
 * their weights, a "name" mark (capitalised after the first word, or an
 * alias), what tokens_near() looks at in them (length, set of letters),
 * their first PREFIX letters packed in an integer (0 unless they are
 * PREFIX letters a-z) and whether they are written in digits, so that the
 * passes over two sentences' terms compare small integers, never read the
 * terms' texts, and call tokens_near() only for pairs it may accept; the
 * content terms in reading order for the longest common subsequence, with
 * a 64-bit set of them (bit term % 64); the sorted unique bigrams, trigram
 * hashes and terms of all its words; its figures; and its count of
 * negations.  Scoring a pair merges the sorted arrays, so it is linear in
 * the lengths, plus small quadratic passes for misspelt names and the
 * subsequence (bit-parallel, a bit per term, when one side has 64 content
 * terms or fewer, else a table), over the matcher's scratch buffers, which
 * match_prepare*() grows to the longest sentence prepared: scoring never
 * allocates.  Sentences must be prepared by the matcher that scores them.
 *
 * The matcher keeps those facts of every term id it has met (facts[],
 * indexed by term id, grown to tokens_count()): terms never change, so the
 * facts stay true and each term is decoded once, not once per sentence.
 *
 * The model is logistic: score = 1 / (1 + exp(-(bias + w . features))).
 */
#include "px.h"
#include "match.h"
#include "numbers.h"
#include "paths.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	F_WCOV_MIN, F_WCOV_MAX, F_DICE, F_BIGRAM, F_LCS, F_NUM_CONFLICT,
	F_NUM_UNMATCHED, F_NEGATION, F_NAME_MISS, F_LEN_RATIO, F_REST_MAX,
	F_REST_MIN, F_TRIGRAM, F_ALL_DICE, F_LEN_DIFF
};

static const char *const feature_names[MATCH_NFEATURES] = {
	"wcov_min", "wcov_max", "dice", "bigram", "lcs", "num_conflict",
	"num_unmatched", "negation", "name_miss", "len_ratio", "rest_max",
	"rest_min", "trigram", "all_dice", "len_diff"
};

struct model {
	double	w[MATCH_NFEATURES];
	double	bias;
	double	t_same, t_similar, t_contain;
	double	t_overlap, t_common;	/* partial overlap: similar */
};

/* Used when no model file is found: the values of share/parallax/match-model
 * as tuned by tools/msrp-cv. */
static const struct model default_model = {
	{ 1.926264, 0.236939, -1.390993, 0.894645, 0.310888, -0.492676,
	  -0.206975, -1.233693, 0.314649, 0.845486, -0.937688, 0.117557,
	  -2.995143, 7.193987, 0.234034 },
	-2.076205, 0.5170, 0.4011, 0.70, 0.12, 3
};

struct match_sentence {
	size_t		 nterms;	/* content terms, sorted unique */
	uint32_t	*terms;
	double		*weight;
	unsigned char	*name;
	unsigned char	*nearlen;	/* tokens_near_length(), at most 32 */
	unsigned char	*digit;		/* written in digits (a year) */
	size_t		 ndigits;	/* terms with digit set */
	uint32_t	*letters;	/* tokens_near_length() */
	uint32_t	*prefix;	/* prefix_key() */
	double		 wsum;
	size_t		 nseq;		/* content terms in order */
	uint32_t	*seq;
	uint64_t	 seqbits;	/* bit term % 64 of each content term */
	size_t		 nbig;		/* sorted unique bigrams */
	uint64_t	*big;
	size_t		 ntri;		/* sorted unique trigram hashes */
	uint64_t	*tri;
	size_t		 nall;		/* all terms, sorted unique */
	uint32_t	*all;
	size_t		 nnums;
	double		*nums;		/* low and high end of each figure */
	unsigned char	*measure;	/* per figure: not a count */
	uint32_t	*around;	/* per figure: NAROUND content terms */
	int		 negations;
};

#define NAROUND 4	/* content words kept around a figure, half each side */
#define NOTERM UINT32_MAX

#define MATCH_NCALENDAR	19

/*
 * What the scoring passes need of a term, found once per term id; 8 bytes,
 * so that the table of a large import stays in cache.
 */
struct term_facts {
	unsigned int	prefix : 24;	/* prefix_key() */
	unsigned int	nearlen : 6;	/* tokens_near_length(), at most 32 */
	unsigned int	digit : 1;	/* written in digits */
	unsigned int	known : 1;	/* the fields are set */
	uint32_t	letters;	/* tokens_near_length() */
};

static void	scratch_clear(struct match_scratch *);

/* What comparing a pair writes: a thread comparing pairs needs its own. */
struct match_scratch {
	unsigned char	*ma, *mb;	/* matched marks */
	unsigned	*row;		/* two LCS rows */
	unsigned	*cand;		/* terms of b to try */
	size_t		 cap;		/* of ma, mb, cand, and row / 2 */
};

struct match {
	struct tokens	*tk;
	struct term_facts *facts;	/* by term id */
	size_t		 nfacts;
	uint32_t	 calendar[MATCH_NCALENDAR];	/* term ids */
	struct model	 m;
	struct match_scratch sc;	/* match_compare()'s */
};

/*
 * Calendar words are written with a capital in English but name no one
 * and no place: two reports of different events on the same Friday share
 * no name.  Their term ids are looked up once, in match_new().
 */
static const char *const calendar_words[MATCH_NCALENDAR] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"
};

static int
is_calendar(const struct match *mt, uint32_t term)
{
	size_t	i;

	for (i = 0; i < MATCH_NCALENDAR; i++)
		if (mt->calendar[i] == term)
			return 1;
	return 0;
}

const char *
match_feature_name(size_t i)
{
	return i < MATCH_NFEATURES ? feature_names[i] : NULL;
}

const char *
match_relation_name(enum match_relation r)
{
	switch (r) {
	case MATCH_SAME:
		return "same";
	case MATCH_SIMILAR:
		return "similar";
	default:
		return "none";
	}
}

/* --- model file ------------------------------------------------------- */

/* A decimal number in the C syntax, whatever the locale. */
static int
parse_real(const char *s, double *out)
{
	double	v = 0, scale = 1;
	int	neg = 0, digits = 0, e = 0, eneg = 0;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (*s - '0');
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++, digits++)
			v += (*s - '0') * (scale /= 10);
	if (digits == 0)
		return -1;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			eneg = *s++ == '-';
		if (*s < '0' || *s > '9')
			return -1;
		for (; *s >= '0' && *s <= '9'; s++)
			e = e * 10 + (*s - '0');
		v *= pow(10, eneg ? -e : e);
	}
	if (*s != '\0')
		return -1;
	*out = neg ? -v : v;
	return 0;
}

static int
model_line(struct model *m, char *line)
{
	char	*f[4], *save = NULL, *p;
	size_t	 n = 0, i;
	double	 v;

	if ((p = strchr(line, '#')) != NULL)
		*p = '\0';
	for (p = strtok_r(line, " \t\r", &save); p != NULL && n < 4;
	    p = strtok_r(NULL, " \t\r", &save))
		f[n++] = p;
	if (n == 0)
		return 0;
	if (n == 2 && strcmp(f[0], "bias") == 0)
		return parse_real(f[1], &m->bias);
	if (n != 3 || parse_real(f[2], &v) != 0)
		return -1;
	if (strcmp(f[0], "weight") == 0) {
		for (i = 0; i < MATCH_NFEATURES; i++) {
			if (strcmp(f[1], feature_names[i]) == 0) {
				m->w[i] = v;
				return 0;
			}
		}
		return -1;
	}
	if (strcmp(f[0], "threshold") != 0)
		return -1;
	if (strcmp(f[1], "same") == 0)
		m->t_same = v;
	else if (strcmp(f[1], "similar") == 0)
		m->t_similar = v;
	else if (strcmp(f[1], "contain") == 0)
		m->t_contain = v;
	else if (strcmp(f[1], "overlap") == 0)
		m->t_overlap = v;
	else if (strcmp(f[1], "common") == 0)
		m->t_common = v;
	else
		return -1;
	return 0;
}

static int
model_file_line(void *arg, char *line, char **cause)
{
	if (model_line(arg, line) != 0) {
		util_cause(cause, "%s", _("bad model line"));
		return -1;
	}
	return 0;
}

int
match_load_model(struct match *mt, const char *path, char **cause)
{
	struct model	m = mt->m;

	/* A file with a bad line changes nothing. */
	if (util_load_lines(path, model_file_line, &m, cause) != 0)
		return -1;
	mt->m = m;
	return 0;
}

/* --- life ------------------------------------------------------------- */

struct match *
match_new(struct tokens *tk, int load, char **cause)
{
	struct match	*mt;
	char		*files[2];
	size_t		 n, i;
	int		 rc = 0;

	if ((mt = calloc(1, sizeof *mt)) == NULL) {
		util_cause(cause, "%s", strerror(ENOMEM));
		return NULL;
	}
	mt->tk = tk;
	mt->m = default_model;
	for (i = 0; i < MATCH_NCALENDAR; i++) {
		struct token	*t = NULL;
		long		 nt;

		nt = tokens_split(tk, calendar_words[i],
		    strlen(calendar_words[i]), &t, cause);
		if (nt < 0) {
			match_free(mt);
			return NULL;
		}
		mt->calendar[i] = nt > 0 ? t[0].term : UINT32_MAX;
		free(t);
	}
	if (load) {
		n = paths_data_files("match-model", files);
		for (i = 0; i < n; i++) {
			if (rc == 0 && match_load_model(mt, files[i],
			    cause) != 0)
				rc = -1;
			free(files[i]);
		}
		if (rc != 0) {
			match_free(mt);
			return NULL;
		}
	}
	return mt;
}

void
match_free(struct match *mt)
{
	if (mt == NULL)
		return;
	scratch_clear(&mt->sc);
	free(mt->facts);
	free(mt);
}

/* --- preparing -------------------------------------------------------- */

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

#define SMALL_SORT 48

static size_t
sort_unique32(uint32_t *a, size_t n)
{
	size_t		i, u;
	uint32_t	x;

	if (n > SMALL_SORT)
		qsort(a, n, sizeof *a, cmp_u32);
	else {
		/* sentences are short: insertion sort, no allocation */
		for (i = 1; i < n; i++) {
			x = a[i];
			for (u = i; u > 0 && a[u - 1] > x; u--)
				a[u] = a[u - 1];
			a[u] = x;
		}
	}
	for (i = u = 0; i < n; i++) {
		if (u == 0 || a[u - 1] != a[i])
			a[u++] = a[i];
	}
	return u;
}

static size_t
sort_unique64(uint64_t *a, size_t n)
{
	size_t		i, u;
	uint64_t	x;

	if (n > SMALL_SORT)
		qsort(a, n, sizeof *a, cmp_u64);
	else {
		/* sentences are short: insertion sort, no allocation */
		for (i = 1; i < n; i++) {
			x = a[i];
			for (u = i; u > 0 && a[u - 1] > x; u--)
				a[u] = a[u - 1];
			a[u] = x;
		}
	}
	for (i = u = 0; i < n; i++) {
		if (u == 0 || a[u - 1] != a[i])
			a[u++] = a[i];
	}
	return u;
}

/*
 * The sorted unique union of a[0, na) and b[0, nb), both sorted unique,
 * into a (of cap >= na + nb); returns its length.  a's values first move
 * to its end, so that the union written from the start never reaches one
 * not yet read.  (Two short sorts and a merge cost less than sorting all
 * the terms of a sentence at once.)
 */
static size_t
union32(uint32_t *a, size_t na, size_t cap, const uint32_t *b, size_t nb)
{
	uint32_t	*o = a + cap - na;
	size_t		 i = 0, j = 0, n = 0;

	memmove(o, a, na * sizeof *a);
	while (i < nb || j < na) {
		if (j == na || (i < nb && b[i] < o[j]))
			a[n++] = b[i++];
		else if (i == nb || o[j] < b[i])
			a[n++] = o[j++];
		else {
			a[n++] = b[i++];
			j++;
		}
	}
	return n;
}

static size_t
find_u32(const uint32_t *a, size_t n, uint32_t x)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (a[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
scratch_clear(struct match_scratch *sc)
{
	free(sc->ma);
	free(sc->mb);
	free(sc->row);
	free(sc->cand);
	memset(sc, 0, sizeof *sc);
}

/* Room for sentences of n content terms. */
static int
scratch_grow(struct match_scratch *sc, size_t n)
{
	unsigned char	*a, *b;
	unsigned	*r, *c;
	size_t		 cap;

	if (n <= sc->cap)
		return 0;
	cap = sc->cap == 0 ? 64 : sc->cap;
	while (cap < n)
		cap *= 2;
	if ((a = realloc(sc->ma, cap)) == NULL)
		return -1;
	sc->ma = a;
	if ((b = realloc(sc->mb, cap)) == NULL)
		return -1;
	sc->mb = b;
	if ((r = util_reallocarray(sc->row, 2 * (cap + 1), sizeof *r)) == NULL)
		return -1;
	sc->row = r;
	if ((c = util_reallocarray(sc->cand, cap, sizeof *c)) == NULL)
		return -1;
	sc->cand = c;
	sc->cap = cap;
	return 0;
}

struct match_scratch *
match_scratch_new(void)
{
	return calloc(1, sizeof (struct match_scratch));
}

void
match_scratch_free(struct match_scratch *sc)
{
	if (sc == NULL)
		return;
	scratch_clear(sc);
	free(sc);
}

int
match_scratch_fit(const struct match *mt, struct match_scratch *sc)
{
	return scratch_grow(sc, mt->sc.cap);
}

#define PREFIX 5

/*
 * The first PREFIX bytes of a term as a number in base 27 (digits 1 to 26,
 * below 27^5 < 2^24) when they are all letters a-z, else 0: two words of
 * PREFIX letters or more begin alike when their keys are equal and not 0.
 */
static uint32_t
prefix_key(const char *x)
{
	uint32_t	key = 0;
	size_t		i;

	if (x == NULL)
		return 0;
	for (i = 0; i < PREFIX; i++) {
		if (x[i] < 'a' || x[i] > 'z')
			return 0;
		key = key * 27 + (uint32_t)(x[i] - 'a' + 1);
	}
	return key;
}

/* The facts of a term (NULL when out of memory). */
static const struct term_facts *
term_facts(struct match *mt, uint32_t term)
{
	struct term_facts	*f;
	const char		*text;
	size_t			 n;

	if (term >= mt->nfacts) {
		/* terms are added all along an import: grow by half */
		n = tokens_count(mt->tk);
		if (n < mt->nfacts + mt->nfacts / 2)
			n = mt->nfacts + mt->nfacts / 2;
		if (n <= term)
			n = (size_t)term + 1;
		if ((f = util_reallocarray(mt->facts, n, sizeof *f)) == NULL)
			return NULL;
		memset(f + mt->nfacts, 0, (n - mt->nfacts) * sizeof *f);
		mt->facts = f;
		mt->nfacts = n;
	}
	f = &mt->facts[term];
	if (!f->known) {
		text = tokens_term(mt->tk, term);
		f->prefix = prefix_key(text);
		f->nearlen = tokens_near_length(mt->tk, term, &f->letters) &
		    0x3f;
		f->digit = text != NULL && *text >= '0' && *text <= '9';
		f->known = 1;
	}
	return f;
}

/* Whether two sets differ in more than 4 bits. */
static int
differ_over4(uint32_t a, uint32_t b)
{
	uint32_t	x = a ^ b;
	int		n;

	for (n = 0; x != 0 && n <= 4; n++)
		x &= x - 1;
	return n > 4;
}

static int
is_content(const struct token *t)
{
	return (t->flags & (TOKEN_STOP | TOKEN_NEGATION)) == 0;
}

/* The content words nearest to figure i, NAROUND / 2 on each side. */
static void
around(const struct token *t, size_t n, size_t i, uint32_t *out)
{
	size_t	k, m = 0;

	for (k = 0; k < NAROUND; k++)
		out[k] = NOTERM;
	for (k = i; k > 0 && m < NAROUND / 2; k--) {
		if (is_content(&t[k - 1]) && !(t[k - 1].flags & TOKEN_NUMBER))
			out[m++] = t[k - 1].term;
	}
	for (k = i + 1, m = NAROUND / 2; k < n && m < NAROUND; k++) {
		if (is_content(&t[k]) && !(t[k].flags & TOKEN_NUMBER))
			out[m++] = t[k].term;
	}
}

struct match_sentence *
match_prepare_tokens(struct match *mt, const struct token *t, size_t n,
    match_idf_fn idf, void *arg, char **cause)
{
	struct match_sentence	*ms;
	size_t			 ncont = 0, nnum = 0, i, k;
	char			*p;
	const struct term_facts	*tf;

	for (i = 0; i < n; i++) {
		if (is_content(&t[i]))
			ncont++;
		if (t[i].flags & TOKEN_NUMBER)
			nnum++;
	}
	/* doubles and 64-bit values first so that every array is aligned */
	ms = calloc(1, sizeof *ms + ncont * sizeof (double) +
	    nnum * sizeof (double) + 2 * n * sizeof (uint64_t) +
	    4 * ncont * sizeof (uint32_t) + n * sizeof (uint32_t) +
	    NAROUND * nnum * sizeof (uint32_t) + ncont + nnum + 2 * ncont +
	    nnum * sizeof (double));
	if (ms == NULL || scratch_grow(&mt->sc, n + 1) != 0) {
		free(ms);
		util_cause(cause, "%s", strerror(ENOMEM));
		return NULL;
	}
	p = (char *)(ms + 1);
	ms->weight = (double *)p;
	p += ncont * sizeof (double);
	ms->nums = (double *)p;
	p += 2 * nnum * sizeof (double);
	ms->big = (uint64_t *)p;
	p += n * sizeof (uint64_t);
	ms->tri = (uint64_t *)p;
	p += n * sizeof (uint64_t);
	ms->all = (uint32_t *)p;
	p += n * sizeof (uint32_t);
	ms->around = (uint32_t *)p;
	p += NAROUND * nnum * sizeof (uint32_t);
	ms->terms = (uint32_t *)p;
	p += ncont * sizeof (uint32_t);
	ms->seq = (uint32_t *)p;
	p += ncont * sizeof (uint32_t);
	ms->prefix = (uint32_t *)p;
	p += ncont * sizeof (uint32_t);
	ms->letters = (uint32_t *)p;
	p += ncont * sizeof (uint32_t);
	ms->name = (unsigned char *)p;
	p += ncont;
	ms->measure = (unsigned char *)p;
	p += nnum;
	ms->nearlen = (unsigned char *)p;
	p += ncont;
	ms->digit = (unsigned char *)p;

	for (i = 0; i < n; i++) {
		if (is_content(&t[i])) {
			ms->seqbits |= (uint64_t)1 << (t[i].term % 64);
			ms->seq[ms->nseq++] = t[i].term;
			ms->terms[ms->nterms++] = t[i].term;
		}
		if (t[i].flags & TOKEN_NUMBER) {
			ms->measure[ms->nnums] =
			    (t[i].flags & TOKEN_MEASURE) != 0;
			around(t, n, i, ms->around + NAROUND * ms->nnums);
			ms->nums[2 * ms->nnums] = t[i].value;
			ms->nums[2 * ms->nnums + 1] = t[i].high > t[i].value ?
			    t[i].high : t[i].value;
			ms->nnums++;
		}
		if (t[i].flags & TOKEN_NEGATION)
			ms->negations++;
		if (i + 1 < n)
			ms->big[ms->nbig++] = (uint64_t)t[i].term << 32 |
			    t[i + 1].term;
		if (i + 2 < n)
			ms->tri[ms->ntri++] = (((uint64_t)t[i].term *
			    1000003u) ^ t[i + 1].term) * 1000003u ^
			    t[i + 2].term;
		if (!is_content(&t[i]))
			ms->all[ms->nall++] = t[i].term;
	}
	ms->ntri = sort_unique64(ms->tri, ms->ntri);
	ms->nterms = sort_unique32(ms->terms, ms->nterms);
	/* all terms: the other terms sorted apart, then merged */
	ms->nall = union32(ms->all, sort_unique32(ms->all, ms->nall), n,
	    ms->terms, ms->nterms);
	ms->nbig = sort_unique64(ms->big, ms->nbig);
	for (i = 0; i < n; i++) {
		if (!is_content(&t[i]) || (t[i].flags & TOKEN_NUMBER))
			continue;
		if (((i > 0 && (t[i].flags & TOKEN_PROPER)) ||
		    (t[i].flags & TOKEN_ALIAS)) &&
		    !is_calendar(mt, t[i].term)) {
			k = find_u32(ms->terms, ms->nterms, t[i].term);
			ms->name[k] = 1;
		}
	}
	for (i = 0; i < ms->nterms; i++) {
		if ((tf = term_facts(mt, ms->terms[i])) == NULL) {
			free(ms);
			util_cause(cause, "%s", strerror(ENOMEM));
			return NULL;
		}
		ms->prefix[i] = tf->prefix;
		ms->letters[i] = tf->letters;
		ms->nearlen[i] = tf->nearlen;
		ms->digit[i] = tf->digit;
		ms->ndigits += tf->digit;
	}
	match_sentence_weigh(mt, ms, idf, arg);
	return ms;
}

void
match_sentence_weigh(struct match *mt, struct match_sentence *ms,
    match_idf_fn idf, void *arg)
{
	size_t		 i;
	double		 w;

	(void)mt;
	ms->wsum = 0;
	for (i = 0; i < ms->nterms; i++) {
		w = 1.0;
		if (idf != NULL)
			w = idf(arg, ms->terms[i]);
		if (!(w > 0))
			w = 0.0;
		ms->weight[i] = w;
		ms->wsum += w;
	}
}

struct match_sentence *
match_prepare(struct match *mt, const char *s, size_t len, match_idf_fn idf,
    void *arg, char **cause)
{
	struct token		*t;
	struct match_sentence	*ms;
	long			 n;

	if ((n = tokens_split(mt->tk, s, len, &t, cause)) < 0)
		return NULL;
	ms = match_prepare_tokens(mt, t, (size_t)n, idf, arg, cause);
	free(t);
	return ms;
}

void
match_sentence_free(struct match_sentence *ms)
{
	free(ms);
}

/* --- scoring ---------------------------------------------------------- */


static int
unmatched(const struct match_sentence *a, size_t i,
    const struct match_sentence *b)
{
	size_t	j;

	for (j = 0; j < b->nnums; j++) {
		if (numbers_ranges_agree(a->nums[2 * i], a->nums[2 * i + 1],
		    b->nums[2 * j], b->nums[2 * j + 1]))
			return 0;
	}
	return 1;
}

/* How many figures of a b lacks. */
static size_t
unmatched_numbers(const struct match_sentence *a,
    const struct match_sentence *b)
{
	size_t	i, n = 0;

	for (i = 0; i < a->nnums; i++)
		n += unmatched(a, i, b);
	return n;
}

/*
 * Different figures for the same thing: a count of a that b lacks and a
 * count of b that a lacks, said of a common word ("120 people" and "45
 * people").  Figures that are not counts are left out (money and
 * percentages move between reports of one fact; years and dates are
 * when, not how many).
 */
static int
numbers_conflict(const struct match_sentence *a,
    const struct match_sentence *b)
{
	size_t	i, j, k, l;

	for (i = 0; i < a->nnums; i++) {
		if (a->measure[i] || !unmatched(a, i, b))
			continue;
		for (j = 0; j < b->nnums; j++) {
			if (b->measure[j] || !unmatched(b, j, a))
				continue;
			for (k = 0; k < NAROUND; k++) {
				if (a->around[NAROUND * i + k] == NOTERM)
					continue;
				for (l = 0; l < NAROUND; l++) {
					if (a->around[NAROUND * i + k] ==
					    b->around[NAROUND * j + l])
						return 1;
				}
			}
		}
	}
	return 0;
}

/* Whether a content term written in digits (a year) has no match. */
static int
digits_unmatched(const struct match_sentence *s, const unsigned char *matched)
{
	size_t	i;

	for (i = 0; i < s->nterms && s->ndigits > 0; i++) {
		if (s->digit[i] && !matched[i])
			return 1;
	}
	return 0;
}

/* Whether a day or month name has no match ("until Thursday", "Sunday"). */
static int
calendar_unmatched(const struct match *mt, const struct match_sentence *s,
    const unsigned char *matched)
{
	size_t	i;

	for (i = 0; i < s->nterms; i++)
		if (!matched[i] && is_calendar(mt, s->terms[i]))
			return 1;
	return 0;
}

/*
 * The count of values two sorted unique arrays share.  The merges step
 * without branching on the comparisons, whose outcome is random: a branch
 * would be mispredicted half of the time.
 */
static size_t
common64(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t		i = 0, j = 0, n = 0;
	uint64_t	x, y;

	while (i < na && j < nb) {
		x = a[i];
		y = b[j];
		n += x == y;
		i += x <= y;
		j += y <= x;
	}
	return n;
}

static size_t
common32(const uint32_t *a, size_t na, const uint32_t *b, size_t nb)
{
	size_t		i = 0, j = 0, n = 0;
	uint32_t	x, y;

	while (i < na && j < nb) {
		x = a[i];
		y = b[j];
		n += x == y;
		i += x <= y;
		j += y <= x;
	}
	return n;
}

static size_t
popcount64(uint64_t x)
{
	x = x - ((x >> 1) & 0x5555555555555555ULL);
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
	return (size_t)((x * 0x0101010101010101ULL) >> 56);
}

/*
 * The length of the longest common subsequence of the content terms of
 * a and of b when b has 64 or fewer, a bit per term of b (Hyyro's
 * bit-parallel form of the table below): v has a 0 for each position of b
 * where the subsequence grows.  Terms of a that b lacks change nothing;
 * most are skipped on b's seqbits.
 */
static size_t
lcs_bits(const struct match_sentence *a, const struct match_sentence *b)
{
	uint64_t	v = ~(uint64_t)0, m, u;
	uint32_t	x;
	size_t		i, j;

	for (i = 0; i < a->nseq; i++) {
		x = a->seq[i];
		if (!(b->seqbits >> (x % 64) & 1))
			continue;
		for (m = 0, j = 0; j < b->nseq; j++)
			m |= (uint64_t)(b->seq[j] == x) << j;
		u = v & m;
		v = (v + u) | (v - u);
	}
	if (b->nseq < 64)
		v |= ~(uint64_t)0 << b->nseq;
	return popcount64(~v);
}

static size_t
lcs(struct match_scratch *sc, const struct match_sentence *a,
    const struct match_sentence *b)
{
	unsigned	*prev = sc->row, *cur = sc->row + sc->cap + 1, *tmp;
	size_t		 i, j;

	if (b->nseq <= 64)
		return lcs_bits(a, b);
	if (a->nseq <= 64)
		return lcs_bits(b, a);
	for (j = 0; j <= b->nseq; j++)
		prev[j] = 0;
	for (i = 1; i <= a->nseq; i++) {
		cur[0] = 0;
		for (j = 1; j <= b->nseq; j++) {
			if (a->seq[i - 1] == b->seq[j - 1])
				cur[j] = prev[j - 1] + 1;
			else
				cur[j] = prev[j] > cur[j - 1] ? prev[j] :
				    cur[j - 1];
		}
		tmp = prev;
		prev = cur;
		cur = tmp;
	}
	return prev[b->nseq];
}

/* Whether term t is a name somewhere in b (its terms are sorted). */
static int
named_in(const struct match_sentence *b, uint32_t t)
{
	size_t	lo = 0, hi = b->nterms, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (b->terms[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < b->nterms && b->terms[lo] == t; lo++)
		if (b->name[lo])
			return 1;
	return 0;
}

/*
 * The features, and the count of content terms the two share; nm (may
 * be NULL) gets the count of names on each side and of those matched.
 */
static size_t
features(const struct match *mt, struct match_scratch *sc,
    const struct match_sentence *a,
    const struct match_sentence *b, double f[MATCH_NFEATURES],
    struct match_result *nm)
{
	size_t		i = 0, j = 0, common = 0, names = 0, missed = 0, ua, ub;
	size_t		na = 0, nb = 0, hit = 0, both = 0, missed_b = 0, nc, k;
	double		wa = 0, wb = 0, ca, cb, ra, rb;
	uint32_t	x, y;
	unsigned char	eq;

	memset(f, 0, MATCH_NFEATURES * sizeof *f);
	memset(sc->ma, 0, a->nterms);
	memset(sc->mb, 0, b->nterms);
	while (i < a->nterms && j < b->nterms) {
		x = a->terms[i];
		y = b->terms[j];
		eq = x == y;
		sc->ma[i] |= eq;
		sc->mb[j] |= eq;
		common += eq;
		i += x <= y;
		j += y <= x;
	}
	/*
	 * misspelt names: only between words the other side lacks, and
	 * whose lengths allow it; the terms of b that may take part are
	 * listed first, in order, and checked again as they get matched
	 */
	for (j = nc = 0; j < b->nterms; j++)
		if (!sc->mb[j] && b->nearlen[j] != 0)
			sc->cand[nc++] = (unsigned)j;
	for (i = 0; i < a->nterms && nc > 0; i++) {
		if (sc->ma[i] || a->nearlen[i] == 0)
			continue;
		for (k = 0; k < nc; k++) {
			j = sc->cand[k];
			if (sc->mb[j] || !(a->name[i] || b->name[j]) ||
			    b->nearlen[j] == 0 ||
			    a->nearlen[i] > b->nearlen[j] + 2 ||
			    b->nearlen[j] > a->nearlen[i] + 2 ||
			    differ_over4(a->letters[i], b->letters[j]))
				continue;
			if (tokens_near(mt->tk, a->terms[i], b->terms[j])) {
				sc->ma[i] = sc->mb[j] = 1;
				common++;
				break;
			}
		}
	}
	/* derived forms the stemmer keeps apart ("acquire", "acquisition") */
	for (j = nc = 0; j < b->nterms; j++)
		if (!sc->mb[j] && b->prefix[j] != 0)
			sc->cand[nc++] = (unsigned)j;
	for (i = 0; i < a->nterms && nc > 0; i++) {
		if (sc->ma[i] || a->prefix[i] == 0)
			continue;
		for (k = 0; k < nc; k++) {
			j = sc->cand[k];
			if (!sc->mb[j] && a->prefix[i] == b->prefix[j]) {
				sc->ma[i] = sc->mb[j] = 1;
				common++;
				break;
			}
		}
	}
	for (i = 0; i < a->nterms; i++) {
		if (sc->ma[i])
			wa += a->weight[i];
		if (a->name[i]) {
			names++;
			na++;
			missed += !sc->ma[i];
			hit += sc->ma[i];
			/* a name on both sides, not a word one side
			 * capitalises ("Hospital de ..." and "to hospital") */
			if (sc->ma[i] && named_in(b, a->terms[i]))
				both++;
		}
	}
	for (j = 0; j < b->nterms; j++) {
		if (sc->mb[j])
			wb += b->weight[j];
		if (b->name[j]) {
			names++;
			nb++;
			missed += !sc->mb[j];
			missed_b += !sc->mb[j];
		}
	}
	if (nm != NULL) {
		nm->names_a = na;
		nm->names_b = nb;
		nm->names_shared = hit;
		nm->names_both = both;
		nm->names_only_a = na - hit;
		nm->names_only_b = missed_b;
	}
	ca = a->wsum > 0 ? wa / a->wsum : 0;
	cb = b->wsum > 0 ? wb / b->wsum : 0;
	f[F_WCOV_MIN] = ca < cb ? ca : cb;
	f[F_WCOV_MAX] = ca < cb ? cb : ca;
	if (a->nterms + b->nterms > 0)
		f[F_DICE] = 2.0 * (double)common /
		    (double)(a->nterms + b->nterms);
	if (a->nbig + b->nbig > 0)
		f[F_BIGRAM] = 2.0 * (double)common64(a->big, a->nbig, b->big,
		    b->nbig) / (double)(a->nbig + b->nbig);
	if (a->ntri + b->ntri > 0)
		f[F_TRIGRAM] = 2.0 * (double)common64(a->tri, a->ntri, b->tri,
		    b->ntri) / (double)(a->ntri + b->ntri);
	if (a->nall + b->nall > 0)
		f[F_ALL_DICE] = 2.0 * (double)common32(a->all, a->nall, b->all,
		    b->nall) / (double)(a->nall + b->nall);
	f[F_LEN_DIFF] = log1p(fabs((double)a->nterms - (double)b->nterms));
	if (a->nseq + b->nseq > 0)
		f[F_LCS] = 2.0 * (double)lcs(sc, a, b) /
		    (double)(a->nseq + b->nseq);
	f[F_NUM_CONFLICT] = numbers_conflict(a, b);
	ua = unmatched_numbers(a, b);
	ub = unmatched_numbers(b, a);
	if (nm != NULL)
		nm->figures_differ = (ua > 0 || digits_unmatched(a, sc->ma) ||
		    calendar_unmatched(mt, a, sc->ma)) && (ub > 0 ||
		    digits_unmatched(b, sc->mb) ||
		    calendar_unmatched(mt, b, sc->mb));
	if (a->nnums + b->nnums > 0)
		f[F_NUM_UNMATCHED] = (double)(ua + ub) /
		    (double)(a->nnums + b->nnums);
	f[F_NEGATION] = (a->negations > 0) != (b->negations > 0);
	if (names > 0)
		f[F_NAME_MISS] = (double)missed / (double)names;
	if (a->nterms > 0 && b->nterms > 0)
		f[F_LEN_RATIO] = a->nterms < b->nterms ?
		    (double)a->nterms / (double)b->nterms :
		    (double)b->nterms / (double)a->nterms;
	ra = a->wsum - wa;
	rb = b->wsum - wb;
	f[F_REST_MAX] = log1p(ra > rb ? ra : rb);
	f[F_REST_MIN] = log1p(ra > rb ? rb : ra);
	return common;
}

void
match_features(struct match *mt, const struct match_sentence *a,
    const struct match_sentence *b, double f[MATCH_NFEATURES])
{
	features(mt, &mt->sc, a, b, f, NULL);
}

enum match_relation
match_score(struct match *mt, const struct match_sentence *a,
    const struct match_sentence *b, double *score)
{
	struct match_result	res;

	match_compare(mt, a, b, &res);
	if (score != NULL)
		*score = res.score;
	return res.relation;
}

void
match_compare(struct match *mt, const struct match_sentence *a,
    const struct match_sentence *b, struct match_result *res)
{
	match_compare_with(mt, &mt->sc, a, b, res);
}

void
match_compare_with(const struct match *mt, struct match_scratch *sc,
    const struct match_sentence *a, const struct match_sentence *b,
    struct match_result *res)
{
	double			 f[MATCH_NFEATURES], z, p;
	size_t			 i, common;
	enum match_relation	 r = MATCH_NONE;

	common = features(mt, sc, a, b, f, res);
	res->common = common;
	z = mt->m.bias;
	for (i = 0; i < MATCH_NFEATURES; i++)
		z += mt->m.w[i] * f[i];
	p = 1.0 / (1.0 + exp(-z));
	if (p >= mt->m.t_same)
		r = MATCH_SAME;
	else if (p >= mt->m.t_similar || f[F_WCOV_MAX] >= mt->m.t_contain ||
	    ((double)common >= mt->m.t_common &&
	    f[F_WCOV_MIN] >= mt->m.t_overlap))
		r = MATCH_SIMILAR;
	/* different figures, or one side negated: never the same fact */
	/*
	 * nor when both name several people or places and share none of
	 * them (with a single name each, a paraphrase often puts a
	 * description for the name: "Cleveland's" and "an Ohio case")
	 */
	if (r == MATCH_SAME && (f[F_NUM_CONFLICT] > 0 || f[F_NEGATION] > 0 ||
	    (res->names_a >= 2 && res->names_b >= 2 &&
	    res->names_shared == 0))) {
		r = MATCH_SIMILAR;
		if (p >= mt->m.t_same)
			p = mt->m.t_same - 0.001 > 0 ? mt->m.t_same - 0.001 : 0;
	}
	res->relation = r;
	res->score = p;
}
