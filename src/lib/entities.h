/*
 * entities.h: who speaks for which side.  Two data tables users may extend
 * (share/parallax/demonyms and share/parallax/entities, each extended by
 * the file of the same name under $XDG_CONFIG_HOME/parallax):
 *
 *   demonyms: COUNTRY, ADJECTIVE, other forms ("Ukraine", "Ukrainian",
 *             "Ukrainians"): the words that name a side.
 *   entities: NAME, SIDE, ROLE ("Kremlin", "Russia", "government"): people,
 *             bodies and seats of power whose side a text may not state.
 *
 * Lookups ignore ASCII case, except that a form written all in capitals
 * ("US", "UK") matches only in capitals.  A possessive ending ("Russia's",
 * "Belarus'") is ignored.  Returned strings belong to the table.
 */
#ifndef PX_ENTITIES_H
#define PX_ENTITIES_H

#include <stddef.h>

struct entities;

/* A new empty table set; NULL when out of memory. */
struct entities *entities_new(void);
void entities_free(struct entities *);

/*
 * Add the lines of one table ("demonyms" or "entities") from text.  Lines
 * that have too few fields are skipped.  -1 with *cause on an unknown table
 * or out of memory.
 */
int entities_parse(struct entities *e, const char *table, const char *text,
    char **cause);

/* Load both tables from the data files (missing files are fine). */
int entities_load(struct entities **out, char **cause);
/* Loaded on first use and kept for the life of the process (not
 * thread-safe); NULL if that failed. */
const struct entities *entities_default(void);

/* The country a word (len bytes) names: "Ukrainian", "Ukraine's", or an
 * entity that is a place or a body ("Kremlin", "Moscow": ROLE capital,
 * city, government, ministry, armed forces, body, place or seat) ->
 * "Ukraine"/"Russia"; NULL when none.  People's names are not sides. */
const char *entities_country(const struct entities *e, const char *word,
    size_t len);

/*
 * The countries a text names (entities_country() of its capitalised
 * words, the longest name first: "South Sudan" is not Sudan) that out[0,
 * n) lacks, appended in order of first mention while out holds fewer than
 * max.  Returns the new count (n when e or text is NULL), so that the
 * countries of several texts add up in one array.
 */
size_t entities_countries(const struct entities *e, const char *text,
    const char **out, size_t n, size_t max);

/* The country a word (len bytes) names by the demonyms table alone
 * ("Ukraine", "Ukrainian"), never through an entity ("Kyiv"); or NULL. */
const char *entities_country_form(const struct entities *e, const char *word,
    size_t len);

/* The adjective of a country ("Ukraine" -> "Ukrainian"), or NULL. */
const char *entities_adjective(const struct entities *e, const char *country);

/* The capital of a country by the entities table (ROLE capital:
 * "Norway" -> "Oslo"), or NULL. */
const char *entities_capital(const struct entities *e, const char *country);

/*
 * The side a speaker stands for: an entity matching the whole name or its
 * last words, else the first word of the name that names a country
 * ("Russian Defence Ministry", "Kremlin spokesman").  NULL when unknown.
 */
const char *entities_side(const struct entities *e, const char *name);

#endif
