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

/* ------------------------------------------------------------ the command tables
 *
 * Each command is described once, by a struct cli_cmd in its cmd_*.c file:
 * its arguments and options with their values and what they mean. The
 * same table drives the parser (cli_parse: unknown, missing, repeated and
 * conflicting options, values outside a fixed list, the number of
 * arguments, and their error messages), `csisms help CMD` / `CMD --help`
 * (cli_help) and the completion (cli_complete). Texts in zh and en. */

/* One value an option or argument takes. */
struct cli_choice {
    const char *name;     /* as typed */
    int value;            /* what it stands for (a CSISMS_* constant), for the command */
    int rule;             /* a csisms_rule whose clause help shows, or 0 */
    const char *zh, *en;  /* what it means, or NULL */
};

/* Values made from the library's tables (the clauses of the grounds, the
 * checklists): fills *out with the i-th for lang; 0 past the last. */
typedef int cli_values(size_t i, struct cli_choice *out, int lang);

#define CLI_OPT_ONCE 0u      /* a single value, given at most once */
#define CLI_OPT_REPEAT 1u    /* may be repeated: the values add up (cli_next) */
#define CLI_OPT_EMPTY 2u     /* the empty text is a valid value */
#define CLI_OPT_REQUIRED 4u  /* must be given (in a group: one of the group) */
#define CLI_OPT_OPEN 8u      /* the parser does not check the value against the list (the
                              * command does, or the list holds only the usual values) */
#define CLI_OPT_FILE 16u     /* the value is a file name (completion) */

/* An option ("--basis") or, in a command's args, a positional argument
 * ("PERSONNEL"). */
struct cli_opt {
    const char *name;
    const char *alias;  /* another name ("-h"), or NULL */
    const char *meta;   /* the value's name in help ("B"); NULL: a flag without value */
    unsigned flags;     /* CLI_OPT_* */
    int group;          /* nonzero: the options of one group exclude each other */
    const struct cli_choice *choices; /* the values it takes, or NULL */
    size_t nchoices;
    cli_values *values; /* or the values from the library, or NULL */
    const char *zh, *en;
};

struct cli_parsed;
/* A subcommand: its arguments already parsed against its table. Returns
 * an exit status. */
typedef int cli_command(const struct cli *cli, const struct cli_parsed *p);

struct cli_cmd {
    const char *name;
    cli_command *run;
    const char *synopsis;         /* the positional arguments in the usage line */
    int min_args, max_args;       /* how many positional arguments */
    const struct cli_opt *args;   /* the positional arguments, described */
    size_t nargs;
    const struct cli_opt *opts;   /* the options */
    size_t nopts;
    const char *zh, *en;          /* what it does, one line */
};
#define CLI_COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define CLI_CHOICES(a) (a), CLI_COUNT(a)

/* The options common to every command (--json, --lang, --help, --version),
 * parsed by main() anywhere on the command line. */
enum { CLI_COMMON_JSON, CLI_COMMON_LANG, CLI_COMMON_HELP, CLI_COMMON_VERSION, CLI_NCOMMON };
extern const struct cli_opt cli_common[CLI_NCOMMON];

/* Every command, in the order of `csisms --help`. */
extern const struct cli_cmd *const cli_commands[];
extern const size_t cli_ncommands;
const struct cli_cmd *cli_find_command(const char *name);

extern const struct cli_cmd cmd_audit_time, cmd_combined, cmd_round;   /* cmd_audit.c */
extern const struct cli_cmd cmd_due;                                    /* cmd_dates.c */
extern const struct cli_cmd cmd_cycle;                                  /* cmd_programme.c */
extern const struct cli_cmd cmd_programme, cmd_justify, cmd_record_check; /* cmd_programme.c */
extern const struct cli_cmd cmd_scope;                                  /* cmd_scope.c */
extern const struct cli_cmd cmd_evaluate;                               /* cmd_evaluate.c */
extern const struct cli_cmd cmd_checklist, cmd_uscc, cmd_sample;        /* cmd_checklist.c */
extern const struct cli_cmd cmd_register;                               /* cmd_register.c */

/* The basis of the audit time (audit-time, programme, justify). */
extern const struct cli_choice cli_bases[4];

/* A command line parsed against a command's table. */
#define CLI_MAX_OPTS 16
#define CLI_MAX_ARGS 65
struct cli_parsed {
    const struct cli_cmd *cmd;
    int argc;
    char **argv;
    const char *value[CLI_MAX_OPTS]; /* each option's (last) value; "" for a flag; NULL: absent */
    int given[CLI_MAX_OPTS];         /* how often each was given */
    const char *arg[CLI_MAX_ARGS];   /* the positional arguments */
    int nargs;
};

/* Parses argv (argv[0] the command's name; "--" ends the options) against
 * cmd's table into *p. 0, or CLI_USAGE after printing one error. */
int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, struct cli_parsed *p);
/* The values of a repeated option in order: start with *cursor = 0; NULL
 * after the last. */
const char *cli_next(const struct cli_parsed *p, size_t opt, int *cursor);
/* The choice of option o that text names: 0 and *out, or CLI_USAGE after
 * an error naming o and listing its values. */
int cli_choose(const struct cli_opt *o, const char *text, struct cli_choice *out);
/* "a, b or c": the names of o's values into buf (size n); returns buf. */
const char *cli_values_list(const struct cli_opt *o, char *buf, size_t n);
/* The i-th value of o (its choices, else its library values); 0 past the last. */
int cli_value_at(const struct cli_opt *o, size_t i, struct cli_choice *out, int lang);

/* `csisms help [CMD]`: the commands (cmd NULL) or one command's usage,
 * arguments, options and their values, on stdout. */
void cli_help(const struct cli *cli, const struct cli_cmd *cmd);
/* "wrong number of arguments": prints cmd's usage line on stderr and
 * returns CLI_USAGE. */
int cli_usage(const struct cli_cmd *cmd);
/* The hidden `csisms --complete CWORD WORDS...` of the bash completion
 * (examples/completion/csisms): prints "words" and the candidates, or
 * "files", one a line. */
int cli_complete(int argc, char **argv);

/* Text in the CLI's language. */
const char *cli_text(const struct cli *cli, const char *zh, const char *en);

/* Argument parsers: each returns 0 and sets *out, or prints one error line
 * naming NAME (e.g. "--today" or "PERSONNEL") and the text, and returns
 * CLI_USAGE. */
int cli_parse_u32(const char *name, const char *text, uint32_t *out);
int cli_parse_date(const char *name, const char *text, csisms_date *out);
int cli_parse_days(const char *name, const char *text, int32_t *halfdays);
/* A comma-separated list of item numbers 1..max ("1,3,5") as bits 1u<<(n-1). */
int cli_parse_items(const char *name, const char *text, int max, uint32_t *bits);

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
