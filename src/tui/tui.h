/*
 * tui.h: the curses reader.
 *
 * A view is a list of items (a story, an article row, an aligned compare
 * row, a sentence) that each render to one or more lines of cells at a
 * given width.  The ui keeps, for every view on its stack, the item at the
 * top of the body and how many of its lines are scrolled off: that item is
 * the anchor that survives a resize, since items re-render at the new width.
 * List views also have a cursor item.  Views fetch their data from the store
 * a page at a time and keep at most a screenful plus a page of it.
 *
 * Modules: ui.c (loop, signals, resize, the view stack and positions),
 * draw.c (the renderer: the only code that writes to the terminal),
 * cells.c (the sanitiser), actions.c (the action table), keys.c (the key
 * map), config.c (the configuration file), theme.c (colours and
 * attributes), view-*.c (one per view).  No SQL here: store.h only.
 */
#ifndef PX_TUI_H
#define PX_TUI_H

#include <stddef.h>
#include <stdint.h>

#include "px.h"
#include "cells.h"

struct store;
struct store_verdict;
struct ui;
struct view;

/* Below this the reader shows only a "terminal too small" screen. */
#define TUI_MIN_COLS	40
#define TUI_MIN_LINES	10

/* --- actions (actions.c) ----------------------------------------------- */

enum action_id {
	ACT_NONE = 0,
	ACT_QUIT,
	ACT_BACK,
	ACT_QUIT_ALL,
	ACT_HELP,
	ACT_DOWN,
	ACT_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_TOP,
	ACT_BOTTOM,
	ACT_OPEN,
	ACT_SEARCH,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_COMPARE,
	ACT_MARK,
	ACT_NEXT_CONFLICT,
	ACT_PREV_CONFLICT,
	ACT_NEXT_SHARED,
	ACT_PREV_SHARED,
	ACT_PANE1,
	ACT_PANE2,
	ACT_PANE3,
	ACT_ORIGINAL,
	ACT_REDRAW,
	ACT_CONFIRM,
	ACT_DISPUTE,
	ACT_NEEDS_CHECK,
	ACT_NOTE,
	ACT_UNDO,
	ACT_OPEN_ITEMS,
	ACT_RELOAD,
	ACT_COUNT
};

struct action {
	enum action_id	 id;
	const char	*name;		/* for bind and the help */
	const char	*keys;		/* default keys, by spaces */
	const char	*help;		/* marked; translated at use */
	const char	*where;		/* its views (marked too) */
	void		(*fn)(struct ui *, enum action_id);
};

extern const struct action actions[];	/* indexed by enum action_id */

const struct action *actions_find(const char *name);
/* Print the KEYS section of parallax(1) (format "man") or a plain list
 * ("text"); -1 on an unknown format. */
int actions_dump(const char *format);

/* --- keys (keys.c) ----------------------------------------------------- */

/* A key: a character (< KEYC_FN) or KEYC_FN | a curses KEY_ code. */
#define KEYC_FN		0x40000000
#define KEYC_MOUSE	(KEYC_FN | 0x3fffffff)

/* Parse a key name ("j", "C-f", "Enter", "PgDn", "F1", "ж"); -1 if bad. */
int keys_parse(const char *name);
/* The printable name of a key into buf. */
void keys_name(int key, char *buf, size_t len);
/* The default key map from the action table. */
void keys_init(void);
/* Bind key to action (ACT_NONE unbinds). */
int keys_bind(int key, enum action_id a);
enum action_id keys_lookup(int key);
/* The keys bound to an action as "j, Down" into buf. */
void keys_of(enum action_id a, char *buf, size_t len);

/* --- theme (theme.c) --------------------------------------------------- */

/* Colour numbers: -1 is the terminal's default, 0..255 palette colours. */
int theme_parse_color(const char *s, int *color);
int theme_parse_attr(const char *s, int *attr);	/* THEME_A_* bit */
int theme_role(const char *name);		/* enum role or -1 */
void theme_set(int role, int fg, int bg, int attrs);
/* Set up colours after initscr; NO_COLOR or no colours: attributes only. */
void theme_init(void);
/* The curses attribute (with colour pair) of a role. */
unsigned long theme_attr(int role);

#define THEME_A_BOLD		0x1
#define THEME_A_UNDERLINE	0x2
#define THEME_A_REVERSE		0x4
#define THEME_A_DIM		0x8
#define THEME_A_ITALIC		0x10

/* --- config (config.c) ------------------------------------------------- */

struct config {
	int	 mouse;		/* mouse on (default) or off */
	char	**errors;	/* "FILE:LINE: message", translated */
	size_t	 nerrors;
};

/* Read path (a missing file is fine) into the key map, theme and c. */
void config_load(struct config *c, const char *path);
/* Parse one buffer (exposed for the tests). */
void config_parse(struct config *c, const char *file, const char *buf);
void config_free(struct config *c);

/* --- views --------------------------------------------------------------- */

#define VIEW_LIST	0x1	/* a cursor selects items */

struct view_arg {
	int64_t		 story;		/* story or 0 */
	int64_t		 article;	/* article or 0 */
	int64_t		 articles[3];	/* compare: up to 3 */
	size_t		 narticles;
	size_t		 sentence;	/* article: sentence shown */
	int		 mark;		/* and marked (a hit) */
	int64_t		 pair;		/* compare: its row on top, or 0 */
	const char	*query;		/* search */
};

struct view_ops {
	const char	*name;
	int		 flags;
	int		(*open)(struct view *, const struct view_arg *,
			    char **);
	/* Number of items (may change after a reload). */
	long		(*count)(struct view *);
	/* Render item i at width cols into out (appending lines). */
	int		(*render)(struct view *, long, int, struct lines *);
	/* The header line text (sanitised by the caller). */
	void		(*title)(struct view *, struct line *, int);
	/* A view action; returns 1 if handled, 0 if not for this view.
	 * ACT_RELOAD: load again from the store, keeping the position. */
	int		(*action)(struct view *, enum action_id);
	/* The width changed: return the item that now holds item top. */
	long		(*resize)(struct view *, int, long);
	void		(*close)(struct view *);
};

struct view {
	const struct view_ops	*ops;
	struct ui		*ui;
	void			*data;
	long			 top;		/* the anchor item */
	int			 topline;	/* its lines above */
	long			 cur;		/* VIEW_LIST: cursor */
	unsigned long		 gen;		/* ui->gen it shows */
};

extern const struct view_ops view_stories_ops;
extern const struct view_ops view_story_ops;
extern const struct view_ops view_compare_ops;
extern const struct view_ops view_article_ops;
extern const struct view_ops view_search_ops;
extern const struct view_ops view_help_ops;
extern const struct view_ops view_open_ops;

/* --- ui (ui.c) ----------------------------------------------------------- */

#define UI_MAX_VIEWS	16

struct ui {
	struct store	*st;
	struct view	 views[UI_MAX_VIEWS];
	int		 nviews;
	struct config	 config;
	char		*message;	/* status message, or NULL */
	int		 message_error;
	char		*search;	/* the last search, or NULL */
	int		 quit;
	int		 dirty;
	int		 cols, lines;	/* the terminal */
	int64_t		 version;	/* store_data_version */
	const char	*prompt;	/* being answered, or NULL */
	const char	*prompt_text;	/* what has been typed */
	struct lines	 frame;		/* scratch for drawing */
	const char	*editor;	/* signs verdicts */
	char		*draft;		/* a note refused as stale, or NULL */
	int		 draft_target;	/* its item */
	int64_t		 draft_id;
	unsigned long	 gen;		/* bumped by every change seen */
};

/* Open the reader on an open store; returns the exit status. */
int tui_dump_keys(const char *format);
int tui_main(struct store *st, const char *editor);

/* The view on top. */
struct view *ui_view(struct ui *ui);
/* Push a new view; on failure the message is shown and -1 returned. */
int ui_push(struct ui *ui, const struct view_ops *ops,
    const struct view_arg *arg);
void ui_pop(struct ui *ui);
/* Show a message in the status line (sanitised when drawn). */
void ui_message(struct ui *ui, int error, const char *fmt, ...)
    PX_PRINTF(3, 4);
/*
 * What names an article in rows and columns: its outlet, else "#ID" (so
 * that two articles without an outlet are never one "?").  Returns outlet
 * or buf (len bytes, filled).
 */
const char *ui_outlet(const char *outlet, int64_t article, char *buf,
    size_t len);
/*
 * Move the top view v to its next (dir 1) or previous (-1) item in
 * [lo, hi] whose relation (rel_of(), a store_relation or -1) is a
 * conflict (conflict) or a shared or similar sentence, else say there is
 * none.  The `]` `[` `}` `{` of the reading views; returns 1.
 */
int ui_jump_related(struct view *v, long lo, long hi, int conflict, int dir,
    int (*rel_of)(struct view *, long));
/* Scroll the top view by n lines (negative: up). */
void ui_scroll(struct ui *ui, long n);
/* Move the cursor of a list view by n items. */
void ui_move(struct ui *ui, long n);
/* Put item i at the top (reading views) or under the cursor (lists). */
void ui_goto(struct ui *ui, long i);
void ui_goto_end(struct ui *ui);
/* Body height in lines. */
int ui_body_lines(const struct ui *ui);
/* Prompt for a line of text on the status line, starting with init (or
 * nothing); NULL when cancelled. */
char *ui_prompt(struct ui *ui, const char *prompt, const char *init);
/*
 * The database changed (our own write, or another process's): bump
 * ui->gen and reload the top view (its ACT_RELOAD, keeping its position);
 * the views below reload when they are on top again.
 */
void ui_changed(struct ui *ui);
/*
 * Run $VISUAL, else $EDITOR, else vi on path with the terminal handed
 * over (endwin, then everything redrawn whatever the editor did).  Returns
 * its exit status, or -1 if it could not be run (*cause set).
 */
int ui_edit_file(struct ui *ui, const char *path, char **cause);

/*
 * The reader's text (UTF-8) in the locale's character set, for stdio and
 * the editor's file: lossy, '?' for what the set lacks, else NULL then;
 * and back, taking text that is not UTF-8 as the locale's.  malloc'd;
 * NULL also when memory runs out.
 */
char *ui_to_locale(const char *utf8, int lossy);
char *ui_from_locale(const char *text);

/* --- draw (draw.c) ------------------------------------------------------- */

void draw_frame(struct ui *ui);
void draw_too_small(struct ui *ui);
void draw_prompt(struct ui *ui, const char *prompt, const char *text);

/* --- review (review.c) -------------------------------------------------- */

/* An item a view shows and the latest verdict it shows on it. */
struct review_item {
	int			 target;	/* enum store_target */
	int64_t			 id;
	const struct store_verdict *latest;	/* or NULL */
};

/* Is a one of the review actions (confirm ... undo)? */
int review_is_action(enum action_id a);
/*
 * Run a review action on an item: prompt for the note (or open the
 * editor), then store_review_add() expecting the verdict shown.  Saved or
 * refused (the status line says which and why), the top view is reloaded:
 * the caller must not use its data afterwards.  Returns 1 (handled).
 */
int review_action(struct ui *ui, enum action_id a,
    const struct review_item *it);
/*
 * The verdict line under an item: "  ✗ disputed  olena 2026-11-22 09:14
 * note..." wrapped at width with indent; nothing when v is NULL.
 */
int review_render(const struct store_verdict *v, int width, int indent,
    struct lines *out);
/* Add a verdict's one-cell marker (a space if none) to a line. */
void review_marker(struct line *l, const struct store_verdict *v);

/* --- helpers shared by views (view-util in ui.c) ------------------------- */

/* Does text hold one of the words of a search query (any case)? */
int search_matches(const char *text, const char *query);
/* Add text to a line with the query's words in the match role. */
void search_highlight(struct line *l, const char *text, const char *query,
    int role);

#endif
