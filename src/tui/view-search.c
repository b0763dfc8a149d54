/*
 * view-search.c: the results of a full-text search over all sentences
 * (store_search: FTS5, best first).  Each item is one hit: outlet and
 * title, then the snippet with the matched words in the match role.  Enter
 * opens the article at that sentence.
 *
 * Hits are fetched a window of SEARCH_WIN at a time by offset; the number
 * of hits is not known in advance, so the count is what has been seen so
 * far plus one while the last page came back full: scrolling onto that
 * last item fetches the next window.
 */
#include <config.h>

#include "px.h"
#include "tui.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SEARCH_WIN	100

struct search {
	char		*query;
	struct store_hit *hits;		/* [base, base + n) */
	size_t		 n;
	long		 base;
	long		 known;		/* hits seen so far */
	int		 more;		/* the last window was full */
};

int
search_matches(const char *text, const char *query)
{
	char	word[128];
	size_t	n;

	while (*query != '\0') {
		query += strspn(query, " \"*");
		n = strcspn(query, " \"*");
		if (n == 0)
			break;
		if (n < sizeof word &&
		    !(n == 2 && strncmp(query, "OR", 2) == 0)) {
			memcpy(word, query, n);
			word[n] = '\0';
			if (strcasestr(text, word) != NULL)
				return 1;
		}
		query += n;
	}
	return 0;
}

/*
 * Add text to l with the words of query (any case) in the match role.
 * At most SEARCH_MARKS spans are marked.
 */
#define SEARCH_MARKS 32
void
search_highlight(struct line *l, const char *text, const char *query,
    int role)
{
	size_t		 st[SEARCH_MARKS], en[SEARCH_MARKS], n = 0, len, i, pos;
	const char	*q = query, *hit;
	char		 word[128];

	while (query != NULL && *q != '\0' && n < SEARCH_MARKS) {
		q += strspn(q, " \"*");
		len = strcspn(q, " \"*");
		if (len == 0)
			break;
		if (len < sizeof word && !(len == 2 && strncmp(q, "OR", 2) ==
		    0)) {
			memcpy(word, q, len);
			word[len] = '\0';
			for (hit = strcasestr(text, word); hit != NULL &&
			    n < SEARCH_MARKS; hit = strcasestr(hit + len, word)) {
				st[n] = (size_t)(hit - text);
				en[n] = st[n] + len;
				n++;
			}
		}
		q += len;
	}
	pos = 0;
	while (text[pos] != '\0') {
		/* The next mark at or after pos. */
		for (i = 0, len = (size_t)-1; i < n; i++) {
			if (st[i] >= pos && (len == (size_t)-1 || st[i] <
			    st[len]))
				len = i;
		}
		if (len == (size_t)-1) {
			cells_addstr(l, text + pos, role);
			return;
		}
		cells_add(l, text + pos, st[len] - pos, role);
		cells_add(l, text + st[len], en[len] - st[len], ROLE_MATCH);
		pos = en[len];
	}
}

static int
search_fetch(struct view *v, long base, char **cause)
{
	struct search	*s = v->data;
	struct store_hit *h = NULL;
	size_t		 n = 0;

	if (base < 0)
		base = 0;
	if (store_search(v->ui->st, s->query, (size_t)base, SEARCH_WIN, &h,
	    &n, cause) != 0)
		return -1;
	store_hits_free(s->hits, s->n);
	s->hits = h;
	s->n = n;
	s->base = base;
	if (base + (long)n > s->known)
		s->known = base + (long)n;
	if (base + (long)n >= s->known)
		s->more = n == SEARCH_WIN;
	return 0;
}

static int
search_open(struct view *v, const struct view_arg *arg, char **cause)
{
	struct search	*s;

	if ((s = calloc(1, sizeof *s)) == NULL ||
	    (s->query = util_strdup(arg->query)) == NULL) {
		free(s);
		util_cause(cause, "%s", _("out of memory"));
		return -1;
	}
	v->data = s;
	if (search_fetch(v, 0, cause) != 0) {
		free(s->query);
		free(s);
		v->data = NULL;
		return -1;
	}
	if (s->n == 0) {
		util_cause(cause, _("nothing found for '%s'"), arg->query);
		free(s->query);
		free(s);
		v->data = NULL;
		return -1;
	}
	return 0;
}

static long
search_count(struct view *v)
{
	struct search	*s = v->data;

	return s->known + (s->more ? 1 : 0);
}

static struct store_hit *
search_get(struct view *v, long i)
{
	struct search	*s = v->data;

	if (i >= s->base && i < s->base + (long)s->n)
		return &s->hits[i - s->base];
	if (search_fetch(v, i - SEARCH_WIN / 3, NULL) != 0)
		return NULL;
	if (i >= s->base && i < s->base + (long)s->n)
		return &s->hits[i - s->base];
	return NULL;
}

/* The snippet, its STORE_MARK_ON/OFF spans in the match role. */
static void
search_snippet(struct line *l, const char *s)
{
	int	role = ROLE_TEXT;
	size_t	n;

	while (*s != '\0') {
		n = strcspn(s, STORE_MARK_ON STORE_MARK_OFF);
		cells_add(l, s, n, role);
		s += n;
		if (*s == STORE_MARK_ON[0])
			role = ROLE_MATCH;
		else if (*s == STORE_MARK_OFF[0])
			role = ROLE_TEXT;
		if (*s != '\0')
			s++;
	}
}

static int
search_render(struct view *v, long i, int width, struct lines *out)
{
	struct store_hit	*h;
	struct line		 l;
	char			 num[32], who[32];
	int			 rc;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if ((h = search_get(v, i)) == NULL) {
		cells_addstr(&l, _("(no more results)"), ROLE_DIM);
		rc = cells_wrap(&l, width, 0, out);
		cells_free(&l);
		return rc;
	}
	cells_addstr(&l, ui_outlet(h->outlet, h->article, who, sizeof who),
	    ROLE_KEY);
	snprintf(num, sizeof num, " #%zu ", h->idx + 1);
	cells_addstr(&l, num, ROLE_DIM);
	cells_addstr(&l, h->title, ROLE_DIM);
	cells_truncate_mark(&l, width);
	rc = cells_wrap(&l, width, 2, out);
	cells_clear(&l);
	cells_addstr(&l, "  ", ROLE_TEXT);
	search_snippet(&l, h->snippet != NULL ? h->snippet : h->text);
	if (rc == 0)
		rc = cells_wrap(&l, width, 2, out);
	cells_free(&l);
	return rc;
}

static void
search_title(struct view *v, struct line *l, int width)
{
	struct search	*s = v->data;
	char		 buf[64];

	(void)width;
	cells_addstr(l, _("search: "), ROLE_TITLE);
	cells_addstr(l, s->query, ROLE_TITLE);
	snprintf(buf, sizeof buf, s->more ? _("  (%ld+ hits)") :
	    _("  (%ld hits)"), s->known);
	cells_addstr(l, buf, ROLE_TITLE);
}

static int
search_action(struct view *v, enum action_id a)
{
	struct store_hit	*h;
	struct view_arg		 arg;

	switch (a) {
	case ACT_OPEN:
		if ((h = search_get(v, v->cur)) == NULL)
			return 1;
		memset(&arg, 0, sizeof arg);
		arg.article = h->article;
		arg.sentence = h->idx;
		arg.mark = 1;
		ui_push(v->ui, &view_article_ops, &arg);
		return 1;
	case ACT_SEARCH_NEXT:
		ui_move(v->ui, 1);
		return 1;
	case ACT_SEARCH_PREV:
		ui_move(v->ui, -1);
		return 1;
	default:
		return 0;
	}
}

static void
search_close(struct view *v)
{
	struct search	*s = v->data;

	if (s == NULL)
		return;
	store_hits_free(s->hits, s->n);
	free(s->query);
	free(s);
	v->data = NULL;
}

const struct view_ops view_search_ops = {
	"search", VIEW_LIST, search_open, search_count, search_render,
	search_title, search_action, NULL, search_close
};
