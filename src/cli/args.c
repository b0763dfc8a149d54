/*
 * args.c: pieces of option parsing shared by the commands (see args.h).
 * Nothing here keeps state; getopt's own global optind is read
 * right after the getopt_long() call that set it.
 */
#include "cli.h"
#include "args.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int64_t
args_id(const char *s)
{
	char		*end;
	long long	 v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0)
		return 0;
	return v;
}

int
args_format(const char *s, enum args_format *f)
{
	if (strcmp(s, "text") == 0)
		*f = ARGS_TEXT;
	else if (strcmp(s, "tsv") == 0)
		*f = ARGS_TSV;
	else if (strcmp(s, "json") == 0)
		*f = ARGS_JSON;
	else
		return -1;
	return 0;
}

int
args_getopt_error(int c, char **argv)
{
	if (c == ':')
		return cli_usage(_("option '%s' requires an argument"),
		    argv[optind - 1]);
	return cli_usage(_("unrecognized option '%s'"), argv[optind - 1]);
}
