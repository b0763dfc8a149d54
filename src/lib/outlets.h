/*
 * outlets.h: news outlets and agencies by name and alias, and how a text
 * credits or cites them.
 *
 * The table comes from share/parallax/outlets and the user's file of the
 * same name: one outlet a line, "Name | alias | alias ...", the name first
 * being what the outlet is filed under; a field in square brackets is an
 * attribute of the outlet ("[month-first]": its pages write dates in
 * figures month first, "03/04/2026" being March 4; a line of the user's
 * "Name | [month-first]" gives it to a known outlet).  Short all-capital
 * aliases ("AP", "AFP") match only as written; others match in any case
 * as long as the text capitalises them (or the alias is lower case, like
 * "dpa").
 *
 * outlets_scan() finds the mentions of known outlets in a sentence and
 * tells from the words around them whether the text cites the outlet
 * ("told X", "X reported", "according to X", "the X news agency said",
 * "quoted by X") or credits it ("reports news agency X",
 * "X contributed to this report"), and names outlets the table lacks
 * where the words say what they are ("the Lagos daily X reported").
 * outlets_credit_line() recognises a whole
 * line that only credits ("Source: X", "(X)", "-X", "/X/", "With X").
 */
#ifndef PX_OUTLETS_H
#define PX_OUTLETS_H

#include <stddef.h>

struct outlets;

enum outlets_role {
	OUTLETS_MENTION = 0,	/* named, no telling context */
	OUTLETS_CITE,		/* quoted or cited for a passage */
	OUTLETS_CREDIT		/* the text is credited to it */
};

struct outlets_hit {
	const char		*outlet;	/* canonical name, in the table;
						   NULL: an outlet the table
						   lacks, named s[start, end) */
	enum outlets_role	 role;
	size_t			 start, end;	/* the name in the text */
};

struct outlets *outlets_new(void);
/* One line of the table format; comments and empty lines are ignored. */
int outlets_add(struct outlets *o, const char *line, char **cause);
int outlets_load_file(struct outlets *o, const char *path, char **cause);
/* The system table then the user's (paths_data_files("outlets")). */
int outlets_load(struct outlets **out, char **cause);
/* Loaded from the data files on first use and kept for the life of the
 * process (not thread-safe); NULL if that failed. */
const struct outlets *outlets_default(void);
void outlets_free(struct outlets *o);
size_t outlets_count(const struct outlets *o);

/* The canonical name of the outlet called exactly name (any alias, in any
 * case), or NULL.  The result points into the table. */
const char *outlets_lookup(const struct outlets *o, const char *name,
    size_t len);

/* The canonical name of the outlet one of whose names squeezes to what
 * s[0, len) squeezes to: ASCII letters and digits only, any case, so that
 * "arab.news" and "@arabnews" are Arab News; NULL when none does (or the
 * squeezed text has fewer than three characters). */
const char *outlets_squeezed(const struct outlets *o, const char *s,
    size_t len);

/* The outlet a web address or host names ("https://arab.news/x",
 * "www.dailypost.example", "NDTV.com"): outlets_squeezed() of the host
 * without "www.", else of the host without its last labels ("ndtv", "bbc"
 * of "bbc.co.uk"), else the same without its first labels ("cnn" of
 * "edition.cnn.com"); NULL when none. */
const char *outlets_host(const struct outlets *o, const char *s,
    size_t len);

/* Does the outlet called name (any alias, any case) write its dates in
 * figures month first ("[month-first]")?  0 when unknown. */
int outlets_month_first(const struct outlets *o, const char *name);

/* The longest outlet name that starts at s[at] and ends at a word end:
 * canonical name with *end set after it, or NULL. */
const char *outlets_match(const struct outlets *o, const char *s,
    size_t len, size_t at, size_t *end);

/* Every mention of a known outlet in s, with its role, and every
 * citation of an outlet the table lacks (outlet NULL); *hits malloc'd. */
int outlets_scan(const struct outlets *o, const char *s, size_t len,
    struct outlets_hit **hits, size_t *n, char **cause);

/*
 * Is this whole line only a credit ("Source: X", "Sources: X, Y",
 * "Source: X and agencies" (a known X), "(X)",
 * "— X", "-X", "/X/", "With X", "X contributed to this report", or the
 * bare name of a known outlet)?  Returns 1 and sets *name to a malloc'd
 * name (canonical when known, else as written; NULL if out of memory).
 */
int outlets_credit_line(const struct outlets *o, const char *line,
    size_t len, char **name);

/*
 * A masthead: a line of outlet descriptors ("news", "agency", "state",
 * "Russian") around at most one known outlet ("TASS Russian News Agency",
 * "News agency" under the name), or one with a word for "news" after a
 * known outlet's name ("EFE Noticias").  Returns 1 with *name the outlet's
 * canonical name (NULL when the line names none, then it needs two
 * words), else 0.
 */
int outlets_masthead(const struct outlets *o, const char *s, size_t len,
    const char **name);

/*
 * A credit tag ending a paragraph: "... in the operation.  -Xinhua",
 * "... (Reuters)".  Returns the canonical name and sets *cut to where the
 * tag (and the space before it) begins, or NULL.
 */
const char *outlets_trailing_tag(const struct outlets *o, const char *s,
    size_t len, size_t *cut);

#endif
