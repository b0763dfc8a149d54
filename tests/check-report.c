/*
 * check-report.c: the report module and the review functions of the store
 * (store-review.c): escaping per format, adding verdicts with the
 * compare-and-set check, the open items of a story, and reports of a small
 * story built in a temporary database (and of an article in no story): what
 * they say, and the shape of each format (closed HTML elements, Markdown
 * tables as wide as their header, plain text headings underlined to their
 * width).
 */
#include <config.h>

#include "report.h"
#include "store.h"
#include "suites.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --- escaping --------------------------------------------------------- */

static const struct {
	enum report_format	 f;
	const char		*in;
	const char		*want;
} escapes[] = {
	{ REPORT_HTML, "<script>alert(\"x\")</script>",
	    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" },
	{ REPORT_HTML, "Smith & Sons' <b>", "Smith &amp; Sons&#39; &lt;b&gt;" },
	{ REPORT_HTML, "Z\xc3\xbcrich \xe2\x80\x94 ok", "Z\xc3\xbcrich "
	    "\xe2\x80\x94 ok" },
	{ REPORT_HTML, "a\nb\x1b" "c", "a b c" },
	{ REPORT_MD, "*Bold* _it_ [l](u)", "\\*Bold\\* \\_it\\_ \\[l\\](u)" },
	{ REPORT_MD, "# 1 | 2 `x` <i> \\", "\\# 1 \\| 2 \\`x\\` \\<i\\> \\\\" },
	{ REPORT_MD, "a & b ~c~ !x", "a \\& b \\~c\\~ \\!x" },
	{ REPORT_MD, "line\nbreak", "line break" },
	{ REPORT_TXT, "a\x1b[31mb\r\n", "a [31mb  " },
	{ REPORT_TXT, "c1\xc2\x9b" "x", "c1 x" },
	{ REPORT_TXT, "<kept> *as* is", "<kept> *as* is" },
	{ REPORT_JSON, "q\"b\\s\nt\tc\x01", "q\\\"b\\\\s\\nt\\tc\\u0001" },
	{ REPORT_JSON, "\xc3\xa9t\xc3\xa9", "\xc3\xa9t\xc3\xa9" },
	{ REPORT_JSON, "bad \xff byte", "bad \xef\xbf\xbd byte" },
	{ REPORT_HTML, "cut \xe2\x80", "cut \xef\xbf\xbd\xef\xbf\xbd" },
	{ REPORT_JSON, "c1 \xc2\x85 kept", "c1 \xc2\x85 kept" },
	{ REPORT_MD, "\xef\xbf\xbd stays", "\xef\xbf\xbd stays" },
};

START_TEST(test_escape)
{
	char	*got = report_escape(escapes[_i].f, escapes[_i].in);

	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, escapes[_i].want);
	free(got);
}
END_TEST

START_TEST(test_format_parse)
{
	enum report_format	f;

	ck_assert_int_eq(report_format_parse("html", &f), 0);
	ck_assert_int_eq(f, REPORT_HTML);
	ck_assert_int_eq(report_format_parse("md", &f), 0);
	ck_assert_int_eq(f, REPORT_MD);
	ck_assert_int_eq(report_format_parse("json", &f), 0);
	ck_assert_int_eq(f, REPORT_JSON);
	ck_assert_int_eq(report_format_parse("txt", &f), 0);
	ck_assert_int_eq(f, REPORT_TXT);
	ck_assert_int_eq(report_format_parse("pdf", &f), -1);
	ck_assert_str_eq(report_format_name(REPORT_HTML), "html");
}
END_TEST

/* --- a small story in a temporary database ---------------------------- */

static char		 tmpdir[64];
static char		 dbpath[128];
static struct store	*st;

/* What the fixture made. */
static int64_t	story, art[2], sent[2][2], claim[2], conflict[2], pair;

static void
add_article(int k, const char *outlet, const char *title, const char *date,
    const char *s0, const char *s1)
{
	struct article		a;
	struct article_sentence	s[2];
	struct store_sentence	*ss;
	char			*raw, hash[65], *cause = NULL;
	size_t			 n;

	raw = util_printf("%s\n%s %s\n", title, s0, s1);
	ck_assert_ptr_nonnull(raw);
	memset(&a, 0, sizeof a);
	memset(s, 0, sizeof s);
	a.title = (char *)title;
	a.date = (char *)date;
	a.outlet = (char *)outlet;
	s[0].text = (char *)s0;
	s[0].start = strlen(title) + 1;
	s[0].end = s[0].start + strlen(s0);
	s[1].text = (char *)s1;
	s[1].start = s[0].end + 1;
	s[1].end = s[1].start + strlen(s1);
	a.sentences = s;
	a.nsentences = 2;
	util_sha256_hex(raw, strlen(raw), hash);
	ck_assert_msg(store_article_add(st, &a, NULL, raw, strlen(raw), hash,
	    &art[k], &cause) == 0, "%s", cause);
	free(raw);
	ck_assert_int_eq(store_sentences(st, art[k], &ss, &n, &cause), 0);
	ck_assert_uint_eq(n, 2);
	sent[k][0] = ss[0].id;
	sent[k][1] = ss[1].id;
	store_sentences_free(ss, n);
	ck_assert_int_eq(store_article_set_story(st, art[k], story, &cause),
	    0);
}

static int64_t
add_claim(int64_t sentence, double value, const char *source)
{
	struct store_claim	c;
	int64_t			id;
	char			*cause = NULL;

	memset(&c, 0, sizeof c);
	c.sentence = sentence;
	c.kind = (char *)"killed";
	c.subject = (char *)"villagers";
	c.has_num = 1;
	c.value_num = value;
	c.source = (char *)source;
	ck_assert_msg(store_claim_add(st, &c, &id, &cause) == 0, "%s", cause);
	return id;
}

static int64_t
add_conflict(int64_t a, int64_t b)
{
	struct store_conflict	c;
	int64_t			ids[2] = { a, b }, id;
	char			*cause = NULL;

	memset(&c, 0, sizeof c);
	c.story = story;
	c.kind = (char *)"killed";
	c.subject = (char *)"villagers";
	c.claims = ids;
	c.nclaims = 2;
	ck_assert_msg(store_conflict_add(st, &c, &id, &cause) == 0, "%s",
	    cause);
	return id;
}

static void
setup(void)
{
	struct store_story	s;
	char			*cause = NULL;

	snprintf(tmpdir, sizeof tmpdir, "/tmp/px-report-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	snprintf(dbpath, sizeof dbpath, "%s/test.db", tmpdir);
	ck_assert_msg(store_open(dbpath, STORE_CREATE, &st, &cause) == 0,
	    "%s", cause);
	memset(&s, 0, sizeof s);
	s.title = (char *)"Flood <b>& \"*rescue*\"</b>";
	s.first_date = (char *)"2026-03-01";
	s.last_date = (char *)"2026-03-02";
	ck_assert_int_eq(store_story_put(st, &s, &story, &cause), 0);
	add_article(0, "North <Wire>", "Dam *breaks* | #1",
	    "2026-03-01", "The dam broke at dawn.",
	    "Officials said 12 people died.");
	add_article(1, "South & Post", "Flood toll rises", "2026-03-02",
	    "The dam broke early in the morning.",
	    "A charity said 40 people died.");
	claim[0] = add_claim(sent[0][1], 12, "officials");
	claim[1] = add_claim(sent[1][1], 40, "a charity");
	conflict[0] = add_conflict(claim[0], claim[1]);
	conflict[1] = add_conflict(claim[0], claim[1]);
	ck_assert_int_eq(store_pair_put(st, sent[0][0], sent[1][0],
	    STORE_SAME, 0.9, &pair, &cause), 0);
}

static void
teardown(void)
{
	char	*cmd;

	store_close(st);
	st = NULL;
	cmd = util_printf("rm -rf '%s'", tmpdir);
	if (cmd != NULL && system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", tmpdir);
	free(cmd);
}

/* Add a verdict without a check; returns its id. */
static int64_t
mark(enum store_target t, int64_t id, const char *verdict, const char *note)
{
	struct store_verdict	*latest = NULL;
	int64_t			 vid;
	char			*cause = NULL;

	ck_assert_msg(store_review_add(st, t, id, STORE_REVIEW_ANY, verdict,
	    note, "ed", &vid, &latest, &cause) == 0, "%s", cause);
	ck_assert_ptr_null(latest);
	ck_assert_int_gt(vid, 0);
	return vid;
}

START_TEST(test_add_expect)
{
	struct store_verdict	*latest = NULL;
	int64_t			 v1, v2;
	char			*cause = NULL, *msg;

	/* Expecting no verdict yet: added. */
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair, 0,
	    "disputed", "venue", "olena", &v1, &latest, &cause), 0);
	ck_assert_int_gt(v1, 0);
	ck_assert_ptr_null(latest);
	/* A second editor who also saw no verdict is told who came first. */
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair, 0,
	    "confirmed", NULL, "marek", &v2, &latest, &cause), 0);
	ck_assert_int_eq(v2, 0);
	ck_assert_ptr_nonnull(latest);
	ck_assert_int_eq(latest->id, v1);
	ck_assert_str_eq(latest->editor, "olena");
	ck_assert_str_eq(latest->verdict, "disputed");
	msg = report_stale(STORE_TARGET_PAIR, pair, 0, latest);
	ck_assert_ptr_nonnull(msg);
	ck_assert_msg(strstr(msg, "was marked disputed by olena at ") != NULL &&
	    strstr(msg, "since you loaded it") != NULL, "%s", msg);
	free(msg);
	store_verdict_free(latest);
	latest = NULL;
	/* Expecting the current one: added. */
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair, v1,
	    "confirmed", NULL, "marek", &v2, &latest, &cause), 0);
	ck_assert_int_gt(v2, v1);
	ck_assert_ptr_null(latest);
	/* Expecting a verdict on an item that has none. */
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_CLAIM, claim[0],
	    v1, "confirmed", NULL, "marek", &v2, &latest, &cause), 0);
	ck_assert_int_eq(v2, 0);
	ck_assert_ptr_null(latest);
	msg = report_stale(STORE_TARGET_CLAIM, claim[0], v1, NULL);
	ck_assert_ptr_nonnull(msg);
	ck_assert_ptr_nonnull(strstr(msg, "has no verdict"));
	free(msg);
}
END_TEST

START_TEST(test_add_refused)
{
	struct store_verdict	*latest = NULL;
	int64_t			 v;
	char			*cause = NULL;

	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair + 100,
	    STORE_REVIEW_ANY, "confirmed", NULL, "ed", &v, &latest, &cause),
	    -1);
	ck_assert_ptr_nonnull(strstr(cause, "pair"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_CONFLICT,
	    conflict[1] + 100, 0, "confirmed", NULL, "ed", &v, &latest,
	    &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair,
	    STORE_REVIEW_ANY, "maybe", NULL, "ed", &v, &latest, &cause), -1);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_review_add(st, STORE_TARGET_PAIR, pair,
	    STORE_REVIEW_ANY, "confirmed", "bad \xff byte", "ed", &v, &latest,
	    &cause), -1);
	free(cause);
	cause = NULL;
	/* Nothing of that was stored. */
	ck_assert_int_eq(store_verdict_latest(st, STORE_TARGET_PAIR, pair,
	    &latest, &cause), 0);
	ck_assert_ptr_null(latest);
}
END_TEST

static int
count_one(void *arg, const struct store_verdict *v)
{
	(void)v;
	(*(int *)arg)++;
	return 0;
}

START_TEST(test_open)
{
	struct report_story	*rs;
	char			*cause = NULL;
	int64_t			 vpair, vc;
	int			 n = 0;

	vpair = mark(STORE_TARGET_PAIR, pair, "confirmed", NULL);
	vpair = mark(STORE_TARGET_PAIR, pair, "disputed", "not the same dam");
	mark(STORE_TARGET_CLAIM, claim[0], "needs-check", NULL);
	mark(STORE_TARGET_CLAIM, claim[0], "confirmed", "called them");
	mark(STORE_TARGET_CONFLICT, conflict[1], "needs-check", NULL);
	vc = mark(STORE_TARGET_CONFLICT, conflict[1], "cleared", NULL);

	ck_assert_msg(report_story_load(st, story, &rs, &cause) == 0, "%s",
	    cause);
	ck_assert_uint_eq(rs->nverdicts, 6);
	ck_assert_uint_eq(rs->narticles, 2);
	ck_assert_uint_eq(rs->noutlets, 2);
	ck_assert_uint_eq(rs->npairs, 1);
	ck_assert_uint_eq(rs->nconflicts, 2);
	/* Open: conflict[0] (not reviewed), the pair (disputed). */
	ck_assert_uint_eq(rs->nopen, 2);
	ck_assert_int_eq(rs->open[0].target, STORE_TARGET_CONFLICT);
	ck_assert_int_eq(rs->open[0].id, conflict[0]);
	ck_assert_ptr_null(rs->open[0].latest);
	ck_assert_int_eq(rs->open[1].target, STORE_TARGET_PAIR);
	ck_assert_int_eq(rs->open[1].id, pair);
	ck_assert_ptr_nonnull(rs->open[1].latest);
	ck_assert_int_eq(rs->open[1].latest->id, vpair);
	ck_assert_int_eq(report_latest(rs, STORE_TARGET_CONFLICT,
	    conflict[1])->id, vc);
	/* Articles newest first; lookups by id. */
	ck_assert_int_eq(rs->articles[0].id, art[1]);
	ck_assert_int_eq(report_article(rs, art[0])->id, art[0]);
	ck_assert_str_eq(report_sentence(rs, sent[1][1])->text,
	    "A charity said 40 people died.");
	ck_assert_ptr_nonnull(report_claim(rs, claim[1]));
	report_story_free(rs);

	/* The store's view agrees: one open verdict (the pair's). */
	ck_assert_int_eq(store_review_each(st, story, STORE_REVIEW_OPEN,
	    count_one, &n, &cause), 0);
	ck_assert_int_eq(n, 1);
	n = 0;
	ck_assert_int_eq(store_review_each(st, story, 0, count_one, &n,
	    &cause), 0);
	ck_assert_int_eq(n, 6);
	n = 0;
	ck_assert_int_eq(store_review_each(st, story + 1, 0, count_one, &n,
	    &cause), 0);
	ck_assert_int_eq(n, 0);
}
END_TEST

struct sink {
	char	*p;
	size_t	 len;
};

static int
sink_out(void *arg, const char *data, size_t len)
{
	struct sink	*s = arg;
	char		*np;

	if ((np = realloc(s->p, s->len + len + 1)) == NULL)
		return -1;
	s->p = np;
	memcpy(s->p + s->len, data, len);
	s->len += len;
	s->p[s->len] = '\0';
	return 0;
}

static char *
report(enum report_format f, int64_t id)
{
	struct sink	 s = { NULL, 0 };
	char		*cause = NULL;

	ck_assert_msg(report_write(st, id, f, sink_out, &s, &cause) == 0,
	    "%s", cause);
	ck_assert_ptr_nonnull(s.p);
	return s.p;
}

START_TEST(test_report_html)
{
	char	*h;

	mark(STORE_TARGET_CONFLICT, conflict[0], "disputed",
	    "<img src=x onerror=alert(1)>");
	h = report(REPORT_HTML, story);
	ck_assert_ptr_nonnull(strstr(h, "Flood &lt;b&gt;&amp; "
	    "&quot;*rescue*&quot;&lt;/b&gt;"));
	ck_assert_ptr_nonnull(strstr(h, "North &lt;Wire&gt;"));
	ck_assert_ptr_nonnull(strstr(h, "&lt;img src=x"));
	ck_assert_ptr_null(strstr(h, "<img"));
	ck_assert_ptr_null(strstr(h, "<b>"));
	ck_assert_ptr_null(strstr(h, "<script"));
	ck_assert_ptr_null(strstr(h, "http"));
	ck_assert_ptr_nonnull(strstr(h, "@media print"));
	ck_assert_ptr_nonnull(strstr(h, "A charity said 40 people died."));
	ck_assert_ptr_nonnull(strstr(h, "a charity"));
	ck_assert_ptr_nonnull(strstr(h, ">40<"));
	ck_assert_ptr_nonnull(strstr(h, "</html>"));
	free(h);
}
END_TEST

START_TEST(test_report_md)
{
	char	*m;

	mark(STORE_TARGET_PAIR, pair, "disputed", "*not* | the same");
	m = report(REPORT_MD, story);
	ck_assert_ptr_nonnull(strstr(m, "Dam \\*breaks\\* \\| \\#1"));
	ck_assert_ptr_nonnull(strstr(m, "\\*not\\* \\| the same"));
	ck_assert_ptr_nonnull(strstr(m, "North \\<Wire\\>"));
	ck_assert_ptr_nonnull(strstr(m, "South \\& Post"));
	ck_assert_ptr_nonnull(strstr(m, "The dam broke at dawn."));
	ck_assert_ptr_nonnull(strstr(m, "| 12 |"));
	free(m);
}
END_TEST

START_TEST(test_report_json)
{
	char	*j;

	j = report(REPORT_JSON, 0);
	ck_assert_ptr_nonnull(strstr(j, "\"format\": \"parallax-report/1\""));
	ck_assert_ptr_nonnull(strstr(j, "\"title\": \"Flood <b>& "
	    "\\\"*rescue*\\\"</b>\""));
	ck_assert_ptr_nonnull(strstr(j, "\"value\": 40"));
	ck_assert_ptr_nonnull(strstr(j, "\"open\": ["));
	free(j);
}
END_TEST

START_TEST(test_report_missing_story)
{
	struct report_story	*rs;
	char			*cause = NULL;

	ck_assert_int_eq(report_story_load(st, story + 7, &rs, &cause), -1);
	ck_assert_ptr_null(rs);
	ck_assert_ptr_nonnull(cause);
	free(cause);
}
END_TEST

/* An article in no story; returns its id. */
static int64_t
add_loose(const char *title)
{
	struct article	 a;
	char		*raw, hash[65], *cause = NULL;
	int64_t		 id;

	memset(&a, 0, sizeof a);
	a.title = (char *)title;
	a.outlet = (char *)"West Gazette";
	a.date = (char *)"2026-02-01";
	raw = util_printf("%s\n", title);
	ck_assert_ptr_nonnull(raw);
	util_sha256_hex(raw, strlen(raw), hash);
	ck_assert_msg(store_article_add(st, &a, NULL, raw, strlen(raw), hash,
	    &id, &cause) == 0, "%s", cause);
	free(raw);
	return id;
}

/* Verdicts on every kind of item and an article in no story. */
static void
fill(void)
{
	mark(STORE_TARGET_PAIR, pair, "disputed", "*not* | <the> same");
	mark(STORE_TARGET_CLAIM, claim[1], "needs-check", NULL);
	mark(STORE_TARGET_CONFLICT, conflict[1], "cleared", "a & b");
	add_loose("Z\xc3\xbcrich *loose* <end> & | #2");
}

static const struct {
	enum report_format	 f;
	const char		*marker;	/* opens the loose articles */
} loose_cases[] = {
	{ REPORT_MD, "## Articles not yet in a story\n" },
	{ REPORT_TXT, "\nArticles not yet in a story\n" },
	{ REPORT_HTML, "<h2>Articles not yet in a story</h2>" },
	{ REPORT_JSON, "{\"id\": null" },
};

/* After the story, its own section: the article in no story, escaped. */
START_TEST(test_report_loose)
{
	const char	*title = "Z\xc3\xbcrich *loose* <end> & | #2";
	char		*out, *esc, *s, *l, *t;

	fill();
	out = report(loose_cases[_i].f, 0);
	esc = report_escape(loose_cases[_i].f, title);
	ck_assert_ptr_nonnull(esc);
	s = strstr(out, "A charity said 40 people died.");
	l = strstr(out, loose_cases[_i].marker);
	t = strstr(out, esc);
	ck_assert_ptr_nonnull(s);
	ck_assert_ptr_nonnull(l);
	ck_assert_ptr_nonnull(t);
	ck_assert_msg(l > s, "the articles in no story come last");
	ck_assert_msg(t > l, "the article in no story is in their section");
	ck_assert_ptr_null(strstr(l + 1, loose_cases[_i].marker));
	free(esc);
	free(out);
}
END_TEST

static size_t
occurrences(const char *s, const char *what)
{
	size_t	n = 0;

	while ((s = strstr(s, what)) != NULL) {
		n++;
		s += strlen(what);
	}
	return n;
}

static const char *const html_tags[] = { "section", "h2", "h3", "h4", "p",
    "div", "span", "table", "thead", "tbody", "tr", "th", "td", "ul",
    "li" };

/* Every element of the HTML report is closed (and each one is there). */
START_TEST(test_report_html_tags)
{
	char	*h, open[32], open_attr[32], close[32];
	size_t	 n;

	fill();
	h = report(REPORT_HTML, 0);
	snprintf(open, sizeof open, "<%s>", html_tags[_i]);
	snprintf(open_attr, sizeof open_attr, "<%s ", html_tags[_i]);
	snprintf(close, sizeof close, "</%s>", html_tags[_i]);
	n = occurrences(h, open) + occurrences(h, open_attr);
	ck_assert_uint_gt(n, 0);
	ck_assert_uint_eq(n, occurrences(h, close));
	free(h);
}
END_TEST

/* The cell separators of a Markdown table row (escaped ones do not count). */
static size_t
md_cells(const char *line, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++) {
		if (line[i] == '\\')
			i++;
		else
			n += line[i] == '|';
	}
	return n;
}

/* Each Markdown table: a header, its rule, rows as wide as the header. */
START_TEST(test_report_md_tables)
{
	char		*m, *p, *nl;
	size_t		 width = 0, n, tables = 0, row = 0;

	fill();
	m = report(REPORT_MD, 0);
	for (p = m; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		if (*p != '|') {
			row = 0;
			continue;
		}
		n = md_cells(p, (size_t)(nl - p));
		if (row == 0) {
			width = n;
			tables++;
			ck_assert_msg(p - m >= 2 && p[-2] == '\n',
			    "a blank line before a table");
		} else if (row == 1)
			ck_assert_int_eq(strncmp(p, "| --- |", 7), 0);
		ck_assert_uint_eq(n, width);
		row++;
	}
	/* Articles, two conflicts, the verdicts; the loose articles. */
	ck_assert_uint_eq(tables, 5);
	free(m);
}
END_TEST

/* Plain text headings are underlined to their width in characters. */
START_TEST(test_report_txt_headings)
{
	char		*t, *p, *nl, *prev = NULL;
	size_t		 n, chars, under = 0;
	const char	*q;

	fill();
	t = report(REPORT_TXT, 0);
	for (p = t; (nl = strchr(p, '\n')) != NULL; prev = p, p = nl + 1) {
		n = (size_t)(nl - p);
		if (n == 0 || prev == NULL || (strspn(p, "=") < n &&
		    strspn(p, "-") < n))
			continue;
		chars = 0;
		for (q = prev; q < p - 1; q++)
			chars += (*q & 0xc0) != 0x80;
		ck_assert_uint_eq(chars, n);
		under++;
	}
	/* The report; per story its title and five sections. */
	ck_assert_uint_eq(under, 1 + 2 * 6);
	free(t);
}
END_TEST

static int
cmp_ids(const void *a, const void *b)
{
	int64_t	x = *(const int64_t *)a, y = *(const int64_t *)b;

	return x < y ? -1 : x > y;
}

/* More articles than one store page: every one once, newest first. */
START_TEST(test_many_articles)
{
	struct report_story	*rs;
	struct article		 a;
	char			*raw, date[16], hash[65], *cause = NULL;
	int64_t			 id, *ids;
	size_t			 i;
	int			 k;

	memset(&a, 0, sizeof a);
	for (k = 0; k < 250; k++) {
		snprintf(date, sizeof date, "2025-%02d-%02d", k % 12 + 1,
		    k % 28 + 1);
		a.date = k % 10 == 0 ? NULL : date;
		raw = util_printf("article %d", k);
		ck_assert_ptr_nonnull(raw);
		util_sha256_hex(raw, strlen(raw), hash);
		ck_assert_msg(store_article_add(st, &a, NULL, raw, strlen(raw),
		    hash, &id, &cause) == 0, "%s", cause);
		ck_assert_int_eq(store_article_set_story(st, id, story,
		    &cause), 0);
		free(raw);
	}
	ck_assert_msg(report_story_load(st, story, &rs, &cause) == 0, "%s",
	    cause);
	ck_assert_uint_eq(rs->narticles, 252);
	for (i = 1; i < rs->narticles; i++) {	/* newest first, undated last */
		const char	*d0 = rs->articles[i - 1].date;
		const char	*d1 = rs->articles[i].date;

		ck_assert_int_ne(rs->articles[i - 1].id, rs->articles[i].id);
		if (d0 == NULL)
			ck_assert_ptr_null(d1);
		else if (d1 != NULL)
			ck_assert_int_ge(strcmp(d0, d1), 0);
		ck_assert_ptr_eq(report_article(rs, rs->articles[i].id),
		    &rs->articles[i]);
	}
	ids = calloc(rs->narticles, sizeof *ids);
	ck_assert_ptr_nonnull(ids);
	for (i = 0; i < rs->narticles; i++)
		ids[i] = rs->articles[i].id;
	qsort(ids, rs->narticles, sizeof *ids, cmp_ids);
	for (i = 1; i < rs->narticles; i++)	/* no article twice */
		ck_assert_int_lt(ids[i - 1], ids[i]);
	free(ids);
	report_story_free(rs);
}
END_TEST

Suite *
report_suite(void)
{
	Suite	*s = suite_create("report");
	TCase	*tc;

	tc = tcase_create("escape");
	tcase_add_loop_test(tc, test_escape, 0, PX_NITEMS(escapes));
	tcase_add_test(tc, test_format_parse);
	suite_add_tcase(s, tc);

	tc = tcase_create("review");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_add_expect);
	tcase_add_test(tc, test_add_refused);
	tcase_add_test(tc, test_open);
	tcase_add_test(tc, test_report_html);
	tcase_add_test(tc, test_report_md);
	tcase_add_test(tc, test_report_json);
	tcase_add_test(tc, test_report_missing_story);
	tcase_add_test(tc, test_many_articles);
	tcase_add_loop_test(tc, test_report_loose, 0, PX_NITEMS(loose_cases));
	tcase_add_loop_test(tc, test_report_html_tags, 0,
	    PX_NITEMS(html_tags));
	tcase_add_test(tc, test_report_md_tables);
	tcase_add_test(tc, test_report_txt_headings);
	suite_add_tcase(s, tc);
	return s;
}
