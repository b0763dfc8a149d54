/*
 * align.c: one new article against the database.
 *
 * Data: the engine keeps one vocabulary (struct tokens) and one matcher for
 * its whole life, and a cache of document frequencies indexed by term id
 * (df[id], -1 when not yet read from the store), kept current as sentences
 * are indexed, so the IDF of a term costs one query the first time only.
 * Next to it, the postings of the rare terms it has read (plist, by term
 * id: the sentences indexed under the term, in id order), kept current as
 * sentences are indexed and dropped when the term stops being rare or all
 * at once when they pass ALIGN_POSTINGS_KEPT ids.  What the articles add
 * to the index is kept per term (pend, dfadd; the terms in `dirty`) and
 * written in term order by align_flush() before the transaction commits:
 * one statement per term and per posting of a rare term, instead of three
 * per term of every sentence.  A rollback forgets all of it
 * (align_rollback()).
 * A story's conflicts are computed again for every article; the sentence
 * pairs that carry them are those of the new article's sentences (the
 * others' were marked when their articles came), or after a merge all of
 * them.  For that case the conflict pairs it has stored (al->cp, a
 * struct pairset of a < b) are remembered, and those the store held for
 * a story when a merge first needed them (cpairs_load(): a long story
 * holds tens of thousands), and a pair already stored as a conflict
 * (score 1) is exactly what putting it again would store, so it is
 * skipped.  Nothing else turns a conflict pair into another
 * relation: the engine's `same`/`similar` pairs always involve the new
 * article's sentences, which were in no pair before; align_all() empties
 * the set.
 * Per article it gathers every sentence's candidates first, reads the
 * ones the token cache lacks in id order (align_prefetch()), then scores
 * them, with a table of the candidate sentences it scored (by id) that
 * lives until the article is done.  Across articles it keeps
 * recently seen sentences prepared for the matcher (struct tcache: a FIFO
 * of at most TCACHE_SLOTS sentences, with their article; the slots an
 * article uses are kept until it is done), so that a sentence that is a
 * candidate again is neither read from the store nor prepared again; its
 * IDF weights, which change as the database grows, are computed again
 * once per article, so the scores are exactly those without the cache.
 * Behind it, a memo of the tokens of every sentence the engine stored or
 * read (struct tokmemo, at most ALIGN_MEMO_BYTES, forgetting the older
 * half when full), so that a candidate the cache lacks is read from the
 * store and decoded once per process, not once per article that meets it.
 * Sentence ids are never reused while an engine lives: the import stops
 * at the first failed batch and align_all() empties the cache.
 * Another connection may write the same database between two of the
 * engine's transactions (a colleague's import): before an article, when
 * nothing is waiting to be written, the engine compares the store's
 * data_version with the one it last saw and, when another commit came in
 * between, forgets the counts, postings, time keys and stories' conflicts
 * it kept and reads them again as it needs them (align_sync()); only the
 * sentences' tokens, which never change, are kept.
 * The engine counts the wall time of each step of an article (and of
 * align_flush()) and what it compared and read, for align_stats().
 *
 * The time index: a term common in the whole database may be rare in one
 * week (a place in this week's news).  Each dated article's sentences are
 * also indexed under (term, week) keys for its terms that are common
 * overall (in more than ALIGN_MAX_DF sentences; a rare one's postings
 * are complete), stored by the store as integer keys, a row each with
 * its count and ids (which stop once the key is common); a sentence with
 * fewer than ALIGN_WEEK_WANT rare terms overall looks up its common ones
 * in the weeks around its article's (struct wmap caches the keys, flushed
 * and dropped past ALIGN_WKEYS_KEPT).  Candidates found only that way never
 * link stories by themselves: stock phrases are shared across stories.
 *
 * Stories: a new article joins the story of the articles it is linked to
 * (story_linked(): the pairs found, the dates).  Of a sentence's `similar`
 * partners only ALIGN_SIMILAR are kept, those of articles near in time
 * first; an undated article's story lends it its span of dates; a link
 * without a `same` pair between articles whose text names countries, none
 * in common, is two stories told in the same stock phrases (al->cc keeps
 * the countries of the articles met).  Two reports of the same days
 * linked by too few pairs that share a name count the facts they state
 * alike (conflict_facts_shared(): a count of ten or more, a venue) as
 * such pairs: outlets that rewrite a story in their own words share its
 * figures and places, not its sentences.  Two sentences of a story whose
 * main claims agree (the same toll, venue or head of a delegation: the
 * same fact in other words) are paired `similar` where the matcher found
 * no pair (agree_pairs()).
 *
 * Invariants: an article's own sentences are indexed only after its
 * candidates were looked up, so an article is never paired with itself by
 * the matcher (pairs inside one article come from conflicts only); pairs
 * are stored with a < b by the store; the engine never commits.  The
 * pairs of a new article are written once its story is known (struct
 * found): `same` ones always, `similar` ones only with articles of its
 * story as it stands then (align_pairs()).
 */
#include "px.h"
#include "align.h"
#include "article.h"
#include "claims.h"
#include "conflict.h"
#include "pairset.h"
#include "entities.h"
#include "ingest.h"
#include "match.h"
#include "numbers.h"
#include "store.h"
#include "story.h"
#include "tokens.h"
#include "tokmemo.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define ALIGN_TERMS		8	/* rarest terms looked up per sentence (6
					   missed paraphrases in small stories,
					   whose terms all look rare) */
#define ALIGN_MAX_DF		400	/* terms in more sentences are too common */
#define ALIGN_FIGURES		2	/* counts looked up past those */
#define ALIGN_CANDIDATES	24	/* candidates scored per sentence */
#define ALIGN_SIMILAR		3	/* `similar` pairs kept per sentence */
/*
 * The IDF prior: as if ALIGN_PRIOR more sentences without the term had been
 * seen.  In a small database raw IDF punishes exactly the words that two
 * outlets share (they are in every sentence of the story); the prior keeps
 * weights near equal until the database is large enough to tell.
 */
#define ALIGN_PRIOR		2000.0
#define ALIGN_POSTINGS_KEPT	(4 * 1024 * 1024)	/* ids, 32 MB */
#define ALIGN_WEEK_DAYS		7	/* the time index's buckets */
#define ALIGN_WEEKS_AROUND	1	/* weeks looked up on each side */
#define ALIGN_WKEYS_KEPT	(1024 * 1024)	/* week keys, then flush */
#define ALIGN_WEEK_WANT		3	/* fewer rare terms: look in time */
#define ALIGN_DIGEST		3	/* linked to this many stories: a digest */
#define ALIGN_CSENTS		1000	/* sentences read for their countries */
#define ALIGN_COUNTRIES		16	/* countries kept of an article */
#define ALIGN_CCACHE		256	/* linked articles' countries kept */
#define ALIGN_DCACHE		16384	/* candidates' articles' days kept */
#define ALIGN_AGREE_SCORE	0.5	/* a `similar` pair of agreeing claims */
#define ALIGN_AGREE_MAX		8	/* agreeing sentences met per claim */

/*
 * The postings of a term: ids as read (NULL when not read), and what this
 * engine indexed since the last flush (pend, newer than any stored id;
 * counted in ids too when they are read) with the df still to add.
 */
struct plist {
	int64_t		*ids;
	size_t		 n, cap;
	int64_t		*pend;
	size_t		 npend, cappend;
	int64_t		 dfadd;
};

/*
 * One sentence kept across articles: its tokens until it is prepared,
 * then the prepared sentence (ms) alone, its weights those of article
 * generation gen (weighed again when another article uses it).
 */
struct tslot {
	int64_t			 id;		/* 0: free */
	int64_t			 article;
	struct token		*t;
	size_t			 n;
	struct match_sentence	*ms;
	uint32_t		 gen;
	uint32_t		 next;	/* hash chain; TCACHE_NONE ends it */
};

#define TCACHE_SLOTS	32768		/* about 50 MB at most */
#define ALIGN_MEMO_BYTES (256u << 20)	/* tokens of about a million sentences */
#define TCACHE_BUCKETS	65536
#define TCACHE_NONE	UINT32_MAX

/* A slot of generation gen is in use by the article being aligned (its
 * work borrows the slot's ms): the FIFO passes over it. */
struct tcache {
	struct tslot	*slot;		/* nslots, a FIFO ring */
	uint32_t	 nslots;	/* TCACHE_SLOTS but in tests */
	uint32_t	*bucket;	/* TCACHE_BUCKETS chain heads */
	uint32_t	 head;		/* next slot to (re)use */
	uint32_t	 gen;		/* the article's: never 0 */
};

/* Conflict pairs stored by this engine: a struct pairset, emptied when
 * it holds CPAIRS_MAX (then it starts again). */
#define CPAIRS_MAX	(2 * 1024 * 1024)	/* <= 64 MB */

/*
 * The claims of a story as the store lists them (store_claims_of_story():
 * by sentence, then id), kept while the transaction lasts: a story's
 * conflicts are computed again for every article that claims something,
 * and reading all the claims of a story of a thousand articles each time
 * made one more article cost time in proportion to the story.  While the
 * engine holds the transaction nobody else adds claims, and it adds an
 * article's claims to its story's entry itself (they come after all
 * others: the article's sentences are the newest).  A merge of stories
 * drops every entry; a commit or a rollback drops them all.
 */
#define SCLAIMS_STORIES	64

struct sclaims {
	int64_t			 story;		/* 0: a free entry */
	struct store_claim	*v;
	size_t			 n, cap;
	uint64_t		 used;		/* al->sclock at the last use */
};

/*
 * A term in one week (the time index): its count of sentences (-1: not
 * read) and its postings, as read and as added since the last flush, in a
 * struct plist.  term NOTERM_W: a free slot.
 */
#define NOTERM_W	UINT32_MAX

struct wkey {
	uint32_t	 term;
	int32_t		 week;
	int64_t		 df;
	struct plist	 pl;
};

struct wmap {
	struct wkey	*v;		/* open addressing */
	size_t		 n, cap;
};

/* The day of an article (story_day(), LONG_MIN: undated), by id. */
struct dcache {
	int64_t		 id;		/* 0: empty */
	long		 day;
	int		 md;		/* undated: MMDD, or 0 */
};

/* The countries an article names (text_countries()), by id. */
struct ccache {
	int64_t		 id;		/* 0: empty */
	size_t		 n;
	const char	*c[ALIGN_COUNTRIES];	/* al->ent's strings */
};

struct align {
	struct store	*st;
	struct wmap	 wk;
	struct tcache	 tc;
	struct tokmemo	*memo;		/* tokens by sentence id, or NULL */
	struct pairset	 cp;
	struct sclaims	 sc[SCLAIMS_STORIES];
	uint64_t	 sclock;
	struct tokens	*tk;
	struct match	*mt;
	struct helper	*hp;		/* a thread comparing pairs, or NULL */
	struct entities	*ent;
	struct ccache	*cc;		/* [ALIGN_CCACHE], or NULL */
	struct dcache	*dc;		/* [ALIGN_DCACHE], or NULL */
	int64_t		*df;		/* by term id; -1: not read yet */
	int64_t		*tid;		/* by term id: the store's row id,
					   0: none yet (read with df) */
	struct plist	*pl;		/* by term id, as df */
	size_t		 npl;		/* ids kept in pl */
	uint32_t	*dirty;		/* terms with dfadd or pend to write */
	size_t		 ndirty, capdirty;
	uint32_t	 ndf;
	double		 nsent;		/* sentences indexed: the N of idf */
	double		*idf;		/* by term id, as df: align_idf()'s */
	uint32_t	*idfat;		/* the idfepoch idf[] is of, 0: none */
	uint32_t	 idfepoch;	/* changes with nsent and any df */
	/*
	 * align_candidates()'s table of the sentences met (open addressing,
	 * the first cap entries of scap): an entry is in use when its stamp
	 * is the current one, so that nothing is cleared between sentences.
	 */
	uint32_t	*sstamp;
	uint32_t	*sidx;		/* the entry's index in the merge */
	size_t		 scap;
	uint32_t	 stamp;
	/*
	 * The store's data_version when the engine last looked: another
	 * connection's commit changes it (align_sync()).  unflushed: the
	 * engine holds index writes that align_flush() has not made yet.
	 */
	int64_t		 version;
	int		 unflushed;
	struct align_stats stats;
};

/* A prepared sentence of the new article or a candidate: ms lent by the
 * token cache, or owned when the cache had no room. */
struct prep {
	int64_t			 id;
	int64_t			 article;
	struct match_sentence	*ms;
	int			 owned;
};

/* What links the new article to another one. */
struct link {
	int64_t	article;
	int64_t	story;		/* the other's, once align_story() read it */
	int	nsame, nsimilar, nweak, nlong;
	int	nsents;		/* the new article's sentences in those */
	size_t	last;		/* the last of them counted, + 1 */
	double	best;
};

/* A pair found for the new article, written once its story is known. */
struct found {
	int64_t	a, b;		/* a: the new article's sentence */
	size_t	link;		/* b's article: its index in work's links */
	double	score;
	int	same;
};

/* What the new article claims about: a kind and a subject. */
struct key {
	enum claim_kind	 kind;
	char		*subject;	/* or NULL */
};

/* Per-article working state. */
struct work {
	struct prep	*cache;		/* open addressing by id */
	size_t		 ncache, capcache;
	struct link	*links;
	size_t		 nlinks, caplinks;
	struct found	*found;
	size_t		 nfound, capfound;
	struct key	*keys;		/* of the article's claims */
	size_t		 nkeys;
	struct store_claim *claims;	/* the article's, as stored */
	size_t		 nclaims;
	int		 merged;	/* stories were merged into its own */
	const char	*ctry[ALIGN_COUNTRIES];	/* the countries it names, */
	size_t		 nctry;
	int		 ctry_read;	/* once read (countries_apart()) */
	int64_t		 article;	/* the new article's id */
	const char	*date;		/* the article's, or NULL */
	long		 day;		/* its story_day() */
	int		 dated;		/* the article has a date: */
	int32_t		 week;		/* its week since 1970 */
};

static int	wmap_flush(struct align *, char **);
static int	align_sync(struct align *, char **);
static void	sclaims_clear(struct align *);
static void	helper_free(struct helper *);

static int
oom(char **cause)
{
	util_cause(cause, "%s", strerror(ENOMEM));
	return -1;
}

/* --- statistics ------------------------------------------------------- */

/* Count the time since *t to step, and start the next step's at now. */
static void
step_done(struct align *al, enum align_step step, double *t)
{
	double	now = util_clock();

	al->stats.seconds[step] += now - *t;
	*t = now;
}

/* --- document frequencies -------------------------------------------- */

static int
df_get(struct align *al, uint32_t term, int64_t *df, char **cause)
{
	uint32_t	 n, i, *at;
	int64_t		*p;
	double		*iv;
	struct plist	*pl;

	if (term >= al->ndf) {
		n = tokens_count(al->tk);
		if (n <= term)
			n = term + 1;
		n += n / 2 + 64;
		if ((pl = util_reallocarray(al->pl, n, sizeof *pl)) == NULL)
			return oom(cause);
		al->pl = pl;
		memset(pl + al->ndf, 0, (n - al->ndf) * sizeof *pl);
		if ((p = util_reallocarray(al->df, n, sizeof *p)) == NULL)
			return oom(cause);
		for (i = al->ndf; i < n; i++)
			p[i] = -1;
		al->df = p;
		if ((p = util_reallocarray(al->tid, n, sizeof *p)) == NULL)
			return oom(cause);
		memset(p + al->ndf, 0, (n - al->ndf) * sizeof *p);
		al->tid = p;
		if ((iv = util_reallocarray(al->idf, n, sizeof *iv)) == NULL)
			return oom(cause);
		al->idf = iv;
		if ((at = util_reallocarray(al->idfat, n, sizeof *at)) == NULL)
			return oom(cause);
		memset(at + al->ndf, 0, (n - al->ndf) * sizeof *at);
		al->idfat = at;
		al->ndf = n;
	}
	if (al->df[term] < 0) {
		if (store_term_get(al->st, tokens_term(al->tk, term),
		    &al->tid[term], &al->df[term], cause) != 0)
			return -1;
	}
	*df = al->df[term];
	return 0;
}

/* Append x to v[0, *n), growing it; -1 when memory runs out. */
static int
ids_push(int64_t **v, size_t *n, size_t *cap, int64_t x)
{
	int64_t	*nv;
	size_t	 ncap;

	if (*n == *cap) {
		ncap = *cap < 4 ? 8 : *cap * 2;
		if ((nv = util_reallocarray(*v, ncap, sizeof *nv)) == NULL)
			return -1;
		*v = nv;
		*cap = ncap;
	}
	(*v)[(*n)++] = x;
	return 0;
}

/*
 * The ids read from the store (v[0, nv), malloc'd or NULL) become pl's
 * list with what is pending after them (newer than any stored id); room
 * for `spare` more.  Frees v and returns -1 when memory runs out.
 */
static int
plist_read(struct plist *pl, int64_t *v, size_t nv, size_t spare)
{
	int64_t	*w = v;

	if (pl->npend + spare > 0) {
		w = util_reallocarray(v, nv + pl->npend + spare, sizeof *w);
		if (w == NULL) {
			free(v);
			return -1;
		}
		if (pl->npend > 0)
			memcpy(w + nv, pl->pend, pl->npend * sizeof *w);
	}
	pl->ids = w;
	pl->n = pl->cap = nv + pl->npend;
	return 0;
}

/* Forget pl's list as read (it is read again when needed). */
static void
plist_unread(struct plist *pl)
{
	free(pl->ids);
	pl->ids = NULL;
	pl->n = pl->cap = 0;
}

/* What was pending for pl is written (or given up). */
static void
plist_written(struct plist *pl)
{
	free(pl->pend);
	pl->pend = NULL;
	pl->npend = pl->cappend = 0;
	pl->dfadd = 0;
}

/* Forget every kept postings list. */
static void
postings_drop(struct align *al)
{
	uint32_t	i;

	for (i = 0; i < al->ndf; i++)
		plist_unread(&al->pl[i]);
	al->npl = 0;
}

/*
 * The sentences indexed under a rare term (df known and at most
 * ALIGN_MAX_DF), read from the store once; *ids is borrowed until the
 * article's sentences are indexed (lists are dropped only between
 * articles, by postings_trim()).
 */
static int
postings_get(struct align *al, uint32_t term, const int64_t **ids,
    size_t *n, char **cause)
{
	struct plist	*pl = &al->pl[term];
	int64_t		*v;
	size_t		 nv;

	if (pl->ids == NULL) {
		if (store_postings(al->st, tokens_term(al->tk, term),
		    ALIGN_MAX_DF, &v, &nv, cause) != 0)
			return -1;
		if (plist_read(pl, v, nv, 0) != 0)
			return oom(cause);
		al->npl += pl->n;
		if (pl->ids == NULL) {	/* nothing: read it again next time */
			*ids = NULL;
			*n = 0;
			return 0;
		}
	}
	*ids = pl->ids;
	*n = pl->n;
	return 0;
}

/* Between two articles: keep at most ALIGN_POSTINGS_KEPT ids. */
static void
postings_trim(struct align *al)
{
	if (al->npl > ALIGN_POSTINGS_KEPT)
		postings_drop(al);
}

/* Sentence sid was indexed under term: keep a read list true. */
static int
postings_append(struct align *al, uint32_t term, int64_t sid, char **cause)
{
	struct plist	*pl = &al->pl[term];

	if (pl->ids == NULL)
		return 0;
	if (al->df[term] > ALIGN_MAX_DF) {	/* never read again */
		al->npl -= pl->n;
		plist_unread(pl);
		return 0;
	}
	if (ids_push(&pl->ids, &pl->n, &pl->cap, sid) != 0)
		return oom(cause);
	al->npl++;
	return 0;
}

/*
 * Sentence sid has term: count it, and index it while the term is rare
 * (a term in more than ALIGN_MAX_DF sentences is never looked up, so its
 * postings would only be written).  Written by align_flush().
 */
static int
postings_pend(struct align *al, uint32_t term, int64_t sid, char **cause)
{
	struct plist	*pl = &al->pl[term];
	uint32_t	*d;
	size_t		 cap;

	if (pl->dfadd == 0 && pl->npend == 0) {
		if (al->ndirty == al->capdirty) {
			cap = al->capdirty == 0 ? 1024 : al->capdirty * 2;
			if ((d = util_reallocarray(al->dirty, cap,
			    sizeof *d)) == NULL)
				return oom(cause);
			al->dirty = d;
			al->capdirty = cap;
		}
		al->dirty[al->ndirty++] = term;
	}
	pl->dfadd++;
	if (al->df[term] > ALIGN_MAX_DF)
		return 0;
	if (ids_push(&pl->pend, &pl->npend, &pl->cappend, sid) != 0)
		return oom(cause);
	return 0;
}

/* Forget what was not written (the transaction is gone). */
static void
postings_unpend(struct align *al)
{
	size_t	i;

	for (i = 0; i < al->ndirty; i++) {
		plist_written(&al->pl[al->dirty[i]]);
	}
	al->ndirty = 0;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return (x > y) - (x < y);
}

int
align_flush(struct align *al, char **cause)
{
	struct plist	*pl;
	size_t		 i;
	double		 t = util_clock();

	/* in term order: neighbouring rows of the index, page after page */
	if (al->ndirty > 1)
		qsort(al->dirty, al->ndirty, sizeof *al->dirty, cmp_u32);
	for (i = 0; i < al->ndirty; i++) {
		pl = &al->pl[al->dirty[i]];
		if (store_term_put(al->st, &al->tid[al->dirty[i]],
		    tokens_term(al->tk, al->dirty[i]), pl->dfadd, pl->pend,
		    pl->npend, cause) != 0)
			return -1;
		plist_written(pl);
	}
	al->ndirty = 0;
	sclaims_clear(al);	/* others may write once it commits */
	if (wmap_flush(al, cause) != 0)
		return -1;
	al->unflushed = 0;
	step_done(al, ALIGN_STEP_FLUSH, &t);
	return 0;
}

int
align_commit_hook(void *arg, struct store *st, char **cause)
{
	(void)st;
	return align_flush(arg, cause);
}

/* --- the time index ---------------------------------------------------- */

static size_t
wkey_hash(uint32_t term, int32_t week, size_t cap)
{
	uint64_t	h = ((uint64_t)term << 32 | (uint32_t)week) *
			    0x9e3779b97f4a7c15ULL;

	return (size_t)(h >> 20) & (cap - 1);
}

static void
wkey_release(struct wkey *k)
{
	plist_unread(&k->pl);
	plist_written(&k->pl);
}

static void
wmap_clear(struct wmap *m)
{
	size_t	i;

	for (i = 0; i < m->cap; i++)
		if (m->v[i].term != NOTERM_W)
			wkey_release(&m->v[i]);
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* The slot of (term, week), made (df unknown) when new; NULL: no memory. */
static struct wkey *
wkey_get(struct wmap *m, uint32_t term, int32_t week)
{
	struct wkey	*nv, *k;
	size_t		 i, j, ncap;

	if (2 * (m->n + 1) > m->cap) {
		ncap = m->cap == 0 ? 4096 : m->cap * 2;
		if ((nv = calloc(ncap, sizeof *nv)) == NULL)
			return NULL;
		for (i = 0; i < ncap; i++)
			nv[i].term = NOTERM_W;
		for (i = 0; i < m->cap; i++) {
			if (m->v[i].term == NOTERM_W)
				continue;
			j = wkey_hash(m->v[i].term, m->v[i].week, ncap);
			while (nv[j].term != NOTERM_W)
				j = (j + 1) & (ncap - 1);
			nv[j] = m->v[i];
		}
		free(m->v);
		m->v = nv;
		m->cap = ncap;
	}
	j = wkey_hash(term, week, m->cap);
	while ((k = &m->v[j])->term != NOTERM_W) {
		if (k->term == term && k->week == week)
			return k;
		j = (j + 1) & (m->cap - 1);
	}
	memset(k, 0, sizeof *k);
	k->term = term;
	k->week = week;
	k->df = -1;
	m->n++;
	return k;
}

/* The key a week key is stored under. */
static int64_t
wkey_key(struct align *al, const struct wkey *k)
{
	return store_week_key(tokens_term(al->tk, k->term), k->week);
}

static int
wkey_df(struct align *al, struct wkey *k, char **cause)
{
	int	rc;

	if (k->df >= 0)
		return 0;
	rc = store_week_df(al->st, wkey_key(al, k), &k->df, cause);
	if (rc == 0)
		k->df += k->pl.dfadd;
	return rc;
}

/* The postings of a rare week key, read once (plus what is pending). */
static int
wkey_postings(struct align *al, struct wkey *k, char **cause)
{
	int64_t	*v;
	size_t	 nv;

	if (k->pl.ids != NULL)
		return 0;
	if (store_week_postings(al->st, wkey_key(al, k), &v, &nv,
	    cause) != 0)
		return -1;
	/* a spare slot: even an empty list counts as read */
	if (plist_read(&k->pl, v, nv, 1) != 0)
		return oom(cause);
	return 0;
}

/* Sentence sid of week `week` has term: count and index it (pending). */
static int
wkey_index(struct align *al, uint32_t term, int32_t week, int64_t sid,
    char **cause)
{
	struct wkey	*k;

	if ((k = wkey_get(&al->wk, term, week)) == NULL)
		return oom(cause);
	if (wkey_df(al, k, cause) != 0)
		return -1;
	k->df++;
	k->pl.dfadd++;
	if (k->df > ALIGN_MAX_DF) {
		plist_unread(&k->pl);
		return 0;
	}
	if (ids_push(&k->pl.pend, &k->pl.npend, &k->pl.cappend, sid) != 0 ||
	    (k->pl.ids != NULL &&
	    ids_push(&k->pl.ids, &k->pl.n, &k->pl.cap, sid) != 0))
		return oom(cause);
	return 0;
}

/* Write the week keys' pending counts and postings. */
static int
wmap_flush(struct align *al, char **cause)
{
	struct wkey	*k;
	size_t		 i;

	for (i = 0; i < al->wk.cap; i++) {
		k = &al->wk.v[i];
		if (k->term == NOTERM_W || k->pl.dfadd == 0)
			continue;
		/* A key common before this chunk is never read again. */
		if (k->df - k->pl.dfadd <= ALIGN_MAX_DF &&
		    store_week_add(al->st, wkey_key(al, k), k->pl.dfadd,
		    k->pl.pend, k->pl.npend, cause) != 0)
			return -1;
		plist_written(&k->pl);
	}
	return 0;
}

static double
align_idf(void *arg, uint32_t id)
{
	struct align	*al = arg;
	int64_t		 df = 0;
	double		 v;

	if (id < al->ndf && al->idfat[id] == al->idfepoch)
		return al->idf[id];
	if (df_get(al, id, &df, NULL) != 0)
		return log((al->nsent + ALIGN_PRIOR) / 0.5);
	v = log((al->nsent + ALIGN_PRIOR) / ((double)df + 0.5));
	al->idf[id] = v;
	al->idfat[id] = al->idfepoch;
	return v;
}

/* nsent or a df changed: every idf is to be worked out again. */
static void
idf_stale(struct align *al)
{
	if (++al->idfepoch == 0) {	/* wrapped: forget them all */
		if (al->idfat != NULL)
			memset(al->idfat, 0, al->ndf * sizeof *al->idfat);
		al->idfepoch = 1;
	}
}

/* --- tokens kept across articles ------------------------------------- */

static uint32_t
tcache_hash(int64_t id)
{
	uint64_t	h = (uint64_t)id * 0x9e3779b97f4a7c15ULL;

	return (uint32_t)(h >> 40) & (TCACHE_BUCKETS - 1);
}

static int
tcache_init(struct tcache *tc, uint32_t nslots)
{
	uint32_t	i;

	tc->nslots = nslots;
	tc->slot = calloc(nslots, sizeof *tc->slot);
	tc->bucket = calloc(TCACHE_BUCKETS, sizeof *tc->bucket);
	if (tc->slot == NULL || tc->bucket == NULL)
		return -1;
	for (i = 0; i < TCACHE_BUCKETS; i++)
		tc->bucket[i] = TCACHE_NONE;
	tc->head = 0;
	tc->gen = 1;
	return 0;
}

/* A new article: the slots it uses are weighed again and kept. */
static void
tcache_next(struct tcache *tc)
{
	uint32_t	i;

	if (++tc->gen == 0) {
		for (i = 0; i < tc->nslots; i++)
			tc->slot[i].gen = 0;
		tc->gen = 1;
	}
}

static void
tcache_clear(struct tcache *tc)
{
	uint32_t	i;

	if (tc->slot == NULL)
		return;
	for (i = 0; i < tc->nslots; i++) {
		free(tc->slot[i].t);
		match_sentence_free(tc->slot[i].ms);
		memset(&tc->slot[i], 0, sizeof tc->slot[i]);
	}
	for (i = 0; i < TCACHE_BUCKETS; i++)
		tc->bucket[i] = TCACHE_NONE;
	tc->head = 0;
}

static void
tcache_free(struct tcache *tc)
{
	uint32_t	i;

	if (tc->slot != NULL) {
		for (i = 0; i < tc->nslots; i++) {
			free(tc->slot[i].t);
			match_sentence_free(tc->slot[i].ms);
		}
	}
	free(tc->slot);
	free(tc->bucket);
}

static struct tslot *
tcache_get(struct tcache *tc, int64_t id)
{
	uint32_t	k;

	for (k = tc->bucket[tcache_hash(id)]; k != TCACHE_NONE;
	    k = tc->slot[k].next) {
		if (tc->slot[k].id == id)
			return &tc->slot[k];
	}
	return NULL;
}

/*
 * Keep sentence id: its tokens t (n of them) or its prepared ms weighed
 * for this article (taken over, the other NULL).  NULL, with t and ms
 * left to the caller, when every slot is in use by this article (one of
 * thousands of sentences): a slot in use is never taken, its ms is lent.
 */
static struct tslot *
tcache_put(struct tcache *tc, int64_t id, int64_t article, struct token *t,
    size_t n, struct match_sentence *ms)
{
	struct tslot	*e;
	uint32_t	*k, h, tries;

	for (tries = 0; tries < tc->nslots &&
	    tc->slot[tc->head].gen == tc->gen; tries++)
		tc->head = (tc->head + 1) % tc->nslots;
	if (tries == tc->nslots)
		return NULL;
	e = &tc->slot[tc->head];
	if (e->id != 0) {
		/* Unlink the oldest sentence from its chain. */
		k = &tc->bucket[tcache_hash(e->id)];
		while (*k != tc->head)
			k = &tc->slot[*k].next;
		*k = e->next;
		free(e->t);
		match_sentence_free(e->ms);
	}
	h = tcache_hash(id);
	e->id = id;
	e->article = article;
	e->t = t;
	e->n = n;
	e->ms = ms;
	e->gen = ms != NULL ? tc->gen : 0;
	e->next = tc->bucket[h];
	tc->bucket[h] = tc->head;
	tc->head = (tc->head + 1) % tc->nslots;
	return e;
}

/* --- the claims of stories ------------------------------------------ */

static void
sclaims_clear(struct align *al)
{
	size_t	i;

	for (i = 0; i < SCLAIMS_STORIES; i++) {
		store_claims_free(al->sc[i].v, al->sc[i].n);
		memset(&al->sc[i], 0, sizeof al->sc[i]);
	}
}

static int
cmp_claim_place(const void *a, const void *b)
{
	const struct store_claim	*x = a, *y = b;

	if (x->sentence != y->sentence)
		return x->sentence < y->sentence ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/*
 * The claims of a story (borrowed: valid until the next call or the end
 * of the transaction).  An entry already kept takes the article's claims
 * (moved out of w); else the story is read from the store, which holds
 * them already.
 */
static int
sclaims_get(struct align *al, struct work *w, int64_t story,
    const struct store_claim **out, size_t *n, char **cause)
{
	struct sclaims		*e = NULL, *lru = &al->sc[0];
	struct store_claim	*v;
	size_t			 i;

	for (i = 0; i < SCLAIMS_STORIES && e == NULL; i++) {
		if (al->sc[i].story == story)
			e = &al->sc[i];
		else if (al->sc[i].used < lru->used)
			lru = &al->sc[i];
	}
	if (e != NULL && w != NULL && w->nclaims > 0) {
		if (e->n + w->nclaims > e->cap) {
			v = util_reallocarray(e->v, e->n + w->nclaims + e->n / 2,
			    sizeof *v);
			if (v == NULL)
				return oom(cause);
			e->v = v;
			e->cap = e->n + w->nclaims + e->n / 2;
		}
		qsort(w->claims, w->nclaims, sizeof *w->claims,
		    cmp_claim_place);
		memcpy(e->v + e->n, w->claims, w->nclaims * sizeof *w->claims);
		e->n += w->nclaims;
		free(w->claims);
		w->claims = NULL;
		w->nclaims = 0;
	} else if (e == NULL) {
		e = lru;
		store_claims_free(e->v, e->n);
		memset(e, 0, sizeof *e);
		if (store_claims_of_story(al->st, story, &e->v, &e->n,
		    cause) != 0)
			return -1;
		e->cap = e->n;
		e->story = story;
	}
	e->used = ++al->sclock;
	*out = e->v;
	*n = e->n;
	return 0;
}

/* --- conflict pairs already stored ------------------------------------ */

/* Remember a stored conflict pair (a < b); out of memory only forgets. */
static void
cpairs_add(struct pairset *cp, int64_t a, int64_t b)
{
	if (cp->n >= CPAIRS_MAX)
		pairset_clear(cp);
	(void)pairset_add(cp, a, b);
}

/* --- engine ------------------------------------------------------------ */

/* Count the sentences in the candidate index into nsent: all but those
 * of the articles waiting for alignment; every idf is then stale. */
static int
indexed_count(struct align *al, char **cause)
{
	int64_t	n, waiting;

	if (store_sentence_count(al->st, &n, cause) != 0 ||
	    store_pending_sentences(al->st, &waiting, cause) != 0)
		return -1;
	al->nsent = (double)(n - waiting);
	idf_stale(al);
	return 0;
}

int
align_new(struct store *st, int load, struct align **out, char **cause)
{
	struct align	*al;

	*out = NULL;
	if ((al = calloc(1, sizeof *al)) == NULL)
		return oom(cause);
	al->st = st;
	if (tcache_init(&al->tc, TCACHE_SLOTS) != 0 ||
	    (al->memo = tokmemo_new(ALIGN_MEMO_BYTES)) == NULL) {
		oom(cause);
		goto fail;
	}
	if ((al->tk = tokens_new("english", load, cause)) == NULL)
		goto fail;
	if ((al->mt = match_new(al->tk, load, cause)) == NULL)
		goto fail;
	if (load) {
		if (entities_load(&al->ent, cause) != 0)
			goto fail;
	} else if ((al->ent = entities_new()) == NULL) {
		oom(cause);
		goto fail;
	}
	if (store_data_version(st, &al->version, cause) != 0 ||
	    indexed_count(al, cause) != 0)
		goto fail;
	*out = al;
	return 0;
fail:
	align_free(al);
	return -1;
}

int
align_set_cache(struct align *al, size_t slots, size_t memo, char **cause)
{
	if (slots < 1 || slots > TCACHE_SLOTS) {
		util_cause(cause, "cache of %zu sentences", slots);
		return -1;
	}
	tcache_free(&al->tc);
	memset(&al->tc, 0, sizeof al->tc);
	if (tcache_init(&al->tc, (uint32_t)slots) != 0)
		return oom(cause);
	tokmemo_free(al->memo);
	al->memo = NULL;
	if (memo > 0 && (al->memo = tokmemo_new(memo)) == NULL)
		return oom(cause);
	return 0;
}

void
align_free(struct align *al)
{
	if (al == NULL)
		return;
	helper_free(al->hp);
	match_free(al->mt);
	tokens_free(al->tk);
	entities_free(al->ent);
	free(al->cc);
	free(al->dc);
	tcache_free(&al->tc);
	tokmemo_free(al->memo);
	pairset_clear(&al->cp);
	sclaims_clear(al);
	if (al->pl != NULL) {
		postings_unpend(al);
		postings_drop(al);
	}
	free(al->pl);
	free(al->df);
	free(al->tid);
	free(al->idf);
	free(al->idfat);
	free(al->dirty);
	free(al->sstamp);
	free(al->sidx);
	wmap_clear(&al->wk);
	free(al);
}

/* --- per-article work -------------------------------------------------- */

static void
work_free(struct work *w)
{
	size_t	i;

	for (i = 0; i < w->capcache; i++)
		if (w->cache[i].owned)
			match_sentence_free(w->cache[i].ms);
	free(w->cache);		/* the other ms are the token cache's */
	free(w->links);
	free(w->found);
	for (i = 0; i < w->nkeys; i++)
		free(w->keys[i].subject);
	free(w->keys);
	store_claims_free(w->claims, w->nclaims);
}

static size_t
hash_id(int64_t id, size_t cap)
{
	uint64_t	h = (uint64_t)id * 0x9e3779b97f4a7c15ULL;

	return (size_t)(h >> 17) & (cap - 1);
}

/* The prepared candidate sentence id, reading it from the store once. */
/*
 * Read a candidate's tokens into the token cache: as stored by the engine
 * that indexed it, or (a database from before they were stored, or a
 * damaged blob) split from its text again.
 */
static int
candidate_read(struct align *al, int64_t id, struct token **tp, size_t *np,
    int64_t *ap, char **cause)
{
	struct store_sentence	*s = NULL;
	struct token		*t = NULL;
	unsigned char		*data = NULL;
	size_t			 len = 0;
	int64_t			 article = 0;
	long			 n = -1;

	if (al->memo != NULL &&
	    (n = tokmemo_get(al->memo, id, &article, &t)) >= 0)
		goto done;
	al->stats.read++;
	if (store_tokens_get(al->st, id, &article, &data, &len, cause) != 0)
		return -1;
	if (data != NULL) {
		n = tokens_decode(al->tk, data, len, &t, NULL);
		free(data);
	}
	if (n < 0) {
		if (store_sentence_get(al->st, id, &s, cause) != 0)
			return -1;
		if (s == NULL) {
			util_cause(cause, "sentence %lld vanished",
			    (long long)id);
			return -1;
		}
		n = tokens_split(al->tk, s->text, strlen(s->text), &t, cause);
		article = s->article;
		store_sentence_free(s);
		if (n < 0)
			return -1;
	}
	if (al->memo != NULL)
		(void)tokmemo_put(al->memo, id, article, t, (size_t)n);
done:
	*tp = t;
	*np = (size_t)n;
	*ap = article;
	return 0;
}

static struct prep *
work_candidate(struct align *al, struct work *w, int64_t id, char **cause)
{
	struct prep		*p, *old;
	struct tslot		*e;
	struct token		*t;
	size_t			 i, oldcap, n;
	int64_t			 article;

	if (w->ncache * 2 >= w->capcache) {
		old = w->cache;
		oldcap = w->capcache;
		w->capcache = oldcap == 0 ? 256 : oldcap * 2;
		if ((w->cache = calloc(w->capcache, sizeof *w->cache)) == NULL) {
			w->cache = old;
			w->capcache = oldcap;
			oom(cause);
			return NULL;
		}
		for (i = 0; i < oldcap; i++) {
			if (old[i].id == 0)
				continue;
			p = &w->cache[hash_id(old[i].id, w->capcache)];
			while (p->id != 0)
				p = p == &w->cache[w->capcache - 1] ?
				    w->cache : p + 1;
			*p = old[i];
		}
		free(old);
	}
	p = &w->cache[hash_id(id, w->capcache)];
	while (p->id != 0 && p->id != id)
		p = p == &w->cache[w->capcache - 1] ? w->cache : p + 1;
	if (p->id == id)
		return p;

	if ((e = tcache_get(&al->tc, id)) == NULL) {
		if (candidate_read(al, id, &t, &n, &article, cause) != 0)
			return NULL;
		if ((e = tcache_put(&al->tc, id, article, t, n, NULL)) ==
		    NULL) {
			/* The cache is all this article's: one of its own. */
			al->stats.prepared++;
			p->ms = match_prepare_tokens(al->mt, t, n, align_idf,
			    al, cause);
			free(t);
			if (p->ms == NULL)
				return NULL;
			p->owned = 1;
			p->id = id;
			p->article = article;
			w->ncache++;
			return p;
		}
	}
	if (e->ms == NULL) {
		al->stats.prepared++;
		e->ms = match_prepare_tokens(al->mt, e->t, e->n, align_idf, al,
		    cause);
		if (e->ms == NULL)
			return NULL;
		free(e->t);
		e->t = NULL;
	} else if (e->gen != al->tc.gen)
		match_sentence_weigh(al->mt, e->ms, align_idf, al);
	e->gen = al->tc.gen;
	p->ms = e->ms;		/* borrowed: the slot is kept for the article */
	p->id = id;
	p->article = e->article;
	w->ncache++;
	return p;
}

/*
 * Whether the names of two sentences allow them to be the same fact:
 * one side names no one, or they share a name and do not each name
 * someone or somewhere the other lacks while sharing less than that
 * ("Analyst Lukas Castel ... Sovorholm" is not "Professor Tarik Castel
 * ... Fenawick", however alike the rest).
 */
static int
names_agree(const struct match_result *m)
{
	size_t	only;

	if (m->names_a == 0 || m->names_b == 0)
		return 1;
	if (m->names_shared == 0)
		return 0;
	only = m->names_only_a < m->names_only_b ? m->names_only_a :
	    m->names_only_b;
	return only < m->names_shared;
}

/*
 * The day of an article (LONG_MIN when undated; a month and day without
 * the year in the year nearest the new article's), kept by id: the dates
 * of articles never change, and the same ones are met article after
 * article.
 */
static int
article_day(struct align *al, const struct work *w, int64_t id, long *day,
    char **cause)
{
	struct dcache	*e;
	char		*date, buf[11];
	int64_t		 story;

	if (al->dc == NULL &&
	    (al->dc = calloc(ALIGN_DCACHE, sizeof *al->dc)) == NULL)
		return oom(cause);
	e = &al->dc[(uint64_t)id % ALIGN_DCACHE];
	if (e->id != id) {
		if (store_article_story(al->st, id, &story, &date, &e->md,
		    cause) != 0)
			return -1;
		e->id = id;
		e->day = story_day(date);
		free(date);
	}
	*day = e->day;
	if (*day == LONG_MIN && w->date != NULL)
		*day = story_day(story_date_near(e->md, w->date, buf));
	return 0;
}

/*
 * Count a pair toward the link between the new article and another.  A
 * `similar` pair that shares no name (a name on both sides: "Hospital de
 * Clinicas" and "taken to hospital" share none) counts as weak: a turn of
 * phrase
 * used about other people or places says little about the story; so does
 * a `same` pair that names no one ("Thousands spent the night in tents",
 * "The meeting would be the first direct talks between the two
 * governments since their 2018 agreement expired": stock phrases recur
 * across stories in a large database), and any pair found only
 * through words common in the whole database ("Please keep the roads
 * clear for ambulances", found through the week's words).  *at gets the
 * link's index in w->links.  The pairs of one sentence (its index in the
 * new article) are counted one after the other.
 */
static int
work_link(struct work *w, size_t sentence, int64_t article,
    const struct match_result *m, int rare, size_t *at, char **cause)
{
	struct link	*l;
	size_t		 i;

	for (i = 0; i < w->nlinks; i++)
		if (w->links[i].article == article)
			break;
	if (i == w->nlinks) {
		if (w->nlinks == w->caplinks) {
			w->caplinks = w->caplinks == 0 ? 16 : w->caplinks * 2;
			l = util_reallocarray(w->links, w->caplinks, sizeof *l);
			if (l == NULL)
				return oom(cause);
			w->links = l;
		}
		l = &w->links[w->nlinks++];
		memset(l, 0, sizeof *l);
		l->article = article;
	}
	*at = i;
	l = &w->links[i];
	if (!rare) {
		l->nweak++;	/* only words common overall: stock phrase */
		goto done;
	}
	if (m->relation == MATCH_SAME && m->names_both > 0) {
		l->nsame++;
		if (m->common >= STORY_LONG_WORDS)
			l->nlong++;
	} else if (m->names_both > 0 && names_agree(m))
		l->nsimilar++;
	else {
		l->nweak++;
		goto done;
	}
	if (l->last != sentence + 1) {
		l->nsents++;
		l->last = sentence + 1;
	}
done:
	if (m->score > l->best)
		l->best = m->score;
	return 0;
}

/* --- candidates -------------------------------------------------------- */

struct cand {
	int64_t	id;
	double	weight;
	int	nterms;
	int	rare;		/* shares a term rare overall */
};

static int
cand_by_weight(const void *a, const void *b)
{
	const struct cand	*x = a, *y = b;

	if (x->weight != y->weight)
		return x->weight < y->weight ? 1 : -1;
	return (x->id < y->id) - (x->id > y->id);	/* newer first */
}

/* Move c[i] down the heap c[0, n) whose root is its worst candidate. */
static void
cand_sift(struct cand *c, size_t n, size_t i)
{
	struct cand	t;
	size_t		w, l;

	for (;;) {
		w = i;
		l = 2 * i + 1;
		if (l < n && cand_by_weight(&c[l], &c[w]) > 0)
			w = l;
		if (l + 1 < n && cand_by_weight(&c[l + 1], &c[w]) > 0)
			w = l + 1;
		if (w == i)
			return;
		t = c[i];
		c[i] = c[w];
		c[w] = t;
		i = w;
	}
}

/*
 * Put the best m of c[0, k) first, in cand_by_weight() order, and say
 * how many there are.  The order is total (ids differ), so these are the
 * first m of the whole list sorted; a long list (a sentence at scale has
 * thousands of candidates) keeps the m best in a heap instead of being
 * sorted whole.
 */
static size_t
cand_top(struct cand *c, size_t k, size_t m)
{
	size_t	i;

	if (k > 4 * m) {
		for (i = m / 2; i-- > 0;)
			cand_sift(c, m, i);
		for (i = m; i < k; i++) {
			if (cand_by_weight(&c[i], &c[0]) < 0) {
				c[0] = c[i];
				cand_sift(c, m, 0);
			}
		}
		k = m;
	}
	qsort(c, k, sizeof *c, cand_by_weight);
	return k < m ? k : m;
}

/* A rare term of a sentence: globally (nweeks 0), or in the weeks around
 * the article's (its postings are those weeks'). */
struct rare {
	uint32_t	term;
	int		figure;		/* a count: looked up past the rarest */
	int64_t		df;		/* in its weeks when nweeks > 0 */
	int64_t		gdf;		/* overall: its weight */
	int		nweeks;
	int32_t		weeks[2 * ALIGN_WEEKS_AROUND + 1];
};

/* A postings list being merged. */
struct plrun {
	const int64_t	*ids;
	size_t		 n;
	double		 weight;
};

/* A scored candidate. */
struct scored {
	int64_t			id, article;
	int			rare;	/* struct cand's */
	int			far;	/* its article's date is far away */
	struct match_result	m;
};

/* Keep a pair of sentence a (the new article's) and res's, whose article
 * is w->links[link]. */
static int
work_found(struct work *w, int64_t a, const struct scored *res, size_t link,
    int same, char **cause)
{
	struct found	*f;

	if (w->nfound == w->capfound) {
		w->capfound = w->capfound == 0 ? 64 : w->capfound * 2;
		f = util_reallocarray(w->found, w->capfound, sizeof *f);
		if (f == NULL)
			return oom(cause);
		w->found = f;
	}
	f = &w->found[w->nfound++];
	f->a = a;
	f->b = res->id;
	f->link = link;
	f->score = res->m.score;
	f->same = same;
	return 0;
}

/*
 * `same` before `similar`, then those of articles near in time first,
 * then by score, then newest first.
 */
static int
scored_cmp(const void *a, const void *b)
{
	const struct scored	*x = a, *y = b;

	if (x->m.relation != y->m.relation)
		return x->m.relation == MATCH_SAME ? -1 : 1;
	if (x->far != y->far)
		return x->far - y->far;
	if (x->m.score != y->m.score)
		return x->m.score < y->m.score ? 1 : -1;
	return (x->id < y->id) - (x->id > y->id);
}

static int
rare_cmp(const void *a, const void *b)
{
	const struct rare	*x = a, *y = b;

	/* the rare terms overall first: they say most */
	if ((x->nweeks > 0) != (y->nweeks > 0))
		return x->nweeks > 0 ? 1 : -1;
	if (x->df != y->df)
		return (x->df > y->df) - (x->df < y->df);
	return (x->term > y->term) - (x->term < y->term);
}

/*
 * The distinct content terms of a token array (stop words left out); when
 * fig is not NULL, fig[j] says whether out[j] is a count (a figure that is
 * not a measure: "41" injured, not 41 per cent or 2021).
 */
static size_t
content_terms(const struct token *t, long n, uint32_t *out, uint8_t *fig)
{
	size_t	k = 0, j;
	long	i;

	for (i = 0; i < n; i++) {
		if (t[i].flags & TOKEN_STOP)
			continue;
		for (j = 0; j < k; j++)
			if (out[j] == t[i].term)
				break;
		if (j == k) {
			if (fig != NULL)
				fig[k] = (t[i].flags &
				    (TOKEN_NUMBER | TOKEN_MEASURE)) ==
				    TOKEN_NUMBER;
			out[k++] = t[i].term;
		}
	}
	return k;
}

/*
 * A term too common overall may be rare in the weeks around the article's
 * (a place in the news this week, a figure): its count there, and the
 * weeks it was seen in, into *r (r->df 0: never).
 */
static int
week_rare(struct align *al, const struct work *w, uint32_t term,
    struct rare *r, char **cause)
{
	struct wkey	*k;
	int32_t		 wk;

	r->term = term;
	r->df = 0;
	r->nweeks = 0;
	for (wk = w->week - ALIGN_WEEKS_AROUND;
	    wk <= w->week + ALIGN_WEEKS_AROUND; wk++) {
		if ((k = wkey_get(&al->wk, term, wk)) == NULL)
			return oom(cause);
		if (wkey_df(al, k, cause) != 0)
			return -1;
		if (k->df > 0) {
			r->df += k->df;
			r->weeks[r->nweeks++] = wk;
		}
	}
	return 0;
}

/* The postings of a term in its weeks, merged in id order (malloc'd). */
static int
week_postings(struct align *al, const struct rare *r, int64_t **out,
    size_t *n, char **cause)
{
	struct wkey	*k[2 * ALIGN_WEEKS_AROUND + 1];
	size_t		 at[2 * ALIGN_WEEKS_AROUND + 1], total = 0, m = 0;
	int64_t		*v;
	int		 i, j;

	*out = NULL;
	*n = 0;
	for (i = 0; i < r->nweeks; i++) {
		if ((k[i] = wkey_get(&al->wk, r->term, r->weeks[i])) == NULL)
			return oom(cause);
	}
	for (i = 0; i < r->nweeks; i++) {
		if (wkey_postings(al, k[i], cause) != 0)
			return -1;
		at[i] = 0;
		total += k[i]->pl.n;
	}
	if ((v = calloc(total + 1, sizeof *v)) == NULL)
		return oom(cause);
	while (m < total) {
		for (i = 0, j = -1; i < r->nweeks; i++) {
			if (at[i] < k[i]->pl.n && (j < 0 ||
			    k[i]->pl.ids[at[i]] < k[j]->pl.ids[at[j]]))
				j = i;
		}
		v[m++] = k[j]->pl.ids[at[j]++];
	}
	*out = v;
	*n = m;
	return 0;
}

/*
 * The candidates of one sentence of the new article, given its content
 * terms: *out (the caller frees) holds the *nout best, best first.
 */
static int
align_candidates(struct align *al, struct work *w, const uint32_t *terms,
    const uint8_t *fig, size_t nterms, struct cand **out, size_t *nout,
    char **cause)
{
	struct rare	*rare = NULL;
	struct cand	*c = NULL;
	struct plrun	*lists = NULL;
	struct cand	*e;
	int64_t		**owned = NULL;	/* merged week postings, by rare */
	uint32_t	*nv, stamp;
	size_t		 nrare = 0, total, i, j, k, need, cap, h;
	int64_t		 df, id;
	int		 rc = -1;

	*out = NULL;
	*nout = 0;
	if (nterms == 0)
		return 0;
	if ((rare = calloc(nterms, sizeof *rare)) == NULL)
		return oom(cause);
	for (i = 0; i < nterms; i++) {
		if (df_get(al, terms[i], &df, cause) != 0)
			goto out;
		if (df < 1 || df > ALIGN_MAX_DF)
			continue;
		rare[nrare].term = terms[i];
		rare[nrare].figure = fig[i];
		rare[nrare].df = df;
		rare[nrare].gdf = df;
		rare[nrare].nweeks = 0;
		nrare++;
	}
	/*
	 * Too few rare terms overall (a large database, a sentence of common
	 * words): the terms that are rare in the weeks around the article's
	 * (a place in this week's news, a figure) find its neighbours in time.
	 */
	for (i = 0; w->dated && nrare < ALIGN_WEEK_WANT && i < nterms; i++) {
		if (df_get(al, terms[i], &df, cause) != 0)
			goto out;
		if (df <= ALIGN_MAX_DF)
			continue;
		if (week_rare(al, w, terms[i], &rare[nrare], cause) != 0)
			goto out;
		rare[nrare].gdf = df;
		rare[nrare].figure = 0;
		if (rare[nrare].df >= 1 && rare[nrare].df <= ALIGN_MAX_DF)
			nrare++;
	}
	qsort(rare, nrare, sizeof *rare, rare_cmp);
	/*
	 * Past the rarest, the counts still: "three people were killed and 41
	 * injured" has only its figures among the rarer words of a report
	 * that also names the airline, the airport and the runway.
	 */
	if (nrare > ALIGN_TERMS) {
		for (i = j = ALIGN_TERMS; i < nrare &&
		    j < ALIGN_TERMS + ALIGN_FIGURES; i++)
			if (rare[i].figure && rare[i].nweeks == 0)
				rare[j++] = rare[i];
		nrare = j;
	}

	/*
	 * Merge the postings lists into one entry per sentence with the sum
	 * of the weights of its terms, added in the order of the terms, and
	 * keep those sharing enough terms.
	 */
	if (nrare == 0) {
		rc = 0;
		goto out;
	}
	if ((lists = calloc(nrare, sizeof *lists)) == NULL) {
		oom(cause);
		goto out;
	}
	if ((owned = calloc(nrare, sizeof *owned)) == NULL) {
		oom(cause);
		goto out;
	}
	for (i = 0, total = 0; i < nrare; i++) {
		if (rare[i].nweeks > 0) {
			if (week_postings(al, &rare[i], &owned[i], &lists[i].n,
			    cause) != 0)
				goto out;
			lists[i].ids = owned[i];
		} else if (postings_get(al, rare[i].term, &lists[i].ids,
		    &lists[i].n, cause) != 0)
			goto out;
		lists[i].weight = log((al->nsent + ALIGN_PRIOR) /
		    ((double)rare[i].gdf + 0.5));
		total += lists[i].n;
	}
	if (total == 0) {
		rc = 0;
		goto out;
	}
	/* every field of an entry is set as it is added */
	if ((c = util_reallocarray(NULL, total, sizeof *c)) == NULL) {
		oom(cause);
		goto out;
	}
	/* two shared terms out of three rare overall; else one */
	for (i = 0, j = 0; i < nrare; i++)
		j += rare[i].nweeks == 0;
	need = j >= 3 ? 2 : 1;
	/*
	 * One entry per sentence in an open-addressing table of c's indexes,
	 * the lists taken in the order of their terms, so that each entry's
	 * weights add up in that order; a sentence is in a list once.
	 */
	for (cap = 16; cap < 2 * total; cap *= 2)
		;
	if (cap > al->scap) {
		if ((nv = util_reallocarray(al->sstamp, cap, sizeof *nv)) ==
		    NULL) {
			oom(cause);
			goto out;
		}
		al->sstamp = nv;
		memset(nv + al->scap, 0, (cap - al->scap) * sizeof *nv);
		if ((nv = util_reallocarray(al->sidx, cap, sizeof *nv)) ==
		    NULL) {
			oom(cause);
			goto out;
		}
		al->sidx = nv;
		al->scap = cap;
	}
	if (++al->stamp == 0) {		/* wrapped: old stamps would match */
		memset(al->sstamp, 0, al->scap * sizeof *al->sstamp);
		al->stamp = 1;
	}
	stamp = al->stamp;
	for (i = 0, k = 0; i < nrare; i++) {
		for (j = 0; j < lists[i].n; j++) {
			id = lists[i].ids[j];
			for (h = hash_id(id, cap); al->sstamp[h] == stamp &&
			    c[al->sidx[h]].id != id; h = (h + 1) & (cap - 1))
				;
			if (al->sstamp[h] != stamp) {
				al->sstamp[h] = stamp;
				al->sidx[h] = (uint32_t)k;
				c[k].id = id;
				c[k].weight = lists[i].weight;
				c[k].nterms = 1;
				c[k++].rare = rare[i].nweeks == 0;
				continue;
			}
			e = &c[al->sidx[h]];
			e->weight += lists[i].weight;
			e->nterms++;
			if (rare[i].nweeks == 0)
				e->rare = 1;
		}
	}
	for (i = 0, j = 0; i < k; i++)
		if ((size_t)c[i].nterms >= need)
			c[j++] = c[i];
	k = j;
	*nout = cand_top(c, k, ALIGN_CANDIDATES);
	*out = c;
	c = NULL;
	rc = 0;
out:
	for (i = 0; owned != NULL && i < nrare; i++)
		free(owned[i]);
	free(owned);
	free(c);
	free(lists);
	free(rare);
	return rc;
}

/* One sentence of the new article against one candidate. */
struct pairjob {
	const struct match_sentence	*a, *b;
	size_t				 sentence;	/* of the article */
	struct scored			 r;
};

/*
 * The thread that compares half of an article's pairs while the engine's
 * thread compares the other half (align_set_threads()): it only reads the
 * matcher and the prepared sentences, which nothing changes meanwhile,
 * and writes its own scratch space and its jobs' results.
 */
struct helper {
	pthread_t		 thread;
	pthread_mutex_t		 lock;
	pthread_cond_t		 go, done;
	struct match		*mt;	/* only read */
	struct match_scratch	*sc;
	struct pairjob		*jobs;	/* the part to compare, or NULL */
	size_t			 n;
	int			 stop;
};

#define HELPER_MIN_PAIRS	16	/* fewer are compared in line */

/* Compare n jobs, in sc (NULL: the matcher's own scratch space). */
static void
compare_part(struct match *mt, struct match_scratch *sc, struct pairjob *j,
    size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (sc == NULL)
			match_compare(mt, j[i].a, j[i].b, &j[i].r.m);
		else
			match_compare_with(mt, sc, j[i].a, j[i].b,
			    &j[i].r.m);
	}
}

static void *
helper_main(void *arg)
{
	struct helper	*h = arg;

	pthread_mutex_lock(&h->lock);
	for (;;) {
		while (!h->stop && h->jobs == NULL)
			pthread_cond_wait(&h->go, &h->lock);
		if (h->stop)
			break;
		pthread_mutex_unlock(&h->lock);
		compare_part(h->mt, h->sc, h->jobs, h->n);
		pthread_mutex_lock(&h->lock);
		h->jobs = NULL;
		pthread_cond_signal(&h->done);
	}
	pthread_mutex_unlock(&h->lock);
	return NULL;
}

static void
helper_free(struct helper *h)
{
	if (h == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	h->stop = 1;
	pthread_cond_signal(&h->go);
	pthread_mutex_unlock(&h->lock);
	pthread_join(h->thread, NULL);
	pthread_cond_destroy(&h->go);
	pthread_cond_destroy(&h->done);
	pthread_mutex_destroy(&h->lock);
	match_scratch_free(h->sc);
	free(h);
}

int
align_set_threads(struct align *al, size_t n, char **cause)
{
	struct helper	*h;

	helper_free(al->hp);
	al->hp = NULL;
	if (n == 0)
		return 0;
	if ((h = calloc(1, sizeof *h)) == NULL ||
	    (h->sc = match_scratch_new()) == NULL) {
		free(h);
		return oom(cause);
	}
	h->mt = al->mt;
	pthread_mutex_init(&h->lock, NULL);
	pthread_cond_init(&h->go, NULL);
	pthread_cond_init(&h->done, NULL);
	if (pthread_create(&h->thread, NULL, helper_main, h) != 0) {
		pthread_cond_destroy(&h->go);
		pthread_cond_destroy(&h->done);
		pthread_mutex_destroy(&h->lock);
		match_scratch_free(h->sc);
		free(h);
		return 0;	/* compared in line, as without */
	}
	al->hp = h;
	return 0;
}

/*
 * Compare every job: with the helper thread, it takes the first half and
 * this thread the rest, and both are done before this returns.
 */
static void
compare_all(struct align *al, struct pairjob *j, size_t n)
{
	struct helper	*h = al->hp;
	size_t		 half;

	if (h == NULL || n < HELPER_MIN_PAIRS ||
	    match_scratch_fit(al->mt, h->sc) != 0) {
		compare_part(al->mt, NULL, j, n);
		return;
	}
	half = n / 2;
	pthread_mutex_lock(&h->lock);
	h->jobs = j;
	h->n = half;
	pthread_cond_signal(&h->go);
	pthread_mutex_unlock(&h->lock);
	compare_part(al->mt, NULL, j + half, n - half);
	pthread_mutex_lock(&h->lock);
	while (h->jobs != NULL)
		pthread_cond_wait(&h->done, &h->lock);
	pthread_mutex_unlock(&h->lock);
}

/*
 * Score every sentence i of the new article (prepared: ms[i], its id
 * sid[i]) against its candidates c[i][0, m[i]), and keep the pairs and
 * links found, sentence after sentence, the best first.  The candidates
 * are all prepared first (this may read the store), then compared (on
 * two threads if there is a helper: comparing only reads them), then
 * kept in order: the same as scoring one candidate after the other.
 */
static int
align_score(struct align *al, struct work *w, const struct store_sentence *s,
    struct match_sentence *const *ms, struct cand *const *c,
    const size_t *m, size_t ns, char **cause)
{
	struct prep	*p;
	struct pairjob	*jobs = NULL;
	struct scored	*res = NULL;
	size_t		 njobs = 0, total = 0, nres, nsim, at, link, i, k;
	size_t		 from;
	long		 day = LONG_MIN;
	enum match_relation r;
	int		 rc = -1;

	for (i = 0; i < ns; i++)
		total += m[i];
	if (total == 0)
		return 0;
	if ((jobs = calloc(total, sizeof *jobs)) == NULL ||
	    (res = calloc(total, sizeof *res)) == NULL) {
		oom(cause);
		goto out;
	}
	for (i = 0; i < ns; i++) {
		for (k = 0; k < m[i]; k++) {
			if (c[i][k].id == s[i].id)
				continue;
			if ((p = work_candidate(al, w, c[i][k].id, cause)) ==
			    NULL)
				goto out;
			jobs[njobs].a = ms[i];
			jobs[njobs].b = p->ms;
			jobs[njobs].sentence = i;
			jobs[njobs].r.id = c[i][k].id;
			jobs[njobs].r.article = p->article;
			jobs[njobs].r.rare = c[i][k].rare;
			njobs++;
		}
	}
	al->stats.compared += njobs;
	compare_all(al, jobs, njobs);

	/*
	 * Every `same` pair is kept (one wire sentence carried by a dozen
	 * outlets is a dozen pairs an editor may want to see); of the
	 * `similar` ones only the best few, or a common turn of phrase would
	 * pair each sentence with much of the database.
	 */
	for (from = 0; from < njobs; from = k) {
		i = jobs[from].sentence;
		nres = 0;
		nsim = 0;
		for (k = from; k < njobs && jobs[k].sentence == i; k++) {
			if (jobs[k].r.m.relation == MATCH_NONE)
				continue;
			res[nres] = jobs[k].r;
			/*
			 * Inside a database of many stories a sentence about
			 * other people or places is not the same fact,
			 * however alike the wording ("Schools in X will
			 * remain closed until Monday").
			 */
			if (res[nres].m.relation == MATCH_SAME &&
			    (!names_agree(&res[nres].m) ||
			    res[nres].m.figures_differ))
				res[nres].m.relation = MATCH_SIMILAR;
			res[nres].far = 0;
			nsim += res[nres].m.relation == MATCH_SIMILAR;
			nres++;
		}
		/*
		 * More `similar` pairs than are kept: the reports of the days
		 * around the article's first, as its story is told then (a
		 * river's ferry disaster of another year says more in the
		 * same words than today's other report).
		 */
		for (at = 0; nsim > ALIGN_SIMILAR && at < nres; at++) {
			if (res[at].m.relation != MATCH_SIMILAR)
				continue;
			if (article_day(al, w, res[at].article, &day,
			    cause) != 0)
				goto out;
			res[at].far = !story_near_days(w->day, day);
		}
		if (nres > 1)
			qsort(res, nres, sizeof *res, scored_cmp);
		for (at = 0, nsim = 0; at < nres; at++) {
			r = res[at].m.relation;
			if (r == MATCH_SIMILAR && nsim++ >= ALIGN_SIMILAR)
				break;
			if (work_link(w, i, res[at].article, &res[at].m,
			    res[at].rare, &link, cause) != 0 ||
			    work_found(w, s[i].id, &res[at], link,
			    r == MATCH_SAME, cause) != 0)
				goto out;
		}
	}
	rc = 0;
out:
	free(jobs);
	free(res);
	return rc;
}

/*
 * Read the candidates of all the article's sentences that the token cache
 * lacks, in id order: neighbouring sentences are neighbours in the store,
 * so a row read is mostly on a page just read (in the order the sentences
 * need them, each read was on a page of its own).  They are kept for the
 * article (this generation).
 */
static int
align_prefetch(struct align *al, struct cand *const *c, const size_t *m,
    size_t ns, char **cause)
{
	int64_t		*ids, article;
	struct token	*t;
	size_t		 n = 0, i, j, nt;
	struct tslot	*e;
	int		 rc = -1;

	for (i = 0; i < ns; i++)
		n += m[i];
	if (n == 0)
		return 0;
	if ((ids = calloc(n, sizeof *ids)) == NULL)
		return oom(cause);
	for (i = 0, n = 0; i < ns; i++)
		for (j = 0; j < m[i]; j++)
			if (tcache_get(&al->tc, c[i][j].id) == NULL)
				ids[n++] = c[i][j].id;
	qsort(ids, n, sizeof *ids, util_cmp_int64);
	for (i = 0; i < n; i++) {
		if (i > 0 && ids[i] == ids[i - 1])
			continue;
		if (candidate_read(al, ids[i], &t, &nt, &article, cause) != 0)
			goto out;
		if ((e = tcache_put(&al->tc, ids[i], article, t, nt,
		    NULL)) == NULL) {
			free(t);	/* full: work_candidate() reads it */
			break;
		}
		e->gen = al->tc.gen;
	}
	rc = 0;
out:
	free(ids);
	return rc;
}

/*
 * Index one sentence under its content terms and keep the df cache true;
 * the store learns of it at align_flush().
 */
static int
align_index(struct align *al, const struct work *w, int64_t sid,
    const uint32_t *terms, size_t nterms, char **cause)
{
	size_t		  i;
	int64_t		  df;

	for (i = 0; i < nterms; i++) {
		if (df_get(al, terms[i], &df, cause) != 0)
			return -1;
		al->df[terms[i]]++;
		if (postings_pend(al, terms[i], sid, cause) != 0)
			return -1;
		if (postings_append(al, terms[i], sid, cause) != 0)
			return -1;
		/* only common terms are looked up by week */
		if (w->dated && al->df[terms[i]] > ALIGN_MAX_DF &&
		    wkey_index(al, terms[i], w->week, sid, cause) != 0)
			return -1;
	}
	al->nsent++;
	idf_stale(al);
	al->unflushed = 1;
	return 0;
}

/* --- stories ----------------------------------------------------------- */

static char *
min_date(char *a, char *b)
{
	if (a == NULL)
		return b;
	if (b == NULL)
		return a;
	return strcmp(a, b) <= 0 ? a : b;
}

static char *
max_date(char *a, char *b)
{
	if (a == NULL)
		return b;
	if (b == NULL)
		return a;
	return strcmp(a, b) >= 0 ? a : b;
}

/* Move every article of story from into story to, then drop from. */
static int
story_merge(struct align *al, int64_t from, int64_t to, char **cause)
{
	sclaims_clear(al);
	if (store_story_move(al->st, from, to, cause) != 0)
		return -1;
	return store_story_delete(al->st, from, cause);
}

/*
 * The countries an article names (in its first ALIGN_CSENTS sentences:
 * one that names a country only in passing still names it), distinct,
 * into out; how many.
 */
static size_t
text_countries(const struct entities *e, const struct store_sentence *s,
    size_t ns, const char **out)
{
	size_t	n = 0, i;

	for (i = 0; i < ns && i < ALIGN_CSENTS && n < ALIGN_COUNTRIES; i++)
		n = entities_countries(e, s[i].text, out, n, ALIGN_COUNTRIES);
	return n;
}

/* A stored claim as the extractor's (borrowing its strings); -1 when its
 * kind is unknown to this program. */
static int
claim_from_store(const struct store_claim *sc, struct claim *c)
{
	int	kind;

	if ((kind = claim_kind_from_name(sc->kind)) < 0)
		return -1;
	memset(c, 0, sizeof *c);
	c->kind = (enum claim_kind)kind;
	c->subject = sc->subject;
	c->value = sc->value_num;
	c->high = sc->value_high > sc->value_num ? sc->value_high :
	    sc->value_num;
	c->text = sc->value_text;
	c->approx = sc->approx;
	c->hedge = sc->hedge;
	c->source = sc->source;
	return 0;
}

/*
 * How many of the new article's particular claims (w->claims) article id
 * states alike (conflict_facts_shared()).
 */
static int
facts_shared(struct align *al, const struct work *w, int64_t id, int *n,
    char **cause)
{
	struct store_claim	*v = NULL;
	struct claim		*x, *y;
	size_t			 nv = 0, nx = 0, ny = 0, i;

	*n = 0;
	if (store_claims_of_article(al->st, id, &v, &nv, cause) != 0)
		return -1;
	x = calloc(w->nclaims + 1, sizeof *x);
	y = calloc(nv + 1, sizeof *y);
	if (x == NULL || y == NULL) {
		free(x);
		free(y);
		store_claims_free(v, nv);
		return oom(cause);
	}
	for (i = 0; i < w->nclaims; i++)
		nx += claim_from_store(&w->claims[i], &x[nx]) == 0;
	for (i = 0; i < nv; i++)
		ny += claim_from_store(&v[i], &y[ny]) == 0;
	*n = (int)conflict_facts_shared(x, nx, y, ny);
	free(x);
	free(y);
	store_claims_free(v, nv);
	return 0;
}

/*
 * Whether article id names countries and none of those the new article
 * (its sentences as[0, nas)) names: two landslides, in Kenya and in
 * Nepal, told in the same words, are two stories.  The new article's are
 * read the first time they are wanted (w->ctry), the others' kept by id
 * in al->cc.
 */
static int
countries_apart(struct align *al, struct work *w,
    const struct store_sentence *as, size_t nas, int64_t id, int *apart,
    char **cause)
{
	struct store_sentence	*s = NULL;
	struct ccache		*e;
	size_t			 ns = 0, i, j;

	*apart = 0;
	if (!w->ctry_read) {
		w->nctry = text_countries(al->ent, as, nas, w->ctry);
		w->ctry_read = 1;
	}
	if (w->nctry == 0)
		return 0;
	if (al->cc == NULL &&
	    (al->cc = calloc(ALIGN_CCACHE, sizeof *al->cc)) == NULL)
		return oom(cause);
	e = &al->cc[(uint64_t)id % ALIGN_CCACHE];
	if (e->id != id) {
		if (store_sentences(al->st, id, &s, &ns, cause) != 0)
			return -1;
		e->n = text_countries(al->ent, s, ns, e->c);
		e->id = id;
		store_sentences_free(s, ns);
	}
	if (e->n == 0)
		return 0;
	for (i = 0; i < e->n; i++)
		for (j = 0; j < w->nctry; j++)
			if (strcmp(e->c[i], w->ctry[j]) == 0)
				return 0;
	*apart = 1;
	return 0;
}

/*
 * For an article dated date linked to an undated one of story id: the
 * day of that story's span nearest to date, written into out (*d = out;
 * NULL when the story has no dates), to stand for the undated article's
 * date.
 */
static int
span_date(struct align *al, int64_t id, const char *date, char out[11],
    const char **d, char **cause)
{
	struct store_story	*s;
	const char		*n;

	*d = NULL;
	if (store_story_head(al->st, id, &s, cause) != 0)
		return -1;
	if (s != NULL &&
	    (n = story_span_nearest(date, s->first_date, s->last_date)) !=
	    NULL) {
		snprintf(out, 11, "%s", n);
		*d = out;
	}
	store_story_free(s);
	return 0;
}

/*
 * Widen *end (malloc'd or NULL) to date when date is beyond it: the first
 * day when end points at a span's first, else the last.
 */
static int
span_widen(char **end, const char *date, int first)
{
	char	*d;

	if (date == NULL || (*end != NULL &&
	    (first ? strcmp(date, *end) >= 0 : strcmp(date, *end) <= 0)))
		return 0;
	if ((d = strdup(date)) == NULL)
		return -1;
	free(*end);
	*end = d;
	return 0;
}

/*
 * Whether story id may be merged into best by an undated article: their
 * spans are near (an undated article may be linked to both of two stories
 * months apart, the same stock phrases of another month's talks).
 */
static int
spans_near(struct align *al, int64_t id, int64_t best, int *near,
    char **cause)
{
	struct store_story	*x = NULL, *y = NULL;
	int			 rc = -1;

	if (store_story_head(al->st, id, &x, cause) != 0 ||
	    store_story_head(al->st, best, &y, cause) != 0)
		goto out;
	*near = x == NULL || y == NULL || story_spans_near(x->first_date,
	    x->last_date, y->first_date, y->last_date);
	rc = 0;
out:
	store_story_free(x);
	store_story_free(y);
	return rc;
}

/*
 * Put the article into the story it is most strongly linked to (merging
 * the other stories it links), or into a new story; as[0, nas) are its
 * sentences.  *story gets its id.
 * An article no single article links to strongly enough may still join
 * the one story its links to several of its articles add up to (a report
 * that paraphrases two wire stories, each a little): that never merges
 * stories.
 */
static int
align_story(struct align *al, struct work *w, const struct store_article *a,
    const struct store_sentence *as, size_t nas, int64_t *story,
    char **cause)
{
	struct store_story	*s = NULL, ns;
	struct story_link	 sl, *agg = NULL;	/* by story, asids */
	char			*date = NULL;	/* the other's, as read */
	char			 obuf[11], abuf[11];
	const char		*odate, *adate;
	int			 md;
	int64_t			*sids = NULL, *asids = NULL, best = 0, id, ostory;
	char			*mfirst = NULL, *mlast = NULL;	/* merged */
	int			*strength = NULL, bests = -1, merge, near;
	int			 apart, facts, same_days;
	size_t			 nsids = 0, nasids = 0, i, j;
	int			 rc = -1;

	if (w->nlinks > 0) {
		sids = calloc(w->nlinks, sizeof *sids);
		strength = calloc(w->nlinks, sizeof *strength);
		asids = calloc(w->nlinks, sizeof *asids);
		agg = calloc(w->nlinks, sizeof *agg);
		if (sids == NULL || strength == NULL || asids == NULL ||
		    agg == NULL) {
			oom(cause);
			goto out;
		}
	}
	for (i = 0; i < w->nlinks; i++) {
		free(date);
		if (store_article_story(al->st, w->links[i].article, &ostory,
		    &date, &md, cause) != 0)
			goto out;
		if (ostory <= 0)
			continue;
		w->links[i].story = ostory;
		/*
		 * The dates to compare: the other's, else its month and day
		 * in the year nearest this one's, else its story's span;
		 * this one's, else its month and day nearest the other's.
		 */
		odate = date;
		if (odate == NULL && a->date != NULL &&
		    (odate = story_date_near(md, a->date, obuf)) == NULL &&
		    span_date(al, ostory, a->date, obuf, &odate, cause) != 0)
			goto out;
		adate = a->date;
		if (adate == NULL && odate != NULL)
			adate = story_date_near(a->month_day, odate, abuf);
		memset(&sl, 0, sizeof sl);
		sl.nsame = w->links[i].nsame;
		sl.nsimilar = w->links[i].nsimilar;
		sl.nweak = w->links[i].nweak;
		sl.nlong = w->links[i].nlong;
		sl.nsents = w->links[i].nsents;
		sl.best = w->links[i].best;
		/*
		 * Pairs that share a name, too few to link two reports of
		 * the same days: the facts they state alike count as such
		 * pairs too (stock phrases and a fact are not enough: a
		 * week's news has many tolls of 12).
		 */
		same_days = story_near(adate, odate);
		if (w->nclaims > 0 && sl.nsame + sl.nsimilar > 0 &&
		    same_days && !story_linked(&sl, adate, odate)) {
			if (facts_shared(al, w, w->links[i].article, &facts,
			    cause) != 0)
				goto out;
			sl.nsimilar += facts;
		}
		/*
		 * Without a `same` pair, the words two reports share may be
		 * the stock phrases of one kind of news: not across countries.
		 */
		if (sl.nsame == 0 && sl.nsimilar > 0) {
			if (countries_apart(al, w, as, nas,
			    w->links[i].article, &apart, cause) != 0)
				goto out;
			if (apart)
				continue;
		}
		for (j = 0; j < nasids && asids[j] != ostory; j++)
			;
		if (same_days) {
			if (j == nasids)
				asids[nasids++] = ostory;
			agg[j].nsame += sl.nsame;
			agg[j].nsimilar += sl.nsimilar;
			agg[j].nweak += sl.nweak;
			agg[j].nlong += sl.nlong;
			agg[j].nsents += sl.nsents;
			if (sl.best > agg[j].best)
				agg[j].best = sl.best;
		}
		if (story_linked(&sl, adate, odate)) {
			for (j = 0; j < nsids; j++)
				if (sids[j] == ostory)
					break;
			if (j == nsids)
				sids[nsids++] = ostory;
			strength[j] += 4 * sl.nsame + 2 * sl.nsimilar +
			    sl.nweak;
		}
	}
	for (j = 0; j < nsids; j++) {
		if (strength[j] > bests ||
		    (strength[j] == bests && sids[j] < best)) {
			bests = strength[j];
			best = sids[j];
		}
	}
	merge = nsids < ALIGN_DIGEST;
	/*
	 * Linked to no article alone: to a story by all its articles of
	 * those days together, with two pairs that share a name at least
	 * (the stock phrases of one kind of news add up over a story).
	 */
	for (j = 0; nsids == 0 && j < nasids; j++) {
		int	st = 4 * agg[j].nsame + 2 * agg[j].nsimilar +
			    agg[j].nweak;

		if (agg[j].nsame + agg[j].nsimilar >= STORY_MIN_SIMILAR &&
		    story_linked(&agg[j], NULL, NULL) && (st > bests ||
		    (st == bests && asids[j] < best))) {
			bests = st;
			best = asids[j];
		}
	}

	memset(&ns, 0, sizeof ns);
	if (best == 0) {
		ns.title = a->title;
		ns.first_date = a->date;
		ns.last_date = a->date;
		if (store_story_put(al->st, &ns, &best, cause) != 0)
			goto out;
	} else {
		/*
		 * An article linked to many stories at once is a digest (a
		 * morning briefing, a news roundup quoting each story's lede):
		 * it joins the story it is most linked to and merges none.
		 * Two stories it links are one story told twice.
		 */
		for (j = 0; merge && j < nsids; j++) {
			if (sids[j] == best)
				continue;
			if (a->date == NULL) {
				if (spans_near(al, sids[j], best, &near,
				    cause) != 0)
					goto out;
				if (!near) {
					sids[j] = 0;	/* stays apart */
					continue;
				}
			}
			if (store_story_head(al->st, sids[j], &s,
			    cause) != 0)
				goto out;
			if (s != NULL && (span_widen(&mfirst, s->first_date, 1) !=
			    0 || span_widen(&mlast, s->last_date, 0) != 0)) {
				oom(cause);
				goto out;
			}
			store_story_free(s);
			s = NULL;
			if (story_merge(al, sids[j], best, cause) != 0)
				goto out;
			w->merged = 1;
		}
		if (store_story_head(al->st, best, &s, cause) != 0)
			goto out;
		if (s != NULL) {
			ns.id = best;
			ns.title = s->title != NULL ? s->title : a->title;
			ns.first_date = min_date(min_date(s->first_date,
			    mfirst), a->date);
			ns.last_date = max_date(max_date(s->last_date, mlast),
			    a->date);
			if (store_story_put(al->st, &ns, &id, cause) != 0)
				goto out;
		}
	}
	if (store_article_set_story(al->st, a->id, best, cause) != 0)
		goto out;
	/* the others' stories as they are now (a digest's stay apart) */
	for (i = 0; merge && i < w->nlinks; i++) {
		for (j = 0; j < nsids; j++)
			if (w->links[i].story == sids[j])
				w->links[i].story = best;
	}
	*story = best;
	rc = 0;
out:
	free(date);
	free(mfirst);
	free(mlast);
	store_story_free(s);
	free(sids);
	free(asids);
	free(agg);
	free(strength);
	return rc;
}

/*
 * Write the pairs found: every `same` one, and the `similar` ones with an
 * article of the same story.  A similar sentence of another story is a
 * turn of phrase used about other people ("Schools in X will remain
 * closed until Thursday"): most similar pairs of a large database are
 * such, and no editor compares those two articles.
 */
static int
align_pairs(struct align *al, const struct work *w, int64_t story,
    char **cause)
{
	const struct found	*f;
	size_t			 i;

	for (i = 0; i < w->nfound; i++) {
		f = &w->found[i];
		if (!f->same && w->links[f->link].story != story)
			continue;
		if (store_pair_put(al->st, f->a, f->b, f->same ? STORE_SAME :
		    STORE_SIMILAR, f->score, NULL, cause) != 0)
			return -1;
	}
	return 0;
}

/* --- claims and conflicts -------------------------------------------- */

/* Remember a kind and subject the article claims about (once). */
static int
work_key(struct work *w, enum claim_kind kind, const char *subject,
    char **cause)
{
	struct key	*k;
	size_t		 i;

	for (i = 0; i < w->nkeys; i++) {
		if (w->keys[i].kind == kind && (subject == NULL ?
		    w->keys[i].subject == NULL : (w->keys[i].subject != NULL &&
		    strcmp(w->keys[i].subject, subject) == 0)))
			return 0;
	}
	if ((k = util_reallocarray(w->keys, w->nkeys + 1, sizeof *k)) == NULL)
		return oom(cause);
	w->keys = k;
	k[w->nkeys].kind = kind;
	k[w->nkeys].subject = NULL;
	if (subject != NULL &&
	    (k[w->nkeys].subject = util_strdup(subject)) == NULL)
		return oom(cause);
	w->nkeys++;
	return 0;
}

/* Keep a copy of a claim as the store now holds it (id, article). */
static int
work_claim(struct work *w, const struct store_claim *sc, int64_t id,
    int64_t article, char **cause)
{
	struct store_claim	*v, *c;

	if ((v = util_reallocarray(w->claims, w->nclaims + 1, sizeof *v)) ==
	    NULL)
		return oom(cause);
	w->claims = v;
	c = &v[w->nclaims];
	memset(c, 0, sizeof *c);
	c->id = id;
	c->sentence = sc->sentence;
	c->article = article;
	c->has_num = sc->has_num;
	c->value_num = sc->has_num ? sc->value_num : 0;
	/* as claim_row() reads it back: the high end, else the figure */
	c->value_high = sc->has_num && sc->value_high > sc->value_num ?
	    sc->value_high : c->value_num;
	c->approx = sc->approx != 0;
	w->nclaims++;
	if ((c->kind = util_strdup(sc->kind)) == NULL ||
	    (sc->subject != NULL &&
	    (c->subject = util_strdup(sc->subject)) == NULL) ||
	    (sc->value_text != NULL &&
	    (c->value_text = util_strdup(sc->value_text)) == NULL) ||
	    (sc->hedge != NULL &&
	    (c->hedge = util_strdup(sc->hedge)) == NULL) ||
	    (sc->source != NULL &&
	    (c->source = util_strdup(sc->source)) == NULL))
		return oom(cause);
	return 0;
}

/* Whether a claim is related to one the article made (see conflict.h). */
static int
work_related(const struct work *w, enum claim_kind kind, const char *subject)
{
	size_t	i;

	for (i = 0; i < w->nkeys; i++)
		if (conflict_related(w->keys[i].kind, w->keys[i].subject,
		    kind, subject))
			return 1;
	return 0;
}

/* Extract the article's claims and store them. */
static int
align_claims(struct align *al, struct work *w, const struct store_article *a,
    const struct store_sentence *s, size_t ns, const struct claim_list *given,
    char **cause)
{
	const char		**texts = NULL;
	struct claims_ctx	  ctx;
	struct claim_list	 *cl = NULL;
	struct store_claim	  sc;
	const struct claim	 *c;
	int64_t			  id;
	size_t			  i;
	int			  rc = -1;

	if (ns == 0)
		return 0;
	if (given == NULL) {
		if ((texts = calloc(ns, sizeof *texts)) == NULL)
			return oom(cause);
		for (i = 0; i < ns; i++)
			texts[i] = s[i].text;
		memset(&ctx, 0, sizeof ctx);
		ctx.title = a->title;
		ctx.ent = al->ent;
		ctx.date = a->date;
		if (claims_extract(texts, ns, &ctx, &cl, cause) != 0)
			goto out;
		given = cl;
	}
	for (i = 0; i < given->n; i++) {
		c = &given->v[i];
		if (c->sentence >= ns)
			continue;
		memset(&sc, 0, sizeof sc);
		sc.sentence = s[c->sentence].id;
		sc.kind = (char *)claim_kind_name(c->kind);
		sc.subject = c->subject;
		sc.has_num = claim_kind_is_count(c->kind);
		sc.value_num = c->value;
		sc.value_high = c->high;
		sc.value_text = c->text;
		sc.approx = c->approx;
		sc.hedge = (char *)c->hedge;
		sc.source = c->source;
		if (store_claim_add(al->st, &sc, &id, cause) != 0)
			goto out;
		if (work_key(w, c->kind, c->subject, cause) != 0 ||
		    work_claim(w, &sc, id, a->id, cause) != 0)
			goto out;
	}
	rc = 0;
out:
	claims_free(cl);
	free(texts);
	return rc;
}

static int
same_subject(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/*
 * The main claim of a sentence about what claim c speaks of: the first
 * one of the same kind and subject.  A sentence's first figure or place
 * is what it asserts; later ones are often counter-positions it reports
 * ("offered Minsk; the other side wanted Warsaw").
 */
static const struct claim *
main_claim(const struct conflict_in *in, size_t n, long sentence,
    const struct claim *c)
{
	size_t	lo = 0, hi = n, mid, i;

	/* in[] is in sentence order (then claim id): its first one */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (in[mid].sentence < sentence)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < n && in[i].sentence == sentence; i++) {
		if (in[i].c->kind == c->kind &&
		    same_subject(in[i].c->subject, c->subject))
			return in[i].c;
	}
	return c;
}

static int
in_by_claim(const void *a, const void *b)
{
	const struct conflict_in *x = *(const struct conflict_in *const *)a;
	const struct conflict_in *y = *(const struct conflict_in *const *)b;

	return (x->claim > y->claim) - (x->claim < y->claim);
}

/* The claim id in byid[0, n) (sorted by in_by_claim), or NULL. */
static const struct conflict_in *
find_claim(const struct conflict_in *const *byid, size_t n, long id)
{
	size_t	lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (byid[mid]->claim < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && byid[lo]->claim == id ? byid[lo] : NULL;
}

/*
 * A pair of sentences carries a conflict only if their main claims about
 * the thing in dispute disagree: a sentence that reports the offer of
 * Minsk and then the counter-offer of Warsaw does not contradict another
 * report of Minsk, but does contradict a report of Warsaw.
 */
static int
pair_mains_agree(const struct conflict_in *in,
    const struct conflict_in *const *byid, size_t n,
    const struct conflict_pair *p)
{
	const struct conflict_in	*x, *y;

	x = find_claim(byid, n, p->claim_a);
	y = find_claim(byid, n, p->claim_b);
	if (x == NULL || y == NULL)
		return 0;
	return conflict_claims_agree(main_claim(in, n, x->sentence, x->c),
	    main_claim(in, n, y->sentence, y->c));
}

static int
same_ids(const int64_t *a, size_t na, const int64_t *b, size_t nb)
{
	return na == nb && (na == 0 || memcmp(a, b, na * sizeof *a) == 0);
}

static int
same_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* The stored conflict of this kind and subject not yet matched, or n. */
static size_t
conflict_same_group(const struct store_conflict *old, size_t n,
    const unsigned char *used, const char *kind, const char *subject)
{
	size_t	i;

	for (i = 0; i < n; i++) {
		if (used[i] || strcmp(old[i].kind, kind) != 0)
			continue;
		if (old[i].subject == NULL || subject == NULL ?
		    old[i].subject == subject :
		    strcasecmp(old[i].subject, subject) == 0)
			return i;
	}
	return n;
}

/*
 * Once per story (while the set lasts): the conflict pairs the store
 * already holds for it go into the set, so that a process new to a long
 * story does not put each of them again (a put of a pair as it is stored
 * changes nothing, but costs a statement).  The mark that the story was
 * read is the pair (-story, 0), which no real pair is; it goes with the
 * set when the set is emptied.
 */
static int
cpairs_load(struct align *al, int64_t story, char **cause)
{
	int64_t	*ab = NULL;
	size_t	 n = 0, i;

	if (story <= 0 || pairset_has(&al->cp, -story, 0))
		return 0;
	if (store_conflict_pairs_of_story(al->st, story, &ab, &n, cause) != 0)
		return -1;
	for (i = 0; i < n; i++)
		cpairs_add(&al->cp, ab[2 * i], ab[2 * i + 1]);
	cpairs_add(&al->cp, -story, 0);
	free(ab);
	return 0;
}

/*
 * Agreement: a sentence of the new article whose main claim agrees with
 * the main claim of a sentence of another article of its story ("Ten
 * people were confirmed dead", "At least 10 people have been killed";
 * "will be signed in Abu Dhabi", "the ceremony would take place in Abu
 * Dhabi") states the same fact in other words: a `similar` pair where
 * the matcher found none (a pair already there stays as it is), with the
 * ALIGN_AGREE_MAX newest such sentences of the story.  in[] is the story's
 * claims in sentence order.
 */
static int
agree_pairs(struct align *al, const struct work *w,
    const struct conflict_in *in, size_t nin, char **cause)
{
	struct store_pair	*p;
	size_t			 i, j, met;
	int64_t			 a, b;

	for (i = 0; i < nin; i++) {
		if (in[i].article != w->article ||
		    main_claim(in, nin, in[i].sentence, in[i].c) != in[i].c)
			continue;
		/* the newest first (in[] is in sentence order), a few:
		 * a toll carried by every outlet of a long story is not a
		 * thousand pairs a sentence */
		for (j = nin, met = 0; j-- > 0 && met < ALIGN_AGREE_MAX;) {
			if (in[j].article == w->article ||
			    in[j].sentence == in[i].sentence ||
			    !conflict_same_fact(in[i].c, in[j].c) ||
			    main_claim(in, nin, in[j].sentence, in[j].c) !=
			    in[j].c)
				continue;
			a = in[i].sentence < in[j].sentence ? in[i].sentence :
			    in[j].sentence;
			b = in[i].sentence < in[j].sentence ? in[j].sentence :
			    in[i].sentence;
			met++;
			if (pairset_has(&al->cp, a, b))
				continue;
			if (store_pair_get(al->st, a, b, &p, cause) != 0)
				return -1;
			if (p != NULL) {
				free(p);
				continue;
			}
			if (store_pair_put(al->st, a, b, STORE_SIMILAR,
			    ALIGN_AGREE_SCORE, NULL, cause) != 0)
				return -1;
		}
	}
	return 0;
}

/*
 * Compute the conflicts of a story again from all its claims and store
 * what changed: a group found before keeps its id (its claims and reason
 * updated in place), new groups are added, groups that vanished (a story
 * merged into another) are dropped.  Then mark the sentence pairs that
 * carry a conflict.
 */
static int
align_conflicts(struct align *al, struct work *w, int64_t story,
    char **cause)
{
	const struct store_claim *sc = NULL;
	struct store_conflict	*old = NULL;
	struct claim		*cv = NULL;
	struct conflict_in	*in = NULL;
	const struct conflict_in **byid = NULL;
	struct conflict_set	*cs = NULL;
	struct store_conflict	 x;
	int64_t			*ids = NULL, id, pa, pb;
	size_t			 n = 0, nold = 0, i, j, nin = 0;
	unsigned char		*used = NULL;
	long			 focus;
	int			 kind, rc = -1;

	/* Nothing new to compare and nothing merged: nothing changes. */
	if (w != NULL && !w->merged && w->nkeys == 0)
		return 0;
	if (sclaims_get(al, w, story, &sc, &n, cause) != 0)
		return -1;
	if (store_conflicts_of_story(al->st, story, &old, &nold, cause) != 0)
		goto out;
	if ((used = calloc(nold + 1, 1)) == NULL) {
		oom(cause);
		goto out;
	}
	/*
	 * Without a merge only the groups the new claims are related to can
	 * change: the others are left as they are (marked used).
	 */
	for (i = 0; w != NULL && !w->merged && i < nold; i++) {
		if ((kind = claim_kind_from_name(old[i].kind)) < 0 ||
		    !work_related(w, (enum claim_kind)kind, old[i].subject))
			used[i] = 1;
	}
	cv = calloc(n + 1, sizeof *cv);
	in = calloc(n + 1, sizeof *in);
	if (cv == NULL || in == NULL) {
		oom(cause);
		goto out;
	}
	for (i = 0, j = 0; i < n; i++) {
		if (claim_from_store(&sc[i], &cv[j]) != 0)
			continue;
		if (w != NULL && !w->merged && !work_related(w, cv[j].kind,
		    sc[i].subject))
			continue;
		in[j].claim = (long)sc[i].id;
		in[j].article = (long)sc[i].article;
		in[j].story = (long)story;
		in[j].sentence = (long)sc[i].sentence;
		in[j].c = &cv[j];
		j++;
	}
	nin = j;
	/* without a merge, the pairs to mark are the new article's: the
	 * others were marked when their articles came */
	focus = w == NULL || w->merged ? 0 : (long)w->article;
	if (conflict_find(in, nin, focus, &cs, cause) != 0)
		goto out;
	for (i = 0; i < cs->n; i++) {
		const struct conflict	*c = &cs->v[i];
		const char		*kname = claim_kind_name(c->kind);
		size_t			 k;

		free(ids);
		if ((ids = calloc(c->nclaims + 1, sizeof *ids)) == NULL) {
			oom(cause);
			goto out;
		}
		for (j = 0; j < c->nclaims; j++)
			ids[j] = c->claims[j];
		qsort(ids, c->nclaims, sizeof *ids, util_cmp_int64);
		/*
		 * The same group found again keeps its id, so the verdicts
		 * editors gave it stay with it as articles add claims.
		 */
		k = conflict_same_group(old, nold, used, kname, c->subject);
		if (k < nold) {
			used[k] = 1;
			if (!same_ids(old[k].claims, old[k].nclaims, ids,
			    c->nclaims) || !same_text(old[k].reason,
			    c->reason)) {
				if (store_conflict_update(al->st, old[k].id,
				    c->reason, ids, c->nclaims, cause) != 0)
					goto out;
			}
			continue;
		}
		memset(&x, 0, sizeof x);
		x.story = story;
		x.kind = (char *)kname;
		x.subject = c->subject;
		x.reason = c->reason;
		x.claims = ids;
		x.nclaims = c->nclaims;
		if (store_conflict_add(al->st, &x, &id, cause) != 0)
			goto out;
	}
	for (i = 0; i < nold; i++) {
		if (!used[i] &&
		    store_conflict_delete(al->st, old[i].id, cause) != 0)
			goto out;
	}
	if (cs->npairs > 0) {
		if ((byid = calloc(nin + 1, sizeof *byid)) == NULL) {
			oom(cause);
			goto out;
		}
		for (i = 0; i < nin; i++)
			byid[i] = &in[i];
		qsort(byid, nin, sizeof *byid, in_by_claim);
	}
	/* the new article's sentences were in no conflict pair before;
	 * after a merge, all the story's pairs are listed again */
	if (cs->npairs > 0 && focus == 0 && cpairs_load(al, story, cause) != 0)
		goto out;
	for (i = 0; i < cs->npairs; i++) {
		pa = cs->pairs[i].a < cs->pairs[i].b ? cs->pairs[i].a :
		    cs->pairs[i].b;
		pb = cs->pairs[i].a < cs->pairs[i].b ? cs->pairs[i].b :
		    cs->pairs[i].a;
		if (pa == pb || pairset_has(&al->cp, pa, pb) ||
		    pair_mains_agree(in, byid, nin, &cs->pairs[i]))
			continue;
		if (store_pair_put(al->st, pa, pb, STORE_CONFLICT, 1.0, NULL,
		    cause) != 0)
			goto out;
		cpairs_add(&al->cp, pa, pb);
	}
	if (w != NULL && agree_pairs(al, w, in, nin, cause) != 0)
		goto out;
	rc = 0;
out:
	free(used);
	free(ids);
	conflict_free(cs);
	free(byid);
	free(in);
	free(cv);
	store_conflicts_free(old, nold);
	return rc;
}

/* --- the article ------------------------------------------------------- */

/* Store a sentence's tokens for when it is a candidate. */
static int
keep_tokens(struct align *al, int64_t sid, int64_t article,
    const struct token *t, size_t n, char **cause)
{
	unsigned char	*data;
	long		 len;
	int		 rc;

	if ((len = tokens_encode(al->tk, t, n, &data, cause)) < 0)
		return -1;
	rc = store_tokens_put(al->st, sid, article, data, (size_t)len, cause);
	free(data);
	if (rc == 0 && al->memo != NULL)
		(void)tokmemo_put(al->memo, sid, article, t, n);
	return rc;
}

/*
 * The article's claims, extracted from the parsed article on an import's
 * parsing thread (ingest.h): the same sentences, title and date that the
 * store will hold, and only read-only tables of the engine (entities).
 */
void *
align_prepare(void *arg, const struct article *a)
{
	struct align		 *al = arg;
	const char		**texts;
	struct claims_ctx	  ctx;
	struct claim_list	 *cl = NULL;
	char			 *cause = NULL;
	size_t			  i;

	if (a->nsentences == 0 ||
	    (texts = calloc(a->nsentences, sizeof *texts)) == NULL)
		return NULL;
	for (i = 0; i < a->nsentences; i++)
		texts[i] = a->sentences[i].text != NULL ?
		    a->sentences[i].text : "";
	memset(&ctx, 0, sizeof ctx);
	ctx.title = a->title;
	ctx.ent = al->ent;
	ctx.date = a->date;
	if (claims_extract(texts, a->nsentences, &ctx, &cl, &cause) != 0) {
		free(cause);
		cl = NULL;
	}
	free(texts);
	return cl;
}

void
align_prep_free(void *arg, void *prep)
{
	(void)arg;
	claims_free(prep);
}

static int
article_with(struct align *al, int64_t article,
    const struct claim_list *given, char **cause);

int
align_article(struct align *al, int64_t article, char **cause)
{
	return article_with(al, article, NULL, cause);
}

/* align_article(), with the article's claims when given is not NULL. */
static int
article_with(struct align *al, int64_t article,
    const struct claim_list *given, char **cause)
{
	struct store_article	*a = NULL;
	struct store_sentence	*s = NULL;
	struct token		**tok = NULL;
	long			*ntok = NULL;
	struct match_sentence	**ms = NULL;
	struct cand		**cand = NULL;	/* by sentence */
	size_t			*ncand = NULL;
	uint32_t		*terms = NULL;
	uint8_t			*fig = NULL;
	size_t			 ns = 0, i, nt, maxtok = 0;
	struct work		 w;
	int64_t			 story = 0;
	long			 day;
	int			 rc = -1;
	double			 t = util_clock();

	memset(&w, 0, sizeof w);
	if (align_sync(al, cause) != 0)
		return -1;
	tcache_next(&al->tc);
	postings_trim(al);
	if (al->wk.n > ALIGN_WKEYS_KEPT) {
		if (wmap_flush(al, cause) != 0)
			return -1;
		wmap_clear(&al->wk);
	}
	if (store_article_get(al->st, article, &a, cause) != 0)
		return -1;
	if (a == NULL) {
		util_cause(cause, _("no article %lld"), (long long)article);
		return -1;
	}
	w.article = article;
	w.date = a->date;
	if ((w.day = day = story_day(a->date)) != LONG_MIN) {
		w.dated = 1;
		w.week = (int32_t)(day >= 0 ? day / ALIGN_WEEK_DAYS :
		    -((-day + ALIGN_WEEK_DAYS - 1) / ALIGN_WEEK_DAYS));
	}
	if (store_sentences(al->st, article, &s, &ns, cause) != 0)
		goto out;
	step_done(al, ALIGN_STEP_READ, &t);
	if (ns > 0) {
		tok = calloc(ns, sizeof *tok);
		ntok = calloc(ns, sizeof *ntok);
		ms = calloc(ns, sizeof *ms);
		if (tok == NULL || ntok == NULL || ms == NULL) {
			oom(cause);
			goto out;
		}
	}
	for (i = 0; i < ns; i++) {
		ntok[i] = tokens_split(al->tk, s[i].text, strlen(s[i].text),
		    &tok[i], cause);
		if (ntok[i] < 0)
			goto out;
		if ((size_t)ntok[i] > maxtok)
			maxtok = (size_t)ntok[i];
		if (keep_tokens(al, s[i].id, article, tok[i],
		    (size_t)ntok[i], cause) != 0)
			goto out;
		ms[i] = match_prepare_tokens(al->mt, tok[i], (size_t)ntok[i],
		    align_idf, al, cause);
		if (ms[i] == NULL)
			goto out;
	}
	if ((terms = calloc(maxtok + 1, sizeof *terms)) == NULL ||
	    (fig = calloc(maxtok + 1, sizeof *fig)) == NULL) {
		oom(cause);
		goto out;
	}

	step_done(al, ALIGN_STEP_PREPARE, &t);
	/* Candidates first, against the database as it was. */
	if (ns > 0 && ((cand = calloc(ns, sizeof *cand)) == NULL ||
	    (ncand = calloc(ns, sizeof *ncand)) == NULL)) {
		oom(cause);
		goto out;
	}
	for (i = 0; i < ns; i++) {
		nt = content_terms(tok[i], ntok[i], terms, fig);
		if (align_candidates(al, &w, terms, fig, nt, &cand[i],
		    &ncand[i], cause) != 0)
			goto out;
	}
	step_done(al, ALIGN_STEP_CANDIDATES, &t);
	if (align_prefetch(al, cand, ncand, ns, cause) != 0)
		goto out;
	step_done(al, ALIGN_STEP_TOKENS, &t);
	if (align_score(al, &w, s, ms, cand, ncand, ns, cause) != 0)
		goto out;
	step_done(al, ALIGN_STEP_COMPARE, &t);
	/* Then index the article's own sentences. */
	for (i = 0; i < ns; i++) {
		nt = content_terms(tok[i], ntok[i], terms, NULL);
		if (align_index(al, &w, s[i].id, terms, nt, cause) != 0)
			goto out;
	}
	step_done(al, ALIGN_STEP_INDEX, &t);
	if (align_claims(al, &w, a, s, ns, given, cause) != 0)
		goto out;
	step_done(al, ALIGN_STEP_CLAIMS, &t);
	if (align_story(al, &w, a, s, ns, &story, cause) != 0 ||
	    align_pairs(al, &w, story, cause) != 0)
		goto out;
	step_done(al, ALIGN_STEP_STORY, &t);
	if (align_conflicts(al, &w, story, cause) != 0)
		goto out;
	/* The article's sentences will be candidates of the next ones. */
	for (i = 0; i < ns; i++)
		if (tcache_put(&al->tc, s[i].id, article, NULL,
		    (size_t)ntok[i], ms[i]) != NULL)
			ms[i] = NULL;	/* else freed below */
	step_done(al, ALIGN_STEP_CONFLICTS, &t);
	al->stats.articles++;
	rc = 0;
out:
	work_free(&w);
	for (i = 0; i < ns; i++) {
		if (tok != NULL)
			free(tok[i]);
		if (ms != NULL)
			match_sentence_free(ms[i]);
		if (cand != NULL)
			free(cand[i]);
	}
	free(cand);
	free(ncand);
	free(tok);
	free(ntok);
	free(ms);
	free(terms);
	free(fig);
	store_sentences_free(s, ns);
	store_article_free(a);
	return rc;
}

void
align_stats(const struct align *al, struct align_stats *out)
{
	if (al == NULL)
		memset(out, 0, sizeof *out);
	else
		*out = al->stats;
}

const char *
align_step_name(enum align_step step)
{
	static const char *const names[ALIGN_NSTEPS] = {
		N_("read the article"),
		N_("prepare its sentences"),
		N_("look up candidates"),
		N_("read candidates' tokens"),
		N_("prepare and compare"),
		N_("index its sentences"),
		N_("its claims"),
		N_("its story and pairs"),
		N_("its story's conflicts"),
		N_("write the index"),
	};

	if ((size_t)step >= ALIGN_NSTEPS)
		return "";
	return names[step];
}

void
align_ingest_options(struct align *al, struct ingest_options *io)
{
	io->after_add = align_hook;
	io->after_add_arg = al;
	io->prepare = align_prepare;
	io->prep_free = align_prep_free;
	io->before_commit = align_commit_hook;
	io->after_rollback = align_rollback_hook;
}

int
align_hook(void *arg, struct store *st, int64_t article, void *prep,
    char **cause)
{
	struct align	*al = arg;

	(void)st;
	return article_with(al, article, prep, cause);
}

/*
 * Forget what the store may have changed under the engine: counts,
 * postings, time keys, stories' conflicts and claims.  The tokens of
 * sentences (the token cache and the memo) stay: a stored sentence never
 * changes and ids are not reused while it lives (a colleague's `align`
 * after the alias table changed splits them again, but this engine splits
 * its own with the tables it loaded either way).
 */
static void
forget_index(struct align *al)
{
	if (al->pl != NULL) {
		postings_unpend(al);
		postings_drop(al);
	}
	free(al->pl);
	al->pl = NULL;
	free(al->df);
	al->df = NULL;
	free(al->tid);
	al->tid = NULL;
	free(al->idf);
	al->idf = NULL;
	free(al->idfat);
	al->idfat = NULL;
	al->ndf = 0;
	idf_stale(al);
	wmap_clear(&al->wk);
	pairset_clear(&al->cp);
	sclaims_clear(al);
	al->unflushed = 0;
}

/* Forget everything learnt from the store. */
static void
forget(struct align *al)
{
	forget_index(al);
	tcache_clear(&al->tc);
	if (al->memo != NULL)
		tokmemo_clear(al->memo);
}

/*
 * Another connection committed since the engine last looked (a colleague
 * importing into the same database, or aligning it again): what the engine
 * keeps of the index no longer says what the store holds, so that the
 * articles the other one added would never be found as candidates, and
 * their terms would be counted wrong.  Called before an article, while
 * nothing is waiting to be written (within one transaction nobody else
 * commits, so the first article of each is where a change shows).
 */
static int
align_sync(struct align *al, char **cause)
{
	int64_t	v;

	if (al->unflushed)
		return 0;
	if (store_data_version(al->st, &v, cause) != 0)
		return -1;
	if (v == al->version)
		return 0;
	forget_index(al);
	/* articles never change, but ids are only the store's to vouch for */
	if (al->cc != NULL)
		memset(al->cc, 0, ALIGN_CCACHE * sizeof *al->cc);
	if (al->dc != NULL)
		memset(al->dc, 0, ALIGN_DCACHE * sizeof *al->dc);
	if (indexed_count(al, cause) != 0)
		return -1;
	al->version = v;
	return 0;
}

void
align_rollback(struct align *al)
{
	if (al == NULL)
		return;
	forget(al);
	(void)indexed_count(al, NULL);	/* else the old count stays */
}

void
align_rollback_hook(void *arg, struct store *st)
{
	(void)st;
	align_rollback(arg);
}

struct all_state {
	struct align	*al;
	int64_t		*ids;
	size_t		 n, cap;
};

static int
collect_id(void *arg, const struct store_article *a)
{
	struct all_state	*as = arg;
	int64_t			*p;

	if (as->n == as->cap) {
		as->cap = as->cap == 0 ? 1024 : as->cap * 2;
		if ((p = util_reallocarray(as->ids, as->cap, sizeof *p)) ==
		    NULL)
			return -1;
		as->ids = p;
	}
	as->ids[as->n++] = a->id;
	return 0;
}

int
align_all(struct align *al,
    void (*progress)(void *arg, int64_t done, int64_t total), void *arg,
    char **cause)
{
	struct all_state	 as;
	size_t			 i;
	int			 rc;

	memset(&as, 0, sizeof as);
	as.al = al;
	if ((rc = store_articles_each(al->st, collect_id, &as, cause)) != 0) {
		if (rc > 0)
			oom(cause);
		free(as.ids);
		return -1;
	}
	if (store_map(al->st, cause) != 0 || store_begin_batch(al->st, cause) != 0)
		goto fail;
	if (store_clear_derived(al->st, STORE_CLEAR_INDEX, cause) != 0 ||
	    store_pending_clear(al->st, cause) != 0)
		goto rollback;
	forget(al);
	al->nsent = 0;
	idf_stale(al);
	for (i = 0; i < as.n; i++) {
		if (align_article(al, as.ids[i], cause) != 0)
			goto rollback;
		if (progress != NULL)
			progress(arg, (int64_t)i + 1, (int64_t)as.n);
	}
	if (align_flush(al, cause) != 0 || store_commit(al->st, cause) != 0)
		goto rollback;
	free(as.ids);
	return 0;
rollback:
	store_rollback(al->st);
	align_rollback(al);
fail:
	free(as.ids);
	return -1;
}

int
align_pending(struct align *al,
    void (*progress)(void *arg, int64_t done, int64_t total), void *arg,
    char **cause)
{
	int64_t	*ids = NULL, total, done = 0;
	size_t	 n, i;

	if (store_pending_count(al->st, &total, cause) != 0)
		return -1;
	if (total > ALIGN_PENDING_BATCH && store_map(al->st, cause) != 0)
		return -1;
	for (;;) {
		/* The list is read inside the transaction: another process
		 * aligning the same list waits, then finds it shorter. */
		if (store_begin_batch(al->st, cause) != 0)
			return -1;
		if (store_pending_ids(al->st, ALIGN_PENDING_BATCH, &ids, &n,
		    cause) != 0)
			goto rollback;
		if (n == 0)
			break;
		for (i = 0; i < n; i++) {
			if (align_article(al, ids[i], cause) != 0 ||
			    store_pending_done(al->st, ids[i], cause) != 0)
				goto rollback;
			done++;
			if (progress != NULL)
				progress(arg, done, total > done ? total :
				    done);
		}
		if (align_flush(al, cause) != 0 ||
		    store_commit(al->st, cause) != 0)
			goto rollback;
		free(ids);
		ids = NULL;
	}
	free(ids);
	return store_commit(al->st, cause);
rollback:
	store_rollback(al->st);
	align_rollback(al);
	free(ids);
	return -1;
}
