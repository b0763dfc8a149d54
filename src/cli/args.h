/*
 * args.h: what the commands' option parsing shares (args.c).  Each command
 * still runs its own getopt_long() loop over its own options and prints its
 * own messages; these helpers hold the pieces that are the same in every
 * loop: an id argument, the --format=text|tsv|json choice, and the usage
 * errors of a loop run with opterr 0 and a leading ':' in its optstring.
 */
#ifndef PX_ARGS_H
#define PX_ARGS_H

#include <stdint.h>

/* The output formats of list, stories, claims and verdicts. */
enum args_format { ARGS_TEXT, ARGS_TSV, ARGS_JSON };

/*
 * A positive decimal id (strtoll's syntax, in range), or 0 if s is not
 * one.
 */
int64_t args_id(const char *s);

/* Set *f from "text", "tsv" or "json"; -1 (*f unchanged) for anything else. */
int args_format(const char *s, enum args_format *f);

/*
 * The usage error for what getopt_long() returned as c, ':' (a missing
 * argument) or '?' (an unknown option), in a loop with opterr 0 and a ':'
 * optstring: prints it and returns CLI_EXIT_USAGE.
 */
int args_getopt_error(int c, char **argv);

#endif
