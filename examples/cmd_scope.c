/* SPDX-License-Identifier: MIT */
/* csisms scope CODE | scope list | scope search TEXT: doc/rules-model.md §3, Appendix B. */
#include "cli.h"

#include <string.h>

/* Longest code text worth trying as a prefix: a well-formed code is at most
 * 3 components of 2 full-width digits (3 bytes each) and 2 full-width dots. */

/* The level as the rules write it (级别 一/二/三), or "major class". */
static const char *level_text(const struct cli *cli, int level)
{
    static const char *const zh[] = {"大类", "一", "二", "三"};
    static const char *const en[] = {"major class", "1", "2", "3"};

    if (level < 0 || level > 3)
        return "?";
    return cli_text(cli, zh[level], en[level]);
}

/* One entry as a JSON object (key NULL inside an array). */
static void json_entry(struct json *j, const char *key, const struct cli *cli,
                       const csisms_scope *s)
{
    const csisms_scope *p = csisms_scope_parent(s);

    json_open(j, key);
    json_str(j, "code", csisms_scope_code(s));
    json_int(j, "level", csisms_scope_level(s));
    json_str(j, "name", csisms_scope_name(s, cli->lang));
    json_str(j, "note", csisms_scope_note(s, cli->lang));
    json_str(j, "parent", p ? csisms_scope_code(p) : NULL);
    json_str(j, "parent_name", p ? csisms_scope_name(p, cli->lang) : NULL);
    json_bool(j, "raise_for_major_projects",
              (csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0);
    json_close(j);
}

/* ------------------------------------------------------------ table rows */

/* Column widths for a set of entries (bits of `which`, or all when NULL). */
struct columns {
    size_t code, level, name;
};

static void measure(const struct cli *cli, const unsigned char *which, struct columns *c)
{
    c->code = cli_width(cli_text(cli, "代码", "CODE"));
    c->level = cli_width(cli_text(cli, "级别", "LEVEL"));
    c->name = cli_width(cli_text(cli, "名称", "NAME"));
    for (size_t i = 0; i < csisms_scope_count(); i++) {
        const csisms_scope *s = csisms_scope_at(i);
        size_t w;
        if (which && !which[i])
            continue;
        if ((w = cli_width(csisms_scope_code(s))) > c->code)
            c->code = w;
        /* one column more for the "*" of the raise flag */
        if ((w = cli_width(level_text(cli, csisms_scope_level(s))) + 1) > c->level)
            c->level = w;
        if ((w = cli_width(csisms_scope_name(s, cli->lang))) > c->name)
            c->name = w;
    }
}

static void print_header(const struct cli *cli, const struct columns *c)
{
    cli_pad(cli_text(cli, "代码", "CODE"), c->code + 2);
    cli_pad(cli_text(cli, "级别", "LEVEL"), c->level + 2);
    cli_pad(cli_text(cli, "名称", "NAME"), c->name + 2);
    printf("%s\n", cli_text(cli, "备注", "NOTE"));
}

static void print_row(const struct cli *cli, const struct columns *c, const csisms_scope *s)
{
    const char *level = level_text(cli, csisms_scope_level(s));
    int raise = (csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0;
    const char *note = csisms_scope_note(s, cli->lang);

    cli_pad(csisms_scope_code(s), c->code + 2);
    fputs(level, stdout);
    if (raise)
        putchar('*');
    for (size_t w = cli_width(level) + (size_t)raise; w < c->level + 2; w++)
        putchar(' ');
    if (*note) {
        cli_pad(csisms_scope_name(s, cli->lang), c->name + 2);
        printf("%s\n", note);
    } else {
        printf("%s\n", csisms_scope_name(s, cli->lang));
    }
}

static void print_footnote(const struct cli *cli, const unsigned char *which)
{
    for (size_t i = 0; i < csisms_scope_count(); i++) {
        if ((which && !which[i]) ||
            !(csisms_scope_flags(csisms_scope_at(i)) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS))
            continue;
        printf("%s\n", cli_text(cli, "* 涉及特别重大项目的应提升为一级。",
                                "* Raised to level 1 where especially major projects are "
                                "involved."));
        return;
    }
}

/* Prints the entries marked in `which` (all when NULL) as an aligned table. */
static void print_table(const struct cli *cli, const unsigned char *which)
{
    struct columns c;

    measure(cli, which, &c);
    print_header(cli, &c);
    for (size_t i = 0; i < csisms_scope_count(); i++)
        if (!which || which[i])
            print_row(cli, &c, csisms_scope_at(i));
    print_footnote(cli, which);
}

/* ------------------------------------------------------------ subcommands */

static int scope_list(const struct cli *cli)
{
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_int(&j, "count", (long long)csisms_scope_count());
        json_array(&j, "entries");
        for (size_t i = 0; i < csisms_scope_count(); i++)
            json_entry(&j, NULL, cli, csisms_scope_at(i));
        json_end(&j);
        json_close(&j);
        return CLI_OK;
    }
    print_table(cli, NULL);
    return CLI_OK;
}

static int scope_search(const struct cli *cli, const char *text)
{
    unsigned char hit[64] = {0};
    size_t i, from = 0, n = 0;
    int rc;

    if (csisms_scope_count() > sizeof hit)
        return cli_error("TEXT", "the table is larger than this program knows");
    while ((rc = csisms_scope_find(text, from, &i)) == CSISMS_OK) {
        hit[i] = 1;
        n++;
        from = i + 1;
    }
    if (rc == CSISMS_EINVAL)
        return cli_bad("TEXT", text, "'%s' is %s", text, *text ? "not valid UTF-8" : "empty");
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "text", text);
        json_int(&j, "count", (long long)n);
        json_array(&j, "matches");
        for (i = 0; i < csisms_scope_count(); i++)
            if (hit[i])
                json_entry(&j, NULL, cli, csisms_scope_at(i));
        json_end(&j);
        json_close(&j);
    } else if (n == 0) {
        printf(cli_text(cli, "没有名称或备注包含“%s”的业务范围。\n",
                        "No business-scope name or note contains \"%s\".\n"),
               cli_user(text));
    } else {
        print_table(cli, hit);
    }
    return n > 0 ? CLI_OK : CLI_NEGATIVE;
}

/* The entries an ambiguous code begins, as the library finds them. */
static size_t prefixed_entries(const char *code, unsigned char *which)
{
    size_t i = 0, n = 0;

    while (csisms_scope_under(code, i, &i) == CSISMS_OK) {
        which[i++] = 1;
        n++;
    }
    return n;
}

static void print_entry(const struct cli *cli, const csisms_scope *s)
{
    const csisms_scope *p = csisms_scope_parent(s);
    const char *note = csisms_scope_note(s, cli->lang);
    int raise = (csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0;
    const size_t w = cli->lang == CSISMS_LANG_ZH ? 12 : 8;

    cli_pad(cli_text(cli, "代码：", "code:"), w);
    printf("%s\n", csisms_scope_code(s));
    cli_pad(cli_text(cli, "名称：", "name:"), w);
    printf("%s\n", csisms_scope_name(s, cli->lang));
    cli_pad(cli_text(cli, "级别：", "level:"), w);
    printf("%s\n", level_text(cli, csisms_scope_level(s)));
    cli_pad(cli_text(cli, "大类：", "class:"), w);
    if (p)
        printf("%s %s\n", csisms_scope_code(p), csisms_scope_name(p, cli->lang));
    else
        printf("%s\n", cli_text(cli, "（本身即大类）", "(is itself a major class)"));
    cli_pad(cli_text(cli, "备注：", "note:"), w);
    printf("%s\n", *note ? note : cli_text(cli, "（无）", "(none)"));
    cli_pad(cli_text(cli, "提升为一级：", "raise:"), w);
    printf("%s\n", raise ? cli_text(cli, "是（涉及特别重大项目的应提升为一级）",
                                    "yes: raised to level 1 where especially major projects "
                                    "are involved")
                         : cli_text(cli, "否", "no"));
}

static int scope_lookup(const struct cli *cli, const char *code)
{
    const csisms_scope *s = NULL;
    unsigned char which[64] = {0};
    int rc = csisms_scope_lookup(code, &s);
    size_t n = 0;

    if (rc == CSISMS_EINVAL)
        return cli_bad("CODE", code, "'%s' is not a business-scope code (1 to 3 groups of 1 or 2 "
                       "digits separated by dots, like 03.01)", code);
    if (rc == CSISMS_EAMBIGUOUS && csisms_scope_count() <= sizeof which)
        n = prefixed_entries(code, which);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "query", code);
        json_bool(&j, "found", rc == CSISMS_OK);
        json_bool(&j, "ambiguous", rc == CSISMS_EAMBIGUOUS);
        if (rc == CSISMS_OK)
            json_entry(&j, "entry", cli, s);
        else
            json_null(&j, "entry");
        json_array(&j, "matches");
        for (size_t i = 0; i < csisms_scope_count(); i++)
            if ((rc == CSISMS_OK && csisms_scope_at(i) == s) || which[i])
                json_entry(&j, NULL, cli, csisms_scope_at(i));
        json_end(&j);
        json_close(&j);
    } else if (rc == CSISMS_OK) {
        print_entry(cli, s);
    } else if (rc == CSISMS_EAMBIGUOUS) {
        printf(cli_text(cli, "“%s”不唯一：它是以下 %zu 个条目的前缀：\n",
                        "\"%s\" is ambiguous: it begins these %zu entries:\n"),
               cli_user(code), n);
        print_table(cli, which);
    } else {
        printf(cli_text(cli, "附录B中没有业务范围代码“%s”。\n",
                        "Appendix B has no business-scope code \"%s\".\n"),
               cli_user(code));
    }
    return rc == CSISMS_OK ? CLI_OK : CLI_NEGATIVE;
}

static const struct cli_choice scope_words[] = {
    {"list", 0, 0, "列出全部条目", "list every entry"},
    {"search", 1, 0, "名称或备注包含 TEXT 的条目", "the entries whose name or note contains TEXT"},
};
static const struct cli_opt scope_args[] = {
    {"CODE", NULL, NULL, CLI_OPT_OPEN, 0, CLI_CHOICES(scope_words), NULL,
     "业务范围代码（如 03.01、4.13.1、０３．０１），或：",
     "a business-scope code (like 03.01, 4.13.1, ０３．０１), or:"},
    {"TEXT", NULL, NULL, 0, 0, NULL, 0, NULL, "要查找的文字（中文或英文）",
     "the text to look for (Chinese or English)"},
};

static int run_scope(const struct cli *cli, const struct cli_parsed *p)
{
    if (p->nargs == 1 && strcmp(p->arg[0], "list") == 0)
        return scope_list(cli);
    if (p->nargs == 2 && strcmp(p->arg[0], "search") == 0)
        return scope_search(cli, p->arg[1]);
    if (p->nargs == 1 && strcmp(p->arg[0], "search") != 0)
        return scope_lookup(cli, p->arg[0]);
    return cli_usage(p->cmd);
}

const struct cli_cmd cmd_scope = {
    "scope", run_scope, "CODE | list | search TEXT", 1, 2, CLI_CHOICES(scope_args), NULL, 0,
    "业务范围分类", "business-scope codes",
};
