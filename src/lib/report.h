/*
 * report.h: the editorial report of a story, for the desk and for the
 * record: its outlets and articles, the facts they share (pairs reporting
 * the same fact, each sentence with its outlet), every conflict with each
 * outlet's figure and source, the editors' verdicts and notes, and what is
 * still open.  One gathering pass (report_story_load) feeds the writers:
 * Markdown, plain text and a self-contained HTML page (which say the same
 * things in the same order, each in its own markup) and JSON.
 *
 * An item is open when its latest verdict is disputed or needs-check, and a
 * conflict is open while nobody has given it a verdict.
 */
#ifndef PX_REPORT_H
#define PX_REPORT_H

#include <stdio.h>

#include "px.h"
#include "store.h"

enum report_format {
	REPORT_MD = 0,
	REPORT_TXT,
	REPORT_JSON,
	REPORT_HTML
};

/* "md", "txt", "json", "html"; and back (-1 if unknown). */
const char *report_format_name(enum report_format f);
int report_format_parse(const char *s, enum report_format *f);

struct report_article {
	int64_t		 id;
	char		*outlet;	/* or NULL */
	char		*title;		/* or NULL */
	char		*date;		/* or NULL */
	char		*path;		/* or NULL */
};

/* An open item: its latest verdict, or NULL for a conflict not reviewed. */
struct report_open {
	enum store_target		 target;
	int64_t				 id;
	const struct store_verdict	*latest;	/* into verdicts[] */
};

/*
 * Everything the report says about one story.  id 0 is the pseudo-story of
 * the articles that are in no story yet (title NULL, no pairs, claims or
 * conflicts).  Articles come newest printed date first.
 */
struct report_story {
	int64_t			 id;
	char			*title;		/* or NULL */
	char			*first_date;	/* or NULL */
	char			*last_date;	/* or NULL */
	char			**outlets;	/* distinct, sorted */
	size_t			 noutlets;
	struct report_article	*articles;
	size_t			 narticles;
	struct store_pair	*pairs;		/* by id */
	size_t			 npairs;
	struct store_sentence	*sentences;	/* of pairs and claims, by id */
	size_t			 nsentences;
	struct store_claim	*claims;	/* by id */
	size_t			 nclaims;
	struct store_conflict	*conflicts;	/* by id */
	size_t			 nconflicts;
	struct store_verdict	*verdicts;	/* history, oldest first */
	size_t			 nverdicts;
	struct report_open	*open;		/* conflicts, pairs, claims */
	size_t			 nopen;
};

/* Gather one story (story 0: the articles in no story).  A story that does
 * not exist is an error. */
int report_story_load(struct store *st, int64_t story,
    struct report_story **out, char **cause);
void report_story_free(struct report_story *rs);

/* Lookups in a loaded story; NULL when absent. */
const struct report_article *report_article(const struct report_story *rs,
    int64_t id);
const struct store_sentence *report_sentence(const struct report_story *rs,
    int64_t id);
const struct store_claim *report_claim(const struct report_story *rs,
    int64_t id);
/* The latest verdict of an item of the story, or NULL. */
const struct store_verdict *report_latest(const struct report_story *rs,
    enum store_target target, int64_t id);

/*
 * Write the report of one story (story != 0) or of every story, newest
 * first, followed by the articles in no story (if any), through fn (which
 * returns 0, or -1 to stop: the report then fails with a write error).
 */
typedef int (*report_out_fn)(void *arg, const char *data, size_t len);
int report_write(struct store *st, int64_t story, enum report_format f,
    report_out_fn fn, void *arg, char **cause);
/* The same to a stdio stream. */
int report_file(struct store *st, int64_t story, enum report_format f,
    FILE *out, char **cause);

/*
 * The text s escaped for f (malloc'd; NULL if out of memory): HTML
 * entities; Markdown punctuation behind backslashes; JSON string contents
 * (without the quotes); plain text as it is.  Except in JSON (where they
 * are escaped) control characters, line breaks included, become spaces;
 * in every format a byte that is not UTF-8 becomes U+FFFD.
 */
char *report_escape(enum report_format f, const char *s);

/*
 * What to tell an editor whose verdict store_review_add() refused because
 * the item changed since it was shown: "pair 4 was marked disputed by olena
 * at 09:14 since you loaded it (verdict 17); nothing was saved" (latest is
 * the item's verdict now, NULL if it has none).  One line, translated,
 * without control characters; malloc'd, NULL if out of memory.  The
 * command line and the reader say the same.
 */
char *report_stale(enum store_target target, int64_t id, int64_t expect,
    const struct store_verdict *latest);

#endif
