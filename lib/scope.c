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

#include "csisms.h"

/* The opaque handle type of the public header. */
struct csisms_scope {
    const char *code;      /* canonical code: "01", "01.01", "04.13.01" */
    int level;             /* 级别 一/二/三 -> 1/2/3; 0 for a major class */
    int parent;            /* index of the major class; -1 for a major class */
    unsigned flags;        /* CSISMS_SCOPE_* bits */
    const char *name[2];   /* [CSISMS_LANG_ZH], [CSISMS_LANG_EN] */
    const char *note[2];   /* 备注; "" when the rules have none */
};

/*
 * Appendix B.  Chinese names and notes are the rules' bytes; the one
 * conversion artefact "产品的 生产" is mended to "产品的生产" (doc/rules-model.md §0).
 * The rules have no 04.13 row: 04.13.01 and 04.13.02 hang from major class 04.
 */
static const struct csisms_scope scope_table[] = {
    /* 0 */ { "01", 0, -1, 0,
        { "政务", "Government affairs" },
        { "", "" } },
    /* 1 */ { "01.01", 1, 0, 0,
        { "国家机构", "State organs" },
        { "包括人大、政府、法院、检察院等，不含税务机关和海关",
          "Including people's congresses, governments, courts, procuratorates, etc.; "
          "excluding tax authorities and customs" } },
    /* 2 */ { "01.02", 1, 0, 0,
        { "税务机关", "Tax authorities" },
        { "", "" } },
    /* 3 */ { "01.03", 1, 0, 0,
        { "海关", "Customs" },
        { "", "" } },
    /* 4 */ { "01.04", 2, 0, 0,
        { "其他", "Other" },
        { "包括政党、政协、社会团体等",
          "Including political parties, political consultative conferences, "
          "social organisations, etc." } },
    /* 5 */ { "02", 0, -1, 0,
        { "公共", "Public services" },
        { "", "" } },
    /* 6 */ { "02.01", 1, 5, 0,
        { "通信、广播电视", "Telecommunications, radio and television" },
        { "中国电信、中国联通、中国移动的通信及网络业务的运营；有线电视业务及网络的运营；"
          "广播电台、电视台的广播电视业务的运营。承担了以上三大运营商的部分通信及网络业务运营的服务商。",
          "Operation of the telecommunications and network services of China Telecom, "
          "China Unicom and China Mobile; operation of cable television services and "
          "networks; operation of the radio and television services of radio stations "
          "and television stations. Service providers that operate part of the "
          "telecommunications and network services of the three major operators above." } },
    /* 7 */ { "02.02", 1, 5, 0,
        { "新闻出版", "News and publishing" },
        { "包括互联网内容的提供",
          "Including the provision of Internet content" } },
    /* 8 */ { "02.03", 2, 5, CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS,
        { "科研", "Scientific research" },
        { "涉及特别重大项目的应提升为一级",
          "Shall be raised to level 1 where especially major projects are involved" } },
    /* 9 */ { "02.04", 2, 5, 0,
        { "社会保障", "Social security" },
        { "例如社会保险基金管理、慈善团体等。包括医疗保险",
          "For example, social insurance fund management, charitable organisations, "
          "etc. Including medical insurance" } },
    /* 10 */ { "02.05", 2, 5, 0,
        { "医疗服务", "Medical services" },
        { "医院医疗服务、体检中心体检服务等",
          "Medical services of hospitals, physical examination services of physical "
          "examination centres, etc." } },
    /* 11 */ { "02.06", 3, 5, 0,
        { "教育", "Education" },
        { "", "" } },
    /* 12 */ { "02.07", 3, 5, 0,
        { "其他", "Other" },
        { "包括市政公用事业（水的生产和供应、污水处理、燃气生产和供应、热力生产和供应、"
          "城市水陆交通设施的维护管理等）",
          "Including municipal public utilities (production and supply of water, "
          "sewage treatment, production and supply of gas, production and supply of "
          "heat, maintenance and management of urban water and land transport "
          "facilities, etc.)" } },
    /* 13 */ { "03", 0, -1, 0,
        { "商务", "Commerce" },
        { "", "" } },
    /* 14 */ { "03.01", 1, 13, 0,
        { "金融", "Finance" },
        { "包括：银行、证券、期货、保险、资产管理等",
          "Including: banking, securities, futures, insurance, asset management, etc." } },
    /* 15 */ { "03.02", 1, 13, 0,
        { "电子商务", "E-commerce" },
        { "以在线交易为主要特点，含网络游戏",
          "Mainly characterised by online transactions; includes online games" } },
    /* 16 */ { "03.03", 1, 13, 0,
        { "物流", "Logistics" },
        { "包括邮政、快递、货运、仓储",
          "Including postal services, express delivery, freight transport and "
          "warehousing" } },
    /* 17 */ { "03.04", 3, 13, 0,
        { "咨询中介", "Consulting and intermediary services" },
        { "包括法律、会计、审计、公证、咨询公司咨询业务等",
          "Including legal, accounting, auditing and notarial services, the "
          "consulting business of consulting companies, etc." } },
    /* 18 */ { "03.05", 3, 13, 0,
        { "旅游、宾馆、饭店", "Tourism, hotels and restaurants" },
        { "", "" } },
    /* 19 */ { "03.06", 3, 13, 0,
        { "其他", "Other" },
        { "包括其他服务、销售、广告、公关等。",
          "Including other services, sales, advertising, public relations, etc." } },
    /* 20 */ { "04", 0, -1, 0,
        { "产品的生产", "Production of products" },
        { "", "" } },
    /* 21 */ { "04.01", 1, 20, 0,
        { "电力", "Electric power" },
        { "包括发电和输、变、配电等",
          "Including power generation and power transmission, transformation and "
          "distribution, etc." } },
    /* 22 */ { "04.02", 1, 20, 0,
        { "铁路", "Railways" },
        { "", "" } },
    /* 23 */ { "04.03", 1, 20, 0,
        { "民航", "Civil aviation" },
        { "", "" } },
    /* 24 */ { "04.04", 1, 20, 0,
        { "化工", "Chemical industry" },
        { "", "" } },
    /* 25 */ { "04.05", 1, 20, 0,
        { "航空航天", "Aerospace" },
        { "", "" } },
    /* 26 */ { "04.06", 1, 20, 0,
        { "水利", "Water resources" },
        { "", "" } },
    /* 27 */ { "04.07", 2, 20, 0,
        { "交通运输", "Transport" },
        { "包括公路、水路、城市公共客运交通等，不含航空和铁路",
          "Including road, waterway and urban public passenger transport, etc.; "
          "excluding aviation and railways" } },
    /* 28 */ { "04.08", 2, 20, 0,
        { "信息与通信技术", "Information and communication technology" },
        { "包括软、硬件生产及其服务，系统集成及其服务，数字版权保护、呼叫中心、"
          "区块链技术咨询服务等。",
          "Including software and hardware production and the related services, "
          "system integration and the related services, digital rights protection, "
          "call centres, blockchain technology consulting services, etc." } },
    /* 29 */ { "04.09", 2, 20, 0,
        { "冶金", "Metallurgy" },
        { "", "" } },
    /* 30 */ { "04.10", 2, 20, 0,
        { "采矿", "Mining" },
        { "含石油、天然气开采",
          "Includes the extraction of petroleum and natural gas" } },
    /* 31 */ { "04.11", 2, 20, 0,
        { "食品、药品、烟草", "Food, pharmaceuticals and tobacco" },
        { "", "" } },
    /* 32 */ { "04.12", 3, 20, 0,
        { "农、林、牧、副、渔业",
          "Agriculture, forestry, animal husbandry, sideline production and fishery" },
        { "", "" } },
    /* 33 */ { "04.13.01", 2, 20, 0,
        { "其他", "Other" },
        { "包括印刷、地质勘查和勘测及测绘、工程检测、实验室检测、档案的综合管理、电线、电缆的生产、"
          "土地评估服务、房地产评估服务、翻译服务、等保测评及信息安全风险评估等。",
          "Including printing, geological exploration and surveying and mapping, "
          "engineering testing, laboratory testing, comprehensive management of "
          "archives, production of electric wires and cables, land appraisal "
          "services, real estate appraisal services, translation services, "
          "classified protection (MLPS) assessment and information security risk "
          "assessment, etc." } },
    /* 34 */ { "04.13.02", 3, 20, 0,
        { "其他", "Other" },
        { "包括工程监理、造纸、物业管理、技术培训、人力资源外包管理、电子产品及电子元器件生产、"
          "通信及电力工程施工、建筑工程施工、工程咨询服务、项目管理过程、监理服务过程、"
          "工程造价咨询服务过程等。",
          "Including construction supervision, papermaking, property management, "
          "technical training, human resources outsourcing management, production "
          "of electronic products and electronic components, telecommunications and "
          "electric power engineering construction, building construction, "
          "engineering consulting services, project management processes, "
          "supervision service processes, construction cost consulting service "
          "processes, etc." } },
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

/* The components of a table entry's canonical code ("dd" groups and dots). */
static int scope_entry_components(const struct csisms_scope *e,
                                  unsigned comp[SCOPE_MAX_COMPONENTS])
{
    const char *c = e->code;
    int n = 0;

    for (;;) {
        comp[n++] = (unsigned)(c[0] - '0') * 10u + (unsigned)(c[1] - '0');
        if (c[2] != '.')
            return n;
        c += 3;
    }
}

CSISMS_API int csisms_scope_lookup(const char *code, const csisms_scope **scope)
{
    unsigned want[SCOPE_MAX_COMPONENTS];
    size_t i, prefixed = 0;
    int n, k;

    if (code == NULL || scope == NULL)
        return CSISMS_EINVAL;
    n = scope_parse_code(code, want);
    if (n < 0)
        return n;

    /*
     * One pass: an entry whose code equals the input is the answer; an entry
     * whose code merely begins with the input's components is counted.
     */
    for (i = 0; i < SCOPE_COUNT; i++) {
        unsigned have[SCOPE_MAX_COMPONENTS];
        int m = scope_entry_components(&scope_table[i], have);

        if (m < n)
            continue;
        for (k = 0; k < n && have[k] == want[k]; k++)
            ;
        if (k < n)
            continue;
        if (m == n) {
            *scope = &scope_table[i];
            return CSISMS_OK;
        }
        prefixed++;
    }
    /* A code that is no entry is absent, unless it begins several entries
     * (04.13, the only such code in Appendix B). */
    return prefixed > 1 ? CSISMS_EAMBIGUOUS : CSISMS_ENOTFOUND;
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
    return s->name[lang];
}

CSISMS_API const char *csisms_scope_note(const csisms_scope *s, int lang)
{
    if (s == NULL || (lang != CSISMS_LANG_ZH && lang != CSISMS_LANG_EN))
        return NULL;
    return s->note[lang];
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

/*
 * Does hay contain needle (len bytes), ASCII letters compared without case?
 * Byte-wise matching of well-formed UTF-8 can only match whole characters.
 */
static int scope_contains(const char *hay, const char *needle, size_t len)
{
    const unsigned char *h = (const unsigned char *)hay;
    const unsigned char *n = (const unsigned char *)needle;
    size_t i, j;

    for (i = 0; h[i] != 0; i++) {
        for (j = 0; j < len && h[i + j] != 0 && scope_fold(h[i + j]) == scope_fold(n[j]); j++)
            ;
        if (j == len)
            return 1;
        if (h[i + j] == 0)
            return 0;               /* the rest of hay is shorter than needle */
    }
    return 0;
}

CSISMS_API int csisms_scope_find(const char *text, size_t from, size_t *index)
{
    size_t len, i;

    if (text == NULL || index == NULL)
        return CSISMS_EINVAL;
    if (scope_utf8_length(text, &len) != 0 || len == 0)
        return CSISMS_EINVAL;
    for (i = from; i < SCOPE_COUNT; i++) {
        const struct csisms_scope *e = &scope_table[i];
        int lang;

        for (lang = CSISMS_LANG_ZH; lang <= CSISMS_LANG_EN; lang++) {
            if (scope_contains(e->name[lang], text, len)
                || scope_contains(e->note[lang], text, len)) {
                *index = i;
                return CSISMS_OK;
            }
        }
    }
    return CSISMS_ENOTFOUND;
}
