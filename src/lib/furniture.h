/*
 * furniture.h: page furniture, the texts a scraper picks up around an
 * article (buttons, forms, section names, "Read more" links, cookie
 * notices), from share/parallax/furniture and the user's file.
 *
 * Table format, one entry a line: "line TEXT" (a whole line equal to TEXT,
 * any case, trailing punctuation ignored), "prefix TEXT" (a line starting
 * with the words TEXT, case as written, after an opening bracket or with
 * it: "(c)"), "section TEXT" (a section name:
 * furniture as a whole line, and the tail of a "<Site> <Section>" line),
 * "heading TEXT" (a whole line that heads furniture: "Related Stories"
 * over links to other stories, "Image caption" over a caption; the caller
 * takes the unpunctuated lines after it as furniture too), "byline WORD"
 * (a word that, capitalised, makes a short line below the headline a
 * byline: "Staff", "Correspondent"), "share WORD" (a word of a share bar:
 * a line of two or more such words, "Share on Facebook Share via Email",
 * is furniture), "suffix TEXT" (a line ending with the words TEXT, any
 * case: "... contributed reporting."), "end TEXT" (a whole line with a
 * count, "12 comments", "Comments (3)", that starts the part of the page
 * after the article: the caller drops what follows; without the count it
 * is a plain line, as a button may read so), "call WORD" and "medium
 * WORD" (a call to action: a short line opening with a call word,
 * "Join", "Download", that names a medium, "channel", "app", is a whole
 * line of furniture: "Join our WhatsApp channel for the latest news"; a
 * web address is a medium too, "Track the news on dailypost.example"),
 * "marker TEXT" (a wire's end marker, case as written: "Enditem", "ENDS",
 * "(END)": furniture as a whole line, and cut from the end of the
 * paragraph it closes, after the paragraph's last sentence).
 */
#ifndef PX_FURNITURE_H
#define PX_FURNITURE_H

#include <stddef.h>

enum furniture_kind {
	FURNITURE_NONE = 0,
	FURNITURE_LINE,
	FURNITURE_PREFIX,
	FURNITURE_SECTION,
	FURNITURE_HEADING,
	FURNITURE_BYLINE,
	FURNITURE_SHARE,
	FURNITURE_SUFFIX,
	FURNITURE_END,
	FURNITURE_CALL,
	FURNITURE_MEDIUM,
	FURNITURE_MARKER
};

struct furniture;

struct furniture *furniture_new(void);
int furniture_add(struct furniture *f, const char *line, char **cause);
int furniture_load_file(struct furniture *f, const char *path, char **cause);
/* The system table then the user's (paths_data_files("furniture")). */
int furniture_load(struct furniture **out, char **cause);
/* Loaded from the data files on first use and kept for the life of the
 * process (not thread-safe); NULL if that failed. */
const struct furniture *furniture_default(void);
void furniture_free(struct furniture *f);

/* What a whole line (clean text, no line feed) is, if furniture; a whole
 * line entry wins over a share bar (FURNITURE_LINE), an end line with a
 * count (FURNITURE_END), a call to action (FURNITURE_LINE), a prefix, a
 * suffix and a copyright footer (a short line with a copyright sign,
 * "Copyright 2031" or "All rights reserved" anywhere: FURNITURE_LINE), in
 * that order. */
enum furniture_kind furniture_match(const struct furniture *f,
    const char *line, size_t len);

/* Where an end marker closing s[0..len) after its last sentence begins
 * ("... killed 11 workers. Enditem": the space before "Enditem"), or len
 * when there is none.  A line that is only a marker is furniture_match()'s
 * FURNITURE_LINE. */
size_t furniture_marker_at(const struct furniture *f, const char *s,
    size_t len);

/* Is s[0..len) a byline word (any case)? */
int furniture_is_byline_word(const struct furniture *f, const char *s,
    size_t len);

/* Is the line s[0..len) an end entry without its count ("Comments",
 * "Join the discussion"; any case, trailing punctuation ignored)? */
int furniture_is_end(const struct furniture *f, const char *s, size_t len);

/* Is the word s[0..len) a call word ("Support", "Join"; any case)? */
int furniture_is_call(const struct furniture *f, const char *s, size_t len);

/* Is s[0..len) a section name (any case)? */
int furniture_is_section(const struct furniture *f, const char *s,
    size_t len);

/*
 * Is s[0..len) a line of navigation: three or more capitalised words
 * without sentence punctuation, at least three of them (and two thirds
 * of the words) section names ("World Europe US news Americas Asia"), or a
 * short label of words joined by "&" with a section name among them
 * ("Politics & Diplomacy")?  Lower-case words only inside a section name
 * or a brand's "iPlayer".
 */
int furniture_is_navigation(const struct furniture *f, const char *s,
    size_t len);

#endif
