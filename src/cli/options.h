/*
 * options.h: the global options that come before the command
 * (parallax [--db FILE] [--editor NAME] COMMAND ...).  Parsing is kept apart
 * from main() so that the tests can drive it.
 */
#ifndef PX_OPTIONS_H
#define PX_OPTIONS_H

struct options {
	const char	*db;		/* --db FILE, or NULL: points into argv */
	const char	*editor;	/* --editor NAME, or NULL */
	int		 demo;		/* --demo */
	int		 help;		/* --help */
	int		 version;	/* --version */
	int		 command;	/* argv index of the command, argc if none */
	const char	*dump_keys;	/* hidden --dump-keys=man|text */
};

/*
 * Parse the global options of argv.  Returns 0, or -1 with *cause set (a
 * message for the user, to be freed) on an unknown option or a missing
 * argument.  Stops at the first argument that is not an option.
 */
int options_parse(int argc, char **argv, struct options *o, char **cause);

#endif
