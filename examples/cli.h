/* SPDX-License-Identifier: MIT */
/* Shared helpers of the csisms example CLI. The CLI uses only the public
 * header csisms.h; nothing here is part of the library. */
#ifndef CSISMS_CLI_H
#define CSISMS_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csisms.h"

/* Exit statuses (doc/rules-model.md §7). */
enum {
    CLI_OK = 0,       /* done */
    CLI_NEGATIVE = 1, /* a lookup or check came out negative, like grep */
    CLI_USAGE = 2     /* usage or input error: one line on stderr */
};

/* Options common to every subcommand, parsed by main(). */
struct cli {
    int json; /* --json: one JSON object on stdout */
    int lang; /* CSISMS_LANG_ZH or CSISMS_LANG_EN (--lang, else the locale variables) */
};

/* A subcommand. argv[0] is its name; argv[1..argc-1] its own arguments with the
 * common options already removed (argv[argc] is NULL). Returns an exit status. */
typedef int cli_command(const struct cli *cli, int argc, char **argv);

cli_command cmd_audit_time, cmd_combined, cmd_round;   /* cmd_audit.c */
cli_command cmd_cycle, cmd_due;                        /* cmd_dates.c */
cli_command cmd_scope;                                 /* cmd_scope.c */
cli_command cmd_evaluate;                              /* cmd_evaluate.c */
cli_command cmd_checklist, cmd_uscc, cmd_sample;       /* cmd_checklist.c */

/* Text in the CLI's language. */
const char *cli_text(const struct cli *cli, const char *zh, const char *en);

/* Usage or input error: prints "csisms: ARG: WHY" (WHY printf-style) on
 * stderr and returns CLI_USAGE. ARG names the bad argument as typed. */
int cli_error(const char *arg, const char *why, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* "wrong number of arguments" for a subcommand: prints its usage line on
 * stderr and returns CLI_USAGE. */
int cli_usage(const char *command);

/* Argument parsers: each returns 0 and sets *out, or prints one error line
 * naming NAME (e.g. "--today" or "PERSONNEL") and the text, and returns
 * CLI_USAGE. */
int cli_parse_u32(const char *name, const char *text, uint32_t *out);
int cli_parse_date(const char *name, const char *text, csisms_date *out);
int cli_parse_days(const char *name, const char *text, int32_t *halfdays);
/* A comma-separated list of item numbers 1..max ("1,3,5") as bits 1u<<(n-1). */
int cli_parse_items(const char *name, const char *text, int max, uint32_t *bits);

/* Matches argv[*i] against an option taking a value, "--name VALUE" or
 * "--name=VALUE". Returns 1 and sets *value (advancing *i past a separate
 * value), 0 when argv[*i] is another argument, or CLI_USAGE after printing
 * an error when the value is missing. */
int cli_option(int argc, char **argv, int *i, const char *name, const char **value);

/* For commands with no options of their own: an argument starting with "--"
 * is an unknown option (error, CLI_USAGE); else 0. */
int cli_no_options(int argc, char **argv);
/* For commands taking exactly COUNT positional arguments and no options:
 * 0, or CLI_USAGE after printing the error. */
int cli_positionals(int argc, char **argv, int count);

/* Formatting into caller buffers; return buf. A 0 date gives "-". */
#define CLI_DATE_LEN 11
#define CLI_DAYS_LEN 16
const char *cli_date(csisms_date date, char buf[CLI_DATE_LEN]);
const char *cli_days(int32_t halfdays, char buf[CLI_DAYS_LEN]);

/* Decodes the UTF-8 character at s (NUL-terminated) into *cp; returns its
 * length in bytes, 1 (and U+FFFD) for a byte that starts no valid sequence. */
size_t cli_utf8_next(const unsigned char *s, uint32_t *cp);

/* Display width of UTF-8 text in a terminal (CJK and full-width forms count
 * 2 columns), and printing padded to a width. */
size_t cli_width(const char *text);
void cli_pad(const char *text, size_t width);

/* A tiny streaming JSON writer on stdout. Keys are NULL inside arrays and
 * for the top-level object. Dates are "YYYY-MM-DD" (null for 0); durations
 * are numbers of days (8.5). */
struct json {
    int depth;
    int count[16]; /* members written at each depth */
};
void json_open(struct json *j, const char *key);  /* { */
void json_close(struct json *j);                  /* } ; a newline after the top level */
void json_array(struct json *j, const char *key); /* [ */
void json_end(struct json *j);                    /* ] */
void json_str(struct json *j, const char *key, const char *value); /* NULL → null */
void json_int(struct json *j, const char *key, long long value);
void json_bool(struct json *j, const char *key, int value);
void json_null(struct json *j, const char *key);
void json_date(struct json *j, const char *key, csisms_date date);
void json_days(struct json *j, const char *key, int32_t halfdays);

#endif
