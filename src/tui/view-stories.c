/*
 * view-stories.c: the first view.  Stories newest first, one item each
 * (headline; outlets, counts and date span underneath).  Until the engine
 * has grouped articles into stories, it lists all articles instead, newest
 * import first, so that a fresh database is still readable.
 *
 * Data is paged from the store: stories by offset (a window of STORIES_WIN
 * rows around the item asked for), articles by id keyset (a window that
 * slides one page at a time; a jump to either end starts a new window from
 * that end).  At most a window of rows is in memory whatever the size of
 * the database.  The window is dropped when another process changes the
 * database.
 */
#include "px.h"
#include "tui.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STORIES_WIN	96
#define ARTICLES_PAGE	64
#define ARTICLES_PAGES	4
#define STORIES_WIDE	72	/* narrower: article rows on two lines */

struct stories {
	int			 mode_articles;	/* no stories yet */
	int64_t			 count;
	int64_t			 version;

	struct store_story	*stories;	/* [base, base + n) */
	size_t			 nstories;
	long			 sbase;

	struct {				/* newest id first */
		struct store_article	*a;
		size_t			 n;
	}			 pages[ARTICLES_PAGES];
	size_t			 npages;
	long			 abase;	/* first row's index */
};

static void stories_drop_pages(struct stories *);

static void
stories_drop(struct stories *s)
{
	store_stories_free(s->stories, s->nstories);
	s->stories = NULL;
	s->nstories = 0;
	stories_drop_pages(s);
}

/* Recount (and drop the window) when the database changed under us. */
static void
stories_check(struct view *v)
{
	struct stories	*s = v->data;
	struct store	*st = v->ui->st;
	int64_t		 ver, n;

	if (store_data_version(st, &ver, NULL) != 0 || ver == s->version)
		return;
	s->version = ver;
	stories_drop(s);
	if (store_story_count(st, &n, NULL) == 0 && n > 0) {
		s->mode_articles = 0;
		s->count = n;
	} else {
		s->mode_articles = 1;
		if (store_article_count(st, 0, &n, NULL) != 0)
			n = 0;
		s->count = n;
	}
}

static int
stories_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct stories	*s;

	(void)arg;
	if ((s = calloc(1, sizeof *s)) == NULL) {
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	s->version = -1;
	v->data = s;
	stories_check(v);
	return 0;
}

static long
stories_count(struct view *v)
{
	return (long)((struct stories *)v->data)->count;
}

static struct store_story *
stories_get(struct view *v, long i)
{
	struct stories	*s = v->data;
	long		 base;

	if (s->stories != NULL && i >= s->sbase &&
	    i < s->sbase + (long)s->nstories)
		return &s->stories[i - s->sbase];
	store_stories_free(s->stories, s->nstories);
	s->stories = NULL;
	s->nstories = 0;
	base = i > STORIES_WIN / 3 ? i - STORIES_WIN / 3 : 0;
	if (store_stories_page(v->ui->st, (size_t)base, STORIES_WIN,
	    &s->stories, &s->nstories, NULL) != 0)
		return NULL;
	s->sbase = base;
	if (i - base >= (long)s->nstories)
		return NULL;
	return &s->stories[i - base];
}

/* Fetch a page of articles by id: before (older than) or after key. */
static int
stories_page(struct view *v, int64_t key, int older, struct store_article **a,
    size_t *n)
{
	struct store_page	q;

	memset(&q, 0, sizeof q);
	q.order = STORE_BY_ID;
	q.from = key;
	q.backward = older;
	q.limit = ARTICLES_PAGE;
	return store_articles_page(v->ui->st, &q, a, n, NULL);
}

/* Add a page to the window: at the end (older rows) or the front. */
static int
stories_extend(struct stories *s, struct store_article *a, size_t n,
    int at_end)
{
	struct store_article	 t;
	size_t			 i;

	if (n == 0) {
		free(a);
		return -1;
	}
	if (at_end) {
		if (s->npages == ARTICLES_PAGES) {
			store_articles_free(s->pages[0].a, s->pages[0].n);
			s->abase += (long)s->pages[0].n;
			memmove(s->pages, s->pages + 1,
			    (ARTICLES_PAGES - 1) * sizeof *s->pages);
			s->npages--;
		}
		s->pages[s->npages].a = a;
		s->pages[s->npages].n = n;
		s->npages++;
		return 0;
	}
	/* Rows after the key come oldest first: newest first here. */
	for (i = 0; i < n / 2; i++) {
		t = a[i];
		a[i] = a[n - 1 - i];
		a[n - 1 - i] = t;
	}
	if (s->npages == ARTICLES_PAGES) {
		s->npages--;
		store_articles_free(s->pages[s->npages].a,
		    s->pages[s->npages].n);
	}
	memmove(s->pages + 1, s->pages, s->npages * sizeof *s->pages);
	s->pages[0].a = a;
	s->pages[0].n = n;
	s->npages++;
	s->abase -= (long)n;
	return 0;
}

static void
stories_drop_pages(struct stories *s)
{
	size_t	i;

	for (i = 0; i < s->npages; i++)
		store_articles_free(s->pages[i].a, s->pages[i].n);
	s->npages = 0;
}

static long
stories_window(const struct stories *s)
{
	long	n = 0;
	size_t	i;

	for (i = 0; i < s->npages; i++)
		n += (long)s->pages[i].n;
	return n;
}

static struct store_article *
stories_article(struct view *v, long i)
{
	struct stories		*s = v->data;
	struct store_article	*a, *last;
	size_t			 n, p;
	long			 k, win;
	int			 guard;

	if (i < 0 || i >= s->count)
		return NULL;
	for (guard = 0; guard < 100000; guard++) {
		win = stories_window(s);
		if (s->npages > 0 && i >= s->abase && i < s->abase + win) {
			k = i - s->abase;
			for (p = 0; k >= (long)s->pages[p].n; p++)
				k -= (long)s->pages[p].n;
			return &s->pages[p].a[k];
		}
		if (s->npages == 0 || i < s->abase - ARTICLES_PAGE ||
		    i >= s->abase + win + ARTICLES_PAGE) {
			/* A jump: restart from the nearer end. */
			stories_drop_pages(s);
			if (i < s->count / 2) {
				s->abase = 0;
				if (stories_page(v, 0, 1, &a, &n) != 0 ||
				    stories_extend(s, a, n, 1) != 0)
					return NULL;
			} else {
				s->abase = (long)s->count;
				if (stories_page(v, 0, 0, &a, &n) != 0 ||
				    stories_extend(s, a, n, 0) != 0)
					return NULL;
			}
			continue;
		}
		if (i >= s->abase + win) {
			last = &s->pages[s->npages - 1].a[
			    s->pages[s->npages - 1].n - 1];
			if (stories_page(v, last->id, 1, &a, &n) != 0 ||
			    stories_extend(s, a, n, 1) != 0)
				return NULL;
		} else {
			if (stories_page(v, s->pages[0].a[0].id, 0, &a,
			    &n) != 0 || stories_extend(s, a, n, 0) != 0)
				return NULL;
		}
	}
	return NULL;
}

static int
stories_render_story(struct store_story *t, int width, struct lines *out)
{
	struct line	 l;
	char		 buf[128];
	size_t		 k;
	int		 rc;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, t->title != NULL ? t->title : _("(untitled story)"),
	    ROLE_TEXT);
	rc = cells_wrap(&l, width, 2, out);
	cells_clear(&l);
	cells_addstr(&l, "  ", ROLE_DIM);
	snprintf(buf, sizeof buf, P_("%lld article", "%lld articles",
	    t->narticles), (long long)t->narticles);
	cells_addstr(&l, buf, ROLE_DIM);
	cells_addstr(&l, "  ", ROLE_DIM);
	if (t->nconflicts > 0) {
		snprintf(buf, sizeof buf, P_("! %lld conflict",
		    "! %lld conflicts", t->nconflicts),
		    (long long)t->nconflicts);
		cells_addstr(&l, buf, ROLE_CONFLICT);
		cells_addstr(&l, "  ", ROLE_DIM);
	}
	if (t->first_date != NULL) {
		cells_addstr(&l, t->first_date, ROLE_DIM);
		if (t->last_date != NULL &&
		    strcmp(t->first_date, t->last_date) != 0) {
			cells_addstr(&l, "..", ROLE_DIM);
			cells_addstr(&l, t->last_date, ROLE_DIM);
		}
		cells_addstr(&l, "  ", ROLE_DIM);
	}
	for (k = 0; k < t->noutlets; k++) {
		cells_addstr(&l, k > 0 ? ", " : "", ROLE_DIM);
		cells_addstr(&l, t->outlets[k], ROLE_DIM);
	}
	if (rc == 0)
		rc = cells_wrap(&l, width, 4, out);
	cells_free(&l);
	return rc;
}

/* One line per article (date, outlet, title); two when narrow. */
static int
stories_render_article(const struct store_article *a, int width,
    struct lines *out)
{
	struct line	l;
	int		rc = 0, narrow = width < STORIES_WIDE;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, a->date != NULL ? a->date : "          ", ROLE_DIM);
	cells_addstr(&l, "  ", ROLE_TEXT);
	cells_addstr(&l, a->outlet != NULL ? a->outlet : "?", ROLE_KEY);
	cells_truncate(&l, narrow ? width : 30);
	if (narrow) {
		rc = cells_wrap(&l, width, 0, out);
		cells_clear(&l);
		cells_addstr(&l, "    ", ROLE_TEXT);
	} else
		cells_pad(&l, 32, ROLE_TEXT);
	cells_addstr(&l, a->title != NULL ? a->title : _("(untitled)"),
	    ROLE_TEXT);
	if (rc == 0)
		rc = cells_wrap(&l, width, narrow ? 4 : 32, out);
	cells_free(&l);
	return rc;
}

static int
stories_render(struct view *v, long i, int width, struct lines *out)
{
	struct stories		*s = v->data;
	struct store_story	*t;
	struct store_article	*a;

	if (s->mode_articles) {
		if ((a = stories_article(v, i)) == NULL)
			return -1;
		return stories_render_article(a, width, out);
	}
	if ((t = stories_get(v, i)) == NULL)
		return -1;
	return stories_render_story(t, width, out);
}

static void
stories_title(struct view *v, struct line *l, int width)
{
	struct stories	*s = v->data;
	char		 buf[128];

	(void)width;
	stories_check(v);
	if (s->mode_articles)
		snprintf(buf, sizeof buf, P_("parallax: %lld article "
		    "(no stories yet)", "parallax: %lld articles "
		    "(no stories yet)", s->count), (long long)s->count);
	else
		snprintf(buf, sizeof buf, P_("parallax: %lld story",
		    "parallax: %lld stories", s->count), (long long)s->count);
	cells_addstr(l, buf, ROLE_TITLE);
	if (s->count == 0) {
		cells_addstr(l, " - ", ROLE_TITLE);
		cells_addstr(l, _("import articles with 'parallax import'"),
		    ROLE_TITLE);
	}
}

static int
stories_action(struct view *v, enum action_id a)
{
	struct stories		*s = v->data;
	struct store_story	*t;
	struct store_article	*art;
	struct view_arg		 arg;

	if (a != ACT_OPEN)
		return 0;
	memset(&arg, 0, sizeof arg);
	if (s->mode_articles) {
		if ((art = stories_article(v, v->cur)) == NULL)
			return 1;
		arg.article = art->id;
		ui_push(v->ui, &view_article_ops, &arg);
	} else {
		if ((t = stories_get(v, v->cur)) == NULL)
			return 1;
		arg.story = t->id;
		ui_push(v->ui, &view_story_ops, &arg);
	}
	return 1;
}

static void
stories_close(struct view *v)
{
	struct stories	*s = v->data;

	if (s == NULL)
		return;
	stories_drop(s);
	free(s);
	v->data = NULL;
}

const struct view_ops view_stories_ops = {
	"stories", VIEW_LIST, stories_open, stories_count, stories_render,
	stories_title, stories_action, NULL, stories_close
};
