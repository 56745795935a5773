/* SPDX-License-Identifier: MIT */
/* The output layer of the csisms CLI; the rules are in cli_out.h. */
#include "cli_out.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ UTF-8 */

static int cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

size_t cli_utf8_next(const unsigned char *s, uint32_t *cp)
{
    const unsigned char c = s[0];

    /* RFC 3629 section 4: the second byte's range depends on the first. */
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF && cont(s[1])) {
        *cp = (uint32_t)(c & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (c >= 0xE0 && c <= 0xEF && cont(s[1]) && cont(s[2]) &&
        (c != 0xE0 || s[1] >= 0xA0) && (c != 0xED || s[1] <= 0x9F)) {
        *cp = (uint32_t)(c & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4 && cont(s[1]) && cont(s[2]) && cont(s[3]) &&
        (c != 0xF0 || s[1] >= 0x90) && (c != 0xF4 || s[1] <= 0x8F)) {
        *cp = (uint32_t)(c & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
              (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return 1;
}

/* Characters that are escaped in text and JSON alike: C0, DEL, C1, the line
 * and paragraph separators and the bidirectional controls (which can make
 * a terminal show text in another order than it is). */
static int is_control(uint32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x061C || cp == 0x200E ||
           cp == 0x200F || (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* ------------------------------------------------------------ text */

/* The escaped form of text (rules in cli_out.h) into out, which has room
 * for the count this returns plus a NUL; out NULL: only counts. */
static size_t escape(const char *text, char *out)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *s = (const unsigned char *)text;
    size_t n = 0;

    while (*s) {
        uint32_t cp;
        size_t len = cli_utf8_next(s, &cp);
        char tmp[8];
        size_t k = 0;

        if (len == 1 && (*s >= 0x80 || is_control(cp))) { /* a bad byte or C0/DEL */
            tmp[k++] = '\\';
            tmp[k++] = 'x';
            tmp[k++] = hex[*s >> 4];
            tmp[k++] = hex[*s & 15];
        } else if (is_control(cp)) {
            tmp[k++] = '\\';
            tmp[k++] = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                tmp[k++] = hex[(cp >> shift) & 15];
        } else {
            memcpy(tmp, s, len);
            k = len;
        }
        if (out)
            memcpy(out + n, tmp, k);
        n += k;
        s += len;
    }
    if (out)
        out[n] = '\0';
    return n;
}

/* The results of cli_user(), reused round-robin and freed by cli_finish(). */
static char *user_buf[8];
static unsigned user_next;

const char *cli_user(const char *text)
{
    char **slot = &user_buf[user_next++ % 8];
    char *p = realloc(*slot, escape(text, NULL) + 1);

    if (!p)
        return "(out of memory)";
    *slot = p;
    escape(text, p);
    return p;
}

/* The error mode and the command errors belong to (set once by main). */
static int json_errors;
static const char *error_command;

void cli_out_json(int on)
{
    json_errors = on;
}

int cli_out_json_on(void)
{
    return json_errors;
}

void cli_out_command(const char *name)
{
    error_command = name;
}

static int vfail(int status, const char *arg, const char *value, const char *why, va_list ap)
{
    char small[512], *msg = small;
    va_list again;
    int n;

    va_copy(again, ap);
    n = vsnprintf(small, sizeof small, why, ap);
    if (n >= (int)sizeof small && (msg = malloc((size_t)n + 1)) != NULL)
        vsnprintf(msg, (size_t)n + 1, why, again);
    else if (n < 0 || !msg)
        msg = small;
    va_end(again);
    if (json_errors) {
        fprintf(stderr, "{\"format\":\"%s\",\"error\":{\"status\":%d,\"command\":",
                CLI_JSON_FORMAT, status);
        if (error_command)
            cli_json_string(stderr, error_command);
        else
            fputs("null", stderr);
        fputs(",\"argument\":", stderr);
        cli_json_string(stderr, arg);
        fputs(",\"value\":", stderr);
        if (value)
            cli_json_string(stderr, value);
        else
            fputs("null", stderr);
        fputs(",\"message\":", stderr);
        cli_json_string(stderr, msg);
        fputs("}}\n", stderr);
    } else {
        fprintf(stderr, "csisms: %s: ", cli_user(arg));
        fprintf(stderr, "%s\n", cli_user(msg));
    }
    if (msg != small)
        free(msg);
    return status;
}

int cli_error(const char *arg, const char *why, ...)
{
    va_list ap;
    int rc;

    va_start(ap, why);
    rc = vfail(CLI_USAGE, arg, NULL, why, ap);
    va_end(ap);
    return rc;
}

int cli_bad(const char *arg, const char *value, const char *why, ...)
{
    va_list ap;
    int rc;

    va_start(ap, why);
    rc = vfail(CLI_USAGE, arg, value, why, ap);
    va_end(ap);
    return rc;
}

int cli_fail(int status, const char *arg, const char *value, const char *why, ...)
{
    va_list ap;
    int rc;

    va_start(ap, why);
    rc = vfail(status, arg, value, why, ap);
    va_end(ap);
    return rc;
}

/* ------------------------------------------------------------ stdout */

int cli_out_failed(void)
{
    return ferror(stdout) != 0;
}

int cli_finish(int status)
{
    int err = 0, failed = ferror(stdout) != 0;

    errno = 0;
    if (fflush(stdout) != 0 && !failed) {
        failed = 1;
        err = errno;
    }
    errno = 0;
    if (fclose(stdout) != 0 && !failed) {
        failed = 1;
        err = errno;
    }
    /* A usage error has written its one line and nothing on stdout (closing
     * a closed stdout still fails): its status stands. */
    if (failed && status != CLI_USAGE) {
        if (err)
            status = cli_fail(CLI_WRITE_ERROR, "stdout", NULL,
                              "the output could not be written: %s", strerror(err));
        else
            status = cli_fail(CLI_WRITE_ERROR, "stdout", NULL, "the output could not be written");
    }
    for (size_t i = 0; i < sizeof user_buf / sizeof user_buf[0]; i++) {
        free(user_buf[i]);
        user_buf[i] = NULL;
    }
    return status;
}

/* ------------------------------------------------------------ JSON */

void cli_json_string(FILE *f, const char *text)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)text;

    fputc('"', f);
    while (*s) {
        uint32_t cp;
        size_t len = cli_utf8_next(s, &cp);
        const char *brief = NULL;

        switch (cp) {
        case '"': brief = "\\\""; break;
        case '\\': brief = "\\\\"; break;
        case '\n': brief = "\\n"; break;
        case '\t': brief = "\\t"; break;
        case '\r': brief = "\\r"; break;
        case '\b': brief = "\\b"; break;
        case '\f': brief = "\\f"; break;
        default: break;
        }
        if (brief) {
            fputs(brief, f);
        } else if (len == 1 && *s >= 0x80) { /* not UTF-8: U+FFFD */
            fputs("\\ufffd", f);
        } else if (is_control(cp)) {
            fputs("\\u", f);
            for (int shift = 12; shift >= 0; shift -= 4)
                fputc(hex[(cp >> shift) & 15], f);
        } else {
            fwrite(s, 1, len, f);
        }
        s += len;
    }
    fputc('"', f);
}

static void json_key(struct json *j, const char *key)
{
    if (j->depth > 0 && j->count[j->depth]++ > 0)
        putchar(',');
    if (key) {
        cli_json_string(stdout, key);
        putchar(':');
    }
}

void json_open(struct json *j, const char *key)
{
    if (j->depth == 0 && !key)
        j->count[0] = 0;
    json_key(j, key);
    putchar('{');
    j->count[++j->depth] = 0;
    if (j->depth == 1)
        json_str(j, "format", CLI_JSON_FORMAT);
}

void json_close(struct json *j)
{
    putchar('}');
    if (--j->depth == 0)
        putchar('\n');
}

void json_array(struct json *j, const char *key)
{
    json_key(j, key);
    putchar('[');
    j->count[++j->depth] = 0;
}

void json_end(struct json *j)
{
    putchar(']');
    j->depth--;
}

void json_str(struct json *j, const char *key, const char *value)
{
    json_key(j, key);
    if (value)
        cli_json_string(stdout, value);
    else
        fputs("null", stdout);
}

void json_int(struct json *j, const char *key, long long value)
{
    json_key(j, key);
    printf("%lld", value);
}

void json_bool(struct json *j, const char *key, int value)
{
    json_key(j, key);
    fputs(value ? "true" : "false", stdout);
}

void json_null(struct json *j, const char *key)
{
    json_key(j, key);
    fputs("null", stdout);
}

void json_number(struct json *j, const char *key, const char *number)
{
    json_key(j, key);
    fputs(number, stdout);
}

/* ------------------------------------------------------------ iCalendar */

void cli_ics_line(FILE *f, const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t used = 0;

    while (*s) {
        size_t n = 1;
        while ((s[n] & 0xC0) == 0x80)
            n++;
        if (used + n > 75) {
            fputs("\r\n ", f);
            used = 1;
        }
        fwrite(s, 1, n, f);
        used += n;
        s += n;
    }
    fputs("\r\n", f);
}
