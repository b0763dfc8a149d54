/*
 * options.c: global option parsing with getopt_long.  getopt keeps state in
 * globals; options_parse resets it on entry, so it may be called repeatedly
 * (the tests do).  Error messages are composed here rather than printed by
 * getopt, so that they follow the program's one-line format.
 */
#include "px.h"
#include "options.h"

#include <getopt.h>
#include <string.h>

static const struct option long_options[] = {
	{ "db",		required_argument,	NULL, 'd' },
	{ "editor",	required_argument,	NULL, 'e' },
	{ "demo",	no_argument,		NULL, 'D' },
	{ "help",	no_argument,		NULL, 'h' },
	{ "version",	no_argument,		NULL, 'V' },
	{ "dump-keys",	required_argument,	NULL, 'K' },
	{ NULL,		0,			NULL, 0 }
};

int
options_parse(int argc, char **argv, struct options *o, char **cause)
{
	int	c, idx;

	memset(o, 0, sizeof *o);
	optind = 0;		/* glibc: full reinitialisation */
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+:hV", long_options, &idx)) != -1) {
		switch (c) {
		case 'd':
			if (*optarg == '\0') {
				util_cause(cause, "%s",
				    _("option '--db' needs a file name"));
				return -1;
			}
			o->db = optarg;
			break;
		case 'e':
			o->editor = optarg;
			break;
		case 'D':
			o->demo = 1;
			break;
		case 'h':
			o->help = 1;
			break;
		case 'V':
			o->version = 1;
			break;
		case 'K':
			o->dump_keys = optarg;
			break;
		case ':':
			util_cause(cause, _("option '%s' requires an argument"),
			    argv[optind - 1]);
			return -1;
		default:
			if (optopt != 0)
				util_cause(cause, _("invalid option -- '%c'"),
				    optopt);
			else
				util_cause(cause,
				    _("unrecognized option '%s'"),
				    argv[optind - 1]);
			return -1;
		}
	}
	o->command = optind;
	return 0;
}
