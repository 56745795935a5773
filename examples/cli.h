/* SPDX-License-Identifier: MIT */
/* Shared helpers of the csisms example CLI. The CLI uses only the public
 * header csisms.h; nothing here is part of the library. */
#ifndef CSISMS_CLI_H
#define CSISMS_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "csisms.h"
#include "cli_out.h"

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
 * one error line when the value is missing, when the value is empty and
 * FLAGS lacks CLI_OPT_EMPTY, or when *value is already set (the option was
 * given before) and FLAGS lacks CLI_OPT_REPEAT. So *value must start NULL,
 * one variable per option. The rules for every option (csisms(1)):
 * single-valued options are given at most once, and a value may be empty
 * only where the empty text is a value (an empty list of items). */
#define CLI_OPT_ONCE 0u
#define CLI_OPT_REPEAT 1u /* may be repeated: the caller collects each value */
#define CLI_OPT_EMPTY 2u  /* the empty text is a valid value */
int cli_option(int argc, char **argv, int *i, const char *name, unsigned flags,
               const char **value);

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

/* Display width of UTF-8 text in a terminal (CJK and full-width forms count
 * 2 columns), and printing padded to a width. */
size_t cli_width(const char *text);
void cli_pad(const char *text, size_t width);

/* JSON values of the library's types (the writer is in cli_out.h). */
void json_date(struct json *j, const char *key, csisms_date date);
void json_days(struct json *j, const char *key, int32_t halfdays);

#endif
