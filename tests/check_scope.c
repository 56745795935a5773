/* SPDX-License-Identifier: MIT */
/*
 * Check tests for doc/rules-model.md §3, business-scope codes (the rules' Appendix B).
 *
 * The expected table below was typed from the rules' Appendix B (Chinese
 * names and notes byte for byte; "产品的 生产" mended to "产品的生产" as doc/rules-model.md
 * §0 says) and from the English names listed in doc/rules-model.md §3.  It is
 * never taken from the library's output.
 */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1       /* MAP_ANONYMOUS on glibc */
#endif
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif

#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csisms.h"
#include "check_run.h"

#if !defined(MAP_ANONYMOUS) && defined(MAP_ANON)
#define MAP_ANONYMOUS MAP_ANON
#endif

struct expected_entry {
    const char *code;
    int level;              /* 0 for a major class */
    const char *parent;     /* code of the major class, NULL for a major class */
    unsigned flags;
    const char *zh_name;
    const char *zh_note;
    const char *en_name;    /* doc/rules-model.md §3 */
};

static const struct expected_entry expected[] = {
    { "01", 0, NULL, 0u, "政务", "", "Government affairs" },
    { "01.01", 1, "01", 0u, "国家机构", "包括人大、政府、法院、检察院等，不含税务机关和海关", "State organs" },
    { "01.02", 1, "01", 0u, "税务机关", "", "Tax authorities" },
    { "01.03", 1, "01", 0u, "海关", "", "Customs" },
    { "01.04", 2, "01", 0u, "其他", "包括政党、政协、社会团体等", "Other" },
    { "02", 0, NULL, 0u, "公共", "", "Public services" },
    { "02.01", 1, "02", 0u, "通信、广播电视", "中国电信、中国联通、中国移动的通信及网络业务的运营；有线电视业务及网络的运营；广播电台、电视台的广播电视业务的运营。承担了以上三大运营商的部分通信及网络业务运营的服务商。", "Telecommunications, radio and television" },
    { "02.02", 1, "02", 0u, "新闻出版", "包括互联网内容的提供", "News and publishing" },
    { "02.03", 2, "02", 1u, "科研", "涉及特别重大项目的应提升为一级", "Scientific research" },
    { "02.04", 2, "02", 0u, "社会保障", "例如社会保险基金管理、慈善团体等。包括医疗保险", "Social security" },
    { "02.05", 2, "02", 0u, "医疗服务", "医院医疗服务、体检中心体检服务等", "Medical services" },
    { "02.06", 3, "02", 0u, "教育", "", "Education" },
    { "02.07", 3, "02", 0u, "其他", "包括市政公用事业（水的生产和供应、污水处理、燃气生产和供应、热力生产和供应、城市水陆交通设施的维护管理等）", "Other" },
    { "03", 0, NULL, 0u, "商务", "", "Commerce" },
    { "03.01", 1, "03", 0u, "金融", "包括：银行、证券、期货、保险、资产管理等", "Finance" },
    { "03.02", 1, "03", 0u, "电子商务", "以在线交易为主要特点，含网络游戏", "E-commerce" },
    { "03.03", 1, "03", 0u, "物流", "包括邮政、快递、货运、仓储", "Logistics" },
    { "03.04", 3, "03", 0u, "咨询中介", "包括法律、会计、审计、公证、咨询公司咨询业务等", "Consulting and intermediary services" },
    { "03.05", 3, "03", 0u, "旅游、宾馆、饭店", "", "Tourism, hotels and restaurants" },
    { "03.06", 3, "03", 0u, "其他", "包括其他服务、销售、广告、公关等。", "Other" },
    { "04", 0, NULL, 0u, "产品的生产", "", "Production of products" },
    { "04.01", 1, "04", 0u, "电力", "包括发电和输、变、配电等", "Electric power" },
    { "04.02", 1, "04", 0u, "铁路", "", "Railways" },
    { "04.03", 1, "04", 0u, "民航", "", "Civil aviation" },
    { "04.04", 1, "04", 0u, "化工", "", "Chemical industry" },
    { "04.05", 1, "04", 0u, "航空航天", "", "Aerospace" },
    { "04.06", 1, "04", 0u, "水利", "", "Water resources" },
    { "04.07", 2, "04", 0u, "交通运输", "包括公路、水路、城市公共客运交通等，不含航空和铁路", "Transport" },
    { "04.08", 2, "04", 0u, "信息与通信技术", "包括软、硬件生产及其服务，系统集成及其服务，数字版权保护、呼叫中心、区块链技术咨询服务等。", "Information and communication technology" },
    { "04.09", 2, "04", 0u, "冶金", "", "Metallurgy" },
    { "04.10", 2, "04", 0u, "采矿", "含石油、天然气开采", "Mining" },
    { "04.11", 2, "04", 0u, "食品、药品、烟草", "", "Food, pharmaceuticals and tobacco" },
    { "04.12", 3, "04", 0u, "农、林、牧、副、渔业", "", "Agriculture, forestry, animal husbandry, sideline production and fishery" },
    { "04.13.01", 2, "04", 0u, "其他", "包括印刷、地质勘查和勘测及测绘、工程检测、实验室检测、档案的综合管理、电线、电缆的生产、土地评估服务、房地产评估服务、翻译服务、等保测评及信息安全风险评估等。", "Other" },
    { "04.13.02", 3, "04", 0u, "其他", "包括工程监理、造纸、物业管理、技术培训、人力资源外包管理、电子产品及电子元器件生产、通信及电力工程施工、建筑工程施工、工程咨询服务、项目管理过程、监理服务过程、工程造价咨询服务过程等。", "Other" },
};

#define N_EXPECTED (sizeof expected / sizeof expected[0])

/* Sentinel for out-parameters that must stay untouched on error. */
static const csisms_scope *const HANDLE_SENTINEL = (const csisms_scope *)&expected[0];
#define INDEX_SENTINEL ((size_t)0xDEADBEEFu)

/* ------------------------------------------------------------------------ */
/* Helpers (test-side, independent of the library)                            */
/* ------------------------------------------------------------------------ */

static size_t expected_index_of(const char *code)
{
    size_t i;

    for (i = 0; i < N_EXPECTED; i++)
        if (strcmp(expected[i].code, code) == 0)
            return i;
    return SIZE_MAX;
}

/*
 * Reference outcome for a canonical code, by plain string comparison over
 * the expected table: exact match; else the entries whose code starts with
 * "CODE." are the ones the code is a prefix of.
 */
static int reference_lookup(const char *canonical, size_t *index)
{
    size_t i, len = strlen(canonical), hits = 0, hit = 0;

    for (i = 0; i < N_EXPECTED; i++) {
        if (strcmp(expected[i].code, canonical) == 0) {
            *index = i;
            return CSISMS_OK;
        }
    }
    for (i = 0; i < N_EXPECTED; i++) {
        if (strncmp(expected[i].code, canonical, len) == 0 && expected[i].code[len] == '.') {
            if (hits++ == 0)
                hit = i;
        }
    }
    if (hits == 0)
        return CSISMS_ENOTFOUND;
    if (hits > 1)
        return CSISMS_EAMBIGUOUS;
    *index = hit;
    return CSISMS_OK;
}

static int is_ascii(const char *s)
{
    for (; *s != '\0'; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

/* ------------------------------------------------------------------------ */
/* The table                                                                  */
/* ------------------------------------------------------------------------ */

START_TEST(test_count)
{
    ck_assert_uint_eq(N_EXPECTED, 35);
    ck_assert_uint_eq(csisms_scope_count(), 35);
    ck_assert_ptr_null(csisms_scope_at(35));
    ck_assert_ptr_null(csisms_scope_at(36));
    ck_assert_ptr_null(csisms_scope_at(SIZE_MAX));
    ck_assert_ptr_nonnull(csisms_scope_at(0));
    ck_assert_ptr_nonnull(csisms_scope_at(34));
}
END_TEST

/* One loop iteration per entry of Appendix B, in table order. */
START_TEST(test_entry)
{
    const struct expected_entry *x = &expected[_i];
    const csisms_scope *s = csisms_scope_at((size_t)_i);
    const csisms_scope *got = HANDLE_SENTINEL;
    const csisms_scope *parent;
    const char *zh_note, *en_note;
    size_t idx = INDEX_SENTINEL;

    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(csisms_scope_code(s), x->code);
    ck_assert_int_eq(csisms_scope_level(s), x->level);
    ck_assert_uint_eq(csisms_scope_flags(s), x->flags);
    ck_assert_str_eq(csisms_scope_name(s, CSISMS_LANG_ZH), x->zh_name);
    ck_assert_str_eq(csisms_scope_note(s, CSISMS_LANG_ZH), x->zh_note);
    ck_assert_str_eq(csisms_scope_name(s, CSISMS_LANG_EN), x->en_name);

    /* A note exists in English exactly when the rules have one; English is ASCII. */
    zh_note = csisms_scope_note(s, CSISMS_LANG_ZH);
    en_note = csisms_scope_note(s, CSISMS_LANG_EN);
    ck_assert_ptr_nonnull(en_note);
    ck_assert_int_eq(zh_note[0] == '\0', en_note[0] == '\0');
    ck_assert(is_ascii(en_note));
    ck_assert(is_ascii(csisms_scope_name(s, CSISMS_LANG_EN)));

    /* The parent is the major class, itself an entry of level 0 without parent. */
    parent = csisms_scope_parent(s);
    if (x->parent == NULL) {
        ck_assert_ptr_null(parent);
        ck_assert_int_eq(x->level, 0);
        ck_assert_str_eq(zh_note, "");
        ck_assert_str_eq(en_note, "");
    } else {
        ck_assert_ptr_nonnull(parent);
        ck_assert_str_eq(csisms_scope_code(parent), x->parent);
        ck_assert_ptr_eq(parent, csisms_scope_at(expected_index_of(x->parent)));
        ck_assert_int_eq(csisms_scope_level(parent), 0);
        ck_assert_ptr_null(csisms_scope_parent(parent));
    }

    /* Its canonical code looks it up, to the very same handle. */
    ck_assert_int_eq(csisms_scope_lookup(x->code, &got), CSISMS_OK);
    ck_assert_ptr_eq(got, s);

    /* Searching its Chinese and English names from its own index finds it. */
    ck_assert_int_eq(csisms_scope_find(x->zh_name, (size_t)_i, &idx), CSISMS_OK);
    ck_assert_uint_eq(idx, (size_t)_i);
    idx = INDEX_SENTINEL;
    ck_assert_int_eq(csisms_scope_find(x->en_name, (size_t)_i, &idx), CSISMS_OK);
    ck_assert_uint_eq(idx, (size_t)_i);
    if (x->zh_note[0] != '\0') {
        idx = INDEX_SENTINEL;
        ck_assert_int_eq(csisms_scope_find(x->zh_note, 0, &idx), CSISMS_OK);
        ck_assert_uint_eq(idx, (size_t)_i);
        idx = INDEX_SENTINEL;
        ck_assert_int_eq(csisms_scope_find(en_note, 0, &idx), CSISMS_OK);
        ck_assert_uint_eq(idx, (size_t)_i);
    }
}
END_TEST

START_TEST(test_flag_only_on_02_03)
{
    size_t i, flagged = 0;

    ck_assert_uint_eq(CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS, 1u);
    for (i = 0; i < csisms_scope_count(); i++) {
        unsigned f = csisms_scope_flags(csisms_scope_at(i));
        if (f != 0) {
            flagged++;
            ck_assert_str_eq(csisms_scope_code(csisms_scope_at(i)), "02.03");
            ck_assert_uint_eq(f, CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS);
        }
    }
    ck_assert_uint_eq(flagged, 1);
}
END_TEST

START_TEST(test_04_13_hangs_from_04)
{
    const csisms_scope *a = NULL, *b = NULL, *major = NULL;

    ck_assert_int_eq(csisms_scope_lookup("04.13.01", &a), CSISMS_OK);
    ck_assert_int_eq(csisms_scope_lookup("04.13.02", &b), CSISMS_OK);
    ck_assert_int_eq(csisms_scope_lookup("04", &major), CSISMS_OK);
    ck_assert_ptr_eq(csisms_scope_parent(a), major);
    ck_assert_ptr_eq(csisms_scope_parent(b), major);
    ck_assert_str_eq(csisms_scope_name(major, CSISMS_LANG_ZH), "产品的生产");
    ck_assert_int_eq(csisms_scope_level(a), 2);
    ck_assert_int_eq(csisms_scope_level(b), 3);
}
END_TEST

START_TEST(test_null_handles_and_bad_lang)
{
    const csisms_scope *s = csisms_scope_at(14);
    static const int bad_langs[] = { -1, 2, 3, 100, INT_MAX, INT_MIN };
    size_t i;

    ck_assert_ptr_null(csisms_scope_code(NULL));
    ck_assert_ptr_null(csisms_scope_name(NULL, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_scope_name(NULL, CSISMS_LANG_EN));
    ck_assert_ptr_null(csisms_scope_note(NULL, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_scope_note(NULL, CSISMS_LANG_EN));
    ck_assert_int_eq(csisms_scope_level(NULL), CSISMS_EINVAL);
    ck_assert_ptr_null(csisms_scope_parent(NULL));
    ck_assert_uint_eq(csisms_scope_flags(NULL), 0u);
    ck_assert_ptr_null(csisms_scope_name(NULL, 7));

    ck_assert_int_eq(CSISMS_LANG_ZH, 0);
    ck_assert_int_eq(CSISMS_LANG_EN, 1);
    ck_assert_ptr_nonnull(s);
    for (i = 0; i < sizeof bad_langs / sizeof bad_langs[0]; i++) {
        ck_assert_ptr_null(csisms_scope_name(s, bad_langs[i]));
        ck_assert_ptr_null(csisms_scope_note(s, bad_langs[i]));
    }
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Lookup and normalisation                                                   */
/* ------------------------------------------------------------------------ */

struct lookup_case {
    const char *input;
    int status;
    const char *code;       /* expected canonical code when status is OK */
};

static const struct lookup_case lookup_cases[] = {
    /* canonical and short forms */
    { "01", CSISMS_OK, "01" },
    { "1", CSISMS_OK, "01" },
    { "04", CSISMS_OK, "04" },
    { "03.01", CSISMS_OK, "03.01" },
    { "3.1", CSISMS_OK, "03.01" },
    { "03.1", CSISMS_OK, "03.01" },
    { "3.01", CSISMS_OK, "03.01" },
    { "04.1", CSISMS_OK, "04.01" },
    { "04.10", CSISMS_OK, "04.10" },
    { "4.10", CSISMS_OK, "04.10" },
    { "4.13.1", CSISMS_OK, "04.13.01" },
    { "04.13.01", CSISMS_OK, "04.13.01" },
    { "4.13.02", CSISMS_OK, "04.13.02" },
    { "04.13.2", CSISMS_OK, "04.13.02" },
    { "2.3", CSISMS_OK, "02.03" },
    /* trimming: ASCII space, tab, CR, LF and U+3000 at both ends */
    { " 03.01", CSISMS_OK, "03.01" },
    { "03.01 ", CSISMS_OK, "03.01" },
    { "  03.01  ", CSISMS_OK, "03.01" },
    { "\t03.01\t", CSISMS_OK, "03.01" },
    { "\r\n03.01\r\n", CSISMS_OK, "03.01" },
    { "\n\n4.13.1\n", CSISMS_OK, "04.13.01" },
    { "\xE3\x80\x80" "03.01", CSISMS_OK, "03.01" },
    { "03.01" "\xE3\x80\x80", CSISMS_OK, "03.01" },
    { "\xE3\x80\x80\xE3\x80\x80" "03.01" "\xE3\x80\x80", CSISMS_OK, "03.01" },
    { " \xE3\x80\x80\t 4.13.2 \xE3\x80\x80\r\n", CSISMS_OK, "04.13.02" },
    /* full-width digits and dots */
    { "０３．０１", CSISMS_OK, "03.01" },
    { "３．１", CSISMS_OK, "03.01" },
    { "０３。０１", CSISMS_OK, "03.01" },
    { "03。01", CSISMS_OK, "03.01" },
    { "03．01", CSISMS_OK, "03.01" },
    { "０4.1３．０２", CSISMS_OK, "04.13.02" },
    { "４。１３。１", CSISMS_OK, "04.13.01" },
    { "０１", CSISMS_OK, "01" },
    { "９", CSISMS_ENOTFOUND, NULL },
    { "０４．１０", CSISMS_OK, "04.10" },
    { "０２．０３", CSISMS_OK, "02.03" },
    { "\xE3\x80\x80０３．０１\xE3\x80\x80", CSISMS_OK, "03.01" },
    /* ambiguous: a prefix of more than one entry that is no entry itself */
    { "04.13", CSISMS_EAMBIGUOUS, NULL },
    { "4.13", CSISMS_EAMBIGUOUS, NULL },
    { "０４．１３", CSISMS_EAMBIGUOUS, NULL },
    { " 04。13\n", CSISMS_EAMBIGUOUS, NULL },
    /* well-formed but absent */
    { "05", CSISMS_ENOTFOUND, NULL },
    { "00", CSISMS_ENOTFOUND, NULL },
    { "0", CSISMS_ENOTFOUND, NULL },
    { "99", CSISMS_ENOTFOUND, NULL },
    { "01.09", CSISMS_ENOTFOUND, NULL },
    { "01.00", CSISMS_ENOTFOUND, NULL },
    { "01.05", CSISMS_ENOTFOUND, NULL },
    { "02.08", CSISMS_ENOTFOUND, NULL },
    { "03.07", CSISMS_ENOTFOUND, NULL },
    { "04.14", CSISMS_ENOTFOUND, NULL },
    { "04.00", CSISMS_ENOTFOUND, NULL },
    { "04.13.03", CSISMS_ENOTFOUND, NULL },
    { "04.13.00", CSISMS_ENOTFOUND, NULL },
    { "04.12.01", CSISMS_ENOTFOUND, NULL },
    { "01.01.01", CSISMS_ENOTFOUND, NULL },
    { "99.99.99", CSISMS_ENOTFOUND, NULL },
    { "0.0.0", CSISMS_ENOTFOUND, NULL },
    { "05.13.01", CSISMS_ENOTFOUND, NULL },
    /* malformed */
    { "", CSISMS_EINVAL, NULL },
    { " ", CSISMS_EINVAL, NULL },
    { " \t\r\n", CSISMS_EINVAL, NULL },
    { "\xE3\x80\x80", CSISMS_EINVAL, NULL },
    { ".", CSISMS_EINVAL, NULL },
    { "．", CSISMS_EINVAL, NULL },
    { "。", CSISMS_EINVAL, NULL },
    { "0 3.01", CSISMS_EINVAL, NULL },
    { "03 .01", CSISMS_EINVAL, NULL },
    { "03. 01", CSISMS_EINVAL, NULL },
    { "03.01 .01", CSISMS_EINVAL, NULL },
    { "03\xE3\x80\x80.01", CSISMS_EINVAL, NULL },
    { "03.\t01", CSISMS_EINVAL, NULL },
    { "03..01", CSISMS_EINVAL, NULL },
    { "03．．01", CSISMS_EINVAL, NULL },
    { ".03", CSISMS_EINVAL, NULL },
    { ".03.01", CSISMS_EINVAL, NULL },
    { "03.", CSISMS_EINVAL, NULL },
    { "03.01.", CSISMS_EINVAL, NULL },
    { "03.01。", CSISMS_EINVAL, NULL },
    { "003", CSISMS_EINVAL, NULL },
    { "03.001", CSISMS_EINVAL, NULL },
    { "04.013.01", CSISMS_EINVAL, NULL },
    { "04.13.001", CSISMS_EINVAL, NULL },
    { "０００", CSISMS_EINVAL, NULL },
    { "04.13.01.01", CSISMS_EINVAL, NULL },
    { "1.1.1.1", CSISMS_EINVAL, NULL },
    { "04.13.01.", CSISMS_EINVAL, NULL },
    { "a", CSISMS_EINVAL, NULL },
    { "03.0a", CSISMS_EINVAL, NULL },
    { "0x3", CSISMS_EINVAL, NULL },
    { "+3", CSISMS_EINVAL, NULL },
    { "-3", CSISMS_EINVAL, NULL },
    { "03-01", CSISMS_EINVAL, NULL },
    { "03,01", CSISMS_EINVAL, NULL },
    { "03/01", CSISMS_EINVAL, NULL },
    { "03.01x", CSISMS_EINVAL, NULL },
    { "03.01 x", CSISMS_EINVAL, NULL },
    { "x 03.01", CSISMS_EINVAL, NULL },
    { "03.01\v", CSISMS_EINVAL, NULL },         /* vertical tab is not trimmed */
    { "\f03.01", CSISMS_EINVAL, NULL },         /* nor form feed */
    { "\xC2\xA0" "03.01", CSISMS_EINVAL, NULL },  /* nor U+00A0 */
    { "03.01" "\xE2\x80\x83", CSISMS_EINVAL, NULL }, /* nor U+2003 EM SPACE */
    { "03\xE3\x80\x81" "01", CSISMS_EINVAL, NULL }, /* U+3001 、 is no dot */
    { "03\xEF\xBC\x8C" "01", CSISMS_EINVAL, NULL }, /* U+FF0C ， */
    { "03\xC2\xB7" "01", CSISMS_EINVAL, NULL },   /* U+00B7 · */
    { "03\xEF\xBC\x8F" "01", CSISMS_EINVAL, NULL }, /* U+FF0F ／ (just below ．+1) */
    { "\xEF\xBC\x8F", CSISMS_EINVAL, NULL },
    { "\xEF\xBC\x9A", CSISMS_EINVAL, NULL },      /* U+FF1A ： (just past ９) */
    { "\xEF\xBC\x8D", CSISMS_EINVAL, NULL },      /* U+FF0D － */
    { "\xEF\xBD\x90", CSISMS_EINVAL, NULL },      /* U+FF50 */
    { "\xE3\x80\x83", CSISMS_EINVAL, NULL },      /* U+3003 */
    { "\xE3\x81\x80", CSISMS_EINVAL, NULL },      /* U+3040 */
    { "\xE3", CSISMS_EINVAL, NULL },              /* truncated sequences */
    { "\xE3\x80", CSISMS_EINVAL, NULL },
    { "\xEF", CSISMS_EINVAL, NULL },
    { "\xEF\xBC", CSISMS_EINVAL, NULL },
    { "03.01\xEF\xBC", CSISMS_EINVAL, NULL },
    { "03.01\xE3\x80", CSISMS_EINVAL, NULL },
    { "\x80" "03", CSISMS_EINVAL, NULL },
    { "\xFF", CSISMS_EINVAL, NULL },
    { "\xC0\xAE", CSISMS_EINVAL, NULL },          /* overlong "." */
    { "\xC0\xB3", CSISMS_EINVAL, NULL },          /* overlong "3" */
    { "\xE0\x80\xAE", CSISMS_EINVAL, NULL },      /* overlong "." */
    { "\xE0\x80\xA0" "03", CSISMS_EINVAL, NULL }, /* overlong space */
    { "03.01.01.01.01.01.01.01.01.01", CSISMS_EINVAL, NULL },
    { "123456789012345678901234567890", CSISMS_EINVAL, NULL },
};

#define N_LOOKUP_CASES (sizeof lookup_cases / sizeof lookup_cases[0])

START_TEST(test_lookup_case)
{
    const struct lookup_case *c = &lookup_cases[_i];
    const csisms_scope *got = HANDLE_SENTINEL;
    int rc = csisms_scope_lookup(c->input, &got);

    ck_assert_msg(rc == c->status, "case %d: lookup returned %d, expected %d", _i, rc, c->status);
    if (c->status == CSISMS_OK) {
        ck_assert_ptr_nonnull(got);
        ck_assert_str_eq(csisms_scope_code(got), c->code);
        ck_assert_ptr_eq(got, csisms_scope_at(expected_index_of(c->code)));
    } else {
        ck_assert_msg(got == HANDLE_SENTINEL, "case %d: out-parameter written on error", _i);
    }
}
END_TEST

START_TEST(test_lookup_null)
{
    const csisms_scope *got = HANDLE_SENTINEL;

    ck_assert_int_eq(csisms_scope_lookup(NULL, &got), CSISMS_EINVAL);
    ck_assert_ptr_eq(got, HANDLE_SENTINEL);
    ck_assert_int_eq(csisms_scope_lookup("03.01", NULL), CSISMS_EINVAL);
    /* NULL output comes first, even for malformed or absent codes */
    ck_assert_int_eq(csisms_scope_lookup("x", NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_lookup("05", NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_lookup("04.13", NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_lookup(NULL, NULL), CSISMS_EINVAL);
}
END_TEST

/*
 * Every well-formed code there is: 1 to 3 components of 0..99, each written
 * both with two digits and (below 10) with one.  The outcome must agree with
 * the string-based reference; in particular exactly the 35 canonical codes
 * resolve, exactly one code ("04.13") is ambiguous, and no code is a prefix
 * of exactly one entry without being an entry.
 */
static void check_exhaustive(const unsigned *v, int n, size_t *ok, size_t *ambiguous)
{
    char canonical[16], shortform[16];
    size_t ref_index = SIZE_MAX;
    const csisms_scope *got = HANDLE_SENTINEL, *got2 = HANDLE_SENTINEL;
    const csisms_scope *want;
    int ref, rc, k;
    size_t pos = 0, spos = 0;

    /* Plain comparisons here: a million ck_assert calls would each cost a
     * write to Check's pipe.  Any mismatch aborts with the details. */
    for (k = 0; k < n; k++) {
        pos += (size_t)snprintf(canonical + pos, sizeof canonical - pos, "%s%02u", k ? "." : "", v[k]);
        spos += (size_t)snprintf(shortform + spos, sizeof shortform - spos, "%s%u", k ? "." : "", v[k]);
    }
    ref = reference_lookup(canonical, &ref_index);
    want = ref == CSISMS_OK ? csisms_scope_at(ref_index) : HANDLE_SENTINEL;
    rc = csisms_scope_lookup(canonical, &got);
    if (rc != ref || got != want)
        ck_abort_msg("%s: status %d, reference %d (handle %s)", canonical, rc, ref,
                     got == want ? "right" : "wrong");
    if (ref == CSISMS_OK) {
        if (strcmp(csisms_scope_code(got), canonical) != 0)
            ck_abort_msg("%s resolved to %s", canonical, csisms_scope_code(got));
        (*ok)++;
    } else if (ref == CSISMS_EAMBIGUOUS) {
        if (strcmp(canonical, "04.13") != 0)
            ck_abort_msg("%s is ambiguous", canonical);
        (*ambiguous)++;
    }
    if (strcmp(shortform, canonical) != 0) {
        rc = csisms_scope_lookup(shortform, &got2);
        if (rc != ref || got2 != want)
            ck_abort_msg("%s: status %d, reference %d (handle %s)", shortform, rc, ref,
                         got2 == want ? "right" : "wrong");
    }
}

START_TEST(test_lookup_exhaustive)
{
    unsigned v[3];
    size_t ok = 0, ambiguous = 0;

    for (v[0] = 0; v[0] < 100; v[0]++) {
        check_exhaustive(v, 1, &ok, &ambiguous);
        for (v[1] = 0; v[1] < 100; v[1]++) {
            check_exhaustive(v, 2, &ok, &ambiguous);
            for (v[2] = 0; v[2] < 100; v[2]++)
                check_exhaustive(v, 3, &ok, &ambiguous);
        }
    }
    ck_assert_uint_eq(ok, 35);
    ck_assert_uint_eq(ambiguous, 1);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Search                                                                     */
/* ------------------------------------------------------------------------ */

struct find_case {
    const char *text;
    size_t from;
    int status;
    const char *code;       /* entry expected when OK */
};

static const struct find_case find_cases[] = {
    /* doc/rules-model.md examples */
    { "银行", 0, CSISMS_OK, "03.01" },
    { "finance", 0, CSISMS_OK, "03.01" },
    { "FINANCE", 0, CSISMS_OK, "03.01" },
    { "Finance", 0, CSISMS_OK, "03.01" },
    { "fInAnCe", 0, CSISMS_OK, "03.01" },
    { "finance", 14, CSISMS_OK, "03.01" },
    { "finance", 15, CSISMS_ENOTFOUND, NULL },
    { "银行", 15, CSISMS_ENOTFOUND, NULL },
    { "金融", 0, CSISMS_OK, "03.01" },
    /* Chinese names and notes */
    { "海关", 0, CSISMS_OK, "01.01" },          /* 01.01's note names customs */
    { "海关", 2, CSISMS_OK, "01.03" },
    { "海关", 4, CSISMS_ENOTFOUND, NULL },
    { "其他", 0, CSISMS_OK, "01.04" },
    { "其他", 5, CSISMS_OK, "02.07" },
    { "其他", 13, CSISMS_OK, "03.06" },
    { "其他", 20, CSISMS_OK, "04.13.01" },
    { "其他", 34, CSISMS_OK, "04.13.02" },
    { "铁路", 0, CSISMS_OK, "04.02" },
    { "铁路", 23, CSISMS_OK, "04.07" },       /* 不含航空和铁路 */
    { "一级", 0, CSISMS_OK, "02.03" },
    { "产品的生产", 0, CSISMS_OK, "04" },
    { "产品的 生产", 0, CSISMS_ENOTFOUND, NULL },  /* the artefact is mended */
    { "网络游戏", 0, CSISMS_OK, "03.02" },
    { "区块链", 0, CSISMS_OK, "04.08" },
    { "等保测评", 0, CSISMS_OK, "04.13.01" },
    { "工程造价", 0, CSISMS_OK, "04.13.02" },
    { "、", 0, CSISMS_OK, "01.01" },
    { "：", 0, CSISMS_OK, "03.01" },
    { "金融包括", 0, CSISMS_ENOTFOUND, NULL },    /* name and note are separate texts */
    { "包括", 35, CSISMS_ENOTFOUND, NULL },
    { "包括", SIZE_MAX, CSISMS_ENOTFOUND, NULL },
    /* English names (doc/rules-model.md §3) and notes */
    { "government affairs", 0, CSISMS_OK, "01" },
    { "customs", 0, CSISMS_OK, "01.01" },     /* "excluding ... customs" */
    { "customs", 2, CSISMS_OK, "01.03" },
    { "CUSTOMS", 4, CSISMS_ENOTFOUND, NULL },
    { "other", 0, CSISMS_OK, "01.04" },
    { "OTHER", 5, CSISMS_OK, "02.07" },
    { "Other", 13, CSISMS_OK, "03.06" },
    { "other", 20, CSISMS_OK, "04.13.01" },
    { "other", 34, CSISMS_OK, "04.13.02" },
    { "e-commerce", 0, CSISMS_OK, "03.02" },
    { "civil AVIATION", 0, CSISMS_OK, "04.03" },
    { "railways", 0, CSISMS_OK, "04.02" },
    { "railways", 23, CSISMS_OK, "04.07" },
    { "production of products", 0, CSISMS_OK, "04" },
    { "sideline production and fishery", 0, CSISMS_OK, "04.12" },
    { "consulting and intermediary", 0, CSISMS_OK, "03.04" },
    { "Mining", 0, CSISMS_OK, "04.10" },
    /* misses */
    { "xyzzy", 0, CSISMS_ENOTFOUND, NULL },
    { "银行x", 0, CSISMS_ENOTFOUND, NULL },
    { "ｆｉｎａｎｃｅ", 0, CSISMS_ENOTFOUND, NULL }, /* only ASCII letters fold */
    { "03.01", 0, CSISMS_ENOTFOUND, NULL },    /* codes are not searched */
    { "04.13", 0, CSISMS_ENOTFOUND, NULL },
    { "financefinancefinancefinancefinancefinancefinancefinancefinance", 0,
      CSISMS_ENOTFOUND, NULL },
    /* valid UTF-8 edge characters: well-formed, absent */
    { "\xC2\x80", 0, CSISMS_ENOTFOUND, NULL },
    { "\xDF\xBF", 0, CSISMS_ENOTFOUND, NULL },
    { "\xE0\xA0\x80", 0, CSISMS_ENOTFOUND, NULL },
    { "\xED\x9F\xBF", 0, CSISMS_ENOTFOUND, NULL },      /* U+D7FF */
    { "\xEE\x80\x80", 0, CSISMS_ENOTFOUND, NULL },      /* U+E000 */
    { "\xEF\xBF\xBF", 0, CSISMS_ENOTFOUND, NULL },
    { "\xF0\x90\x80\x80", 0, CSISMS_ENOTFOUND, NULL },  /* U+10000 */
    { "\xF4\x8F\xBF\xBF", 0, CSISMS_ENOTFOUND, NULL },  /* U+10FFFF */
    { "\xF3\xBF\xBF\xBF", 0, CSISMS_ENOTFOUND, NULL },
    /* malformed text: EINVAL, even when from is past the end */
    { "", 0, CSISMS_EINVAL, NULL },
    { "", 35, CSISMS_EINVAL, NULL },
    { "\x80", 0, CSISMS_EINVAL, NULL },                 /* stray continuation */
    { "\xBF", 0, CSISMS_EINVAL, NULL },
    { "\xC0\xAF", 0, CSISMS_EINVAL, NULL },             /* overlong */
    { "\xC1\xBF", 0, CSISMS_EINVAL, NULL },
    { "\xE0\x80\xAF", 0, CSISMS_EINVAL, NULL },
    { "\xE0\x9F\xBF", 0, CSISMS_EINVAL, NULL },
    { "\xF0\x80\x80\xAF", 0, CSISMS_EINVAL, NULL },
    { "\xF0\x8F\xBF\xBF", 0, CSISMS_EINVAL, NULL },
    { "\xED\xA0\x80", 0, CSISMS_EINVAL, NULL },         /* surrogates */
    { "\xED\xBF\xBF", 0, CSISMS_EINVAL, NULL },
    { "\xED\xA0\xBD\xED\xB8\x80", 0, CSISMS_EINVAL, NULL }, /* CESU-8 pair */
    { "\xF4\x90\x80\x80", 0, CSISMS_EINVAL, NULL },     /* above U+10FFFF */
    { "\xF5\x80\x80\x80", 0, CSISMS_EINVAL, NULL },
    { "\xF8\x88\x80\x80\x80", 0, CSISMS_EINVAL, NULL },
    { "\xFE", 0, CSISMS_EINVAL, NULL },
    { "\xFF", 0, CSISMS_EINVAL, NULL },
    { "\xC2", 0, CSISMS_EINVAL, NULL },                 /* truncated */
    { "a\xC2", 0, CSISMS_EINVAL, NULL },
    { "\xC2" "a", 0, CSISMS_EINVAL, NULL },
    { "\xE9\x93", 0, CSISMS_EINVAL, NULL },             /* first 2 bytes of 银 */
    { "\xE9\x93" "a", 0, CSISMS_EINVAL, NULL },
    { "银\xE8", 0, CSISMS_EINVAL, NULL },
    { "\xF0\x90\x80", 0, CSISMS_EINVAL, NULL },
    { "\xE9\x93\xB6\x80", 0, CSISMS_EINVAL, NULL },     /* 银 + stray byte */
    { "\xE9\x93\xB6\xE8\xA1\x8C\xBF", 35, CSISMS_EINVAL, NULL },
    { "finance\xFF", 0, CSISMS_EINVAL, NULL },
};

#define N_FIND_CASES (sizeof find_cases / sizeof find_cases[0])

START_TEST(test_find_case)
{
    const struct find_case *c = &find_cases[_i];
    size_t idx = INDEX_SENTINEL;
    int rc = csisms_scope_find(c->text, c->from, &idx);

    ck_assert_msg(rc == c->status, "case %d: find returned %d, expected %d", _i, rc, c->status);
    if (c->status == CSISMS_OK) {
        ck_assert_uint_lt(idx, csisms_scope_count());
        ck_assert_str_eq(csisms_scope_code(csisms_scope_at(idx)), c->code);
        ck_assert_uint_eq(idx, expected_index_of(c->code));
    } else {
        ck_assert_msg(idx == INDEX_SENTINEL, "case %d: out-parameter written on error", _i);
    }
}
END_TEST

START_TEST(test_find_null)
{
    size_t idx = INDEX_SENTINEL;

    ck_assert_int_eq(csisms_scope_find(NULL, 0, &idx), CSISMS_EINVAL);
    ck_assert_uint_eq(idx, INDEX_SENTINEL);
    ck_assert_int_eq(csisms_scope_find(NULL, 99, &idx), CSISMS_EINVAL);
    ck_assert_uint_eq(idx, INDEX_SENTINEL);
    ck_assert_int_eq(csisms_scope_find("银行", 0, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_find("\xFF", 0, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_find(NULL, 0, NULL), CSISMS_EINVAL);
}
END_TEST

/*
 * Chinese search terms against an independent reference: strstr over the
 * test's own Appendix B literals (English texts are ASCII, so a CJK term can
 * only hit a Chinese name or note), for every starting index.
 */
static const char *const cjk_terms[] = {
    "银行", "其他", "包括", "服务", "等", "生产", "运营", "航空", "铁路", "海关",
    "、", "。", "（", "：", "；", "，", "保险", "咨询", "工程", "检测", "不含",
    "通信", "电力", "管理", "医疗", "公共", "政务", "商务", "渔业", "过程等。",
};

#define N_CJK_TERMS (sizeof cjk_terms / sizeof cjk_terms[0])

START_TEST(test_find_reference)
{
    const char *term = cjk_terms[_i];
    size_t from, i;

    for (from = 0; from <= N_EXPECTED + 1; from++) {
        size_t idx = INDEX_SENTINEL, want = SIZE_MAX;
        int rc;

        for (i = from; i < N_EXPECTED; i++) {
            if (strstr(expected[i].zh_name, term) != NULL || strstr(expected[i].zh_note, term) != NULL) {
                want = i;
                break;
            }
        }
        rc = csisms_scope_find(term, from, &idx);
        if (want == SIZE_MAX) {
            ck_assert_msg(rc == CSISMS_ENOTFOUND, "%s from %zu: %d", term, from, rc);
            ck_assert_uint_eq(idx, INDEX_SENTINEL);
        } else {
            ck_assert_msg(rc == CSISMS_OK, "%s from %zu: %d", term, from, rc);
            ck_assert_uint_eq(idx, want);
        }
    }
}
END_TEST

/* Walking every match with from = previous + 1, as the CLI does. */
START_TEST(test_find_continuation)
{
    static const char *const want_other[] = { "01.04", "02.07", "03.06", "04.13.01", "04.13.02" };
    size_t from = 0, idx = 0, n = 0;

    while (csisms_scope_find("其他", from, &idx) == CSISMS_OK) {
        ck_assert_uint_lt(n, 5);
        ck_assert_str_eq(csisms_scope_code(csisms_scope_at(idx)), want_other[n]);
        n++;
        from = idx + 1;
    }
    ck_assert_uint_eq(n, 5);

    n = 0;
    from = 0;
    while (csisms_scope_find("oThEr", from, &idx) == CSISMS_OK) {
        ck_assert_uint_lt(n, 5);
        ck_assert_str_eq(csisms_scope_code(csisms_scope_at(idx)), want_other[n]);
        n++;
        from = idx + 1;
    }
    ck_assert_uint_eq(n, 5);
}
END_TEST

/* ------------------------------------------------------------------------ */
/* Never reading past the caller's NUL                                        */
/* ------------------------------------------------------------------------ */

/*
 * Copy s so that its NUL is the last readable byte before an inaccessible
 * page; any read past it faults (and Check reports the crash).
 */
static char *guard_page;
static size_t guard_pagesize;

static void guard_setup(void)
{
    long ps = sysconf(_SC_PAGESIZE);

    ck_assert_int_gt(ps, 0);
    guard_pagesize = (size_t)ps;
    guard_page = mmap(NULL, 2 * guard_pagesize, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert(guard_page != MAP_FAILED);
    ck_assert_int_eq(mprotect(guard_page + guard_pagesize, guard_pagesize, PROT_NONE), 0);
}

static void guard_teardown(void)
{
    munmap(guard_page, 2 * guard_pagesize);
}

static const char *at_page_end(const char *s)
{
    size_t len = strlen(s);
    char *dst = guard_page + guard_pagesize - (len + 1);

    memcpy(dst, s, len + 1);
    return dst;
}

static const char *const edge_texts[] = {
    "", " ", "\xE3", "\xE3\x80", "\xE3\x80\x80", "\xEF", "\xEF\xBC", "\xEF\xBC\x90",
    "0", "03.", "03.0", "04.13", "04.13.0", "\xC2", "\xE9\x93", "\xF0\x90\x80",
    "\xF4\x8F\xBF", "银", "finance", "FINANC", "03.01\xE3\x80\x80", "4.13.1\t",
};

START_TEST(test_no_overread)
{
    const char *text = at_page_end(edge_texts[_i]);
    const csisms_scope *got = HANDLE_SENTINEL;
    size_t idx = INDEX_SENTINEL;
    size_t from;

    (void)csisms_scope_lookup(text, &got);
    for (from = 0; from <= 35; from++)
        (void)csisms_scope_find(text, from, &idx);
}
END_TEST

/* ------------------------------------------------------------------------ */

static Suite *scope_suite(void)
{
    Suite *s = suite_create("scope");
    TCase *tc;

    tc = tcase_create("table");
    tcase_add_test(tc, test_count);
    tcase_add_loop_test(tc, test_entry, 0, (int)N_EXPECTED);
    tcase_add_test(tc, test_flag_only_on_02_03);
    tcase_add_test(tc, test_04_13_hangs_from_04);
    tcase_add_test(tc, test_null_handles_and_bad_lang);
    suite_add_tcase(s, tc);

    tc = tcase_create("lookup");
    tcase_add_loop_test(tc, test_lookup_case, 0, (int)N_LOOKUP_CASES);
    tcase_add_test(tc, test_lookup_null);
    tcase_add_test(tc, test_lookup_exhaustive);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tc = tcase_create("find");
    tcase_add_loop_test(tc, test_find_case, 0, (int)N_FIND_CASES);
    tcase_add_test(tc, test_find_null);
    tcase_add_loop_test(tc, test_find_reference, 0, (int)N_CJK_TERMS);
    tcase_add_test(tc, test_find_continuation);
    suite_add_tcase(s, tc);

    tc = tcase_create("bounds");
    tcase_add_checked_fixture(tc, guard_setup, guard_teardown);
    tcase_add_loop_test(tc, test_no_overread, 0,
                        (int)(sizeof edge_texts / sizeof edge_texts[0]));
    suite_add_tcase(s, tc);

    return s;
}

int main(void)
{
    return run_suite(scope_suite());
}
