/* SPDX-License-Identifier: MIT */
/* csisms register — sweeps a certificate register to verdicts and deadlines.
 *
 *   csisms register [FILE|-] [--today D] [--format csv|jsonl]
 *       [--encoding auto|utf-8|gb18030|NAME] [--column FIELD=HEADER]...
 *       [--ics FILE] [--json]
 *
 * One output record per input record, in input order, whatever is wrong
 * with it (csisms(1) lists the columns, the formats and the exit status).
 * Memory is constant: the input is read in fixed chunks and one record is
 * held at a time (at most MAX_RECORD bytes).
 *
 * Libraries (Debian packages), each for the part it does well:
 * - libcsv (libcsv-dev): RFC 4180 parsing as spreadsheets write it — quoted
 *   fields with commas, quotes and line breaks, CR, LF and CRLF — streamed
 *   chunk by chunk through callbacks;
 * - json-c (libjson-c-dev): parsing each JSON Lines record (strings,
 *   escapes, numbers, nesting), one reusable tokener (register_jsonl.c);
 * - iconv (glibc): GB18030 (a superset of GBK, which Chinese Excel writes)
 *   and any other encoding to UTF-8, streamed.
 * The output writer is the small one below: one buffer, quoting or escaping
 * only what needs it, valid UTF-8 guaranteed (invalid bytes become U+FFFD);
 * a general JSON or CSV writer would allocate per record and cost more than
 * the sweep itself.
 */
#define _POSIX_C_SOURCE 200809L /* strdup, localtime_r, strcasecmp */
#include "cli.h"
#include "register_jsonl.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define CHUNK 65536
#define MAX_RECORD (1u << 20) /* longest record (CSV) or line (JSON Lines) */

/* ------------------------------------------------------------ fields */

enum field_kind { K_TEXT, K_DATE, K_FLAG, K_GROUNDS };

enum field {
    F_CERTIFICATE, F_USCC, F_ORGANISATION, /* identifying, passed through */
    F_VALID_UNTIL, F_SUSPENDED_ON, F_RESOLVED, F_SURVEILLANCE, F_CORRECTION, F_CORRECTED,
    F_GROUNDS, NFIELDS
};

/* Header names are compared after normalisation (norm_name): ASCII
 * lower-cased; blanks (U+3000 too), '_', '-' and '.' dropped. */
static const struct field_def {
    const char *key; /* FIELD of --column, and the output key */
    enum field_kind kind;
    int not_after_today; /* csisms_evaluate takes no such date after today */
    const char *names[10];
} field_defs[NFIELDS] = {
    {"certificate", K_TEXT, 0,
     {"certificate", "certificateno", "certificatenumber", "certno", "证书编号", "证书号",
      "证书号码", NULL}},
    {"uscc", K_TEXT, 0,
     {"uscc", "creditcode", "socialcreditcode", "统一社会信用代码", "社会信用代码",
      "信用代码", NULL}},
    {"organisation", K_TEXT, 0,
     {"organisation", "organization", "org", "组织名称", "获证组织", "获证组织名称",
      "企业名称", "单位名称", NULL}},
    {"valid_until", K_DATE, 0,
     {"validuntil", "expiry", "expirydate", "expires", "有效期至", "证书有效期至", "有效期截止",
      "到期日", "到期日期", NULL}},
    {"suspended_on", K_DATE, 1,
     {"suspendedon", "suspended", "suspensiondate", "暂停日期", "暂停时间", "暂停开始日期",
      NULL}},
    {"resolved", K_FLAG, 0,
     {"resolved", "suspensionresolved", "暂停原因已消除", "原因已消除", NULL}},
    {"surveillance_latest", K_DATE, 0,
     {"surveillancelatest", "surveillancedeadline", "surveillancedue",
      "监督审核截止日期", "监督审核最迟日期", "监督审核期限", "监督截止日期", NULL}},
    {"correction_requested", K_DATE, 1,
     {"correctionrequested", "correctionrequestedon", "要求纠正日期", "要求整改日期",
      "纠正要求日期", NULL}},
    {"corrected", K_FLAG, 0,
     {"corrected", "correctiondone", "已纠正", "已整改", "纠正完成", NULL}},
    {"grounds", K_GROUNDS, 0,
     {"grounds", "ground", "clauses", "依据", "条款", "暂停撤销依据", "事由条款", NULL}},
};

/* The actions, and the error pseudo-action, as counted and printed. */
enum { NACTIONS = 5, A_ERROR = NACTIONS };
static const char *const action_keys[NACTIONS + 1] = {
    "maintain", "suspend", "reinstate", "withdraw", "expire", "error",
};

/* ------------------------------------------------------------ output */

struct out {
    FILE *f;
    size_t n;
    char buf[CHUNK];
};

static void out_flush(struct out *o)
{
    if (o->n > 0)
        fwrite(o->buf, 1, o->n, o->f);
    o->n = 0;
}

static void out_put(struct out *o, const char *s, size_t n)
{
    if (n > sizeof o->buf - o->n) {
        out_flush(o);
        if (n > sizeof o->buf) {
            fwrite(s, 1, n, o->f);
            return;
        }
    }
    memcpy(o->buf + o->n, s, n);
    o->n += n;
}

static void out_str(struct out *o, const char *s)
{
    out_put(o, s, strlen(s));
}

static void out_chr(struct out *o, char c)
{
    if (o->n == sizeof o->buf)
        out_flush(o);
    o->buf[o->n++] = c;
}

/* Eight bytes at p as one word (any alignment). */
static uint64_t word_at(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w;
}

#define ONES 0x0101010101010101u
#define HIGHS 0x8080808080808080u
/* Nonzero when a byte of w is below k (k <= 128): the classic SWAR test. */
#define ANY_BELOW(w, k) (((w) - ONES * (k)) & ~(w) & HIGHS)

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid
 * (overlong forms, surrogates and code points past U+10FFFF included). */
static size_t utf8_valid(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
            return 0;
        if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

/* 1 when s[0..n) is valid UTF-8. The common characters inline: ASCII and
 * the three-byte forms of U+0800 … U+FFFF but the surrogates (CJK). */
static int utf8_ok(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, k;

    while (i < n) {
        if (i + 8 <= n && (word_at(p + i) & HIGHS) == 0) {
            i += 8;
        } else if (p[i] < 0x80) {
            i++;
        } else if (p[i] >= 0xE1 && p[i] <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80
                   && (p[i + 2] & 0xC0) == 0x80) {
            i += 3;
        } else if ((k = utf8_valid(p + i, n - i)) != 0) {
            i += k;
        } else {
            return 0;
        }
    }
    return 1;
}

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* A CSV field: quoted when it holds a comma, a quote, CR or LF, or starts
 * or ends with a blank (which a reader may trim); invalid UTF-8 and the
 * control characters other than tab, CR and LF (which could drive a
 * terminal the output reaches) become U+FFFD. */
static void out_csv_valid(struct out *o, const char *s, int valid);

static void out_csv(struct out *o, const char *s)
{
    out_csv_valid(o, s, 0);
}

/* As out_csv; valid: s is known to be valid UTF-8. */
static void out_csv_valid(struct out *o, const char *s, int valid)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n, i;
    int quote = 0, plain = 1, ctrl = 0;

    if (valid) {
        n = strcspn(s, ",\"\r\n");
        if (s[n] == '\0' && n > 0 && s[0] != ' ' && s[0] != '\t' && s[n - 1] != ' '
            && s[n - 1] != '\t') {
            out_put(o, s, n);
            return;
        }
    }

    for (i = 0; p[i] != '\0'; i++) {
        if (p[i] <= ',' && (p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n'))
            quote = 1;
        else if (p[i] >= 0x80)
            plain = 0;
        else if ((p[i] < 0x20 && p[i] != '\t') || p[i] == 0x7F)
            ctrl = 1;
    }
    n = i;
    if (n > 0 && (p[0] == ' ' || p[0] == '\t' || p[n - 1] == ' ' || p[n - 1] == '\t'))
        quote = 1;
    if (!ctrl && (plain || utf8_ok(s, n))) {
        if (!quote) {
            out_put(o, s, n);
            return;
        }
        /* Quoted, each '"' doubled: the runs between quotes in one copy. */
        out_chr(o, '"');
        for (const char *q; (q = memchr(s, '"', n)) != NULL;) {
            const size_t k = (size_t)(q - s) + 1;
            out_put(o, s, k);
            out_chr(o, '"');
            s += k;
            n -= k;
        }
        out_put(o, s, n);
        out_chr(o, '"');
        return;
    }
    if (quote)
        out_chr(o, '"');
    for (i = 0; i < n;) {
        size_t k = utf8_valid(p + i, n - i);
        if (k == 0 || (p[i] < 0x20 && p[i] != '\t' && p[i] != '\r' && p[i] != '\n')
            || p[i] == 0x7F) {
            out_str(o, REPLACEMENT);
            i++;
            continue;
        }
        if (p[i] == '"')
            out_chr(o, '"');
        out_put(o, s + i, k);
        i += k;
    }
    if (quote)
        out_chr(o, '"');
}

/* Nonzero when a byte of w equals k. */
#define ANY_EQUAL(w, k) ANY_BELOW((w) ^ (ONES * (k)), 1)

/* 1 when none of s[0..n) needs escaping in a JSON string, s being valid
 * UTF-8: no control character, '"' or '\\'; eight bytes at a time. */
static int json_plain(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        const uint64_t w = word_at(p + i);
        if (ANY_BELOW(w & ~HIGHS, 0x20) || ANY_EQUAL(w, 0x22) || ANY_EQUAL(w, 0x5C)
            || ANY_EQUAL(w, 0x7F))
            return 0;
    }
    for (; i < n; i++)
        if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\' || p[i] == 0x7F)
            return 0;
    return 1;
}

static void out_json_valid(struct out *o, const char *s, int valid);

/* A JSON string (NULL: null): '"', '\\' and every control character
 * escaped, invalid UTF-8 as U+FFFD. */
static void out_json(struct out *o, const char *s)
{
    out_json_valid(o, s, 0);
}

/* As out_json; valid: s is known to be valid UTF-8. */
static void out_json_valid(struct out *o, const char *s, int valid)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s;
    size_t n, i, start;

    if (s == NULL) {
        out_str(o, "null");
        return;
    }
    n = strlen(s);
    out_chr(o, '"');
    if (valid && json_plain(s, n)) {
        out_put(o, s, n);
        out_chr(o, '"');
        return;
    }
    for (i = start = 0; i < n;) {
        const unsigned char c = p[i];
        size_t k;
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
            i++;
            continue;
        }
        if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80
            && (p[i + 2] & 0xC0) == 0x80) {
            i += 3; /* the common three-byte characters (CJK) */
            continue;
        }
        if (c >= 0x80 && (k = utf8_valid(p + i, n - i)) != 0) {
            i += k;
            continue;
        }
        out_put(o, s + start, i - start);
        if (p[i] == '"' || p[i] == '\\') {
            out_chr(o, '\\');
            out_chr(o, (char)p[i]);
        } else if (p[i] == '\n') {
            out_str(o, "\\n");
        } else if (p[i] == '\r') {
            out_str(o, "\\r");
        } else if (p[i] == '\t') {
            out_str(o, "\\t");
        } else if (p[i] < 0x20 || p[i] == 0x7F) {
            char u[6] = {'\\', 'u', '0', '0', hex[p[i] >> 4], hex[p[i] & 15]};
            out_put(o, u, sizeof u);
        } else {
            out_str(o, "\\ufffd");
        }
        start = ++i;
    }
    out_put(o, s + start, i - start);
    out_chr(o, '"');
}

static void out_ulong(struct out *o, unsigned long v)
{
    char b[24];
    size_t i = sizeof b;

    do
        b[--i] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    out_put(o, b + i, sizeof b - i);
}

/* A date from the library (valid, or 0) as YYYY-MM-DD into b; "" for 0. */
static const char *date_text(csisms_date d, char b[CLI_DATE_LEN])
{
    static const signed char at[8] = {9, 8, 6, 5, 3, 2, 1, 0}; /* digits, last first */

    if (d <= 0) {
        b[0] = '\0';
        return b;
    }
    for (int i = 0; i < 8; i++, d /= 10)
        b[at[i]] = (char)('0' + d % 10);
    b[4] = b[7] = '-';
    b[10] = '\0';
    return b;
}

/* ------------------------------------------------------------ the sweep */

struct bits_text {
    const char *clause[32];
    const char *text[32];
};

struct sweep {
    const struct cli *cli;
    csisms_date today;
    int json;        /* output JSON Lines instead of CSV */
    const char *ics_path;
    FILE *ics;
    struct out *out;

    /* --column FIELD=HEADER */
    const char *forced[NFIELDS];

    /* The mapping: for CSV the header's column of each field, for JSON
     * Lines the key; the name as the input spells it, for errors. */
    int column[NFIELDS];
    char *name[NFIELDS];
    int header_done, nheader;
    signed char *field_of; /* CSV: column → field, -1 for none */
    char header_error[512];

    /* The current CSV record: mapped values, NUL-terminated, in rec. */
    char *rec;
    size_t rec_len;
    size_t off[NFIELDS];
    int present[NFIELDS];
    int nfields;
    int too_long;
    unsigned long line, rec_line, embedded;
    int prev_term;

    /* texts from the library, in the output language */
    struct bits_text reasons, duties;
    const char *action_name[NACTIONS];
    struct {
        uint32_t bit;
        const char *clause;
    } grounds[32];
    int ngrounds;

    unsigned long rows, count[NACTIONS + 1], replaced;
};

/* Lower-cases ASCII and drops blanks (U+3000 too), '_', '-' and '.' of a
 * header name into out (size n). */
static void norm_name(const char *s, char *out, size_t n)
{
    size_t j = 0;

    for (; *s && j + 1 < n; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '_' || c == '-' || c == '.')
            continue;
        if (strncmp(s, "\xE3\x80\x80", 3) == 0) { /* U+3000 */
            s += 2;
            continue;
        }
        out[j++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out[j] = '\0';
}

/* The field a header name (or JSON key) maps to, or -1. */
static int field_of_name(const struct sweep *s, const char *name)
{
    char norm[256], want[256];

    norm_name(name, norm, sizeof norm);
    for (int f = 0; f < NFIELDS; f++) {
        if (s->forced[f] != NULL) {
            norm_name(s->forced[f], want, sizeof want);
            if (strcmp(norm, want) == 0)
                return f;
            continue;
        }
        for (int k = 0; field_defs[f].names[k] != NULL; k++)
            if (strcmp(norm, field_defs[f].names[k]) == 0)
                return f;
    }
    return -1;
}

/* Records that field f is read from column col named name; a header
 * error if two columns map to one field. */
static void map_field(struct sweep *s, int f, int col, const char *name)
{
    if (s->column[f] >= 0) {
        if (s->header_error[0] == '\0')
            snprintf(s->header_error, sizeof s->header_error,
                     "columns '%s' and '%s' both give %s; use --column %s=HEADER", s->name[f],
                     name, field_defs[f].key, field_defs[f].key);
        return;
    }
    s->column[f] = col;
    s->name[f] = strdup(name);
}

/* After the header: every --column must have matched, and valid_until must
 * be there. */
static void check_mapping(struct sweep *s)
{
    if (s->header_error[0] != '\0')
        return;
    for (int f = 0; f < NFIELDS; f++)
        if (s->forced[f] != NULL && s->column[f] < 0) {
            snprintf(s->header_error, sizeof s->header_error,
                     "--column %s=%s: the header has no such column", field_defs[f].key,
                     s->forced[f]);
            return;
        }
    if (s->column[F_VALID_UNTIL] < 0)
        snprintf(s->header_error, sizeof s->header_error,
                 "no valid-until column (a header such as valid_until or 有效期至, "
                 "or --column valid_until=HEADER)");
}

/* The name of field f as the input spells it (its key if unknown). */
static const char *colname(const struct sweep *s, int f)
{
    return s->name[f] != NULL ? s->name[f] : field_defs[f].key;
}

/* One row's outcome. */
struct result {
    int action; /* CSISMS_ACT_* or A_ERROR */
    csisms_verdict v;
    const char *error_column;
    char error[320];
    csisms_date valid_until, surveillance, correction_due;
    int utf8_checked; /* the identifying fields are valid UTF-8 */
};

static int row_error(struct result *r, const char *column, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static int row_error(struct result *r, const char *column, const char *fmt, ...)
{
    va_list ap;

    r->action = A_ERROR;
    r->error_column = column;
    va_start(ap, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, ap);
    va_end(ap);
    return -1;
}

/* Quotes a value for an error message: at most 60 bytes, cut at a
 * character boundary. */
static const char *shown(const char *v, char buf[72])
{
    size_t n = strlen(v);

    if (n <= 60)
        return v;
    n = 60;
    while (n > 0 && ((unsigned char)v[n] & 0xC0) == 0x80)
        n--;
    memcpy(buf, v, n);
    strcpy(buf + n, "...");
    return buf;
}

/* Skips the blanks the lenient date parser skips (and none else). */
static const char *skip_blanks(const char *v)
{
    for (;;) {
        if (*v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
            v++;
        else if (strncmp(v, "\xE3\x80\x80", 3) == 0)
            v += 3;
        else
            return v;
    }
}

static int parse_date_field(struct sweep *s, struct result *r, int f, const char *v,
                            csisms_date *out)
{
    char b[72];
    int rc;

    if (v == NULL || *skip_blanks(v) == '\0') {
        *out = 0;
        if (f == F_VALID_UNTIL)
            return row_error(r, colname(s, f), "empty; the certificate's last valid day is needed");
        return 0;
    }
    rc = csisms_date_parse_lenient(v, out);
    if (rc == CSISMS_ERANGE)
        return row_error(r, colname(s, f), "'%s' is before 0001-01-01", shown(v, b));
    if (rc != CSISMS_OK)
        return row_error(r, colname(s, f),
                         "'%s' is not a date (YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYYMMDD or "
                         "YYYY年M月D日)", shown(v, b));
    if (*out > CSISMS_DATE_INPUT_MAX)
        return row_error(r, colname(s, f), "'%s' is after 9998-12-31", shown(v, b));
    return 0;
}

/* yes/no in the forms registers use; empty is no. */
static int parse_flag(struct sweep *s, struct result *r, int f, const char *v, int32_t *out)
{
    static const char *const yes[] = {"1", "y", "yes", "true", "t", "x", "是", "已", "√", "✓"};
    static const char *const no[] = {"", "0", "n", "no", "false", "f", "否", "未", "无"};
    char norm[32], b[72];

    if (v == NULL || *v == '\0') {
        *out = 0;
        return 0;
    }
    norm_name(v, norm, sizeof norm);
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
        if (strcmp(norm, yes[i]) == 0)
            return *out = 1, 0;
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (strcmp(norm, no[i]) == 0)
            return *out = 0, 0;
    return row_error(r, colname(s, f), "'%s' is not yes or no (yes/no, true/false, 1/0, 是/否)",
                     shown(v, b));
}

/* The length of the separator of clauses at v, 0 if none: ';', ',',
 * blanks, and the full-width '；', '，', '、' and U+3000. */
static size_t separator(const char *v)
{
    static const char *const wide[] = {"；", "，", "、", "\xE3\x80\x80"};

    if (*v == ';' || *v == ',' || *v == ' ' || *v == '\t' || *v == '\r' || *v == '\n')
        return 1;
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (strncmp(v, wide[i], 3) == 0)
            return 3;
    return 0;
}

/* "7.1.1(2);7.2.1(3)": clauses separated by ';', ',', '、', blanks or
 * their full-width forms; full-width parentheses are read as ASCII. */
static int parse_grounds(struct sweep *s, struct result *r, const char *v, uint32_t *out)
{
    uint32_t bits = 0;
    char tok[64];

    *out = 0;
    if (v == NULL)
        return 0;
    while (*v) {
        size_t n = 0, k;
        if ((k = separator(v)) != 0) {
            v += k;
            continue;
        }
        /* one clause */
        while (*v && separator(v) == 0) {
            if (strncmp(v, "（", 3) == 0 || strncmp(v, "）", 3) == 0) {
                if (n + 1 < sizeof tok)
                    tok[n++] = v[2] == '\x88' ? '(' : ')';
                v += 3;
            } else {
                if (n + 1 < sizeof tok)
                    tok[n++] = *v;
                v++;
            }
        }
        tok[n] = '\0';
        for (k = 0; k < (size_t)s->ngrounds; k++)
            if (strcmp(tok, s->grounds[k].clause) == 0)
                break;
        if (k == (size_t)s->ngrounds) {
            char b[72];
            uint32_t derived;
            if (csisms_reason_of_clause(tok, &derived) == CSISMS_OK)
                return row_error(r, colname(s, F_GROUNDS),
                                 "'%s' is derived from the dates, not a ground", shown(tok, b));
            return row_error(r, colname(s, F_GROUNDS), "'%s' is not a ground of %s or %s",
                             shown(tok, b), csisms_checklist_clause(CSISMS_LIST_SUSPENSION),
                             csisms_checklist_clause(CSISMS_LIST_WITHDRAWAL));
        }
        bits |= s->grounds[k].bit;
    }
    *out = bits;
    return 0;
}

/* Evaluates one record: v[f] is the text of field f, NULL when absent. */
static int evaluate_row(struct sweep *s, const char *const v[NFIELDS], struct result *r)
{
    csisms_facts facts = CSISMS_FACTS_INIT;
    csisms_date date[NFIELDS] = {0};
    int32_t flag[NFIELDS] = {0};
    char b[72], t[CLI_DATE_LEN];
    int rc;

    /* identifying text must be UTF-8 (the input was converted to it) */
    for (int f = F_CERTIFICATE; f <= F_ORGANISATION; f++)
        if (v[f] != NULL && !utf8_ok(v[f], strlen(v[f])))
            return row_error(r, colname(s, f), "not valid UTF-8 (try --encoding)");
    r->utf8_checked = 1;
    if (v[F_USCC] != NULL && *v[F_USCC] != '\0') {
        rc = csisms_uscc_validate(v[F_USCC]);
        if (rc == CSISMS_ECHECKSUM)
            return row_error(r, colname(s, F_USCC), "'%s': the check character (the 18th) is wrong",
                             shown(v[F_USCC], b));
        if (rc != CSISMS_OK)
            return row_error(r, colname(s, F_USCC),
                             "'%s' is not a unified social credit code (18 characters "
                             "0-9, A-Z without I, O, S, V, Z)", shown(v[F_USCC], b));
    }
    for (int f = F_VALID_UNTIL; f < NFIELDS; f++) {
        int bad = 0;
        switch (field_defs[f].kind) {
        case K_DATE:
            bad = parse_date_field(s, r, f, v[f], &date[f]);
            if (!bad && field_defs[f].not_after_today && date[f] > s->today)
                bad = row_error(r, colname(s, f), "'%s' is after today (%s)", shown(v[f], b),
                                date_text(s->today, t));
            break;
        case K_FLAG:
            bad = parse_flag(s, r, f, v[f], &flag[f]);
            break;
        case K_GROUNDS:
            bad = parse_grounds(s, r, v[f], &facts.grounds);
            break;
        case K_TEXT:
            break;
        }
        if (bad)
            return -1;
    }
    facts.valid_until = date[F_VALID_UNTIL];
    facts.suspended_on = date[F_SUSPENDED_ON];
    facts.suspension_resolved = flag[F_RESOLVED];
    facts.surveillance_latest = date[F_SURVEILLANCE];
    facts.correction_requested = date[F_CORRECTION];
    facts.correction_done = flag[F_CORRECTED];
    facts.today = s->today;
    r->v = (csisms_verdict)CSISMS_VERDICT_INIT;
    rc = csisms_evaluate(&facts, &r->v);
    if (rc != CSISMS_OK)
        return row_error(r, "", "%s", csisms_strerror(rc));
    r->action = r->v.action;
    r->valid_until = facts.valid_until;
    r->surveillance = facts.surveillance_latest;
    r->correction_due = 0;
    if (facts.correction_requested != 0 && !facts.correction_done)
        (void)csisms_correction_due(facts.correction_requested, &r->correction_due);
    return 0;
}

/* Clauses of bits joined by ';' (CSV) into buf. */
static void join_bits(const struct bits_text *t, uint32_t bits, int texts, char *buf, size_t n)
{
    size_t len = 0;

    buf[0] = '\0';
    for (int i = 0; i < 32; i++) {
        if (!(bits & (1u << i)) || t->clause[i] == NULL)
            continue;
        len += (size_t)snprintf(buf + len, len < n ? n - len : 0, "%s%s",
                                len > 0 ? (texts ? "; " : ";") : "",
                                texts ? t->text[i] : t->clause[i]);
        if (len >= n)
            return;
    }
}

static void out_bits_json(struct out *o, const struct bits_text *t, uint32_t bits)
{
    int first = 1;

    if (bits == 0) {
        out_str(o, "[]");
        return;
    }
    out_chr(o, '[');
    for (int i = 0; i < 32; i++) {
        if (!(bits & (1u << i)) || t->clause[i] == NULL)
            continue;
        out_str(o, first ? "{\"clause\":" : ",{\"clause\":");
        out_json(o, t->clause[i]);
        out_str(o, ",\"text\":");
        out_json(o, t->text[i]);
        out_chr(o, '}');
        first = 0;
    }
    out_chr(o, ']');
}

static const char *const csv_columns =
    "line,certificate,uscc,organisation,action,action_name,reasons,reason_texts,duties,"
    "duty_texts,deadline,next_review,error_column,error\r\n";

static void write_row(struct sweep *s, unsigned long line, const char *const v[NFIELDS],
                      const struct result *r)
{
    struct out *o = s->out;
    char d1[CLI_DATE_LEN], d2[CLI_DATE_LEN];
    const int ok = r->action != A_ERROR;

    if (s->json) {
        static const char *const keys[3] = {",\"certificate\":", ",\"uscc\":",
                                             ",\"organisation\":"};
        out_str(o, "{\"format\":\"" CLI_JSON_FORMAT "\",\"line\":");
        out_ulong(o, line);
        for (int f = F_CERTIFICATE; f <= F_ORGANISATION; f++) {
            out_str(o, keys[f]);
            out_json_valid(o, v[f], r->utf8_checked);
        }
        out_str(o, ",\"action\":\"");
        out_str(o, action_keys[r->action]);
        out_str(o, "\",\"action_name\":");
        out_json_valid(o, ok ? s->action_name[r->action] : NULL, 1);
        out_str(o, ",\"reasons\":");
        out_bits_json(o, &s->reasons, ok ? r->v.reasons : 0);
        out_str(o, ",\"duties\":");
        out_bits_json(o, &s->duties, ok ? r->v.duties : 0);
        out_str(o, ",\"deadline\":");
        out_json(o, ok && r->v.deadline ? date_text(r->v.deadline, d1) : NULL);
        out_str(o, ",\"next_review\":");
        out_json(o, ok && r->v.next_review ? date_text(r->v.next_review, d2) : NULL);
        out_str(o, ",\"error\":");
        if (ok) {
            out_str(o, "null}\n");
            return;
        }
        out_str(o, "{\"column\":");
        out_json(o, r->error_column);
        out_str(o, ",\"message\":");
        out_json(o, r->error);
        out_str(o, "}}\n");
        return;
    }

    out_ulong(o, line);
    for (int f = F_CERTIFICATE; f <= F_ORGANISATION; f++) {
        out_chr(o, ',');
        if (v[f] != NULL)
            out_csv_valid(o, v[f], r->utf8_checked);
    }
    out_chr(o, ',');
    out_str(o, action_keys[r->action]);
    if (!ok) {
        out_str(o, ",,,,,,,,");
        out_csv(o, r->error_column);
        out_chr(o, ',');
        out_csv(o, r->error);
        out_str(o, "\r\n");
        return;
    }
    out_chr(o, ',');
    out_csv(o, s->action_name[r->action]);
    if (r->v.reasons | r->v.duties) {
        char buf[4096];
        out_chr(o, ',');
        join_bits(&s->reasons, r->v.reasons, 0, buf, sizeof buf);
        out_csv(o, buf);
        out_chr(o, ',');
        join_bits(&s->reasons, r->v.reasons, 1, buf, sizeof buf);
        out_csv(o, buf);
        out_chr(o, ',');
        join_bits(&s->duties, r->v.duties, 0, buf, sizeof buf);
        out_csv(o, buf);
        out_chr(o, ',');
        join_bits(&s->duties, r->v.duties, 1, buf, sizeof buf);
        out_csv(o, buf);
    } else {
        out_str(o, ",,,,");
    }
    out_chr(o, ',');
    out_str(o, date_text(r->v.deadline, d1));
    out_chr(o, ',');
    out_str(o, date_text(r->v.next_review, d2));
    out_str(o, ",,\r\n");
}

/* ------------------------------------------------------------ calendar */


/* TEXT value escaping of RFC 5545 3.3.11 into buf. */
static void ics_text(const char *s, char *buf, size_t n)
{
    size_t j = 0;

    for (; *s && j + 2 < n; s++) {
        if (*s == '\\' || *s == ';' || *s == ',') {
            buf[j++] = '\\';
            buf[j++] = *s;
        } else if (*s == '\n') {
            buf[j++] = '\\';
            buf[j++] = 'n';
        } else if (*s != '\r') {
            buf[j++] = *s;
        }
    }
    buf[j] = '\0';
}

/* One all-day event on date: the last day before reason bit applies. */
static void ics_event(struct sweep *s, unsigned long line, const char *cert, const char *kind,
                      csisms_date date, uint32_t bit)
{
    int b = 0;
    char line_buf[1024], text[768], id[200], d[CLI_DATE_LEN], today[CLI_DATE_LEN];
    size_t j = 0;

    if (date < s->today)
        return;
    while (b < 31 && (bit >> b) != 1u)
        b++;
    /* UID: the kind, the date and the certificate number (hex), or the line */
    if (cert != NULL && *cert != '\0') {
        for (const unsigned char *p = (const unsigned char *)cert; *p && j + 3 < sizeof id; p++)
            j += (size_t)snprintf(id + j, sizeof id - j, "%02x", *p);
    } else {
        snprintf(id, sizeof id, "line%lu", line);
    }
    fputs("BEGIN:VEVENT\r\n", s->ics);
    snprintf(line_buf, sizeof line_buf, "UID:%s-%ld-%s@csisms-register", kind, (long)date, id);
    cli_ics_line(s->ics, line_buf);
    date_text(s->today, today);
    fprintf(s->ics, "DTSTAMP:%.4s%.2s%.2sT000000Z\r\n", today, today + 5, today + 8);
    date_text(date, d);
    fprintf(s->ics, "DTSTART;VALUE=DATE:%.4s%.2s%.2s\r\n", d, d + 5, d + 8);
    snprintf(line_buf, sizeof line_buf, "%s %s %s: %s", cert && *cert ? cert : "-",
             cli_text(s->cli, "最后一天，此后", "last day before"), s->reasons.clause[b],
             s->reasons.text[b]);
    ics_text(line_buf, text, sizeof text);
    snprintf(line_buf, sizeof line_buf, "SUMMARY:%s", text);
    cli_ics_line(s->ics, line_buf);
    fputs("TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n", s->ics);
}

static void ics_row(struct sweep *s, unsigned long line, const char *const v[NFIELDS],
                    const struct result *r)
{
    if (s->ics == NULL || r->action == A_ERROR || r->action == CSISMS_ACT_WITHDRAW
        || r->action == CSISMS_ACT_EXPIRE)
        return;
    const char *cert = v[F_CERTIFICATE];
    if (r->surveillance != 0)
        ics_event(s, line, cert, "surveillance", r->surveillance, CSISMS_R_SURVEILLANCE_OVERDUE);
    if (r->action == CSISMS_ACT_SUSPEND && r->v.deadline != 0)
        ics_event(s, line, cert, "suspension", r->v.deadline, CSISMS_R_SUSPENSION_EXPIRED);
    if (r->correction_due != 0)
        ics_event(s, line, cert, "correction", r->correction_due, CSISMS_R_MISUSE_OF_CERTIFICATION);
    ics_event(s, line, cert, "expiry", r->valid_until, CSISMS_R_EXPIRED);
}

/* ------------------------------------------------------------ one record */

static void emit(struct sweep *s, unsigned long line, const char *const v[NFIELDS],
                 const char *column, const char *error)
{
    struct result r;

    r.action = A_ERROR;
    r.error[0] = '\0';
    r.error_column = "";
    r.utf8_checked = 0;
    if (error != NULL) {
        row_error(&r, column, "%s", error);
    } else if (s->header_error[0] != '\0') {
        row_error(&r, "", "%s", s->header_error);
    } else {
        (void)evaluate_row(s, v, &r);
    }
    if (r.error_column == NULL)
        r.error_column = "";
    s->rows++;
    s->count[r.action]++;
    write_row(s, line, v, &r);
    ics_row(s, line, v, &r);
}

/* ------------------------------------------------------------ CSV */

static void csv_field(void *data, size_t n, void *ctx)
{
    struct sweep *s = ctx;
    const char *p = data;
    int col = s->nfields++;

    if (s->nfields == 1)
        s->rec_line = s->line;
    /* line breaks inside a quoted field: LF, CRLF or a lone CR; words
     * without a byte below 14 are skipped eight bytes at a time */
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n && !ANY_BELOW(word_at((const unsigned char *)p + i), 14)) {
            i += 8;
            continue;
        }
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n')))
            s->embedded++;
        i++;
    }
    if (!s->header_done) {
        char name[256];
        size_t m = n < sizeof name - 1 ? n : sizeof name - 1;
        memcpy(name, p, m);
        name[m] = '\0';
        int f = field_of_name(s, name);
        if (f >= 0)
            map_field(s, f, col, name);
        return;
    }
    if (col >= s->nheader || s->field_of[col] < 0)
        return;
    int f = s->field_of[col];
    if (s->rec_len + n + 1 > MAX_RECORD) {
        s->too_long = 1;
        return;
    }
    memcpy(s->rec + s->rec_len, p, n);
    s->off[f] = s->rec_len;
    s->present[f] = 1;
    s->rec_len += n;
    s->rec[s->rec_len++] = '\0';
}

static void csv_record(int c, void *ctx)
{
    struct sweep *s = ctx;

    if (s->nfields == 0) {
        /* a line break outside any record: the LF of a CRLF, or an empty line */
        if (!(c == '\n' && s->prev_term == '\r'))
            s->line++;
        s->prev_term = c;
        return;
    }
    s->prev_term = c;
    if (!s->header_done) {
        s->header_done = 1;
        s->nheader = s->nfields;
        s->field_of = malloc((size_t)s->nheader);
        if (s->field_of != NULL) {
            memset(s->field_of, -1, (size_t)s->nheader);
            for (int f = 0; f < NFIELDS; f++)
                if (s->column[f] >= 0)
                    s->field_of[s->column[f]] = (signed char)f;
        }
        check_mapping(s);
    } else {
        const char *v[NFIELDS];
        char why[96];
        for (int f = 0; f < NFIELDS; f++)
            v[f] = s->present[f] ? s->rec + s->off[f] : NULL;
        if (s->too_long) {
            snprintf(why, sizeof why, "record longer than %u bytes", MAX_RECORD);
            emit(s, s->rec_line, v, "", why);
        } else if (s->nfields != s->nheader) {
            snprintf(why, sizeof why, "%d fields, the header has %d", s->nfields, s->nheader);
            emit(s, s->rec_line, v, "", why);
        } else {
            emit(s, s->rec_line, v, NULL, NULL);
        }
    }
    s->line += 1 + s->embedded;
    s->embedded = 0;
    s->nfields = 0;
    s->rec_len = 0;
    s->too_long = 0;
    memset(s->present, 0, sizeof s->present);
}

/* libcsv grows its field buffer with this: refused past MAX_RECORD. */
static void *bounded_realloc(void *p, size_t n)
{
    return n > MAX_RECORD ? NULL : realloc(p, n);
}

/* ------------------------------------------------------------ JSON Lines */

struct jsonl {
    rj *reader;
    char *line;
    size_t len;
    int too_long;
    /* the record being read */
    struct sweep *s;
    unsigned long number;
    const char *v[NFIELDS];
    const char *bad_key;
};

static void jsonl_member(void *ctx, const char *key, const char *text, enum rj_kind kind)
{
    struct jsonl *j = ctx;
    int f = field_of_name(j->s, key);

    if (f < 0)
        return;
    if (j->s->name[f] == NULL)
        j->s->name[f] = strdup(key);
    j->v[f] = text;
    if ((kind == RJ_BAD || (kind == RJ_ARRAY && field_defs[f].kind != K_GROUNDS))
        && j->bad_key == NULL)
        j->bad_key = key;
}

static void jsonl_done(void *ctx)
{
    struct jsonl *j = ctx;

    if (j->bad_key != NULL)
        emit(j->s, j->number, j->v, j->bad_key,
             "not a string, integer or boolean (grounds: also an array of strings)");
    else if (j->v[F_VALID_UNTIL] == NULL && j->s->forced[F_VALID_UNTIL] == NULL)
        emit(j->s, j->number, j->v, field_defs[F_VALID_UNTIL].key,
             "missing; the certificate's last valid day is needed");
    else if (j->v[F_VALID_UNTIL] == NULL)
        emit(j->s, j->number, j->v, j->s->forced[F_VALID_UNTIL],
             "missing; the certificate's last valid day is needed");
    else
        emit(j->s, j->number, j->v, NULL, NULL);
}

/* One line of JSON Lines; a blank line is no record. */
static void jsonl_record(struct sweep *s, struct jsonl *j, unsigned long number)
{
    const char *p = j->line, *why;

    while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
    if (*p == '\0' && !j->too_long)
        return;
    j->s = s;
    j->number = number;
    j->bad_key = NULL;
    memset(j->v, 0, sizeof j->v);
    if (j->too_long) {
        char buf[64];
        snprintf(buf, sizeof buf, "line longer than %u bytes", MAX_RECORD);
        emit(s, number, j->v, "", buf);
        return;
    }
    why = rj_parse(j->reader, j->line, j->len, jsonl_member, jsonl_done, j);
    if (why != NULL) {
        memset(j->v, 0, sizeof j->v);
        emit(s, number, j->v, "", why);
    }
}

/* ------------------------------------------------------------ input */

enum format { FMT_AUTO, FMT_CSV, FMT_JSONL };

struct input {
    FILE *f;
    const char *path;
    iconv_t cd; /* (iconv_t)-1: the input is UTF-8 */
    char carry[16];
    size_t ncarry;
    int first;
};

/* 1 when buf[0..n) is UTF-8, an incomplete sequence at its end allowed. */
static int looks_utf8(const unsigned char *p, size_t n)
{
    size_t i = 0;

    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_valid(p + i, n - i);
        if (k == 0) {
            /* a character cut by the end of the chunk: a lead byte and
             * continuation bytes only */
            if (n - i >= 4 || p[i] < 0xC2 || p[i] > 0xF4)
                return 0;
            for (i++; i < n; i++)
                if ((p[i] & 0xC0) != 0x80)
                    return 0;
            return 1;
        }
        i += k;
    }
    return 1;
}

/* Converts in[0..n) (after any carried bytes) to UTF-8 into out; returns
 * the length written. Bytes that are no character of the encoding become
 * U+FFFD (counted); an incomplete character at the end is carried over. */
static size_t convert(struct sweep *s, struct input *in, const char *data, size_t n, char *out,
                      size_t cap, int last)
{
    char joined[CHUNK + 16];
    char *src = joined, *dst = out;
    size_t left, room = cap;

    memcpy(joined, in->carry, in->ncarry);
    memcpy(joined + in->ncarry, data, n);
    left = in->ncarry + n;
    in->ncarry = 0;
    while (left > 0) {
        if (iconv(in->cd, &src, &left, &dst, &room) != (size_t)-1)
            break;
        if (errno == EILSEQ || (errno == EINVAL && last)) {
            if (room < 3)
                break;
            memcpy(dst, REPLACEMENT, 3);
            dst += 3;
            room -= 3;
            src++;
            left--;
            s->replaced++;
        } else if (errno == EINVAL) {
            memcpy(in->carry, src, left);
            in->ncarry = left;
            break;
        } else {
            break; /* E2BIG cannot happen: out holds 4 bytes per input byte */
        }
    }
    return (size_t)(dst - out);
}

/* ------------------------------------------------------------ command */

/* The fields, as the values of --column FIELD=HEADER. */
static int field_values(size_t i, struct cli_choice *out, int lang)
{
    static const char *const kind_zh[] = {"原样输出", "日期", "是/否", "条款"};
    static const char *const kind_en[] = {"passed through", "a date", "yes or no", "clauses"};

    (void)lang;
    if (i >= NFIELDS)
        return 0;
    out->name = field_defs[i].key;
    out->value = (int)i;
    out->rule = 0;
    out->zh = kind_zh[field_defs[i].kind];
    out->en = kind_en[field_defs[i].kind];
    return 1;
}

enum { R_TODAY, R_FORMAT, R_ENCODING, R_COLUMN, R_ICS, NROPTS };
static const struct cli_choice formats[] = {
    {"csv", FMT_CSV, 0, "CSV（RFC 4180）", "CSV (RFC 4180)"},
    {"jsonl", FMT_JSONL, 0, "JSON Lines：每行一个 JSON 对象", "JSON Lines: one JSON object a line"},
};
static const struct cli_choice encodings[] = {
    {"auto", 0, 0, "UTF-8 字节顺序标记或合法的 UTF-8 为 UTF-8，否则 GB18030",
     "UTF-8 after a byte-order mark or when valid, else GB18030"},
    {"utf-8", 0, 0, NULL, NULL},
    {"gb18030", 0, 0, "包含 GBK（中文 Excel、WPS）", "contains GBK (Chinese Excel, WPS)"},
};
static const struct cli_opt register_args[] = {
    {"FILE", NULL, NULL, CLI_OPT_FILE, 0, NULL, 0, NULL,
     "登记表（CSV 或 JSON Lines）；- 或省略：标准输入",
     "the register (CSV or JSON Lines); - or none: standard input"},
};
static const struct cli_opt register_opts[NROPTS] = {
    [R_TODAY] = {"--today", NULL, "D", 0, 0, NULL, 0, NULL,
                 "清查的日期（默认为本地时区的系统日期）",
                 "the day of the sweep (by default the system's date in the local time zone)"},
    [R_FORMAT] = {"--format", NULL, "F", 0, 0, CLI_CHOICES(formats), NULL,
                  "输入格式（默认：文件名以 .jsonl 或 .ndjson 结尾或首个非空白字符为 { 时为 jsonl，"
                  "否则 csv）",
                  "the input format (by default jsonl when the file name ends in .jsonl or "
                  ".ndjson or the first non-blank character is {, else csv)"},
    [R_ENCODING] = {"--encoding", NULL, "NAME", CLI_OPT_OPEN, 0, CLI_CHOICES(encodings), NULL,
                    "输入编码：iconv 认识的任何名称（默认 auto）",
                    "the input encoding: any name iconv knows (default auto)"},
    /* OPEN: parse_column checks FIELD */
    [R_COLUMN] = {"--column", NULL, "FIELD=HEADER", CLI_OPT_REPEAT | CLI_OPT_OPEN, 0, NULL, 0,
                  field_values,
                  "从标题为 HEADER 的列（JSON Lines：键）读取字段 FIELD（如下之一）",
                  "read FIELD (one of these) from the column headed HEADER (JSON Lines: the key)"},
    [R_ICS] = {"--ics", NULL, "FILE", CLI_OPT_FILE, 0, NULL, 0, NULL,
               "另将即将到来的期限写入 FILE（iCalendar）",
               "also write the upcoming deadlines to FILE (iCalendar)"},
};

static int parse_column(struct sweep *s, const char *value)
{
    const char *eq = strchr(value, '=');
    char list[512];

    if (eq == NULL || eq[1] == '\0')
        return cli_bad(register_opts[R_COLUMN].name, value, "'%s' is not FIELD=HEADER", value);
    for (int f = 0; f < NFIELDS; f++)
        if (strlen(field_defs[f].key) == (size_t)(eq - value)
            && strncmp(field_defs[f].key, value, (size_t)(eq - value)) == 0) {
            s->forced[f] = eq + 1;
            return 0;
        }
    return cli_bad(register_opts[R_COLUMN].name, value, "'%.*s' is not a field (%s)",
                   (int)(eq - value), value,
                   cli_values_list(&register_opts[R_COLUMN], list, sizeof list));
}

static csisms_date system_today(void)
{
    time_t now = time(NULL);
    struct tm tm;

    if (now == (time_t)-1 || localtime_r(&now, &tm) == NULL)
        return 0;
    return (csisms_date)((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday);
}

static void load_texts(struct sweep *s)
{
    for (int i = 0; i < 32; i++) {
        uint32_t bit = 1u << i;
        s->reasons.clause[i] = csisms_reason_clause(bit);
        s->reasons.text[i] = csisms_reason_text(bit, s->cli->lang);
        s->duties.clause[i] = csisms_duty_clause(bit);
        s->duties.text[i] = csisms_duty_text(bit, s->cli->lang);
        if (bit & (CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS)
            && s->reasons.clause[i] != NULL) {
            s->grounds[s->ngrounds].bit = bit;
            s->grounds[s->ngrounds++].clause = s->reasons.clause[i];
        }
    }
    for (int a = 0; a < NACTIONS; a++)
        s->action_name[a] = csisms_action_name(a, s->cli->lang);
}

static int run_register(const struct cli *cli, const struct cli_parsed *p)
{
    static struct sweep sw;
    static struct out out;
    static char raw[CHUNK], utf8[CHUNK * 4 + 16];
    struct sweep *s = &sw;
    struct input in = {NULL, NULL, (iconv_t)-1, {0}, 0, 1};
    const char *path = NULL, *encoding = "auto", *today_text = NULL;
    enum format format = FMT_AUTO;
    int status = CLI_OK;

    s->cli = cli;
    s->json = cli->json;
    s->out = &out;
    out.f = stdout;
    for (int f = 0; f < NFIELDS; f++)
        s->column[f] = -1;
    const char *value;
    int cursor = 0;
    if ((today_text = p->value[R_TODAY]) != NULL) {
        if (cli_parse_date(register_opts[R_TODAY].name, today_text, &s->today))
            return CLI_USAGE;
        if (s->today > CSISMS_DATE_INPUT_MAX)
            return cli_bad(register_opts[R_TODAY].name, today_text, "'%s' is after 9998-12-31",
                           today_text);
    }
    if (p->value[R_FORMAT]) {
        struct cli_choice c;
        if (cli_choose(&register_opts[R_FORMAT], p->value[R_FORMAT], &c))
            return CLI_USAGE;
        format = (enum format)c.value;
    }
    if (p->value[R_ENCODING])
        encoding = p->value[R_ENCODING];
    while ((value = cli_next(p, R_COLUMN, &cursor)) != NULL)
        if (parse_column(s, value))
            return CLI_USAGE;
    s->ics_path = p->value[R_ICS];
    path = p->nargs > 0 ? p->arg[0] : NULL;
    if (today_text == NULL && (s->today = system_today()) == 0)
        return cli_error(register_opts[R_TODAY].name, "the system date is unknown; give --today");

    /* the encoding: utf-8 needs no conversion */
    if (strcmp(encoding, "auto") != 0 && strcasecmp(encoding, "utf-8") != 0
        && strcasecmp(encoding, "utf8") != 0) {
        in.cd = iconv_open("UTF-8", encoding);
        if (in.cd == (iconv_t)-1)
            return cli_bad(register_opts[R_ENCODING].name, encoding,
                           "'%s' is not an encoding iconv knows", encoding);
    }
    if (path == NULL || strcmp(path, "-") == 0) {
        in.f = stdin;
        in.path = "-";
    } else {
        in.f = fopen(path, "rb");
        in.path = path;
        if (in.f == NULL)
            return cli_bad(path, path, "%s", strerror(errno));
        size_t n = strlen(path);
        if (format == FMT_AUTO && ((n > 6 && strcmp(path + n - 6, ".jsonl") == 0)
                                   || (n > 7 && strcmp(path + n - 7, ".ndjson") == 0)))
            format = FMT_JSONL;
    }
    if (s->ics_path != NULL) {
        s->ics = fopen(s->ics_path, "w");
        if (s->ics == NULL)
            return cli_bad(register_opts[R_ICS].name, s->ics_path, "%s: %s", s->ics_path,
                           strerror(errno));
        fputs("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//libcsisms//csisms register//EN\r\n"
              "CALSCALE:GREGORIAN\r\n", s->ics);
    }
    load_texts(s);

    struct csv_parser csv;
    static struct jsonl jl;
    unsigned long jline = 1;
    int started = 0;
    s->rec = malloc(MAX_RECORD);
    s->line = 1;
    if (s->rec == NULL)
        return cli_error("register", "out of memory");

    for (;;) {
        size_t n = fread(raw, 1, sizeof raw, in.f), m;
        const char *data = raw;
        int last = n < sizeof raw;
        if (n == 0 && ferror(in.f)) {
            status = cli_bad(in.path, in.path, "read error: %s", strerror(errno));
            break;
        }
        if (in.first && n > 0) {
            in.first = 0;
            if (n >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) {
                data += 3; /* a UTF-8 byte-order mark */
                n -= 3;
                if (in.cd != (iconv_t)-1) {
                    iconv_close(in.cd);
                    in.cd = (iconv_t)-1;
                }
            } else if (strcmp(encoding, "auto") == 0
                       && !looks_utf8((const unsigned char *)raw, n)) {
                in.cd = iconv_open("UTF-8", "GB18030");
                if (in.cd == (iconv_t)-1) {
                    status = cli_error(register_opts[R_ENCODING].name,
                                       "GB18030 is not available from iconv");
                    break;
                }
            }
        }
        if (in.cd != (iconv_t)-1) {
            m = convert(s, &in, data, n, utf8, sizeof utf8, last);
            data = utf8;
        } else {
            m = n;
        }
        if (!started && m > 0) {
            started = 1;
            if (format == FMT_AUTO) {
                size_t i = 0;
                while (i < m && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r'
                                 || data[i] == '\n'))
                    i++;
                format = i < m && data[i] == '{' ? FMT_JSONL : FMT_CSV;
            }
            if (format == FMT_CSV) {
                csv_init(&csv, CSV_REPALL_NL);
                csv_set_realloc_func(&csv, bounded_realloc);
            } else {
                jl.reader = rj_new();
                jl.line = malloc(MAX_RECORD + 1);
                if (jl.reader == NULL || jl.line == NULL) {
                    status = cli_error("register", "out of memory");
                    break;
                }
            }
            if (!s->json)
                out_str(&out, csv_columns);
        }
        if (format == FMT_CSV && started) {
            size_t done = 0;
            while (done < m) {
                done += csv_parse(&csv, data + done, m - done, csv_field, csv_record, s);
                if (done < m) {
                    /* a field past MAX_RECORD: report the record, skip to the next line */
                    const char *nl = memchr(data + done, '\n', m - done);
                    s->too_long = 1;
                    if (s->nfields == 0)
                        s->nfields = 1, s->rec_line = s->line;
                    csv_free(&csv);
                    csv_init(&csv, CSV_REPALL_NL);
                    csv_set_realloc_func(&csv, bounded_realloc);
                    if (nl == NULL) {
                        done = m;
                    } else {
                        done = (size_t)(nl - data) + 1;
                        csv_record('\n', s);
                        s->prev_term = '\n';
                    }
                }
            }
        } else if (format == FMT_JSONL && started) {
            for (size_t i = 0; i < m;) {
                const char *nl = memchr(data + i, '\n', m - i);
                size_t k = nl ? (size_t)(nl - (data + i)) : m - i;
                if (jl.len + k > MAX_RECORD) {
                    jl.too_long = 1;
                } else {
                    memcpy(jl.line + jl.len, data + i, k);
                    jl.len += k;
                }
                i += k;
                if (nl != NULL) {
                    jl.line[jl.len] = '\0';
                    jsonl_record(s, &jl, jline++);
                    jl.len = 0;
                    jl.too_long = 0;
                    i++;
                }
            }
        }
        if (last)
            break;
    }
    if (status == CLI_OK && started) {
        if (format == FMT_CSV) {
            csv_fini(&csv, csv_field, csv_record, s);
            csv_free(&csv);
        } else if (jl.len > 0 || jl.too_long) {
            jl.line[jl.len] = '\0';
            jsonl_record(s, &jl, jline);
        }
    }
    if (!started && !s->json)
        out_str(&out, csv_columns);
    rj_free(jl.reader);
    free(jl.line);
    free(s->rec);
    free(s->field_of);
    for (int f = 0; f < NFIELDS; f++)
        free(s->name[f]);
    if (in.cd != (iconv_t)-1)
        iconv_close(in.cd);
    if (in.f != stdin)
        fclose(in.f);

    out_flush(&out);
    if (s->ics != NULL) {
        fputs("END:VCALENDAR\r\n", s->ics);
        if (ferror(s->ics) | fclose(s->ics))
            status = cli_fail(CLI_WRITE_ERROR, register_opts[R_ICS].name, s->ics_path,
                              "%s: write error", s->ics_path);
    }
    /* nothing is written to stdout after the sweep: flush it to see the
     * last write's error before the summary (cli_finish() closes it and
     * prints the one error line) */
    if (fflush(stdout) != 0 || ferror(stdout))
        return CLI_WRITE_ERROR;
    if (status != CLI_OK)
        return status;

    /* the summary: one line, the header's problem, if any, at its end */
    if (cli->json) {
        fprintf(stderr, "{\"format\":\"%s\",\"summary\":{\"command\":\"register\","
                "\"rows\":%lu", CLI_JSON_FORMAT, s->rows);
        for (int a = 0; a < NACTIONS; a++)
            fprintf(stderr, ",\"%s\":%lu", action_keys[a], s->count[a]);
        fprintf(stderr, ",\"errors\":%lu,\"replaced_bytes\":%lu,\"header_error\":",
                s->count[A_ERROR], s->replaced);
        if (s->header_error[0] != '\0')
            cli_json_string(stderr, s->header_error);
        else
            fputs("null", stderr);
        fputs("}}\n", stderr);
    } else {
        fprintf(stderr, "csisms register: %lu rows:", s->rows);
        for (int a = 0; a <= NACTIONS; a++)
            fprintf(stderr, " %lu %s%s", s->count[a], action_keys[a],
                    a == NACTIONS ? (s->count[a] == 1 ? "" : "s") : ",");
        if (s->replaced > 0)
            fprintf(stderr, "; %lu bytes not in the encoding replaced by U+FFFD", s->replaced);
        if (s->header_error[0] != '\0')
            fprintf(stderr, "; header: %s", cli_user(s->header_error));
        fputc('\n', stderr);
    }
    if (s->count[A_ERROR] > 0 || s->header_error[0] != '\0')
        return CLI_BAD_ROWS;
    if (s->rows > s->count[CSISMS_ACT_MAINTAIN])
        return CLI_NEGATIVE;
    return CLI_OK;
}

const struct cli_cmd cmd_register = {
    "register", run_register, "[FILE|-]", 0, 1, CLI_CHOICES(register_args),
    CLI_CHOICES(register_opts), "清查证书登记表（CSV 或 JSON Lines）",
    "sweep a certificate register (CSV or JSON Lines)",
};
