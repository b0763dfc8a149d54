/*
 * ui.c: the reader's main loop, and the one place that handles signals,
 * terminal resizes and positions.
 *
 * Signals (SIGWINCH, SIGINT, SIGTERM, SIGHUP) only write their number to a
 * self-pipe; the loop poll()s the terminal and the pipe, so a resize or a
 * dropped SSH link is handled between keys, in order, by ordinary code:
 * resize_term() then every view re-renders at the new width with the item
 * that was at the top (the anchor) still at the top; a terminating signal
 * restores the terminal and exits.  endwin() also runs from atexit() and on
 * every error path, so the terminal is never left in curses mode.
 *
 * Positions: each view on the stack keeps top (the anchor item), topline
 * (lines of that item above the body) and, in lists, cur.  Scrolling counts
 * lines by rendering the items it crosses at the current width; only the
 * items on screen are ever rendered, so cost is bounded by the screen, not
 * by the database.
 */
#include "px.h"
#include "tui.h"
#include "paths.h"
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <curses.h>
#include <uniconv.h>
#include <unistr.h>

#define UI_IDLE_MS	1000	/* look for others' changes */
#define UI_PROMPT_MAX	1024	/* bytes of a search query */

static int		 ui_pipe[2] = { -1, -1 };
static int		 ui_curses;	/* curses is active */
static struct termios	 ui_termios;	/* before curses */
static int		 ui_have_termios;
static char		 ui_restore[256];	/* sgr0 cnorm rmcup */
static size_t		 ui_restore_len;
static struct lines	 ui_scratch;

static void
ui_signal(int sig)
{
	unsigned char	c = (unsigned char)sig;
	int		saved = errno;

	if (ui_pipe[1] != -1)
		(void)!write(ui_pipe[1], &c, 1);
	errno = saved;
}

/*
 * A crash (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT) must not leave the
 * editor's terminal in curses mode: write the precomputed restore sequence
 * and the saved terminal modes (both async-signal-safe), then die of the
 * same signal.
 */
static void
ui_fatal(int sig)
{
	if (ui_curses) {
		(void)!write(STDOUT_FILENO, ui_restore, ui_restore_len);
		if (ui_have_termios)
			tcsetattr(STDIN_FILENO, TCSADRAIN, &ui_termios);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
ui_restore_add(const char *cap)
{
	char	*s = tigetstr(cap);
	size_t	 n;

	if (s == NULL || s == (char *)-1)
		return;
	n = strlen(s);
	if (ui_restore_len + n < sizeof ui_restore) {
		memcpy(ui_restore + ui_restore_len, s, n);
		ui_restore_len += n;
	}
}

static void
ui_fatal_handlers(void)
{
	struct sigaction	sa;
	int			i;
	static const int	sigs[] = { SIGSEGV, SIGBUS, SIGFPE,
				    SIGILL, SIGABRT };

	ui_restore_len = 0;
	ui_restore_add("sgr0");
	ui_restore_add("cnorm");
	ui_restore_add("rmcup");
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_fatal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < (int)PX_NITEMS(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

static void
ui_endwin(void)
{
	if (ui_curses) {
		ui_curses = 0;
		mousemask(0, NULL);
		curs_set(1);
		endwin();
	}
}

static int
ui_signals(char **cause)
{
	struct sigaction	sa;
	int			i;
	static const int	sigs[] = { SIGWINCH, SIGINT, SIGTERM,
				    SIGHUP };

	if (pipe(ui_pipe) != 0) {
		util_cause(cause, "pipe: %s", strerror(errno));
		return -1;
	}
	for (i = 0; i < 2; i++) {
		fcntl(ui_pipe[i], F_SETFL, fcntl(ui_pipe[i], F_GETFL) |
		    O_NONBLOCK);
		fcntl(ui_pipe[i], F_SETFD, FD_CLOEXEC);
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = ui_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < (int)PX_NITEMS(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	return 0;
}

/*
 * The reader's messages are UTF-8 whatever the locale, as the sanitiser
 * reads them (gettext would convert them to the locale's character set);
 * when the reader returns, the command line's stdio messages are in the
 * locale's character set again.
 */
static void
ui_codeset(int reader)
{
#if ENABLE_NLS
	bind_textdomain_codeset(PACKAGE, reader ? "UTF-8" :
	    nl_langinfo(CODESET));
#else
	(void)reader;
#endif
}

static int
ui_locale_utf8(void)
{
	const char	*cs = nl_langinfo(CODESET);

	return cs != NULL && strcmp(cs, "UTF-8") == 0;
}

char *
ui_to_locale(const char *utf8, int lossy)
{
	char	*s;

	if (ui_locale_utf8())
		return util_strdup(utf8);
	s = u8_strconv_to_encoding((const uint8_t *)utf8,
	    nl_langinfo(CODESET), lossy ? iconveh_question_mark : iconveh_error);
	return s != NULL || !lossy ? s : util_strdup(utf8);
}

char *
ui_from_locale(const char *text)
{
	uint8_t	*s;

	if (ui_locale_utf8() || u8_check((const uint8_t *)text,
	    strlen(text)) == NULL)
		return util_strdup(text);
	s = u8_strconv_from_encoding(text, nl_langinfo(CODESET),
	    iconveh_question_mark);
	return s != NULL ? (char *)s : util_strdup(text);
}

/* "parallax: msg" on stderr, msg (UTF-8) in the locale's character set. */
static void
ui_warn(const char *msg)
{
	char	*s = ui_to_locale(msg, 1);

	fprintf(stderr, "%s: %s\n", PACKAGE, s != NULL ? s : msg);
	free(s);
}

struct view *
ui_view(struct ui *ui)
{
	return ui->nviews > 0 ? &ui->views[ui->nviews - 1] : NULL;
}

int
ui_body_lines(const struct ui *ui)
{
	return ui->lines - 2;
}

int
ui_jump_related(struct view *v, long lo, long hi, int conflict, int dir,
    int (*rel_of)(struct view *, long))
{
	long	i;
	int	rel;

	for (i = v->top + dir; i >= lo && i <= hi; i += dir) {
		rel = rel_of(v, i);
		if (conflict ? rel == STORE_CONFLICT :
		    rel == STORE_SAME || rel == STORE_SIMILAR) {
			ui_goto(v->ui, i);
			return 1;
		}
	}
	ui_message(v->ui, 0, "%s", conflict ? _("no more conflicts") :
	    _("no more shared sentences"));
	return 1;
}

const char *
ui_outlet(const char *outlet, int64_t article, char *buf, size_t len)
{
	if (outlet != NULL)
		return outlet;
	snprintf(buf, len, "#%lld", (long long)article);
	return buf;
}

void
ui_message(struct ui *ui, int error, const char *fmt, ...)
{
	va_list	ap;

	free(ui->message);
	va_start(ap, fmt);
	ui->message = util_vprintf(fmt, ap);
	va_end(ap);
	ui->message_error = error;
	ui->dirty = 1;
}

int
ui_push(struct ui *ui, const struct view_ops *ops, const struct view_arg *arg)
{
	struct view	*v;
	char		*cause = NULL;

	if (ui->nviews == UI_MAX_VIEWS) {
		ui_message(ui, 1, "%s", _("too many views open: press q"));
		return -1;
	}
	v = &ui->views[ui->nviews];
	memset(v, 0, sizeof *v);
	v->ops = ops;
	v->ui = ui;
	if (ops->open(v, arg, &cause) != 0) {
		ui_message(ui, 1, "%s", cause != NULL ? cause : _("failed"));
		free(cause);
		return -1;
	}
	v->gen = ui->gen;
	ui->nviews++;
	ui->dirty = 1;
	return 0;
}

/* Reload the top view if it shows an older state of the database. */
static void
ui_reload(struct ui *ui)
{
	struct view	*v = ui_view(ui);

	if (v == NULL || v->gen == ui->gen)
		return;
	v->gen = ui->gen;
	if (v->ops->action != NULL)
		v->ops->action(v, ACT_RELOAD);
	ui->dirty = 1;
}

void
ui_changed(struct ui *ui)
{
	ui->gen++;
	ui_reload(ui);
}

void
ui_pop(struct ui *ui)
{
	struct view	*v = ui_view(ui);

	if (v == NULL)
		return;
	if (v->ops->close != NULL)
		v->ops->close(v);
	ui->nviews--;
	if (ui->nviews == 0)
		ui->quit = 1;
	else
		ui_reload(ui);
	ui->dirty = 1;
}

/* Lines item i takes at the current width. */
static int
ui_item_lines(struct ui *ui, struct view *v, long i)
{
	lines_clear(&ui_scratch);
	if (v->ops->render(v, i, ui->cols, &ui_scratch) != 0)
		return 1;
	return ui_scratch.n > 0 ? (int)ui_scratch.n : 1;
}

static long ui_lines_below(struct ui *, struct view *, long);

/* Do not leave blank lines at the bottom while there is more above. */
static void
ui_clamp_bottom(struct ui *ui, struct view *v)
{
	long	count = v->ops->count(v), below;

	if (v->top >= count) {
		v->top = count > 0 ? count - 1 : 0;
		v->topline = 0;
	}
	below = ui_lines_below(ui, v, 0);
	if (below < 0 && (v->top > 0 || v->topline > 0))
		ui_scroll(ui, below);
}

/* Lines below the bottom of the body, counting at most limit. */
static long
ui_lines_below(struct ui *ui, struct view *v, long limit)
{
	long	count = v->ops->count(v), i, got = 0;
	int	body = ui_body_lines(ui);

	for (i = v->top; i < count && got < body + limit; i++)
		got += ui_item_lines(ui, v, i) - (i == v->top ? v->topline : 0);
	return got - body;
}

/*
 * Scroll by n lines.  Down stops when the last line reaches the bottom (a
 * jump may have put the view further; then down does nothing), up at the
 * first line.
 */
void
ui_scroll(struct ui *ui, long n)
{
	struct view	*v = ui_view(ui);
	long		 count, below;
	int		 nl, step;

	if (v == NULL || (count = v->ops->count(v)) == 0)
		return;
	if (n > 0) {
		below = ui_lines_below(ui, v, n);
		if (below < n)
			n = below > 0 ? below : 0;
	}
	while (n > 0) {
		nl = ui_item_lines(ui, v, v->top);
		if (v->topline + n < nl) {
			v->topline += (int)n;
			n = 0;
		} else if (v->top + 1 < count) {
			n -= nl - v->topline;
			v->top++;
			v->topline = 0;
		} else
			break;
	}
	while (n < 0) {
		if (v->topline > 0) {
			step = -n < v->topline ? (int)-n : v->topline;
			v->topline -= step;
			n += step;
		} else if (v->top > 0) {
			v->top--;
			v->topline = ui_item_lines(ui, v, v->top) - 1;
			n++;
		} else
			break;
	}
	ui->dirty = 1;
}

/* Make the cursor item of a list fully visible. */
static void
ui_show_cursor(struct ui *ui, struct view *v)
{
	long	i;
	int	body = ui_body_lines(ui), total;

	if (v->cur < v->top || (v->cur == v->top && v->topline > 0)) {
		v->top = v->cur;
		v->topline = 0;
		return;
	}
	total = ui_item_lines(ui, v, v->cur);
	for (i = v->cur; i > v->top; i--) {
		if (total + ui_item_lines(ui, v, i - 1) > body)
			break;
		total += ui_item_lines(ui, v, i - 1);
	}
	if (i > v->top) {
		v->top = i;
		v->topline = 0;
	} else if (total - v->topline > body)
		v->topline = 0;
}

void
ui_move(struct ui *ui, long n)
{
	struct view	*v = ui_view(ui);
	long		 count;

	if (v == NULL || (count = v->ops->count(v)) == 0)
		return;
	v->cur += n;
	if (v->cur >= count)
		v->cur = count - 1;
	if (v->cur < 0)
		v->cur = 0;
	ui_show_cursor(ui, v);
	ui->dirty = 1;
}

void
ui_goto(struct ui *ui, long i)
{
	struct view	*v = ui_view(ui);
	long		 count;

	if (v == NULL || (count = v->ops->count(v)) == 0)
		return;
	if (i >= count)
		i = count - 1;
	if (i < 0)
		i = 0;
	if (v->ops->flags & VIEW_LIST) {
		v->cur = i;
		ui_show_cursor(ui, v);
	} else {
		v->top = i;
		v->topline = 0;
	}
	ui->dirty = 1;
}

void
ui_goto_end(struct ui *ui)
{
	struct view	*v = ui_view(ui);

	if (v == NULL)
		return;
	ui_goto(ui, v->ops->count(v) - 1);
	if (!(v->ops->flags & VIEW_LIST))
		ui_clamp_bottom(ui, v);
}

static int
ui_too_small(const struct ui *ui)
{
	return ui->cols < TUI_MIN_COLS || ui->lines < TUI_MIN_LINES;
}

/* Re-render every view at the new size with its anchor item on top. */
static void
ui_resize(struct ui *ui)
{
	struct winsize	 ws;
	struct view	*v;
	int		 i, top = ui->nviews - 1;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0)
		resize_term(ws.ws_row, ws.ws_col);
	ui->cols = COLS;
	ui->lines = LINES;
	for (i = 0; i < ui->nviews; i++) {
		v = &ui->views[i];
		if (v->ops->resize != NULL)
			v->top = v->ops->resize(v, ui->cols, v->top);
		v->topline = 0;
	}
	/* The anchor stays on top, even with room to spare below. */
	if (top >= 0 && !ui_too_small(ui)) {
		v = &ui->views[top];
		if (v->ops->flags & VIEW_LIST)
			ui_show_cursor(ui, v);
	}
	ui->dirty = 2;
}

static void
ui_draw(struct ui *ui)
{
	if (ui_too_small(ui))
		draw_too_small(ui);
	else {
		draw_frame(ui);
		if (ui->prompt != NULL)
			draw_prompt(ui, ui->prompt, ui->prompt_text);
	}
}

/*
 * Nothing typed for a while: if another process (a colleague importing,
 * aligning or giving a verdict) changed the database, reload the top view
 * where it is (the others when they are on top again) and redraw.  A
 * message about what the screen showed before ("pair 369 marked
 * confirmed") may no longer be true: it gives way to one saying that the
 * view was reloaded; an error stays until the next key.
 * Nothing is sent to the terminal otherwise.
 */
static void
ui_idle(struct ui *ui)
{
	int64_t	version;

	if (store_data_version(ui->st, &version, NULL) != 0)
		return;
	if (version != ui->version) {
		ui->version = version;
		if (ui->message != NULL && !ui->message_error)
			ui_message(ui, 0, "%s", _("changed elsewhere meanwhile: "
			    "reloaded"));
		ui_changed(ui);
	}
}

/*
 * Wait for the next key, handling signals meanwhile.  Returns 0 with *key
 * set, or -1 when the reader must stop (ui->quit set).
 */
static int
ui_getkey(struct ui *ui, int *key)
{
	struct pollfd	 pfd[2];
	unsigned char	 sig;
	wint_t		 wc;
	int		 r;

	for (;;) {
		r = get_wch(&wc);
		if (r == OK) {
			*key = (int)wc;
			return 0;
		}
		if (r == KEY_CODE_YES) {
			if (wc == KEY_RESIZE)
				continue;
			*key = wc == KEY_MOUSE ? KEYC_MOUSE : KEYC_FN | (int)wc;
			return 0;
		}
		if (ui->dirty)
			ui_draw(ui);
		pfd[0].fd = STDIN_FILENO;
		pfd[0].events = POLLIN;
		pfd[1].fd = ui_pipe[0];
		pfd[1].events = POLLIN;
		r = poll(pfd, 2, UI_IDLE_MS);
		if (r == -1 && errno != EINTR) {
			ui->quit = 1;
			return -1;
		}
		if (r == 0)
			ui_idle(ui);
		while (read(ui_pipe[0], &sig, 1) == 1) {
			if (sig == SIGWINCH)
				ui_resize(ui);
			else {
				ui->quit = 1;
				return -1;
			}
		}
		if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL)) {
			ui->quit = 1;
			return -1;
		}
	}
}

char *
ui_prompt(struct ui *ui, const char *prompt, const char *init)
{
	char		*buf = NULL, *nb;
	size_t		 len = 0, cap = 0;
	uint8_t		 u[8];
	int		 key, n;

	if (init != NULL && strlen(init) + 1 <= UI_PROMPT_MAX &&
	    (buf = malloc(UI_PROMPT_MAX)) != NULL) {
		len = strlen(init);
		memcpy(buf, init, len + 1);
		cap = UI_PROMPT_MAX;
	} else if ((buf = util_strdup("")) == NULL)
		return NULL;
	curs_set(1);
	ui->prompt = prompt;
	for (;;) {
		/* Drawn again by ui_draw() after a resize. */
		ui->prompt_text = buf;
		if (!ui_too_small(ui))
			draw_prompt(ui, prompt, buf);
		if (ui_getkey(ui, &key) != 0)
			break;
		if (key == '\n' || key == '\r' ||
		    key == (KEYC_FN | KEY_ENTER)) {
			curs_set(0);
			ui->prompt = ui->prompt_text = NULL;
			ui->dirty = 1;
			return buf;
		}
		if (key == 27 || key == 7 || key == 3)
			break;			/* Escape, C-g, C-c */
		if (key == (KEYC_FN | KEY_BACKSPACE) || key == 127 ||
		    key == 8) {
			while (len > 0 && (buf[len - 1] & 0xc0) == 0x80)
				len--;
			if (len > 0)
				len--;
			buf[len] = '\0';
			continue;
		}
		if (key == 21) {		/* C-u */
			len = 0;
			buf[0] = '\0';
			continue;
		}
		if ((key & KEYC_FN) || key < 0x20 || key == 0x7f ||
		    (key >= 0x80 && key <= 0x9f))
			continue;
		if ((n = u8_uctomb(u, (ucs4_t)key, sizeof u)) <= 0)
			continue;
		if (len + (size_t)n + 1 > UI_PROMPT_MAX)
			continue;
		if (len + (size_t)n + 1 > cap) {
			if ((nb = realloc(buf, UI_PROMPT_MAX)) == NULL)
				continue;
			buf = nb;
			cap = UI_PROMPT_MAX;
		}
		memcpy(buf + len, u, (size_t)n);
		len += (size_t)n;
		buf[len] = '\0';
	}
	curs_set(0);
	ui->prompt = ui->prompt_text = NULL;
	free(buf);
	ui->dirty = 1;
	return NULL;
}

/* Clicks and the wheel, unless the configuration says mouse off. */
static void
ui_mouse_on(struct ui *ui)
{
	if (!ui->config.mouse)
		return;
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	    | BUTTON5_PRESSED
#endif
	    , NULL);
	mouseinterval(200);
}

/*
 * The editor runs in the foreground with the terminal in its normal modes;
 * the reader ignores the keyboard's signals meanwhile (as system() does)
 * and gives the editor the default ones.  Whatever the editor does, the
 * screen is set up and drawn again afterwards.
 */
int
ui_edit_file(struct ui *ui, const char *path, char **cause)
{
	struct sigaction	 ign, oint, oquit;
	pid_t			 pid, w;
	int			 status = 0, saved = 0;

	def_prog_mode();
	mousemask(0, NULL);
	endwin();
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	fflush(stdout);
	if ((pid = fork()) == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGWINCH, SIG_DFL);
		execl("/bin/sh", "sh", "-c",
		    "exec ${VISUAL:-${EDITOR:-vi}} \"$1\"", "sh", path,
		    (char *)NULL);
		_exit(127);
	}
	if (pid == -1)
		saved = errno;
	else {
		while ((w = waitpid(pid, &status, 0)) == -1 && errno == EINTR)
			continue;
		if (w == -1)
			saved = errno;
	}
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	reset_prog_mode();
	ui_mouse_on(ui);
	curs_set(0);
	clearok(curscr, TRUE);
	refresh();
	ui->dirty = 2;
	if (saved != 0) {
		util_cause(cause, _("cannot run the editor: %s"),
		    strerror(saved));
		return -1;
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* The item under screen row y, or -1. */
static long
ui_item_at(struct ui *ui, struct view *v, int y)
{
	long	i, count = v->ops->count(v);
	int	row = 1 - v->topline;

	for (i = v->top; i < count && row <= ui_body_lines(ui); i++) {
		row += ui_item_lines(ui, v, i);
		if (y < row)
			return i;
	}
	return -1;
}

static void
ui_mouse(struct ui *ui)
{
	MEVENT		 ev;
	struct view	*v = ui_view(ui);
	long		 i;
	int		 list;

	if (v == NULL || getmouse(&ev) != OK)
		return;
	/* The wheel scrolls reading views and moves the cursor of lists. */
	list = (v->ops->flags & VIEW_LIST) != 0;
	if (ev.bstate & BUTTON4_PRESSED)
		list ? ui_move(ui, -3) : ui_scroll(ui, -3);
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		list ? ui_move(ui, 3) : ui_scroll(ui, 3);
#endif
	else if (ev.bstate & (BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED |
	    BUTTON1_PRESSED)) {
		if (!(v->ops->flags & VIEW_LIST) || ev.y < 1 ||
		    ev.y > ui_body_lines(ui))
			return;
		if ((i = ui_item_at(ui, v, ev.y)) < 0)
			return;
		if (i == v->cur || (ev.bstate & BUTTON1_DOUBLE_CLICKED)) {
			v->cur = i;
			actions[ACT_OPEN].fn(ui, ACT_OPEN);
		} else
			v->cur = i;
		ui->dirty = 1;
	}
}

static void
ui_key(struct ui *ui, int key)
{
	enum action_id	a;

	if (key == KEYC_MOUSE) {
		ui_mouse(ui);
		return;
	}
	free(ui->message);
	ui->message = NULL;
	ui->dirty = 1;
	if (ui_too_small(ui)) {
		/* Nothing to act on but leaving. */
		a = keys_lookup(key);
		if (a == ACT_QUIT || a == ACT_QUIT_ALL || a == ACT_BACK)
			actions[a].fn(ui, a);
		return;
	}
	a = keys_lookup(key);
	if (a == ACT_NONE || actions[a].fn == NULL)
		return;
	actions[a].fn(ui, a);
}

static void
ui_config(struct ui *ui)
{
	char	*dir, *path;
	size_t	 i;

	ui->config.mouse = 1;
	keys_init();
	dir = paths_config_dir(getenv("XDG_CONFIG_HOME"), getenv("HOME"));
	if (dir == NULL)
		return;
	if ((path = util_printf("%s/config", dir)) != NULL) {
		config_load(&ui->config, path);
		free(path);
	}
	free(dir);
	/* Before curses takes the screen: they stay visible after it. */
	for (i = 0; i < ui->config.nerrors; i++)
		ui_warn(ui->config.errors[i]);
}

static int
ui_start(struct ui *ui, char **cause)
{
	SCREEN		*s;

	cells_ascii = !ui_locale_utf8();
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		util_cause(cause, "%s", _("the reader needs a terminal"));
		return -1;
	}
	ui_have_termios = tcgetattr(STDIN_FILENO, &ui_termios) == 0;
	if ((s = newterm(NULL, stdout, stdin)) == NULL) {
		util_cause(cause, _("cannot use the terminal type '%s'"),
		    getenv("TERM") != NULL ? getenv("TERM") : "");
		return -1;
	}
	set_term(s);
	ui_curses = 1;
	atexit(ui_endwin);
	ui_fatal_handlers();
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	idlok(stdscr, TRUE);
	idcok(stdscr, TRUE);
	nodelay(stdscr, TRUE);
	set_escdelay(50);
	curs_set(0);
	theme_init();
	ui_mouse_on(ui);
	ui->cols = COLS;
	ui->lines = LINES;
	return 0;
}

int
tui_main(struct store *st, const char *editor)
{
	struct ui	 ui;
	struct view_arg	 arg;
	char		*cause = NULL;
	const char	*e;
	int		 key, once, rc = 0;

	memset(&ui, 0, sizeof ui);
	ui.st = st;
	ui.editor = editor;
	ui_codeset(1);
	if (store_data_version(st, &ui.version, NULL) != 0)
		ui.version = 0;
	ui_config(&ui);
	if (ui_signals(&cause) != 0 || ui_start(&ui, &cause) != 0) {
		ui_warn(cause);
		free(cause);
		config_free(&ui.config);
		ui_codeset(0);
		return 1;
	}
	if (ui.config.nerrors > 0)
		ui_message(&ui, 1, P_("%s (and %zu more error)",
		    "%s (and %zu more errors)", ui.config.nerrors - 1),
		    ui.config.errors[0], ui.config.nerrors - 1);
	memset(&arg, 0, sizeof arg);
	if (ui_push(&ui, &view_stories_ops, &arg) != 0) {
		ui_endwin();
		ui_warn(ui.message != NULL ? ui.message : "");
		rc = 1;
		goto out;
	}
	e = getenv("PARALLAX_EXIT_AFTER_DRAW");
	once = e != NULL && *e != '\0' && strcmp(e, "0") != 0;
	ui.dirty = 1;
	while (!ui.quit) {
		if (ui.dirty)
			ui_draw(&ui);
		if (once)
			break;
		if (ui_getkey(&ui, &key) != 0)
			break;
		ui_key(&ui, key);
	}
out:
	while (ui.nviews > 0)
		ui_pop(&ui);
	ui_endwin();
	lines_free(&ui.frame);
	lines_free(&ui_scratch);
	free(ui.message);
	free(ui.search);
	free(ui.draft);
	config_free(&ui.config);
	ui_codeset(0);
	return rc;
}

int
tui_dump_keys(const char *format)
{
	return actions_dump(format);
}
