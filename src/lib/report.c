/*
 * report.c: gathering a story for the report, and the writers.
 *
 * report_story_load() reads everything the report shows about one story
 * from the store into a struct report_story (sentences and claims sorted by
 * id, so the writers look them up with bsearch; articles in date order);
 * the writers never touch the store.
 * report_write() loads one story at a time, hands it to the format's story
 * writer and frees it, so memory stays bounded by the largest story.
 * Markdown, plain text and HTML share one story writer (text_story), which
 * takes the markup of each piece from the format's struct layout; JSON has
 * its own.
 *
 * Every text that comes from an article, an outlet, an editor or a note
 * goes through report_escape() for the format at hand: the HTML page is
 * safe to open, the Markdown renders as the text it quotes and the plain
 * text carries no control characters to a terminal.  Numbers are written
 * without the locale (JSON needs a full stop as decimal point).
 */
#include "report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistr.h>

#define REPORT_PAGE	100	/* rows per store page while gathering */

/* --- growable text ---------------------------------------------------- */

struct buf {
	char	*p;
	size_t	 len, cap;
	int	 nomem;
};

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	char	*np;
	size_t	 cap;

	if (b->nomem)
		return;
	if (b->len + n + 1 > b->cap) {
		cap = b->cap == 0 ? 64 : b->cap;
		while (cap < b->len + n + 1)
			cap *= 2;
		if ((np = realloc(b->p, cap)) == NULL) {
			b->nomem = 1;
			return;
		}
		b->p = np;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* Markdown punctuation that can start markup anywhere in a line. */
static const char md_special[] = "\\`*_[]<>|#!~&";

/* Add the UTF-8 character at p (U+FFFD for a bad byte); its length. */
static size_t
escape_utf8(struct buf *b, enum report_format f, const unsigned char *p,
    const unsigned char *end)
{
	ucs4_t	uc;
	int	n;

	if ((n = u8_mbtoucr(&uc, p, (size_t)(end - p))) < 0) {
		buf_add(b, "\xef\xbf\xbd", 3);	/* not UTF-8 */
		return 1;
	}
	if (f != REPORT_JSON && uc >= 0x80 && uc <= 0x9f)
		buf_add(b, " ", 1);			/* C1 control */
	else
		buf_add(b, (const char *)p, (size_t)n);
	return (size_t)n;
}

char *
report_escape(enum report_format f, const char *s)
{
	struct buf		 b;
	const unsigned char	*p, *end;
	char			 tmp[8];

	memset(&b, 0, sizeof b);
	buf_add(&b, "", 0);
	end = (const unsigned char *)s + strlen(s);
	for (p = (const unsigned char *)s; p < end; p++) {
		if (*p >= 0x80) {
			p += escape_utf8(&b, f, p, end) - 1;
			continue;
		}
		if (f == REPORT_JSON) {
			if (*p == '"' || *p == '\\') {
				tmp[0] = '\\';
				tmp[1] = (char)*p;
				buf_add(&b, tmp, 2);
			} else if (*p == '\n')
				buf_add(&b, "\\n", 2);
			else if (*p == '\t')
				buf_add(&b, "\\t", 2);
			else if (*p < 0x20) {
				snprintf(tmp, sizeof tmp, "\\u%04x", *p);
				buf_add(&b, tmp, 6);
			} else
				buf_add(&b, (const char *)p, 1);
			continue;
		}
		/* C0 controls and DEL become spaces. */
		if (*p < 0x20 || *p == 0x7f) {
			buf_add(&b, " ", 1);
			continue;
		}
		if (f == REPORT_HTML) {
			switch (*p) {
			case '&':
				buf_add(&b, "&amp;", 5);
				continue;
			case '<':
				buf_add(&b, "&lt;", 4);
				continue;
			case '>':
				buf_add(&b, "&gt;", 4);
				continue;
			case '"':
				buf_add(&b, "&quot;", 6);
				continue;
			case '\'':
				buf_add(&b, "&#39;", 5);
				continue;
			}
		} else if (f == REPORT_MD && strchr(md_special, *p) != NULL)
			buf_add(&b, "\\", 1);
		buf_add(&b, (const char *)p, 1);
	}
	if (b.nomem) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

const char *
report_format_name(enum report_format f)
{
	switch (f) {
	case REPORT_MD:
		return "md";
	case REPORT_TXT:
		return "txt";
	case REPORT_JSON:
		return "json";
	case REPORT_HTML:
		return "html";
	}
	return "md";
}

int
report_format_parse(const char *s, enum report_format *f)
{
	static const enum report_format	all[] = {
		REPORT_MD, REPORT_TXT, REPORT_JSON, REPORT_HTML
	};
	size_t				i;

	for (i = 0; i < PX_NITEMS(all); i++) {
		if (strcmp(s, report_format_name(all[i])) == 0) {
			*f = all[i];
			return 0;
		}
	}
	if (strcmp(s, "markdown") == 0 || strcmp(s, "text") == 0) {
		*f = s[0] == 'm' ? REPORT_MD : REPORT_TXT;
		return 0;
	}
	return -1;
}

/* --- gathering -------------------------------------------------------- */

static int
cmp_id(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

static int
cmp_sentence(const void *a, const void *b)
{
	return cmp_id(((const struct store_sentence *)a)->id,
	    ((const struct store_sentence *)b)->id);
}

static int
cmp_claim(const void *a, const void *b)
{
	return cmp_id(((const struct store_claim *)a)->id,
	    ((const struct store_claim *)b)->id);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* qsort and bsearch, which must not see a NULL array even when empty. */
static void
sort(void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

static void *
find(const void *key, const void *base, size_t n, size_t size,
    int (*cmp)(const void *, const void *))
{
	if (n == 0)
		return NULL;
	return bsearch(key, base, n, size, cmp);
}

static int
nomem(char **cause)
{
	util_cause(cause, "%s", _("out of memory"));
	return -1;
}

/*
 * Make room for one more element of size sz in p (n used, *cap
 * allocated): the array to use from now on, or NULL (p still valid).
 */
static void *
grow(void *p, size_t n, size_t *cap, size_t sz)
{
	void	*np;
	size_t	 nc;

	if (p != NULL && n < *cap)
		return p;
	nc = *cap == 0 ? 16 : *cap * 2;
	if ((np = util_reallocarray(p, nc, sz)) == NULL)
		return NULL;
	*cap = nc;
	return np;
}

static char *
dup_or_null(const char *s, int *failed)
{
	char	*d;

	if (s == NULL)
		return NULL;
	if ((d = util_strdup(s)) == NULL)
		*failed = 1;
	return d;
}

static int
add_article(struct report_story *rs, size_t *cap,
    const struct store_article *a)
{
	struct report_article	*ra;
	int			 failed = 0;

	if ((ra = grow(rs->articles, rs->narticles, cap,
	    sizeof *rs->articles)) == NULL)
		return -1;
	rs->articles = ra;
	ra = &rs->articles[rs->narticles++];
	ra->id = a->id;
	ra->outlet = dup_or_null(a->outlet, &failed);
	ra->title = dup_or_null(a->title, &failed);
	ra->date = dup_or_null(a->date, &failed);
	ra->path = dup_or_null(a->path, &failed);
	return failed ? -1 : 0;
}

/*
 * The articles of a story, newest printed date first.  The key of the next
 * page is the last article kept, whose date rs owns.
 */
static int
load_articles(struct store *st, struct report_story *rs, char **cause)
{
	struct store_page	 q;
	struct store_article	*a;
	size_t			 n, i, cap = 0;

	memset(&q, 0, sizeof q);
	q.order = STORE_BY_DATE;
	q.story = rs->id;
	q.limit = REPORT_PAGE;
	for (;;) {
		if (store_articles_page(st, &q, &a, &n, cause) != 0)
			return -1;
		for (i = 0; i < n; i++) {
			if (add_article(rs, &cap, &a[i]) != 0) {
				store_articles_free(a, n);
				return nomem(cause);
			}
		}
		store_articles_free(a, n);
		if (n < q.limit)
			return 0;
		q.from = rs->articles[rs->narticles - 1].id;
		q.from_date = rs->articles[rs->narticles - 1].date;
	}
}

struct loose {
	struct report_story	*rs;
	size_t			 cap;
	int			 failed;
};

static int
loose_one(void *arg, const struct store_article *a)
{
	struct loose	*l = arg;

	if (a->story != 0)
		return 0;
	if (add_article(l->rs, &l->cap, a) != 0) {
		l->failed = 1;
		return 1;
	}
	return 0;
}

/* The articles in no story, newest printed date first. */
static int
load_loose(struct store *st, struct report_story *rs, char **cause)
{
	struct loose	l;
	size_t		i, j;

	memset(&l, 0, sizeof l);
	l.rs = rs;
	if (store_articles_each(st, loose_one, &l, cause) < 0)
		return -1;
	if (l.failed)
		return nomem(cause);
	/* Insertion sort by date descending (undated last), then id. */
	for (i = 1; i < rs->narticles; i++) {
		struct report_article	t = rs->articles[i];

		for (j = i; j > 0; j--) {
			const char	*d0 = rs->articles[j - 1].date;
			int		 c;

			if (d0 == NULL && t.date == NULL)
				c = 0;
			else if (d0 == NULL)
				c = 1;
			else if (t.date == NULL)
				c = -1;
			else
				c = -strcmp(d0, t.date);
			if (c < 0 || (c == 0 && rs->articles[j - 1].id < t.id))
				break;
			rs->articles[j] = rs->articles[j - 1];
		}
		rs->articles[j] = t;
	}
	return 0;
}

/* The first and last printed dates of the articles (sorted newest first). */
static int
loose_dates(struct report_story *rs)
{
	size_t	i;

	for (i = 0; i < rs->narticles; i++) {
		if (rs->articles[i].date == NULL)
			continue;
		if (rs->last_date == NULL &&
		    (rs->last_date = util_strdup(rs->articles[i].date)) == NULL)
			return -1;
		free(rs->first_date);
		if ((rs->first_date = util_strdup(rs->articles[i].date)) ==
		    NULL)
			return -1;
	}
	return 0;
}

/* The distinct outlets of the story's articles, sorted. */
static int
collect_outlets(struct report_story *rs)
{
	size_t	i, j, n = 0;

	if (rs->narticles == 0)
		return 0;
	rs->outlets = calloc(rs->narticles, sizeof *rs->outlets);
	if (rs->outlets == NULL)
		return -1;
	for (i = 0; i < rs->narticles; i++) {
		if (rs->articles[i].outlet == NULL)
			continue;
		for (j = 0; j < n; j++) {
			if (strcmp(rs->outlets[j], rs->articles[i].outlet) == 0)
				break;
		}
		if (j < n)
			continue;
		if ((rs->outlets[n] = util_strdup(rs->articles[i].outlet)) ==
		    NULL) {
			rs->noutlets = n;
			return -1;
		}
		n++;
	}
	rs->noutlets = n;
	sort(rs->outlets, n, sizeof *rs->outlets, cmp_str);
	return 0;
}

/* Load the sentences of the story's pairs and claims. */
static int
load_sentences(struct store *st, struct report_story *rs, char **cause)
{
	struct store_sentence	*s;
	int64_t			*ids;
	size_t			 n = 0, i, k;
	int			 rc = -1;

	if (rs->npairs == 0 && rs->nclaims == 0)
		return 0;
	ids = util_reallocarray(NULL, 2 * rs->npairs + rs->nclaims,
	    sizeof *ids);
	if (ids == NULL)
		return nomem(cause);
	for (i = 0; i < rs->npairs; i++) {
		ids[n++] = rs->pairs[i].a;
		ids[n++] = rs->pairs[i].b;
	}
	for (i = 0; i < rs->nclaims; i++)
		ids[n++] = rs->claims[i].sentence;
	sort(ids, n, sizeof *ids, util_cmp_int64);
	rs->sentences = calloc(n, sizeof *rs->sentences);
	if (rs->sentences == NULL) {
		nomem(cause);
		goto out;
	}
	for (i = 0; i < n; i++) {
		if (i > 0 && ids[i] == ids[i - 1])
			continue;
		if (store_sentence_get(st, ids[i], &s, cause) != 0)
			goto out;
		if (s == NULL)
			continue;
		k = rs->nsentences++;
		rs->sentences[k] = *s;
		free(s);	/* its strings now belong to sentences[k] */
	}
	rc = 0;
out:
	free(ids);
	return rc;
}

struct history {
	struct report_story	*rs;
	size_t			 cap;
	int			 failed;
};

static int
history_one(void *arg, const struct store_verdict *v)
{
	struct history		*h = arg;
	struct report_story	*rs = h->rs;
	struct store_verdict	*d;

	if ((d = grow(rs->verdicts, rs->nverdicts, &h->cap,
	    sizeof *rs->verdicts)) == NULL) {
		h->failed = 1;
		return 1;
	}
	rs->verdicts = d;
	d = &rs->verdicts[rs->nverdicts++];
	*d = *v;
	d->verdict = dup_or_null(v->verdict, &h->failed);
	d->note = dup_or_null(v->note, &h->failed);
	d->editor = dup_or_null(v->editor, &h->failed);
	d->time = dup_or_null(v->time, &h->failed);
	return h->failed;
}

static int
target_rank(enum store_target t)
{
	switch (t) {
	case STORE_TARGET_CONFLICT:
		return 0;
	case STORE_TARGET_PAIR:
		return 1;
	case STORE_TARGET_CLAIM:
		return 2;
	}
	return 3;
}

static int
cmp_open(const void *a, const void *b)
{
	const struct report_open	*x = a, *y = b;

	if (target_rank(x->target) != target_rank(y->target))
		return target_rank(x->target) - target_rank(y->target);
	return cmp_id(x->id, y->id);
}

const struct store_verdict *
report_latest(const struct report_story *rs, enum store_target target,
    int64_t id)
{
	size_t	i;

	for (i = rs->nverdicts; i > 0; i--) {
		if (rs->verdicts[i - 1].target == target &&
		    rs->verdicts[i - 1].target_id == id)
			return &rs->verdicts[i - 1];
	}
	return NULL;
}

/* Items whose latest verdict leaves them open; conflicts not reviewed. */
static int
find_open(struct report_story *rs)
{
	const struct store_verdict	*v;
	struct report_open		*o;
	size_t				 i, cap = 0;

	for (i = rs->nverdicts; i > 0; i--) {
		v = &rs->verdicts[i - 1];
		if (report_latest(rs, v->target, v->target_id) != v ||
		    !store_review_is_open(v->verdict))
			continue;
		if ((o = grow(rs->open, rs->nopen, &cap, sizeof *o)) == NULL)
			return -1;
		rs->open = o;
		rs->open[rs->nopen].target = v->target;
		rs->open[rs->nopen].id = v->target_id;
		rs->open[rs->nopen++].latest = v;
	}
	for (i = 0; i < rs->nconflicts; i++) {
		if (report_latest(rs, STORE_TARGET_CONFLICT,
		    rs->conflicts[i].id) != NULL)
			continue;
		if ((o = grow(rs->open, rs->nopen, &cap, sizeof *o)) == NULL)
			return -1;
		rs->open = o;
		rs->open[rs->nopen].target = STORE_TARGET_CONFLICT;
		rs->open[rs->nopen].id = rs->conflicts[i].id;
		rs->open[rs->nopen++].latest = NULL;
	}
	sort(rs->open, rs->nopen, sizeof *rs->open, cmp_open);
	return 0;
}

int
report_story_load(struct store *st, int64_t story,
    struct report_story **out, char **cause)
{
	struct report_story	*rs;
	struct store_story	*s = NULL;
	struct history		 h;
	int			 failed = 0;

	*out = NULL;
	if ((rs = calloc(1, sizeof *rs)) == NULL)
		return nomem(cause);
	rs->id = story;
	if (story == 0) {
		if (load_loose(st, rs, cause) != 0)
			goto fail;
		if (loose_dates(rs) != 0 || collect_outlets(rs) != 0) {
			nomem(cause);
			goto fail;
		}
		*out = rs;
		return 0;
	}
	if (store_story_get(st, story, &s, cause) != 0)
		goto fail;
	if (s == NULL) {
		util_cause(cause, _("there is no story %lld"),
		    (long long)story);
		goto fail;
	}
	rs->title = dup_or_null(s->title, &failed);
	rs->first_date = dup_or_null(s->first_date, &failed);
	rs->last_date = dup_or_null(s->last_date, &failed);
	store_story_free(s);
	if (failed) {
		nomem(cause);
		goto fail;
	}
	if (load_articles(st, rs, cause) != 0)
		goto fail;
	if (collect_outlets(rs) != 0) {
		nomem(cause);
		goto fail;
	}
	if (store_review_pairs_of_story(st, story, &rs->pairs, &rs->npairs,
	    cause) != 0)
		goto fail;
	if (store_claims_of_story(st, story, &rs->claims, &rs->nclaims,
	    cause) != 0)
		goto fail;
	sort(rs->claims, rs->nclaims, sizeof *rs->claims, cmp_claim);
	if (store_conflicts_of_story(st, story, &rs->conflicts,
	    &rs->nconflicts, cause) != 0)
		goto fail;
	if (load_sentences(st, rs, cause) != 0)
		goto fail;
	memset(&h, 0, sizeof h);
	h.rs = rs;
	if (store_review_each(st, story, 0, history_one, &h, cause) < 0)
		goto fail;
	if (h.failed || find_open(rs) != 0) {
		nomem(cause);
		goto fail;
	}
	*out = rs;
	return 0;
fail:
	report_story_free(rs);
	return -1;
}

void
report_story_free(struct report_story *rs)
{
	size_t	i;

	if (rs == NULL)
		return;
	free(rs->title);
	free(rs->first_date);
	free(rs->last_date);
	for (i = 0; i < rs->noutlets; i++)
		free(rs->outlets[i]);
	free(rs->outlets);
	for (i = 0; i < rs->narticles; i++) {
		free(rs->articles[i].outlet);
		free(rs->articles[i].title);
		free(rs->articles[i].date);
		free(rs->articles[i].path);
	}
	free(rs->articles);
	free(rs->pairs);
	for (i = 0; i < rs->nsentences; i++)
		free(rs->sentences[i].text);
	free(rs->sentences);
	store_claims_free(rs->claims, rs->nclaims);
	store_conflicts_free(rs->conflicts, rs->nconflicts);
	for (i = 0; i < rs->nverdicts; i++) {
		free(rs->verdicts[i].verdict);
		free(rs->verdicts[i].note);
		free(rs->verdicts[i].editor);
		free(rs->verdicts[i].time);
	}
	free(rs->verdicts);
	free(rs->open);
	free(rs);
}

/* Linear: a story has tens of articles, kept in date order. */
const struct report_article *
report_article(const struct report_story *rs, int64_t id)
{
	size_t	i;

	for (i = 0; i < rs->narticles; i++) {
		if (rs->articles[i].id == id)
			return &rs->articles[i];
	}
	return NULL;
}

const struct store_sentence *
report_sentence(const struct report_story *rs, int64_t id)
{
	struct store_sentence	key;

	key.id = id;
	return find(&key, rs->sentences, rs->nsentences,
	    sizeof *rs->sentences, cmp_sentence);
}

const struct store_claim *
report_claim(const struct report_story *rs, int64_t id)
{
	struct store_claim	key;

	key.id = id;
	return find(&key, rs->claims, rs->nclaims, sizeof *rs->claims,
	    cmp_claim);
}

/* --- writing ---------------------------------------------------------- */

struct layout;

struct rw {
	report_out_fn		 fn;
	void			*arg;
	enum report_format	 f;
	const struct layout	*lay;		/* NULL for JSON */
	int			 failed;	/* the output refused */
	int			 nomem;
};

static void
rw_put(struct rw *w, const char *s, size_t len)
{
	if (w->failed || w->nomem || len == 0)
		return;
	if (w->fn(w->arg, s, len) != 0)
		w->failed = 1;
}

/* A string; nothing for NULL (a piece a layout leaves out). */
static void
rw_puts(struct rw *w, const char *s)
{
	if (s != NULL)
		rw_put(w, s, strlen(s));
}

static void PX_PRINTF(2, 3)
rw_printf(struct rw *w, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = util_vprintf(fmt, ap);
	va_end(ap);
	if (s == NULL) {
		w->nomem = 1;
		return;
	}
	rw_puts(w, s);
	free(s);
}

/* Text escaped for the output format; nothing for NULL. */
static void
rw_esc(struct rw *w, const char *s)
{
	char	*e;

	if (s == NULL)
		return;
	if ((e = report_escape(w->f, s)) == NULL) {
		w->nomem = 1;
		return;
	}
	rw_puts(w, e);
	free(e);
}

/* Escaped text, or a dash for an unknown value. */
static void
rw_val(struct rw *w, const char *s)
{
	if (s == NULL || *s == '\0')
		rw_puts(w, "-");
	else
		rw_esc(w, s);
}

/* A JSON string, or null. */
static void
rw_jstr(struct rw *w, const char *s)
{
	if (s == NULL) {
		rw_puts(w, "null");
		return;
	}
	rw_puts(w, "\"");
	rw_esc(w, s);
	rw_puts(w, "\"");
}

/*
 * A number without the locale: integers as they are, others with up to
 * three decimals (a full stop as decimal point).
 */
static void
format_number(char *out, size_t size, double v)
{
	long long	m;
	const char	*sign = "";
	int		 d;

	if (!isfinite(v)) {
		snprintf(out, size, "0");
		return;
	}
	if (v == floor(v) && fabs(v) < 1e15) {
		snprintf(out, size, "%lld", (long long)v);
		return;
	}
	if (v < 0) {
		sign = "-";
		v = -v;
	}
	m = llround(v * 1000);
	snprintf(out, size, "%s%lld.%03lld", sign, m / 1000, m % 1000);
	/* Trim trailing zeros of the fraction (keep one digit). */
	d = (int)strlen(out);
	while (d > 0 && out[d - 1] == '0' && out[d - 2] != '.')
		out[--d] = '\0';
}

/* A claim's value as an editor reads it ("about 300" for a hedged 300). */
static char *
claim_value(const struct store_claim *c)
{
	char	num[64];

	if (c->has_num) {
		format_number(num, sizeof num, c->value_num);
		if (c->approx)
			return util_printf(_("about %s"), num);
		return util_strdup(num);
	}
	if (c->value_text != NULL)
		return util_strdup(c->value_text);
	return util_strdup("-");
}

/* "2026-11-22 09:14" from "2026-11-22T09:14:03Z" (others as they are). */
static void
short_time(char *out, size_t size, const char *t)
{
	if (t != NULL && strlen(t) >= 16 && t[10] == 'T')
		snprintf(out, size, "%.10s %.5s", t, t + 11);
	else
		snprintf(out, size, "%s", t != NULL ? t : "-");
}

static const char *
outlet_of_article(const struct report_story *rs, int64_t article)
{
	const struct report_article	*a = report_article(rs, article);

	return a != NULL ? a->outlet : NULL;
}

static const char *
outlet_of_sentence(const struct report_story *rs, int64_t sentence)
{
	const struct store_sentence	*s = report_sentence(rs, sentence);

	return s != NULL ? outlet_of_article(rs, s->article) : NULL;
}

static const char *
text_of_sentence(const struct report_story *rs, int64_t sentence)
{
	const struct store_sentence	*s = report_sentence(rs, sentence);

	return s != NULL ? s->text : NULL;
}

static size_t
count_relation(const struct report_story *rs, enum store_relation r)
{
	size_t	i, n = 0;

	for (i = 0; i < rs->npairs; i++)
		n += rs->pairs[i].relation == r;
	return n;
}

static const char *
story_title(const struct report_story *rs)
{
	if (rs->id == 0)
		return _("Articles not yet in a story");
	return rs->title != NULL ? rs->title : _("(untitled story)");
}

/* "disputed by olena on 2026-11-22 09:14: note" (escaped, no newline). */
static void
rw_verdict_line(struct rw *w, const struct store_verdict *v)
{
	char	t[64];

	short_time(t, sizeof t, v->time);
	rw_esc(w, v->verdict);
	rw_puts(w, " ");
	rw_puts(w, _("by"));
	rw_puts(w, " ");
	rw_esc(w, v->editor);
	rw_printf(w, " (%s)", t);
	if (v->note != NULL && *v->note != '\0') {
		rw_puts(w, ": ");
		rw_esc(w, v->note);
	}
}

static void
rw_item(struct rw *w, enum store_target t, int64_t id)
{
	switch (t) {
	case STORE_TARGET_PAIR:
		rw_printf(w, _("pair %lld"), (long long)id);
		break;
	case STORE_TARGET_CLAIM:
		rw_printf(w, _("claim %lld"), (long long)id);
		break;
	case STORE_TARGET_CONFLICT:
		rw_printf(w, _("conflict %lld"), (long long)id);
		break;
	}
}

/* --- the text formats: one walk, a layout each ------------------------ */

/*
 * Markdown, plain text and HTML say the same things in the same order; a
 * layout holds what differs: the pieces of markup around each block (NULL
 * or "" for none) and the few writers that need more than a fixed string.
 * The walk (text_story) writes everything else.  Labels (the translated
 * words of the report) go through rw_label().
 */
struct layout {
	/* The page around the stories (end may be NULL). */
	void		 (*begin)(struct rw *, const char *);
	void		 (*end)(struct rw *);
	/* A story's heading; what closes the story. */
	void		 (*story)(struct rw *, const struct report_story *);
	const char	  *story_end;
	/* Before the outlets, before the dates, after them. */
	const char	  *meta[3];
	/* Around a section's heading, and the character that underlines
	 * it (or '\0'); around a heading within a section. */
	const char	  *section[2];
	char		   rule;
	const char	  *sub[2];
	/* Around what a section says when it has nothing to show. */
	const char	  *none[2];
	/* A table's head (NULL: no tables) and end. */
	void		 (*table)(struct rw *, const char *const *, size_t);
	const char	  *table_end;
	/* Before cell k of a row (class cls, with sub escaped, or none);
	 * after the last; a verdict's empty note. */
	void		 (*cell)(struct rw *, size_t, const char *,
			      const char *);
	const char	  *row_end;
	const char	  *no_note;
	/* A row of the articles, of a conflict's claims, of the verdicts. */
	void		 (*article)(struct rw *, const struct report_story *,
			      const struct report_article *);
	void		 (*claim)(struct rw *, const struct report_story *,
			      const struct store_claim *, const char *);
	void		 (*history)(struct rw *, const struct store_verdict *);
	/* An item's verdict in a line of text. */
	void		 (*verdict)(struct rw *, const struct store_verdict *);
	/* What opens a pair or a conflict that can be linked to (or NULL):
	 * its kind ("pair", "conflict"), a class or NULL, its id. */
	void		 (*anchor)(struct rw *, const char *, const char *,
			      int64_t);
	/* Before a pair, after its line, after it; around each side: before
	 * the outlet, before the sentence, after it. */
	const char	  *pair[3];
	const char	  *side[3];
	/* Before a conflict, after its heading, before its verdict, after
	 * it; around its reason. */
	const char	  *conflict[4];
	const char	  *reason[2];
	/* Around the open items; around one of them. */
	const char	  *list[2];
	const char	  *item[2];
	/* Whether labels (the report's own words) are escaped. */
	int		   escape_labels;
};

/* A label of the report: escaped only where the format needs it. */
static void
rw_label(struct rw *w, const char *s)
{
	if (w->lay->escape_labels)
		rw_esc(w, s);
	else
		rw_puts(w, s);
}

/* A label between two pieces of markup. */
static void
rw_wrap(struct rw *w, const char *before, const char *s, const char *after)
{
	rw_puts(w, before);
	rw_label(w, s);
	rw_puts(w, after);
}

/* A line of c as long as s in characters. */
static void
rw_rule(struct rw *w, const char *s, char c)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p & 0xc0) != 0x80)	/* characters, not bytes */
			rw_put(w, &c, 1);
	}
	rw_puts(w, "\n");
}

static void
text_section(struct rw *w, const char *s)
{
	rw_wrap(w, w->lay->section[0], s, w->lay->section[1]);
	if (w->lay->rule != '\0')
		rw_rule(w, s, w->lay->rule);
}

static void
rw_verdict_or_not(struct rw *w, const struct store_verdict *v)
{
	if (v != NULL)
		w->lay->verdict(w, v);
	else
		rw_label(w, _("not reviewed"));
}

/* A table's head, its columns translated (nothing without tables). */
static void
text_table(struct rw *w, const char *const *cols, size_t n)
{
	const char	*tr[8];
	size_t		 i;

	if (w->lay->table == NULL)
		return;
	for (i = 0; i < n && i < PX_NITEMS(tr); i++)
		tr[i] = _(cols[i]);
	w->lay->table(w, tr, i);
}

static void
text_pairs(struct rw *w, const struct report_story *rs,
    enum store_relation r)
{
	const struct layout		*l = w->lay;
	const struct store_pair		*p;
	const struct store_verdict	*v;
	char				 num[64];
	size_t				 i;
	int64_t				 side[2];
	int				 k;

	for (i = 0; i < rs->npairs; i++) {
		p = &rs->pairs[i];
		if (p->relation != r)
			continue;
		format_number(num, sizeof num, p->score);
		if (l->anchor != NULL)
			l->anchor(w, "pair", store_relation_name(r), p->id);
		rw_puts(w, l->pair[0]);
		rw_item(w, STORE_TARGET_PAIR, p->id);
		rw_printf(w, " (%s %s)", _("score"), num);
		if ((v = report_latest(rs, STORE_TARGET_PAIR, p->id)) != NULL) {
			rw_puts(w, ", ");
			l->verdict(w, v);
		}
		rw_puts(w, l->pair[1]);
		side[0] = p->a;
		side[1] = p->b;
		for (k = 0; k < 2; k++) {
			rw_puts(w, l->side[0]);
			rw_val(w, outlet_of_sentence(rs, side[k]));
			rw_puts(w, l->side[1]);
			rw_val(w, text_of_sentence(rs, side[k]));
			rw_puts(w, l->side[2]);
		}
		rw_puts(w, l->pair[2]);
	}
}

/* The heading, the reason and each outlet's figure of one conflict. */
static int
text_conflict(struct rw *w, const struct report_story *rs,
    const struct store_conflict *c)
{
	static const char *const	 cols[] = { N_("Outlet"),
					    N_("Figure"), N_("Source"),
					    N_("Sentence") };
	const struct layout		*l = w->lay;
	const struct store_claim	*cl;
	char				*val;
	size_t				 j;

	if (l->anchor != NULL)
		l->anchor(w, "conflict", NULL, c->id);
	rw_puts(w, l->conflict[0]);
	rw_printf(w, _("Conflict %lld: "), (long long)c->id);
	rw_esc(w, c->kind);
	if (c->subject != NULL) {
		rw_puts(w, ", ");
		rw_esc(w, c->subject);
	}
	rw_puts(w, l->conflict[1]);
	if (c->reason != NULL) {
		rw_puts(w, l->reason[0]);
		rw_esc(w, c->reason);
		rw_puts(w, l->reason[1]);
	}
	text_table(w, cols, PX_NITEMS(cols));
	for (j = 0; j < c->nclaims; j++) {
		if ((cl = report_claim(rs, c->claims[j])) == NULL)
			continue;
		if ((val = claim_value(cl)) == NULL) {
			w->nomem = 1;
			return -1;
		}
		l->claim(w, rs, cl, val);
		free(val);
	}
	rw_puts(w, l->table_end);
	rw_puts(w, l->conflict[2]);
	rw_label(w, _("Verdict"));
	rw_puts(w, ": ");
	rw_verdict_or_not(w, report_latest(rs, STORE_TARGET_CONFLICT, c->id));
	rw_puts(w, l->conflict[3]);
	return 0;
}

static void
text_story(struct rw *w, const struct report_story *rs)
{
	static const char *const	 acols[] = { N_("Article"),
					    N_("Outlet"), N_("Date"),
					    N_("Title") };
	static const char *const	 vcols[] = { N_("Time"),
					    N_("Editor"), N_("Item"),
					    N_("Verdict"), N_("Note") };
	const struct layout		*l = w->lay;
	const struct report_open	*o;
	size_t				 i;

	l->story(w, rs);
	rw_wrap(w, l->meta[0], _("Outlets"), ": ");
	for (i = 0; i < rs->noutlets; i++) {
		if (i > 0)
			rw_puts(w, ", ");
		rw_esc(w, rs->outlets[i]);
	}
	if (rs->noutlets == 0)
		rw_puts(w, "-");
	rw_wrap(w, l->meta[1], _("Dates"), ": ");
	rw_val(w, rs->first_date);
	rw_puts(w, " .. ");
	rw_val(w, rs->last_date);
	rw_puts(w, l->meta[2]);

	text_section(w, _("Articles"));
	if (rs->narticles == 0)
		rw_wrap(w, l->none[0], _("None."), l->none[1]);
	else {
		text_table(w, acols, PX_NITEMS(acols));
		for (i = 0; i < rs->narticles; i++)
			l->article(w, rs, &rs->articles[i]);
		rw_puts(w, l->table_end);
	}

	text_section(w, _("Shared facts"));
	if (count_relation(rs, STORE_SAME) == 0)
		rw_wrap(w, l->none[0], _("None found."), l->none[1]);
	text_pairs(w, rs, STORE_SAME);

	text_section(w, _("Conflicts"));
	if (rs->nconflicts == 0 && count_relation(rs, STORE_CONFLICT) == 0)
		rw_wrap(w, l->none[0], _("None found."), l->none[1]);
	for (i = 0; i < rs->nconflicts; i++) {
		if (text_conflict(w, rs, &rs->conflicts[i]) != 0)
			return;
	}
	if (count_relation(rs, STORE_CONFLICT) != 0) {
		rw_wrap(w, l->sub[0], _("Sentences in conflict"), l->sub[1]);
		text_pairs(w, rs, STORE_CONFLICT);
	}

	text_section(w, _("Verdicts and notes"));
	if (rs->nverdicts == 0)
		rw_wrap(w, l->none[0], _("None yet."), l->none[1]);
	else {
		text_table(w, vcols, PX_NITEMS(vcols));
		for (i = 0; i < rs->nverdicts; i++)
			l->history(w, &rs->verdicts[i]);
		rw_puts(w, l->table_end);
	}

	text_section(w, _("Still open"));
	if (rs->nopen == 0)
		rw_wrap(w, l->none[0], _("Nothing."), l->none[1]);
	else
		rw_puts(w, l->list[0]);
	for (i = 0; i < rs->nopen; i++) {
		o = &rs->open[i];
		rw_puts(w, l->item[0]);
		rw_item(w, o->target, o->id);
		rw_puts(w, ": ");
		rw_verdict_or_not(w, o->latest);
		rw_puts(w, l->item[1]);
	}
	if (rs->nopen != 0)
		rw_puts(w, l->list[1]);
	rw_puts(w, l->story_end);
}

/* Rows of the tables of Markdown and HTML, a cell at a time. */
static void
table_article(struct rw *w, const struct report_story *rs,
    const struct report_article *a)
{
	void	(*cell)(struct rw *, size_t, const char *, const char *);

	(void)rs;
	cell = w->lay->cell;
	cell(w, 0, NULL, NULL);
	rw_printf(w, "%lld", (long long)a->id);
	cell(w, 1, NULL, NULL);
	rw_val(w, a->outlet);
	cell(w, 2, NULL, NULL);
	rw_val(w, a->date);
	cell(w, 3, NULL, NULL);
	rw_val(w, a->title);
	rw_puts(w, w->lay->row_end);
}

static void
table_claim(struct rw *w, const struct report_story *rs,
    const struct store_claim *cl, const char *val)
{
	w->lay->cell(w, 0, "outlet", NULL);
	rw_val(w, outlet_of_article(rs, cl->article));
	w->lay->cell(w, 1, "figure", NULL);
	rw_esc(w, val);
	w->lay->cell(w, 2, NULL, NULL);
	rw_val(w, cl->source);
	w->lay->cell(w, 3, NULL, NULL);
	rw_val(w, text_of_sentence(rs, cl->sentence));
	rw_puts(w, w->lay->row_end);
}

static void
table_history(struct rw *w, const struct store_verdict *v)
{
	char	t[64];

	short_time(t, sizeof t, v->time);
	w->lay->cell(w, 0, NULL, NULL);
	rw_esc(w, t);
	w->lay->cell(w, 1, NULL, NULL);
	rw_esc(w, v->editor);
	w->lay->cell(w, 2, NULL, NULL);
	rw_item(w, v->target, v->target_id);
	w->lay->cell(w, 3, "verdict-", v->verdict);
	rw_esc(w, v->verdict);
	w->lay->cell(w, 4, NULL, NULL);
	if (v->note != NULL && *v->note != '\0')
		rw_esc(w, v->note);
	else
		rw_puts(w, w->lay->no_note);
	rw_puts(w, w->lay->row_end);
}

/* --- Markdown --------------------------------------------------------- */

static void
md_begin(struct rw *w, const char *generated)
{
	rw_printf(w, "# %s\n\n", _("parallax report"));
	rw_printf(w, _("Generated %s UTC."), generated);
	rw_puts(w, "\n");
}

static void
md_story(struct rw *w, const struct report_story *rs)
{
	rw_puts(w, "\n## ");
	if (rs->id != 0)
		rw_printf(w, _("Story %lld: "), (long long)rs->id);
	rw_esc(w, story_title(rs));
	rw_puts(w, "\n\n");
}

static void
md_table(struct rw *w, const char *const *cols, size_t n)
{
	size_t	i;

	rw_puts(w, "\n");
	for (i = 0; i < n; i++)
		rw_wrap(w, i == 0 ? "| " : " | ", cols[i], "");
	rw_puts(w, " |\n");
	for (i = 0; i < n; i++)
		rw_puts(w, "| --- ");
	rw_puts(w, "|\n");
}

static void
md_cell(struct rw *w, size_t k, const char *cls, const char *sub)
{
	(void)cls;
	(void)sub;
	rw_puts(w, k == 0 ? "| " : " | ");
}

static const struct layout md_layout = {
	.begin = md_begin,
	.story = md_story,
	.meta = { "", "  \n", "\n" },
	.section = { "\n### ", "\n" },
	.sub = { "\n#### ", "\n" },
	.none = { "\n_", "_\n" },
	.table = md_table,
	.cell = md_cell,
	.row_end = " |\n",
	.no_note = "-",
	.article = table_article,
	.claim = table_claim,
	.history = table_history,
	.verdict = rw_verdict_line,
	.pair = { "\n- ", "\n", "" },
	.side = { "  - **", "**: ", "\n" },
	.conflict = { "\n#### ", "\n", "\n", "\n" },
	.reason = { "\n", "\n" },
	.list = { "\n", "" },
	.item = { "- ", "\n" },
};

/* --- plain text ------------------------------------------------------- */

static void
txt_heading(struct rw *w, const char *s, char under)
{
	rw_esc(w, s);
	rw_puts(w, "\n");
	rw_rule(w, s, under);
}

static void
txt_begin(struct rw *w, const char *generated)
{
	txt_heading(w, _("parallax report"), '=');
	rw_printf(w, _("Generated %s UTC."), generated);
	rw_puts(w, "\n");
}

static void
txt_story(struct rw *w, const struct report_story *rs)
{
	char	*h;

	rw_puts(w, "\n\n");
	if (rs->id != 0)
		h = util_printf(_("Story %lld: %s"), (long long)rs->id,
		    story_title(rs));
	else
		h = util_strdup(story_title(rs));
	if (h == NULL) {
		w->nomem = 1;
		return;
	}
	txt_heading(w, h, '=');
	free(h);
}

static void
txt_article(struct rw *w, const struct report_story *rs,
    const struct report_article *a)
{
	(void)rs;
	rw_printf(w, "  %6lld  ", (long long)a->id);
	rw_val(w, a->date);
	rw_puts(w, "  ");
	rw_val(w, a->outlet);
	rw_puts(w, ": ");
	rw_val(w, a->title);
	rw_puts(w, "\n");
}

static void
txt_claim(struct rw *w, const struct report_story *rs,
    const struct store_claim *cl, const char *val)
{
	rw_puts(w, "    ");
	rw_val(w, outlet_of_article(rs, cl->article));
	rw_puts(w, ": ");
	rw_esc(w, val);
	rw_printf(w, " (%s ", _("source:"));
	rw_val(w, cl->source);
	rw_puts(w, ")\n      ");
	rw_val(w, text_of_sentence(rs, cl->sentence));
	rw_puts(w, "\n");
}

static void
txt_history(struct rw *w, const struct store_verdict *v)
{
	char	t[64];

	short_time(t, sizeof t, v->time);
	rw_printf(w, "  %s  ", t);
	rw_esc(w, v->editor);
	rw_puts(w, "  ");
	rw_item(w, v->target, v->target_id);
	rw_puts(w, "  ");
	rw_esc(w, v->verdict);
	if (v->note != NULL && *v->note != '\0') {
		rw_puts(w, "  ");
		rw_esc(w, v->note);
	}
	rw_puts(w, "\n");
}

static const struct layout txt_layout = {
	.begin = txt_begin,
	.story = txt_story,
	.meta = { "", "\n", "\n" },
	.section = { "\n", "\n" },
	.rule = '-',
	.sub = { "\n  ", ":\n" },
	.none = { "  ", "\n" },
	.article = txt_article,
	.claim = txt_claim,
	.history = txt_history,
	.verdict = rw_verdict_line,
	.pair = { "\n  * ", "\n", "" },
	.side = { "    ", ": ", "\n" },
	.conflict = { "\n  ", "\n", "    ", "\n" },
	.reason = { "  ", "\n" },
	.item = { "  ", "\n" },
};

/* --- HTML ------------------------------------------------------------- */

static const char html_style[] =
	"body{font:15px/1.45 Georgia,'Times New Roman',serif;color:#1a1a1a;"
	"max-width:60em;margin:2em auto;padding:0 1em}"
	"h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2}"
	"h2{border-bottom:2px solid #333;padding-bottom:.2em;margin-top:2em}"
	"table{border-collapse:collapse;width:100%;margin:.5em 0}"
	"th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;"
	"vertical-align:top}"
	"th{background:#eee}"
	".meta,.generated{color:#555}"
	".pair{margin:.6em 0;padding-left:.8em;border-left:3px solid #6a8}"
	".pair.conflict,.conflict{border-left:3px solid #c44}"
	".conflict{padding-left:.8em;margin:1em 0}"
	".pair p{margin:.25em 0}"
	".outlet{font-weight:bold}"
	".verdict-disputed,.verdict-needs-check{color:#a00;font-weight:bold}"
	".verdict-confirmed,.verdict-cleared{color:#060}"
	".none{color:#777;font-style:italic}"
	"@media print{body{margin:0;max-width:none;font-size:11pt}"
	"section.story{break-before:page;page-break-before:always}"
	"section.story:first-of-type{break-before:auto;"
	"page-break-before:auto}"
	"tr,.pair,.conflict{break-inside:avoid;page-break-inside:avoid}"
	"h2,h3,h4{break-after:avoid;page-break-after:avoid}"
	"th{background:none}}";

static void
html_begin(struct rw *w, const char *generated)
{
	rw_puts(w, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width\">\n<title>");
	rw_esc(w, _("parallax report"));
	rw_puts(w, "</title>\n<style>");
	rw_puts(w, html_style);
	rw_puts(w, "</style>\n</head>\n<body>\n<header><h1>");
	rw_esc(w, _("parallax report"));
	rw_puts(w, "</h1>\n<p class=\"generated\">");
	rw_printf(w, _("Generated %s UTC."), generated);
	rw_puts(w, "</p></header>\n");
}

static void
html_end(struct rw *w)
{
	rw_puts(w, "</body></html>\n");
}

static void
html_story(struct rw *w, const struct report_story *rs)
{
	rw_printf(w, "<section class=\"story\" id=\"story-%lld\">\n<h2>",
	    (long long)rs->id);
	if (rs->id != 0)
		rw_printf(w, _("Story %lld: "), (long long)rs->id);
	rw_esc(w, story_title(rs));
	rw_puts(w, "</h2>\n");
}

static void
html_table(struct rw *w, const char *const *cols, size_t n)
{
	size_t	i;

	rw_puts(w, "<table><thead><tr>");
	for (i = 0; i < n; i++)
		rw_wrap(w, "<th>", cols[i], "</th>");
	rw_puts(w, "</tr></thead><tbody>\n");
}

static void
html_cell(struct rw *w, size_t k, const char *cls, const char *sub)
{
	rw_puts(w, k == 0 ? "<tr><td" : "</td><td");
	if (cls != NULL) {
		rw_puts(w, " class=\"");
		rw_puts(w, cls);
		rw_esc(w, sub);
		rw_puts(w, "\"");
	}
	rw_puts(w, ">");
}

static void
html_verdict(struct rw *w, const struct store_verdict *v)
{
	rw_puts(w, "<span class=\"verdict-");
	rw_esc(w, v->verdict);
	rw_puts(w, "\">");
	rw_verdict_line(w, v);
	rw_puts(w, "</span>");
}

/* <div class="kind cls" id="kind-id"> (cls may be NULL). */
static void
html_anchor(struct rw *w, const char *kind, const char *cls, int64_t id)
{
	rw_printf(w, "<div class=\"%s%s%s\" id=\"%s-%lld\">", kind,
	    cls != NULL ? " " : "", cls != NULL ? cls : "", kind,
	    (long long)id);
}

static const struct layout html_layout = {
	.begin = html_begin,
	.end = html_end,
	.story = html_story,
	.story_end = "</section>\n",
	.meta = { "<p class=\"meta\">", "<br>", "</p>\n" },
	.section = { "<h3>", "</h3>\n" },
	.sub = { "<h4>", "</h4>\n" },
	.none = { "<p class=\"none\">", "</p>\n" },
	.table = html_table,
	.table_end = "</tbody></table>\n",
	.cell = html_cell,
	.row_end = "</td></tr>\n",
	.no_note = "",
	.article = table_article,
	.claim = table_claim,
	.history = table_history,
	.verdict = html_verdict,
	.anchor = html_anchor,
	.pair = { "<p class=\"meta\">", "</p>\n", "</div>\n" },
	.side = { "<p><span class=\"outlet\">", "</span>: ", "</p>\n" },
	.conflict = { "<h4>", "</h4>\n", "<p>", "</p></div>\n" },
	.reason = { "<p>", "</p>\n" },
	.list = { "<ul class=\"open\">\n", "</ul>\n" },
	.item = { "<li>", "</li>\n" },
	.escape_labels = 1,
};

/* --- JSON ------------------------------------------------------------- */

static void
json_begin(struct rw *w, const char *generated)
{
	rw_puts(w, "{\"format\": \"parallax-report/1\", \"generated\": ");
	rw_printf(w, "\"%.10sT%.8sZ\"", generated, generated + 11);
	rw_puts(w, ",\n \"stories\": [");
}

static void
json_verdict(struct rw *w, const struct store_verdict *v)
{
	if (v == NULL) {
		rw_puts(w, "null");
		return;
	}
	rw_printf(w, "{\"id\": %lld, \"target\": ", (long long)v->id);
	rw_jstr(w, store_target_name(v->target));
	rw_printf(w, ", \"target_id\": %lld, \"verdict\": ",
	    (long long)v->target_id);
	rw_jstr(w, v->verdict);
	rw_puts(w, ", \"note\": ");
	rw_jstr(w, v->note);
	rw_puts(w, ", \"editor\": ");
	rw_jstr(w, v->editor);
	rw_puts(w, ", \"time\": ");
	rw_jstr(w, v->time);
	rw_puts(w, "}");
}

static void
json_pairs(struct rw *w, const struct report_story *rs,
    enum store_relation r)
{
	const struct store_pair		*p;
	const struct store_sentence	*s;
	char				 num[64];
	size_t				 i;
	int64_t				 side[2];
	int				 k, first = 1;

	rw_puts(w, "[");
	for (i = 0; i < rs->npairs; i++) {
		p = &rs->pairs[i];
		if (p->relation != r)
			continue;
		format_number(num, sizeof num, p->score);
		rw_printf(w, "%s\n    {\"pair\": %lld, \"relation\": ",
		    first ? "" : ",", (long long)p->id);
		first = 0;
		rw_jstr(w, store_relation_name(p->relation));
		rw_printf(w, ", \"score\": %s, \"sentences\": [", num);
		side[0] = p->a;
		side[1] = p->b;
		for (k = 0; k < 2; k++) {
			s = report_sentence(rs, side[k]);
			rw_printf(w, "%s{\"id\": %lld, \"article\": ",
			    k ? ", " : "", (long long)side[k]);
			if (s != NULL)
				rw_printf(w, "%lld", (long long)s->article);
			else
				rw_puts(w, "null");
			rw_puts(w, ", \"outlet\": ");
			rw_jstr(w, outlet_of_sentence(rs, side[k]));
			rw_puts(w, ", \"text\": ");
			rw_jstr(w, s != NULL ? s->text : NULL);
			rw_puts(w, "}");
		}
		rw_puts(w, "], \"verdict\": ");
		json_verdict(w, report_latest(rs, STORE_TARGET_PAIR, p->id));
		rw_puts(w, "}");
	}
	rw_puts(w, "]");
}

static void
json_story(struct rw *w, const struct report_story *rs, int first)
{
	const struct report_article	*a;
	const struct store_conflict	*c;
	const struct store_claim	*cl;
	const struct report_open	*o;
	char				 num[64];
	size_t				 i, j;

	rw_printf(w, "%s\n  {\"id\": ", first ? "" : ",");
	if (rs->id != 0)
		rw_printf(w, "%lld", (long long)rs->id);
	else
		rw_puts(w, "null");
	rw_puts(w, ", \"title\": ");
	rw_jstr(w, rs->title);
	rw_puts(w, ", \"first_date\": ");
	rw_jstr(w, rs->first_date);
	rw_puts(w, ", \"last_date\": ");
	rw_jstr(w, rs->last_date);
	rw_puts(w, ",\n   \"outlets\": [");
	for (i = 0; i < rs->noutlets; i++) {
		rw_puts(w, i ? ", " : "");
		rw_jstr(w, rs->outlets[i]);
	}
	rw_puts(w, "],\n   \"articles\": [");
	for (i = 0; i < rs->narticles; i++) {
		a = &rs->articles[i];
		rw_printf(w, "%s\n    {\"id\": %lld, \"outlet\": ",
		    i ? "," : "", (long long)a->id);
		rw_jstr(w, a->outlet);
		rw_puts(w, ", \"title\": ");
		rw_jstr(w, a->title);
		rw_puts(w, ", \"date\": ");
		rw_jstr(w, a->date);
		rw_puts(w, ", \"path\": ");
		rw_jstr(w, a->path);
		rw_puts(w, "}");
	}
	rw_puts(w, "],\n   \"shared\": ");
	json_pairs(w, rs, STORE_SAME);
	rw_puts(w, ",\n   \"conflicts\": [");
	for (i = 0; i < rs->nconflicts; i++) {
		c = &rs->conflicts[i];
		rw_printf(w, "%s\n    {\"id\": %lld, \"kind\": ", i ? "," : "",
		    (long long)c->id);
		rw_jstr(w, c->kind);
		rw_puts(w, ", \"subject\": ");
		rw_jstr(w, c->subject);
		rw_puts(w, ", \"reason\": ");
		rw_jstr(w, c->reason);
		rw_puts(w, ", \"claims\": [");
		for (j = 0; j < c->nclaims; j++) {
			rw_printf(w, "%s{\"id\": %lld", j ? ", " : "",
			    (long long)c->claims[j]);
			if ((cl = report_claim(rs, c->claims[j])) != NULL) {
				rw_printf(w, ", \"article\": %lld, "
				    "\"outlet\": ", (long long)cl->article);
				rw_jstr(w, outlet_of_article(rs, cl->article));
				rw_puts(w, ", \"value\": ");
				if (cl->has_num) {
					format_number(num, sizeof num,
					    cl->value_num);
					rw_puts(w, num);
				} else
					rw_jstr(w, cl->value_text);
				rw_printf(w, ", \"approx\": %s, \"source\": ",
				    cl->approx ? "true" : "false");
				rw_jstr(w, cl->source);
				rw_printf(w, ", \"sentence\": %lld, \"text\": ",
				    (long long)cl->sentence);
				rw_jstr(w, text_of_sentence(rs, cl->sentence));
			}
			rw_puts(w, "}");
		}
		rw_puts(w, "], \"verdict\": ");
		json_verdict(w, report_latest(rs, STORE_TARGET_CONFLICT,
		    c->id));
		rw_puts(w, "}");
	}
	rw_puts(w, "],\n   \"conflict_pairs\": ");
	json_pairs(w, rs, STORE_CONFLICT);
	rw_puts(w, ",\n   \"verdicts\": [");
	for (i = 0; i < rs->nverdicts; i++) {
		rw_puts(w, i ? ",\n    " : "\n    ");
		json_verdict(w, &rs->verdicts[i]);
	}
	rw_puts(w, "],\n   \"open\": [");
	for (i = 0; i < rs->nopen; i++) {
		o = &rs->open[i];
		rw_printf(w, "%s\n    {\"target\": ", i ? "," : "");
		rw_jstr(w, store_target_name(o->target));
		rw_printf(w, ", \"target_id\": %lld, \"verdict\": ",
		    (long long)o->id);
		json_verdict(w, o->latest);
		rw_puts(w, "}");
	}
	rw_puts(w, "]}");
}

static void
json_end(struct rw *w)
{
	rw_puts(w, "]}\n");
}

/* --- the report ------------------------------------------------------- */

/* The layout of a text format; NULL for JSON, which has its own writer. */
static const struct layout *
layout_of(enum report_format f)
{
	switch (f) {
	case REPORT_MD:
		return &md_layout;
	case REPORT_TXT:
		return &txt_layout;
	case REPORT_HTML:
		return &html_layout;
	case REPORT_JSON:
		break;
	}
	return NULL;
}

static void
write_begin(struct rw *w, const char *generated)
{
	if (w->lay != NULL)
		w->lay->begin(w, generated);
	else
		json_begin(w, generated);
}

static void
write_story(struct rw *w, const struct report_story *rs, int first)
{
	if (w->lay != NULL)
		text_story(w, rs);
	else
		json_story(w, rs, first);
}

static void
write_end(struct rw *w)
{
	if (w->lay == NULL)
		json_end(w);
	else if (w->lay->end != NULL)
		w->lay->end(w);
}

static int
one_story(struct store *st, struct rw *w, int64_t id, int *first,
    char **cause)
{
	struct report_story	*rs;

	if (report_story_load(st, id, &rs, cause) != 0)
		return -1;
	if (id != 0 || rs->narticles != 0) {
		write_story(w, rs, *first);
		*first = 0;
	}
	report_story_free(rs);
	return 0;
}

/* Every story, newest first, then the articles in no story. */
static int
all_stories(struct store *st, struct rw *w, int *first, char **cause)
{
	struct store_story	*s;
	int64_t			*ids = NULL, *nid;
	size_t			 n, i, nids = 0, cap = 0, off = 0;
	int			 rc = -1;

	/* Ids first: the pages must not shift under a long write. */
	for (;;) {
		if (store_stories_page(st, off, REPORT_PAGE, &s, &n,
		    cause) != 0)
			goto out;
		for (i = 0; i < n; i++) {
			if ((nid = grow(ids, nids, &cap, sizeof *ids)) ==
			    NULL) {
				store_stories_free(s, n);
				nomem(cause);
				goto out;
			}
			ids = nid;
			ids[nids++] = s[i].id;
		}
		store_stories_free(s, n);
		if (n < REPORT_PAGE)
			break;
		off += n;
	}
	for (i = 0; i < nids && !w->failed && !w->nomem; i++) {
		if (one_story(st, w, ids[i], first, cause) != 0)
			goto out;
	}
	rc = one_story(st, w, 0, first, cause);
out:
	free(ids);
	return rc;
}

int
report_write(struct store *st, int64_t story, enum report_format f,
    report_out_fn fn, void *arg, char **cause)
{
	struct rw	 w;
	struct tm	 tm;
	time_t		 now = time(NULL);
	char		 generated[32];
	int		 first = 1, rc;

	memset(&w, 0, sizeof w);
	w.fn = fn;
	w.arg = arg;
	w.f = f;
	w.lay = layout_of(f);
	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(generated, sizeof generated, "%Y-%m-%d %H:%M:%S", &tm) ==
	    0)
		snprintf(generated, sizeof generated, "1970-01-01 00:00:00");
	write_begin(&w, generated);
	if (story != 0)
		rc = one_story(st, &w, story, &first, cause);
	else
		rc = all_stories(st, &w, &first, cause);
	if (rc != 0)
		return -1;
	write_end(&w);
	if (w.nomem)
		return nomem(cause);
	if (w.failed) {
		util_cause(cause, "%s", _("write error"));
		return -1;
	}
	return 0;
}

/* "09:14" for a time today (UTC), else "2026-11-21 09:14". */
static void
when(char *out, size_t size, const char *t)
{
	struct tm	tm;
	time_t		now = time(NULL);
	char		today[16];

	if (t == NULL || strlen(t) < 16 || t[10] != 'T') {
		snprintf(out, size, "%s", t != NULL ? t : "?");
		return;
	}
	if (gmtime_r(&now, &tm) != NULL &&
	    strftime(today, sizeof today, "%Y-%m-%d", &tm) != 0 &&
	    strncmp(today, t, 10) == 0)
		snprintf(out, size, "%.5s", t + 11);
	else
		snprintf(out, size, "%.10s %.5s", t, t + 11);
}

char *
report_stale(enum store_target target, int64_t id, int64_t expect,
    const struct store_verdict *latest)
{
	char	 t[32], *verdict, *editor, *msg = NULL;

	if (latest == NULL)
		return util_printf(_("%s %lld has no verdict, not verdict %lld "
		    "as you expected; nothing was saved"),
		    store_target_name(target), (long long)id,
		    (long long)expect);
	when(t, sizeof t, latest->time);
	/* Another editor's words: no control characters to the terminal. */
	verdict = report_escape(REPORT_TXT, latest->verdict);
	editor = report_escape(REPORT_TXT, latest->editor);
	if (verdict != NULL && editor != NULL)
		msg = util_printf(_("%s %lld was marked %s by %s at %s since "
		    "you loaded it (verdict %lld); nothing was saved"),
		    store_target_name(target), (long long)id, verdict, editor,
		    t, (long long)latest->id);
	free(verdict);
	free(editor);
	return msg;
}

static int
file_out(void *arg, const char *data, size_t len)
{
	return fwrite(data, 1, len, arg) == len ? 0 : -1;
}

int
report_file(struct store *st, int64_t story, enum report_format f,
    FILE *out, char **cause)
{
	return report_write(st, story, f, file_out, out, cause);
}
