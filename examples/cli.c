/* SPDX-License-Identifier: MIT */
/* Shared helpers of the csisms example CLI (parsing, formatting, JSON). */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

const char *cli_text(const struct cli *cli, const char *zh, const char *en)
{
    return cli->lang == CSISMS_LANG_ZH ? zh : en;
}

int cli_error(const char *arg, const char *why, ...)
{
    va_list ap;

    fprintf(stderr, "csisms: %s: ", arg);
    va_start(ap, why);
    vfprintf(stderr, why, ap);
    va_end(ap);
    fputc('\n', stderr);
    return CLI_USAGE;
}

int cli_option(int argc, char **argv, int *i, const char *name, const char **value)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);

    if (strncmp(arg, name, n) != 0)
        return 0;
    if (arg[n] == '=') {
        *value = arg + n + 1;
        return 1;
    }
    if (arg[n] != '\0')
        return 0;
    if (*i + 1 >= argc)
        return cli_error(name, "missing value");
    *value = argv[++*i];
    return 1;
}

int cli_no_options(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0)
            return cli_error(argv[i], "unknown option");
    return 0;
}

int cli_positionals(int argc, char **argv, int count)
{
    if (cli_no_options(argc, argv))
        return CLI_USAGE;
    if (argc - 1 != count)
        return cli_usage(argv[0]);
    return 0;
}

int cli_parse_u32(const char *name, const char *text, uint32_t *out)
{
    uint64_t v = 0;
    const char *p = text;

    if (*p == '\0')
        return cli_error(name, "'%s' is not a whole number", text);
    for (; *p; p++) {
        if (*p < '0' || *p > '9')
            return cli_error(name, "'%s' is not a whole number", text);
        v = v * 10 + (uint64_t)(*p - '0');
        if (v > UINT32_MAX)
            return cli_error(name, "'%s' is larger than %lu", text, (unsigned long)UINT32_MAX);
    }
    *out = (uint32_t)v;
    return 0;
}

int cli_parse_date(const char *name, const char *text, csisms_date *out)
{
    if (csisms_date_parse(text, out) != CSISMS_OK)
        return cli_error(name, "'%s' is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)",
                         text);
    return 0;
}

int cli_parse_days(const char *name, const char *text, int32_t *halfdays)
{
    int rc = csisms_days_parse(text, halfdays);

    if (rc == CSISMS_ERANGE)
        return cli_error(name, "'%s' is too large", text);
    if (rc != CSISMS_OK)
        return cli_error(name, "'%s' is not a number of days (like 8.5)", text);
    return 0;
}

int cli_parse_items(const char *name, const char *text, int max, uint32_t *bits)
{
    uint32_t set = 0;
    const char *p = text;

    for (;;) {
        long n = 0;
        const char *start = p;
        while (*p >= '0' && *p <= '9' && n <= 32)
            n = n * 10 + (*p++ - '0');
        if (p == start || (*p != ',' && *p != '\0'))
            return cli_error(name, "'%s' is not a list of item numbers like 1,3,5", text);
        if (n < 1 || n > max)
            return cli_error(name, "item %ld is not between 1 and %d", n, max);
        set |= 1u << (n - 1);
        if (*p == '\0')
            break;
        p++;
    }
    *bits = set;
    return 0;
}

const char *cli_date(csisms_date date, char buf[CLI_DATE_LEN])
{
    if (date == 0 || csisms_date_format(date, buf, CLI_DATE_LEN) < 0)
        strcpy(buf, "-");
    return buf;
}

const char *cli_days(int32_t halfdays, char buf[CLI_DAYS_LEN])
{
    if (csisms_days_format(halfdays, buf, CLI_DAYS_LEN) < 0)
        strcpy(buf, "?");
    return buf;
}

size_t cli_utf8_next(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) { *cp = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
        (s[3] & 0xC0) == 0x80) {
        *cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
              (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
        return 4;
    }
    *cp = 0xFFFD;
    return 1;
}

size_t cli_width(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t w = 0;

    while (*s) {
        uint32_t cp;
        s += cli_utf8_next(s, &cp);
        /* East Asian wide and full-width ranges used by the rules' texts. */
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
            (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
            (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
            (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
            w += 2;
        else
            w += 1;
    }
    return w;
}

void cli_pad(const char *text, size_t width)
{
    size_t w = cli_width(text);

    fputs(text, stdout);
    for (; w < width; w++)
        putchar(' ');
}

/* ------------------------------------------------------------ JSON */

static void json_string_literal(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

static void json_key(struct json *j, const char *key)
{
    if (j->depth > 0 && j->count[j->depth]++ > 0)
        putchar(',');
    if (key) {
        json_string_literal(key);
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
        json_string_literal(value);
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

void json_date(struct json *j, const char *key, csisms_date date)
{
    char buf[CLI_DATE_LEN];

    if (date == 0 || csisms_date_format(date, buf, sizeof buf) < 0)
        json_null(j, key);
    else
        json_str(j, key, buf);
}

void json_days(struct json *j, const char *key, int32_t halfdays)
{
    char buf[CLI_DAYS_LEN];

    json_key(j, key);
    fputs(cli_days(halfdays, buf), stdout);
}
