/*
 * months.h: the names of the months in several languages, for reading
 * printed dates.
 *
 * The table comes from share/parallax/months and the user's file of the
 * same name: one month a line, "N | lang form form | lang form ...".  Forms
 * match a whole word in any case of any script ("KASIM", "Kasım");
 * English forms are told apart, as the parser reads them in more places.
 * A form given to two different months is ambiguous and never matches.
 */
#ifndef PX_MONTHS_H
#define PX_MONTHS_H

#include <stddef.h>

struct months;

struct months *months_new(void);
/* One line of the table format; comments and empty lines are ignored. */
int months_add(struct months *t, const char *line, char **cause);
int months_load_file(struct months *t, const char *path, char **cause);
/* The English months built in, then the system table and the user's
 * (paths_data_files("months")). */
int months_load(struct months **out, char **cause);
/* Loaded on first use and kept for the life of the process (not
 * thread-safe); the English months built in when loading failed, NULL
 * only when out of memory. */
const struct months *months_default(void);
void months_free(struct months *t);
/* How many distinct forms the table holds. */
size_t months_count(const struct months *t);

/*
 * The month named by the word at s[i] (letters of any script up to the
 * next non-letter, and a full stop after it): 1-12 with *end after it and
 * *english set when the form is English, or 0.  Never allocates.
 */
int months_at(const struct months *t, const char *s, size_t len, size_t i,
    size_t *end, int *english);

#endif
