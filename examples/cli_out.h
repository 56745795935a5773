/* SPDX-License-Identifier: MIT */
/* The output layer of the csisms CLI: everything it writes follows these
 * rules (csisms(1), "OUTPUT"), and every command uses only this API to get
 * there.
 *
 *   stdout, text   The program's own words and the library's texts are
 *                  written with stdio directly (valid UTF-8, no control
 *                  characters). Anything that came from the user (argv) is
 *                  written through cli_user(), which escapes it: a control
 *                  character below 0x80 (C0, DEL) or a byte that starts no
 *                  well-formed UTF-8 sequence becomes \xNN, the other
 *                  controls (C1 U+0080-U+009F, U+2028/U+2029 and the
 *                  bidirectional controls) become \uXXXX. Nothing else
 *                  changes, so the output is valid UTF-8 with no terminal
 *                  escape and no line break of the user's.
 *   stdout, JSON   Only through json_*(). Strings are always valid UTF-8:
 *                  each byte that starts no well-formed sequence becomes
 *                  U+FFFD (written \ufffd); the same controls as above are
 *                  written \u00XX / \uXXXX (\n, \t, \r, \b, \f short).
 *   stderr         Only cli_error() and its kin: exactly one line, the
 *                  whole message escaped like cli_user(); with --json one
 *                  JSON object (cli_out_json()) written like stdout JSON.
 *   exit           main() returns cli_finish(status): when stdout could not
 *                  be written (ferror, or fflush/fclose failing: a full disk,
 *                  /dev/full, a closed descriptor), it prints one line on
 *                  stderr and returns CLI_WRITE_ERROR instead of status.
 *                  A long-running command may ask cli_out_failed() to stop
 *                  early.
 *
 * "Well-formed UTF-8" is RFC 3629 (no overlong forms, no surrogates, nothing
 * above U+10FFFF): what a strict decoder such as Python's accepts. */
#ifndef CSISMS_CLI_OUT_H
#define CSISMS_CLI_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Exit statuses (doc/rules-model.md §7, and 3 for lost output: csisms(1)). */
enum {
    CLI_OK = 0,         /* done */
    CLI_NEGATIVE = 1,   /* a lookup or check came out negative, like grep */
    CLI_USAGE = 2,      /* usage or input error: one line on stderr */
    CLI_WRITE_ERROR = 3, /* stdout could not be written: one line on stderr */
    CLI_BAD_ROWS = 4     /* register: some records could not be evaluated */
};

/* Decodes the well-formed UTF-8 character at s (NUL-terminated) into *cp and
 * returns its length in bytes; for a byte that starts no well-formed
 * sequence, returns 1 and sets *cp to U+FFFD (so a result of 1 for a byte
 * >= 0x80 means "not UTF-8"). */
size_t cli_utf8_next(const unsigned char *s, uint32_t *cp);

/* One content line of RFC 5545 (iCalendar) to F: folded with CRLF and a
 * space so no line passes 75 octets, never inside a UTF-8 character, and
 * ended with CRLF. */
void cli_ics_line(FILE *f, const char *text);

/* User text made safe for a terminal (the escaping above), for printf's %s.
 * The result stays valid until 8 later calls or cli_finish(). */
const char *cli_user(const char *text);

/* The version of every JSON document the CLI writes: the first member of
 * each top-level object ("format"), on stdout and on stderr (csisms(1),
 * "JSON"). It changes when a key is removed or its meaning changes; new
 * keys do not change it. */
#define CLI_JSON_FORMAT "csisms/1"

/* Usage or input error: prints "csisms: ARG: WHY" (WHY printf-style) on
 * stderr as one escaped line and returns CLI_USAGE. ARG names the bad
 * argument as typed (or the command). With cli_out_json(1), the line is a
 * JSON object instead:
 *   {"format":"csisms/1","error":{"status":2,"command":C,"argument":ARG,
 *    "value":VALUE,"message":WHY}}
 * (C: the command, or null; VALUE: the bad value as typed, or null). */
int cli_error(const char *arg, const char *why, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The same, naming the bad VALUE too (the JSON object's "value"). */
int cli_bad(const char *arg, const char *value, const char *why, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* The same with another exit status (returned): CLI_WRITE_ERROR for a
 * file that could not be written. */
int cli_fail(int status, const char *arg, const char *value, const char *why, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* --json: errors (and register's summary) are JSON objects on stderr. */
void cli_out_json(int on);
int cli_out_json_on(void);
/* The command the errors belong to (its name, static), or NULL. */
void cli_out_command(const char *name);

/* A JSON string literal of text on f (the JSON rules above). */
void cli_json_string(FILE *f, const char *text);

/* 1 once writing stdout has failed. */
int cli_out_failed(void);

/* Flushes and closes stdout; returns status, or CLI_WRITE_ERROR after one
 * line on stderr when the output could not be written (a CLI_USAGE status,
 * whose line is already out, stands). Call once, last. */
int cli_finish(int status);

/* A tiny streaming JSON writer on stdout. Keys are NULL inside arrays and
 * for the top-level object, which starts with "format":CLI_JSON_FORMAT.
 * Dates are "YYYY-MM-DD" (null for 0); durations are numbers of days (8.5). */
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
/* A number already formatted by the program ("8.5"), written as it is. */
void json_number(struct json *j, const char *key, const char *number);

#endif
