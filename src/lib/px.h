/*
 * px.h: what every engine module shares.
 *
 * Conventions, for the whole of src/lib:
 * - A function that can fail returns int: 0 on success, -1 on failure, and
 *   sets *cause (when cause is not NULL) to a malloc'd one-line message that
 *   the caller frees.  Nothing in src/lib prints, exits or aborts.
 * - Whoever receives a pointer from a function named *_new, *_parse, *_load
 *   or *_dup owns it and releases it with the matching *_free, and every
 *   *_free accepts NULL.
 * - Text is UTF-8 throughout; lengths and offsets are in bytes.
 * - No terminal code here: the engine is linked by the program and by
 *   the tests.
 */
#ifndef PX_H
#define PX_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "i18n.h"

#define PX_NITEMS(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define PX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define PX_UNUSED __attribute__((unused))
#else
#define PX_PRINTF(f, a)
#define PX_UNUSED
#endif

/* util.c */
char *util_printf(const char *fmt, ...) PX_PRINTF(1, 2);
char *util_vprintf(const char *fmt, va_list ap) PX_PRINTF(1, 0);
void util_cause(char **cause, const char *fmt, ...) PX_PRINTF(2, 3);
char *util_strdup(const char *s);
char *util_strndup(const char *s, size_t n);
void *util_reallocarray(void *p, size_t n, size_t size);
int util_cmp_int64(const void *a, const void *b);
int util_read_file(const char *path, size_t max, char **data, size_t *len,
    char **cause);
void util_sha256_hex(const void *data, size_t len, char out[65]);
/* Seconds of the monotonic clock, for measuring steps. */
double util_clock(void);

/* The largest data table util_load_lines() reads. */
#define UTIL_TABLE_MAX	(16 << 20)
int util_load_lines(const char *path, int (*fn)(void *arg, char *line,
    char **cause), void *arg, char **cause);
int util_parse_lines(char *text, const char *name, int (*fn)(void *arg,
    char *line, char **cause), void *arg, char **cause);

#endif
