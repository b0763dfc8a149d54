/*
 * actions.c: every action of the reader, declared once.
 *
 * The table is indexed by enum action_id.  Each row gives the name used by
 * `bind` in the configuration, the default keys, the help text, the views
 * it applies to and the handler.  keys.c builds the key map from it, the
 * help view lists it, and `parallax --dump-keys=man` prints the KEYS
 * section of parallax(1) from it (tests/man-keys.sh fails when the manual
 * differs).  Actions that mean something only in some views are forwarded
 * to the top view's action op.
 */
#include "px.h"
#include "tui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void act_quit(struct ui *, enum action_id);
static void act_back(struct ui *, enum action_id);
static void act_quit_all(struct ui *, enum action_id);
static void act_help(struct ui *, enum action_id);
static void act_move(struct ui *, enum action_id);
static void act_search(struct ui *, enum action_id);
static void act_view(struct ui *, enum action_id);
static void act_redraw(struct ui *, enum action_id);
static void act_reload(struct ui *, enum action_id);

static const char all[] = N_("all views");
static const char lists[] = N_("lists");
static const char reading[] = N_("compare, article");
static const char conflicts[] = N_("compare, article, story");
static const char review[] = N_("compare, story, open items");

const struct action actions[] = {
	{ ACT_NONE, "none", "", N_("do nothing (unbinds a key)"), all, NULL },
	{ ACT_QUIT, "quit", "q",
	  N_("go back to the previous view; quit from the first"), all,
	  act_quit },
	{ ACT_BACK, "back", "Left h BSpace",
	  N_("go back to the previous view (never quits)"), all, act_back },
	{ ACT_QUIT_ALL, "quit-all", "Q", N_("quit the reader"), all,
	  act_quit_all },
	{ ACT_HELP, "help", "? F1", N_("show the keys"), all, act_help },
	{ ACT_DOWN, "down", "j Down C-n C-e",
	  N_("move down one line or item"), all, act_move },
	{ ACT_UP, "up", "k Up C-p C-y", N_("move up one line or item"), all,
	  act_move },
	{ ACT_PAGE_DOWN, "page-down", "Space PgDn f C-f",
	  N_("move down one page"), all, act_move },
	{ ACT_PAGE_UP, "page-up", "b PgUp C-b", N_("move up one page"), all,
	  act_move },
	{ ACT_HALF_DOWN, "half-page-down", "d C-d",
	  N_("move down half a page"), all, act_move },
	{ ACT_HALF_UP, "half-page-up", "u C-u", N_("move up half a page"),
	  all, act_move },
	{ ACT_TOP, "top", "g Home <", N_("go to the first line"), all,
	  act_move },
	{ ACT_BOTTOM, "bottom", "G End >", N_("go to the last line"), all,
	  act_move },
	{ ACT_OPEN, "open", "Enter Right l",
	  N_("open the selected story, article or search result"), lists,
	  act_view },
	{ ACT_SEARCH, "search", "/",
	  N_("search all sentences (words, \"a phrase\", prefix*, OR)"), all,
	  act_search },
	{ ACT_SEARCH_NEXT, "search-next", "n",
	  N_("next sentence matching the last search"), all, act_view },
	{ ACT_SEARCH_PREV, "search-prev", "N",
	  N_("previous sentence matching the last search"), all, act_view },
	{ ACT_COMPARE, "compare", "c",
	  N_("compare the marked articles (else the first ones) side by side"),
	  N_("story"), act_view },
	{ ACT_MARK, "mark", "m x",
	  N_("mark or unmark an article for compare, then move to the next "
	     "one"), N_("story"),
	  act_view },
	{ ACT_NEXT_CONFLICT, "next-conflict", "]",
	  N_("next conflicting sentence or claim"), conflicts, act_view },
	{ ACT_PREV_CONFLICT, "prev-conflict", "[",
	  N_("previous conflicting sentence or claim"), conflicts,
	  act_view },
	{ ACT_NEXT_SHARED, "next-shared", "}",
	  N_("next shared or similar sentence"), reading, act_view },
	{ ACT_PREV_SHARED, "prev-shared", "{",
	  N_("previous shared or similar sentence"), reading, act_view },
	{ ACT_PANE1, "pane-1", "1",
	  N_("show the story's next article in the first pane"),
	  N_("compare"), act_view },
	{ ACT_PANE2, "pane-2", "2",
	  N_("show the story's next article in the second pane"),
	  N_("compare"), act_view },
	{ ACT_PANE3, "pane-3", "3",
	  N_("show the story's next article in the third pane"),
	  N_("compare"), act_view },
	{ ACT_ORIGINAL, "original", "o",
	  N_("toggle the original text with the left-out parts dimmed"),
	  N_("article"), act_view },
	{ ACT_REDRAW, "redraw", "C-l", N_("redraw the screen"), all,
	  act_redraw },
	{ ACT_CONFIRM, "confirm", "A",
	  N_("mark the item confirmed (compare: the pair on top), with a "
	     "note: Enter saves, Esc cancels"), review,
	  act_view },
	{ ACT_DISPUTE, "dispute", "D",
	  N_("mark the item disputed, with a note"), review, act_view },
	{ ACT_NEEDS_CHECK, "needs-check", "C",
	  N_("mark the item as needing a check, with a note"), review,
	  act_view },
	{ ACT_NOTE, "note", "E",
	  N_("write a longer note in $VISUAL or $EDITOR (else vi), kept "
	     "with the item's verdict (needs-check if it has none); another "
	     "editor's note starts it with their name; rows show its first "
	     "line"), review, act_view },
	{ ACT_UNDO, "undo", "U",
	  N_("undo the item's latest verdict: record the one before it "
	     "again (its note says whose it was), or cleared"), review,
	  act_view },
	{ ACT_OPEN_ITEMS, "open-items", "O",
	  N_("list the story's open items: disputed, needing a check, "
	     "conflicts nobody reviewed"), N_("story"), act_view },
	{ ACT_RELOAD, "reload", "R",
	  N_("reload the view from the database (done by itself when "
	     "another editor changes it)"), all, act_reload },
	{ ACT_COUNT, NULL, NULL, NULL, NULL, NULL }
};

const struct action *
actions_find(const char *name)
{
	const struct action	*a;

	for (a = actions; a->name != NULL; a++) {
		if (strcmp(a->name, name) == 0)
			return a;
	}
	return NULL;
}

static void
act_quit(struct ui *ui, enum action_id id)
{
	(void)id;
	ui_pop(ui);
}

static void
act_back(struct ui *ui, enum action_id id)
{
	(void)id;
	if (ui->nviews > 1)
		ui_pop(ui);
	else
		ui_message(ui, 0, "%s", _("this is the first view: q quits"));
}

static void
act_quit_all(struct ui *ui, enum action_id id)
{
	(void)id;
	ui->quit = 1;
}

static void
act_help(struct ui *ui, enum action_id id)
{
	struct view_arg	arg;
	struct view	*v = ui_view(ui);

	(void)id;
	if (v != NULL && v->ops == &view_help_ops)
		return;
	memset(&arg, 0, sizeof arg);
	ui_push(ui, &view_help_ops, &arg);
}

static void
act_move(struct ui *ui, enum action_id id)
{
	struct view	*v = ui_view(ui);
	long		 page = ui_body_lines(ui);
	int		 list = v != NULL && (v->ops->flags & VIEW_LIST);

	if (v == NULL)
		return;
	if (page < 1)
		page = 1;
	switch (id) {
	case ACT_DOWN:
		list ? ui_move(ui, 1) : ui_scroll(ui, 1);
		break;
	case ACT_UP:
		list ? ui_move(ui, -1) : ui_scroll(ui, -1);
		break;
	case ACT_PAGE_DOWN:
		list ? ui_move(ui, page) : ui_scroll(ui, page);
		break;
	case ACT_PAGE_UP:
		list ? ui_move(ui, -page) : ui_scroll(ui, -page);
		break;
	case ACT_HALF_DOWN:
		list ? ui_move(ui, page / 2) : ui_scroll(ui, page / 2);
		break;
	case ACT_HALF_UP:
		list ? ui_move(ui, -page / 2) : ui_scroll(ui, -page / 2);
		break;
	case ACT_TOP:
		ui_goto(ui, 0);
		break;
	case ACT_BOTTOM:
		ui_goto_end(ui);
		break;
	default:
		break;
	}
}

static void
act_search(struct ui *ui, enum action_id id)
{
	struct view_arg	 arg;
	char		*q;

	(void)id;
	if ((q = ui_prompt(ui, _("Search: "), NULL)) == NULL)
		return;
	if (*q == '\0') {
		free(q);
		return;
	}
	free(ui->search);
	ui->search = q;
	memset(&arg, 0, sizeof arg);
	arg.query = q;
	ui_push(ui, &view_search_ops, &arg);
}

static void
act_view(struct ui *ui, enum action_id id)
{
	struct view	*v = ui_view(ui);

	if (v == NULL || v->ops->action == NULL || v->ops->action(v, id) == 0)
		ui_message(ui, 0, _("'%s' does nothing in this view"),
		    actions[id].name);
}

static void
act_redraw(struct ui *ui, enum action_id id)
{
	(void)id;
	ui->dirty = 2;
}

static void
act_reload(struct ui *ui, enum action_id id)
{
	struct view	*v = ui_view(ui);

	if (v != NULL && v->ops->action != NULL)
		v->ops->action(v, id);
	ui->dirty = 1;
}

/* Text for roff: escapes backslashes and dashes, guards a leading dot. */
static void
roff_put(const char *s)
{
	if (*s == '.' || *s == '\'')
		fputs("\\&", stdout);
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			fputs("\\e", stdout);
		else if (*s == '-')
			fputs("\\-", stdout);
		else
			putchar(*s);
	}
}

/*
 * The key list in the manual's language (English: the table's untranslated
 * strings) so that the manual can be compared with the table.
 */
int
actions_dump(const char *format)
{
	const struct action	*a;
	const char		*k, *e;
	char			 key[32];
	int			 man;

	if (strcmp(format, "man") == 0)
		man = 1;
	else if (strcmp(format, "text") == 0)
		man = 0;
	else
		return -1;
	for (a = actions + 1; a->name != NULL; a++) {
		if (man)
			fputs(".TP\n", stdout);
		for (k = a->keys; *k != '\0'; k = e) {
			while (*k == ' ')
				k++;
			e = k + strcspn(k, " ");
			if (man) {
				snprintf(key, sizeof key, "%.*s",
				    (int)(e - k), k);
				fputs(k == a->keys ? "\\fB" : ", \\fB", stdout);
				roff_put(key);
				fputs("\\fR", stdout);
			} else
				printf("%s%.*s", k == a->keys ? "" : ", ",
				    (int)(e - k), k);
		}
		if (man) {
			fputs(" (\\fI", stdout);
			roff_put(a->name);
			fputs("\\fR)\n", stdout);
			roff_put(a->help);
			fputs(" [", stdout);
			roff_put(a->where);
			fputs("]\n", stdout);
		} else
			printf("\t%s\t%s\t%s\n", a->name, a->help, a->where);
	}
	return 0;
}
