/* SPDX-License-Identifier: MIT */
/*
 * libcsisms - business-scope codes (doc/rules-model.md §3; the rules' Appendix B,
 * "CSISMS业务范围分类表").
 *
 * The whole of Appendix B is one static const table below, in the rules'
 * order: each major class (大类) followed by its rows.  Handles are pointers
 * into that table, so they live forever and need no freeing.
 *
 * The library is pure: no heap, no mutable state, no locale, no I/O.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "csisms.h"

/* A name or note with its length in bytes.  Its storage has 7 zero bytes
 * after the terminator, so the search may read it 8 bytes at a time. */
struct scope_text {
    const char *text;
    size_t length;
};

/* The opaque handle type of the public header. */
struct csisms_scope {
    const char *code;      /* canonical code: "01", "01.01", "04.13.01" */
    uint32_t key;          /* the code's numbers, one byte each: 04.13.01 -> 0x040D01 */
    int level;             /* 级别 一/二/三 -> 1/2/3; 0 for a major class */
    int parent;            /* index of the major class; -1 for a major class */
    unsigned flags;        /* CSISMS_SCOPE_* bits */
    struct scope_text name[2]; /* [CSISMS_LANG_ZH], [CSISMS_LANG_EN] */
    struct scope_text note[2]; /* 备注; "" when the rules have none */
};

/* A code and its key from the same digits: CODE2(04, 08) is "04.08",
 * 0x040800 (1##08 - 100 reads "08" as decimal 8, not as octal). */
#define SCOPE_NUMBER(d) ((uint32_t)(1##d - 100))
#define CODE1(a) #a, SCOPE_NUMBER(a) << 16
#define CODE2(a, b) #a "." #b, SCOPE_NUMBER(a) << 16 | SCOPE_NUMBER(b) << 8
#define CODE3(a, b, c) #a "." #b "." #c, \
    SCOPE_NUMBER(a) << 16 | SCOPE_NUMBER(b) << 8 | SCOPE_NUMBER(c)
/* A text (in a static array of its bytes, the terminator and 7 more zero
 * bytes) and its length. */
#define TEXT_PADDING 7
#define T(literal) { (const char[sizeof literal + TEXT_PADDING]){ literal }, sizeof literal - 1 }

/*
 * Appendix B.  Chinese names and notes are the rules' bytes; the one
 * conversion artefact "产品的 生产" is mended to "产品的生产" (doc/rules-model.md §0).
 * The rules have no 04.13 row: 04.13.01 and 04.13.02 hang from major class 04.
 */
static const struct csisms_scope scope_table[] = {
    /* 0 */ { CODE1(01), 0, -1, 0,
        { T("政务"), T("Government affairs") },
        { T(""), T("") } },
    /* 1 */ { CODE2(01, 01), 1, 0, 0,
        { T("国家机构"), T("State organs") },
        { T("包括人大、政府、法院、检察院等，不含税务机关和海关"),
          T("Including people's congresses, governments, courts, procuratorates, etc.; "
            "excluding tax authorities and customs") } },
    /* 2 */ { CODE2(01, 02), 1, 0, 0,
        { T("税务机关"), T("Tax authorities") },
        { T(""), T("") } },
    /* 3 */ { CODE2(01, 03), 1, 0, 0,
        { T("海关"), T("Customs") },
        { T(""), T("") } },
    /* 4 */ { CODE2(01, 04), 2, 0, 0,
        { T("其他"), T("Other") },
        { T("包括政党、政协、社会团体等"),
          T("Including political parties, political consultative conferences, "
            "social organisations, etc.") } },
    /* 5 */ { CODE1(02), 0, -1, 0,
        { T("公共"), T("Public services") },
        { T(""), T("") } },
    /* 6 */ { CODE2(02, 01), 1, 5, 0,
        { T("通信、广播电视"), T("Telecommunications, radio and television") },
        { T("中国电信、中国联通、中国移动的通信及网络业务的运营；有线电视业务及网络的运营；"
            "广播电台、电视台的广播电视业务的运营。承担了以上三大运营商的部分通信及网络业务运营的服务商。"),
          T("Operation of the telecommunications and network services of China Telecom, "
            "China Unicom and China Mobile; operation of cable television services and "
            "networks; operation of the radio and television services of radio stations "
            "and television stations. Service providers that operate part of the "
            "telecommunications and network services of the three major operators above.") } },
    /* 7 */ { CODE2(02, 02), 1, 5, 0,
        { T("新闻出版"), T("News and publishing") },
        { T("包括互联网内容的提供"),
          T("Including the provision of Internet content") } },
    /* 8 */ { CODE2(02, 03), 2, 5, CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS,
        { T("科研"), T("Scientific research") },
        { T("涉及特别重大项目的应提升为一级"),
          T("Shall be raised to level 1 where especially major projects are involved") } },
    /* 9 */ { CODE2(02, 04), 2, 5, 0,
        { T("社会保障"), T("Social security") },
        { T("例如社会保险基金管理、慈善团体等。包括医疗保险"),
          T("For example, social insurance fund management, charitable organisations, "
            "etc. Including medical insurance") } },
    /* 10 */ { CODE2(02, 05), 2, 5, 0,
        { T("医疗服务"), T("Medical services") },
        { T("医院医疗服务、体检中心体检服务等"),
          T("Medical services of hospitals, physical examination services of physical "
            "examination centres, etc.") } },
    /* 11 */ { CODE2(02, 06), 3, 5, 0,
        { T("教育"), T("Education") },
        { T(""), T("") } },
    /* 12 */ { CODE2(02, 07), 3, 5, 0,
        { T("其他"), T("Other") },
        { T("包括市政公用事业（水的生产和供应、污水处理、燃气生产和供应、热力生产和供应、"
            "城市水陆交通设施的维护管理等）"),
          T("Including municipal public utilities (production and supply of water, "
            "sewage treatment, production and supply of gas, production and supply of "
            "heat, maintenance and management of urban water and land transport "
            "facilities, etc.)") } },
    /* 13 */ { CODE1(03), 0, -1, 0,
        { T("商务"), T("Commerce") },
        { T(""), T("") } },
    /* 14 */ { CODE2(03, 01), 1, 13, 0,
        { T("金融"), T("Finance") },
        { T("包括：银行、证券、期货、保险、资产管理等"),
          T("Including: banking, securities, futures, insurance, asset management, etc.") } },
    /* 15 */ { CODE2(03, 02), 1, 13, 0,
        { T("电子商务"), T("E-commerce") },
        { T("以在线交易为主要特点，含网络游戏"),
          T("Mainly characterised by online transactions; includes online games") } },
    /* 16 */ { CODE2(03, 03), 1, 13, 0,
        { T("物流"), T("Logistics") },
        { T("包括邮政、快递、货运、仓储"),
          T("Including postal services, express delivery, freight transport and "
            "warehousing") } },
    /* 17 */ { CODE2(03, 04), 3, 13, 0,
        { T("咨询中介"), T("Consulting and intermediary services") },
        { T("包括法律、会计、审计、公证、咨询公司咨询业务等"),
          T("Including legal, accounting, auditing and notarial services, the "
            "consulting business of consulting companies, etc.") } },
    /* 18 */ { CODE2(03, 05), 3, 13, 0,
        { T("旅游、宾馆、饭店"), T("Tourism, hotels and restaurants") },
        { T(""), T("") } },
    /* 19 */ { CODE2(03, 06), 3, 13, 0,
        { T("其他"), T("Other") },
        { T("包括其他服务、销售、广告、公关等。"),
          T("Including other services, sales, advertising, public relations, etc.") } },
    /* 20 */ { CODE1(04), 0, -1, 0,
        { T("产品的生产"), T("Production of products") },
        { T(""), T("") } },
    /* 21 */ { CODE2(04, 01), 1, 20, 0,
        { T("电力"), T("Electric power") },
        { T("包括发电和输、变、配电等"),
          T("Including power generation and power transmission, transformation and "
            "distribution, etc.") } },
    /* 22 */ { CODE2(04, 02), 1, 20, 0,
        { T("铁路"), T("Railways") },
        { T(""), T("") } },
    /* 23 */ { CODE2(04, 03), 1, 20, 0,
        { T("民航"), T("Civil aviation") },
        { T(""), T("") } },
    /* 24 */ { CODE2(04, 04), 1, 20, 0,
        { T("化工"), T("Chemical industry") },
        { T(""), T("") } },
    /* 25 */ { CODE2(04, 05), 1, 20, 0,
        { T("航空航天"), T("Aerospace") },
        { T(""), T("") } },
    /* 26 */ { CODE2(04, 06), 1, 20, 0,
        { T("水利"), T("Water resources") },
        { T(""), T("") } },
    /* 27 */ { CODE2(04, 07), 2, 20, 0,
        { T("交通运输"), T("Transport") },
        { T("包括公路、水路、城市公共客运交通等，不含航空和铁路"),
          T("Including road, waterway and urban public passenger transport, etc.; "
            "excluding aviation and railways") } },
    /* 28 */ { CODE2(04, 08), 2, 20, 0,
        { T("信息与通信技术"), T("Information and communication technology") },
        { T("包括软、硬件生产及其服务，系统集成及其服务，数字版权保护、呼叫中心、"
            "区块链技术咨询服务等。"),
          T("Including software and hardware production and the related services, "
            "system integration and the related services, digital rights protection, "
            "call centres, blockchain technology consulting services, etc.") } },
    /* 29 */ { CODE2(04, 09), 2, 20, 0,
        { T("冶金"), T("Metallurgy") },
        { T(""), T("") } },
    /* 30 */ { CODE2(04, 10), 2, 20, 0,
        { T("采矿"), T("Mining") },
        { T("含石油、天然气开采"),
          T("Includes the extraction of petroleum and natural gas") } },
    /* 31 */ { CODE2(04, 11), 2, 20, 0,
        { T("食品、药品、烟草"), T("Food, pharmaceuticals and tobacco") },
        { T(""), T("") } },
    /* 32 */ { CODE2(04, 12), 3, 20, 0,
        { T("农、林、牧、副、渔业"),
          T("Agriculture, forestry, animal husbandry, sideline production and fishery") },
        { T(""), T("") } },
    /* 33 */ { CODE3(04, 13, 01), 2, 20, 0,
        { T("其他"), T("Other") },
        { T("包括印刷、地质勘查和勘测及测绘、工程检测、实验室检测、档案的综合管理、电线、电缆的生产、"
            "土地评估服务、房地产评估服务、翻译服务、等保测评及信息安全风险评估等。"),
          T("Including printing, geological exploration and surveying and mapping, "
            "engineering testing, laboratory testing, comprehensive management of "
            "archives, production of electric wires and cables, land appraisal "
            "services, real estate appraisal services, translation services, "
            "classified protection (MLPS) assessment and information security risk "
            "assessment, etc.") } },
    /* 34 */ { CODE3(04, 13, 02), 3, 20, 0,
        { T("其他"), T("Other") },
        { T("包括工程监理、造纸、物业管理、技术培训、人力资源外包管理、电子产品及电子元器件生产、"
            "通信及电力工程施工、建筑工程施工、工程咨询服务、项目管理过程、监理服务过程、"
            "工程造价咨询服务过程等。"),
          T("Including construction supervision, papermaking, property management, "
            "technical training, human resources outsourcing management, production "
            "of electronic products and electronic components, telecommunications and "
            "electric power engineering construction, building construction, "
            "engineering consulting services, project management processes, "
            "supervision service processes, construction cost consulting service "
            "processes, etc.") } },
};

#define SCOPE_COUNT (sizeof scope_table / sizeof scope_table[0])

/* At most three components of at most two digits each: "04.13.01". */
#define SCOPE_MAX_COMPONENTS 3

/* ------------------------------------------------------------------------ */
/* Code normalisation                                                         */
/* ------------------------------------------------------------------------ */

enum scope_token {
    TOK_END,    /* the terminating NUL */
    TOK_SPACE,  /* ASCII space, tab, CR, LF; U+3000 */
    TOK_DIGIT,  /* 0-9 or U+FF10-U+FF19 */
    TOK_DOT,    /* "." or U+FF0E "．" or U+3002 "。" */
    TOK_OTHER   /* anything else (the parse stops there) */
};

/*
 * Classify the character at *p and step over it.  A byte after the first is
 * read only when the bytes before it matched a non-NUL pattern, so the
 * terminating NUL is never passed.  TOK_OTHER does not advance (the caller
 * stops anyway).
 */
static enum scope_token scope_next_token(const unsigned char **p, unsigned *digit)
{
    const unsigned char *s = *p;

    if (s[0] == 0)
        return TOK_END;
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') {
        *p = s + 1;
        return TOK_SPACE;
    }
    if (s[0] >= '0' && s[0] <= '9') {
        *digit = (unsigned)(s[0] - '0');
        *p = s + 1;
        return TOK_DIGIT;
    }
    if (s[0] == '.') {
        *p = s + 1;
        return TOK_DOT;
    }
    if (s[0] == 0xE3 && s[1] == 0x80) {
        if (s[2] == 0x80) {         /* U+3000 IDEOGRAPHIC SPACE */
            *p = s + 3;
            return TOK_SPACE;
        }
        if (s[2] == 0x82) {         /* U+3002 IDEOGRAPHIC FULL STOP */
            *p = s + 3;
            return TOK_DOT;
        }
        return TOK_OTHER;
    }
    if (s[0] == 0xEF && s[1] == 0xBC) {
        if (s[2] >= 0x90 && s[2] <= 0x99) { /* U+FF10..U+FF19 FULLWIDTH DIGIT */
            *digit = (unsigned)(s[2] - 0x90);
            *p = s + 3;
            return TOK_DIGIT;
        }
        if (s[2] == 0x8E) {         /* U+FF0E FULLWIDTH FULL STOP */
            *p = s + 3;
            return TOK_DOT;
        }
        return TOK_OTHER;
    }
    return TOK_OTHER;
}

/*
 * Parse what a person typed into up to three numeric components.
 * Returns the number of components (1..3), or CSISMS_EINVAL.
 */
static int scope_parse_code(const char *text, unsigned comp[SCOPE_MAX_COMPONENTS])
{
    enum { LEADING, BODY, TRAILING } state = LEADING;
    const unsigned char *p = (const unsigned char *)text;
    unsigned value = 0, digit = 0;
    int ndigits = 0, ncomp = 0;

    for (;;) {
        enum scope_token tok = scope_next_token(&p, &digit);

        switch (state) {
        case LEADING:
            if (tok == TOK_SPACE)
                continue;
            if (tok != TOK_DIGIT)
                return CSISMS_EINVAL;   /* empty, or starts with a dot or junk */
            state = BODY;
            value = digit;
            ndigits = 1;
            break;
        case BODY:
            if (tok == TOK_DIGIT) {
                if (ndigits == 2)
                    return CSISMS_EINVAL;   /* three-digit component */
                value = value * 10 + digit;
                ndigits++;
            } else if (tok == TOK_DOT) {
                if (ndigits == 0 || ncomp == SCOPE_MAX_COMPONENTS - 1)
                    return CSISMS_EINVAL;   /* ".." or a fourth component */
                comp[ncomp++] = value;
                value = 0;
                ndigits = 0;
            } else if (tok == TOK_SPACE || tok == TOK_END) {
                if (ndigits == 0)
                    return CSISMS_EINVAL;   /* trailing dot */
                comp[ncomp++] = value;
                if (tok == TOK_END)
                    return ncomp;
                state = TRAILING;
            } else {
                return CSISMS_EINVAL;
            }
            break;
        case TRAILING:
            if (tok == TOK_SPACE)
                continue;
            if (tok == TOK_END)
                return ncomp;
            return CSISMS_EINVAL;       /* inner space, or junk after spaces */
        }
    }
}

/*
 * The number of entries whose key is below key: a binary search of the table
 * (sorted by code, so by key) in six fixed steps, O(log n).
 */
static size_t scope_keys_below(uint32_t key)
{
    size_t below = 0;

#pragma GCC unroll 6
    for (int bit = 5; bit >= 0; bit--) {
        size_t next = below + ((size_t)1 << bit);
        if (next <= SCOPE_COUNT && scope_table[next - 1].key < key)
            below = next;
    }
    return below;
}
_Static_assert(SCOPE_COUNT <= 64, "scope_keys_below searches up to 64 entries");

CSISMS_API int csisms_scope_lookup(const char *code, const csisms_scope **scope)
{
    unsigned want[SCOPE_MAX_COMPONENTS];
    uint32_t key = 0, span;
    size_t i;
    int n, k;

    if (code == NULL || scope == NULL)
        return CSISMS_EINVAL;
    n = scope_parse_code(code, want);
    if (n < 0)
        return n;
    /* No code has a component 0, so a key pads the missing ones with 0 and
     * the codes that begin with the input's components are the keys in
     * [key, key + span). */
    for (k = 0; k < SCOPE_MAX_COMPONENTS; k++) {
        if (k < n && want[k] == 0)
            return CSISMS_ENOTFOUND; /* "00", "01.00" */
        key = key << 8 | (k < n ? want[k] : 0u);
    }
    span = (uint32_t)1 << 8 * (SCOPE_MAX_COMPONENTS - n);
    i = scope_keys_below(key);
    if (i < SCOPE_COUNT && scope_table[i].key == key) {
        *scope = &scope_table[i];
        return CSISMS_OK;
    }
    /* A code that is no entry is absent, unless it begins several entries
     * (04.13, the only such code in Appendix B). */
    if (i + 1 < SCOPE_COUNT && scope_table[i + 1].key - key < span)
        return CSISMS_EAMBIGUOUS;
    return CSISMS_ENOTFOUND;
}

/* ------------------------------------------------------------------------ */
/* Accessors                                                                  */
/* ------------------------------------------------------------------------ */

CSISMS_API size_t csisms_scope_count(void)
{
    return SCOPE_COUNT;
}

CSISMS_API const csisms_scope *csisms_scope_at(size_t index)
{
    return index < SCOPE_COUNT ? &scope_table[index] : NULL;
}

CSISMS_API const char *csisms_scope_code(const csisms_scope *s)
{
    return s != NULL ? s->code : NULL;
}

CSISMS_API const char *csisms_scope_name(const csisms_scope *s, int lang)
{
    if (s == NULL || (lang != CSISMS_LANG_ZH && lang != CSISMS_LANG_EN))
        return NULL;
    return s->name[lang].text;
}

CSISMS_API const char *csisms_scope_note(const csisms_scope *s, int lang)
{
    if (s == NULL || (lang != CSISMS_LANG_ZH && lang != CSISMS_LANG_EN))
        return NULL;
    return s->note[lang].text;
}

CSISMS_API int csisms_scope_level(const csisms_scope *s)
{
    return s != NULL ? s->level : CSISMS_EINVAL;
}

CSISMS_API const csisms_scope *csisms_scope_parent(const csisms_scope *s)
{
    if (s == NULL || s->parent < 0)
        return NULL;
    return &scope_table[s->parent];
}

CSISMS_API unsigned csisms_scope_flags(const csisms_scope *s)
{
    return s != NULL ? s->flags : 0u;
}

/* ------------------------------------------------------------------------ */
/* Search                                                                     */
/* ------------------------------------------------------------------------ */

/*
 * If text is well-formed UTF-8 (the Unicode Standard, table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence), store
 * its length in bytes in *len and return 0; else return -1.  A byte is read
 * only after the byte before it was found to be non-NUL.
 */
static int scope_utf8_length(const char *text, size_t *len)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;

    while (s[i] != 0) {
        unsigned char c = s[i];
        unsigned char lo = 0x80, hi = 0xBF;
        int more;

        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0)
                lo = 0xA0;          /* overlong */
            else if (c == 0xED)
                hi = 0x9F;          /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0)
                lo = 0x90;          /* overlong */
            else if (c == 0xF4)
                hi = 0x8F;          /* above U+10FFFF */
        } else {
            return -1;              /* 80-C1 stray or overlong lead, F5-FF */
        }
        i++;
        if (s[i] < lo || s[i] > hi)
            return -1;              /* NUL included: truncated */
        i++;
        while (--more > 0) {
            if (s[i] < 0x80 || s[i] > 0xBF)
                return -1;
            i++;
        }
    }
    *len = i;
    return 0;
}

static unsigned char scope_fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Word-at-a-time byte search: 8 bytes per step. */
#define BYTES_01 UINT64_C(0x0101010101010101)
#define BYTES_20 UINT64_C(0x2020202020202020)
#define BYTES_80 UINT64_C(0x8080808080808080)

/* The offset in memory of the byte whose high bit is the lowest set bit of
 * mask: ((bit >> 7) * 0x0001020304050607) >> 56 is the byte's number from
 * the least significant end, which is its address on a little-endian
 * machine and 7 minus it on a big-endian one (the test folds to a constant). */
static size_t scope_byte_offset(uint64_t mask)
{
    static const uint16_t one = 1;
    uint64_t bit = mask & (~mask + 1u);
    size_t k = (size_t)(((bit >> 7) * UINT64_C(0x0001020304050607)) >> 56);
    unsigned char first;

    memcpy(&first, &one, 1);
    return first == 1 ? k : 7 - k;
}

/* Is needle (len bytes) at h, ASCII letters without case? */
static int scope_match(const unsigned char *h, const unsigned char *needle, size_t len)
{
    for (size_t j = 0; j < len; j++)
        if (scope_fold(h[j]) != scope_fold(needle[j]))
            return 0;
    return 1;
}

/* Bytes of x that are zero get their high bit set; so may bytes above one
 * (the borrow of the subtraction), which the final check rejects. */
static uint64_t scope_zero_bytes(uint64_t x)
{
    return (x - BYTES_01) & ~x & BYTES_80;
}

/* The needle, and its first two bytes as the scan compares them: each byte
 * of a word is ORed with `fold` (0x20 in each byte when the needle's byte is
 * a letter: x | 0x20 is 'a' exactly for 'a' and 'A') and compared with
 * `byte`, the folded byte in each byte of a word.  The second is used when
 * the needle has two bytes or more. */
struct scope_needle {
    const unsigned char *text;
    size_t length;
    uint64_t fold[2];
    uint64_t byte[2];
};

/*
 * Does hay contain the needle, ASCII letters compared without case?
 * Byte-wise matching of well-formed UTF-8 can only match whole characters.
 * Each word of 8 bytes gives the candidate offsets, where the needle's first
 * byte (and second: the word one byte further) may be; each is then checked.
 * The words may run into the text's zero padding, never past it: offset
 * i <= last <= length - 1 (length - 2 for a needle of two bytes or more), so
 * the last byte read is at i + 7 or at i + 8 <= length + 6.
 */
static int scope_contains(const struct scope_text *hay, const struct scope_needle *n)
{
    const unsigned char *h = (const unsigned char *)hay->text;
    size_t i, last;

    if (hay->length < n->length)
        return 0;
    last = hay->length - n->length; /* the last offset where the needle fits */
    for (i = 0; i <= last; i += 8) {
        uint64_t w, candidates;

        memcpy(&w, h + i, sizeof w);
        candidates = scope_zero_bytes((w | n->fold[0]) ^ n->byte[0]);
        if (candidates != 0 && n->length > 1) {
            memcpy(&w, h + i + 1, sizeof w);
            candidates &= scope_zero_bytes((w | n->fold[1]) ^ n->byte[1]);
        }
        while (candidates != 0) {
            size_t at = i + scope_byte_offset(candidates);
            if (at <= last && scope_match(h + at, n->text, n->length))
                return 1;
            candidates &= candidates - 1;
        }
    }
    return 0;
}

/* Text t (0-3) of an entry: the names, then the notes. */
static const struct scope_text *scope_text_at(const struct csisms_scope *e, int t)
{
    return t < 2 ? &e->name[t] : &e->note[t - 2];
}

/* O(total length of the names and notes + len): each text is scanned once. */
CSISMS_API int csisms_scope_find(const char *text, size_t from, size_t *index)
{
    struct scope_needle n;
    size_t i;

    if (text == NULL || index == NULL)
        return CSISMS_EINVAL;
    if (scope_utf8_length(text, &n.length) != 0 || n.length == 0)
        return CSISMS_EINVAL;
    n.text = (const unsigned char *)text;
    for (int k = 0; k < 2; k++) {
        unsigned char c = scope_fold(n.text[k < (int)n.length ? k : 0]);
        n.fold[k] = c >= 'a' && c <= 'z' ? BYTES_20 : 0u;
        n.byte[k] = BYTES_01 * c;
    }
    for (i = from; i < SCOPE_COUNT; i++) {
        for (int t = 0; t < 4; t++) {
            if (scope_contains(scope_text_at(&scope_table[i], t), &n)) {
                *index = i;
                return CSISMS_OK;
            }
        }
    }
    return CSISMS_ENOTFOUND;
}

CSISMS_API int csisms_scope_under(const char *code, size_t from, size_t *index)
{
    unsigned want[SCOPE_MAX_COMPONENTS];
    uint32_t key = 0, span;
    int n;

    if (code == NULL || index == NULL)
        return CSISMS_EINVAL;
    n = scope_parse_code(code, want);
    if (n < 0)
        return n;
    /* The entries under the code are the keys in [key, key + span), as in
     * csisms_scope_lookup(); no code has a component 0. */
    for (int k = 0; k < SCOPE_MAX_COMPONENTS; k++) {
        if (k < n && want[k] == 0)
            return CSISMS_ENOTFOUND;
        key = key << 8 | (k < n ? want[k] : 0u);
    }
    span = (uint32_t)1 << 8 * (SCOPE_MAX_COMPONENTS - n);
    for (size_t i = from; i < SCOPE_COUNT; i++) {
        if (scope_table[i].key >= key && scope_table[i].key - key < span) {
            *index = i;
            return CSISMS_OK;
        }
    }
    return CSISMS_ENOTFOUND;
}
