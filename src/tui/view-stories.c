/*
 * view-stories.c: the first view.  Stories newest first, one item each
 * (headline; outlets, counts and date span underneath).  Until the engine
 * has grouped articles into stories, it lists all articles instead, newest
 * import first, so that a fresh database is still readable.
 *
 * Data is paged from the store by keyset, stories and articles alike: a
 * window of up to WIN_PAGES pages of WIN_PAGE rows that slides one page
 * at a time (a page costs the same anywhere in the list: no OFFSET, no
 * sort); a jump to either end starts a new window from that end.  At most
 * a window of rows is in memory whatever the size of the database.  The
 * window is dropped when another process changes the database.
 */
#include "px.h"
#include "tui.h"
#include "store.h"
#include "story.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WIN_PAGE	64
#define WIN_PAGES	4
#define STORIES_WIDE	72	/* narrower: article rows on two lines */

/* A page of rows (struct store_story or struct store_article). */
struct page {
	void	*rows;
	size_t	 n;
};

struct stories {
	int			 mode_articles;	/* no stories yet */
	int64_t			 count;
	int64_t			 version;

	struct page		 pages[WIN_PAGES];	/* list order */
	size_t			 npages;
	long			 base;	/* first row's index */
};

static size_t
stories_size(const struct stories *s)
{
	return s->mode_articles ? sizeof (struct store_article) :
	    sizeof (struct store_story);
}

static void
stories_free_rows(const struct stories *s, void *rows, size_t n)
{
	if (s->mode_articles)
		store_articles_free(rows, n);
	else
		store_stories_free(rows, n);
}

static void
stories_drop(struct stories *s)
{
	size_t	i;

	for (i = 0; i < s->npages; i++)
		stories_free_rows(s, s->pages[i].rows, s->pages[i].n);
	s->npages = 0;
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

/*
 * Fetch the page after (down the list) or before the row key (NULL: from
 * the top, or from the bottom), in the direction of travel.
 */
static int
stories_fetch(struct view *v, const void *key, int down, void **rows,
    size_t *n)
{
	struct stories		*s = v->data;
	const struct store_article *a = key;
	struct store_article	*arts;
	struct store_story	*sts;
	struct store_page	 q;
	int			 rc;

	if (!s->mode_articles) {
		rc = store_stories_next(v->ui->st, key, !down, WIN_PAGE, &sts,
		    n, NULL);
		*rows = sts;
		return rc;
	}
	/* Articles: newest id first, so down the list is backward. */
	memset(&q, 0, sizeof q);
	q.order = STORE_BY_ID;
	q.from = a != NULL ? a->id : 0;
	q.backward = down;
	q.limit = WIN_PAGE;
	rc = store_articles_page(v->ui->st, &q, &arts, n, NULL);
	*rows = arts;
	return rc;
}

/* Add a page to the window: at the end (down the list) or the front. */
static int
stories_extend(struct stories *s, void *rows, size_t n, int at_end)
{
	size_t		 size = stories_size(s), i;
	char		*r = rows, t[sizeof (struct store_article) +
			    sizeof (struct store_story)];

	if (n == 0) {
		free(rows);
		return -1;
	}
	if (at_end) {
		if (s->npages == WIN_PAGES) {
			stories_free_rows(s, s->pages[0].rows, s->pages[0].n);
			s->base += (long)s->pages[0].n;
			memmove(s->pages, s->pages + 1,
			    (WIN_PAGES - 1) * sizeof *s->pages);
			s->npages--;
		}
		s->pages[s->npages].rows = rows;
		s->pages[s->npages].n = n;
		s->npages++;
		return 0;
	}
	/* Rows up the list come nearest first: into list order. */
	for (i = 0; i < n / 2; i++) {
		memcpy(t, r + i * size, size);
		memcpy(r + i * size, r + (n - 1 - i) * size, size);
		memcpy(r + (n - 1 - i) * size, t, size);
	}
	if (s->npages == WIN_PAGES) {
		s->npages--;
		stories_free_rows(s, s->pages[s->npages].rows,
		    s->pages[s->npages].n);
	}
	memmove(s->pages + 1, s->pages, s->npages * sizeof *s->pages);
	s->pages[0].rows = rows;
	s->pages[0].n = n;
	s->npages++;
	s->base -= (long)n;
	return 0;
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

/* Row i of the list (a story or an article), paging as needed. */
static void *
stories_row(struct view *v, long i)
{
	struct stories	*s = v->data;
	size_t		 size = stories_size(s), n, p;
	struct page	*last;
	void		*rows;
	long		 k, win;
	int		 guard;

	if (i < 0 || i >= s->count)
		return NULL;
	for (guard = 0; guard < 100000; guard++) {
		win = stories_window(s);
		if (s->npages > 0 && i >= s->base && i < s->base + win) {
			k = i - s->base;
			for (p = 0; k >= (long)s->pages[p].n; p++)
				k -= (long)s->pages[p].n;
			return (char *)s->pages[p].rows + (size_t)k * size;
		}
		if (s->npages == 0 || i < s->base - WIN_PAGE ||
		    i >= s->base + win + WIN_PAGE) {
			/* A jump: restart from the nearer end. */
			stories_drop(s);
			if (i < s->count / 2) {
				s->base = 0;
				if (stories_fetch(v, NULL, 1, &rows, &n) != 0 ||
				    stories_extend(s, rows, n, 1) != 0)
					return NULL;
			} else {
				s->base = (long)s->count;
				if (stories_fetch(v, NULL, 0, &rows, &n) != 0 ||
				    stories_extend(s, rows, n, 0) != 0)
					return NULL;
			}
			continue;
		}
		if (i >= s->base + win) {
			last = &s->pages[s->npages - 1];
			if (stories_fetch(v, (char *)last->rows +
			    (last->n - 1) * size, 1, &rows, &n) != 0 ||
			    stories_extend(s, rows, n, 1) != 0)
				return NULL;
		} else {
			if (stories_fetch(v, s->pages[0].rows, 0, &rows,
			    &n) != 0 || stories_extend(s, rows, n, 0) != 0)
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
	char		who[32], day[8];
	const char	*date = story_date_label(a->date, a->month_day, day);
	int		rc = 0, narrow = width < STORIES_WIDE;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, date != NULL ? date : "          ", ROLE_DIM);
	cells_addstr(&l, "  ", ROLE_TEXT);
	cells_addstr(&l, ui_outlet(a->outlet, a->id, who, sizeof who),
	    ROLE_KEY);
	cells_truncate_mark(&l, narrow ? width : 30);
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
		if ((a = stories_row(v, i)) == NULL)
			return -1;
		return stories_render_article(a, width, out);
	}
	if ((t = stories_row(v, i)) == NULL)
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
		if ((art = stories_row(v, v->cur)) == NULL)
			return 1;
		arg.article = art->id;
		ui_push(v->ui, &view_article_ops, &arg);
	} else {
		if ((t = stories_row(v, v->cur)) == NULL)
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
