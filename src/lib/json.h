/*
 * json.h: a small streaming JSON writer.  Values go straight to a stdio
 * stream as they are given, so an export of any size needs no more memory
 * than its largest string.
 *
 * The writer keeps the nesting and inserts the commas; the caller gives
 * keys and values in order.  Strings are always valid JSON whatever the
 * input: quotes, backslashes and control characters are escaped, bytes
 * that are not valid UTF-8 become U+FFFD.  Numbers never depend on the
 * locale (the decimal point is always '.'); NaN and infinities become null.
 * Output errors are sticky: json_finish() reports them once at the end.
 */
#ifndef PX_JSON_H
#define PX_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define JSON_MAXDEPTH	32

struct json {
	FILE	*f;
	int	 depth;
	int	 count[JSON_MAXDEPTH];	/* values written at each level */
	int	 after_key;
	int	 error;			/* a misuse or an output error */
};

/* Start writing to f (not owned). */
void json_init(struct json *j, FILE *f);

void json_object_open(struct json *j);
void json_object_close(struct json *j);
void json_array_open(struct json *j);
void json_array_close(struct json *j);

/* The key of the next member of the current object. */
void json_key(struct json *j, const char *key);

/* A string value; NULL writes null.  json_stringn takes a length. */
void json_string(struct json *j, const char *s);
void json_stringn(struct json *j, const char *s, size_t len);
void json_int(struct json *j, int64_t v);
/* Shortest form that reads back as the same double; integral values
 * (below 2^53) without a fraction: 137, 0.83, 1e+300. */
void json_double(struct json *j, double v);
void json_bool(struct json *j, int v);
void json_null(struct json *j);

/* Format a double as json_double() does into buf (at least 32 bytes). */
void json_format_double(double v, char *buf, size_t size);

/* Flush; -1 with *cause if anything went wrong (nesting or output). */
int json_finish(struct json *j, char **cause);

#endif
