/* SPDX-License-Identifier: MIT */
/* csisms checklist, uscc, sample: doc/rules-model.md §5 and §6. */
#include "cli.h"

#include <string.h>

/* ------------------------------------------------------------ checklist */

/* The lists are numbered 1, 2, … without gaps; the library says where they
 * end. */
static int list_exists(int list)
{
    return csisms_checklist_size(list) >= 0;
}

/* LIST as typed: a list number ("2") or its clause. Returns the list
 * or 0 after printing the error. */
static int resolve_list(const char *text)
{
    int list;

    if (*text != '\0' && strspn(text, "0123456789") == strlen(text)) {
        uint32_t n = 0;
        if (strlen(text) <= 9 && cli_parse_u32("LIST", text, &n) == 0 && n <= INT32_MAX &&
            list_exists((int)n))
            return (int)n;
    } else {
        for (list = 1; list_exists(list); list++)
            if (strcmp(csisms_checklist_clause(list), text) == 0)
                return list;
    }
    for (list = 1; list_exists(list); list++)
        ;
    cli_bad("LIST", text,
            "'%s' is not a checklist: give its number 1-%d or its clause such as %s "
            "('csisms checklist' lists them)",
            text, list - 1, csisms_checklist_clause(CSISMS_LIST_APPLICATION));
    return 0;
}

static const char *mode_name(const struct cli *cli, int mode, int json)
{
    if (json)
        return mode == CSISMS_MODE_ANY ? "any" : "all";
    return mode == CSISMS_MODE_ANY ? cli_text(cli, "任一", "any") : cli_text(cli, "全部", "all");
}

/* The items of a mask as a JSON array of numbers. */
static void json_items(struct json *j, const char *key, uint32_t bits, int size)
{
    json_array(j, key);
    for (int i = 1; i <= size; i++)
        if (bits & (1u << (i - 1)))
            json_int(j, NULL, i);
    json_end(j);
}

/* The items of a mask as "(1)、(3)" / "(1), (3)". */
static void print_numbers(const struct cli *cli, uint32_t bits, int size)
{
    int first = 1;

    for (int i = 1; i <= size; i++)
        if (bits & (1u << (i - 1))) {
            printf("%s(%d)", first ? "" : cli_text(cli, "、", ", "), i);
            first = 0;
        }
}

static int show_lists(const struct cli *cli)
{
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_array(&j, "lists");
        for (int list = 1; list_exists(list); list++) {
            int size = csisms_checklist_size(list);
            json_open(&j, NULL);
            json_int(&j, "list", list);
            json_str(&j, "clause", csisms_checklist_clause(list));
            json_str(&j, "mode", mode_name(cli, csisms_checklist_mode(list), 1));
            json_int(&j, "size", size);
            json_items(&j, "conditional", csisms_checklist_conditional(list), size);
            json_str(&j, "title", csisms_checklist_title(list, cli->lang));
            json_close(&j);
        }
        json_end(&j);
        json_close(&j);
        return CLI_OK;
    }
    cli_pad(cli_text(cli, "清单", "list"), 6);
    cli_pad(cli_text(cli, "条款", "clause"), 9);
    cli_pad(cli_text(cli, "方式", "mode"), 6);
    cli_pad(cli_text(cli, "项数", "items"), 7);
    printf("%s\n", cli_text(cli, "标题", "title"));
    for (int list = 1; list_exists(list); list++) {
        printf("%4d  ", list);
        cli_pad(csisms_checklist_clause(list), 9);
        cli_pad(mode_name(cli, csisms_checklist_mode(list), 0), 6);
        printf("%5d  %s\n", csisms_checklist_size(list), csisms_checklist_title(list, cli->lang));
    }
    printf("%s\n", cli_text(cli,
                            "全部：各项均须具备（或声明不适用）；任一：具备任一项即满足。",
                            "all: every item is required (or declared not applicable); "
                            "any: one item suffices."));
    return CLI_OK;
}

static void print_heading(const struct cli *cli, int list)
{
    int size = csisms_checklist_size(list);

    printf("%s %s", csisms_checklist_clause(list), csisms_checklist_title(list, cli->lang));
    if (csisms_checklist_mode(list) == CSISMS_MODE_ANY)
        printf(cli_text(cli, "（清单 %d；共 %d 项，具备任一项即满足）\n",
                        " (list %d; %d items, met when any is present)\n"),
               list, size);
    else
        printf(cli_text(cli, "（清单 %d；共 %d 项，各项均须具备）\n",
                        " (list %d; %d items, met when all are present)\n"),
               list, size);
}

/* Opens the JSON object that describes one list. */
static void json_list_open(struct json *j, const struct cli *cli, int list)
{
    json_open(j, NULL);
    json_int(j, "list", list);
    json_str(j, "clause", csisms_checklist_clause(list));
    json_str(j, "mode", mode_name(cli, csisms_checklist_mode(list), 1));
    json_str(j, "title", csisms_checklist_title(list, cli->lang));
}

static int show_list(const struct cli *cli, int list)
{
    int size = csisms_checklist_size(list);
    uint32_t conditional = csisms_checklist_conditional(list);

    if (cli->json) {
        struct json j = {0, {0}};
        json_list_open(&j, cli, list);
        json_array(&j, "items");
        for (int i = 1; i <= size; i++) {
            json_open(&j, NULL);
            json_int(&j, "item", i);
            json_str(&j, "text", csisms_checklist_item(list, i, cli->lang));
            json_bool(&j, "conditional", (conditional & (1u << (i - 1))) != 0);
            json_close(&j);
        }
        json_end(&j);
        json_close(&j);
        return CLI_OK;
    }
    print_heading(cli, list);
    for (int i = 1; i <= size; i++) {
        printf("  (%d) %s", i, csisms_checklist_item(list, i, cli->lang));
        if (conditional & (1u << (i - 1)))
            printf("%s", cli_text(cli, " 〔可声明不适用〕", " [may be declared not applicable]"));
        putchar('\n');
    }
    return CLI_OK;
}

static int eval_list(const struct cli *cli, int list, uint32_t present, uint32_t na)
{
    int size = csisms_checklist_size(list);
    int any = csisms_checklist_mode(list) == CSISMS_MODE_ANY;
    uint32_t missing = 0;
    int met = csisms_checklist_eval(list, present, na, &missing);

    if (met < 0) /* cannot happen: the arguments were checked */
        return cli_error("LIST", "%s", csisms_strerror(met));
    if (cli->json) {
        struct json j = {0, {0}};
        json_list_open(&j, cli, list);
        json_items(&j, "present", present, size);
        json_items(&j, "not_applicable", na, size);
        json_bool(&j, "met", met);
        json_array(&j, "missing");
        for (int i = 1; i <= size; i++)
            if (missing & (1u << (i - 1))) {
                json_open(&j, NULL);
                json_int(&j, "item", i);
                json_str(&j, "text", csisms_checklist_item(list, i, cli->lang));
                json_close(&j);
            }
        json_end(&j);
        json_close(&j);
        return met ? CLI_OK : CLI_NEGATIVE;
    }
    print_heading(cli, list);
    if (present) {
        printf("%s", cli_text(cli, "具备：", "present: "));
        print_numbers(cli, present, size);
        putchar('\n');
    }
    if (na) {
        printf("%s", cli_text(cli, "不适用：", "not applicable: "));
        print_numbers(cli, na, size);
        putchar('\n');
    }
    if (met) {
        printf("%s\n", cli_text(cli, "结论：满足", "result: met"));
        return CLI_OK;
    }
    printf("%s\n", any ? cli_text(cli, "结论：不满足（不具备任何一项）",
                                  "result: not met (no item is present)")
                       : cli_text(cli, "结论：不满足，缺少：", "result: not met; missing:"));
    if (!any)
        for (int i = 1; i <= size; i++)
            if (missing & (1u << (i - 1)))
                printf("  (%d) %s\n", i, csisms_checklist_item(list, i, cli->lang));
    return CLI_NEGATIVE;
}

/* The lists, by their clauses, from the library. */
static int list_values(size_t i, struct cli_choice *out, int lang)
{
    const int list = (int)i + 1;

    if (!list_exists(list))
        return 0;
    out->name = csisms_checklist_clause(list);
    out->value = list;
    out->rule = 0;
    out->zh = csisms_checklist_title(list, CSISMS_LANG_ZH);
    out->en = csisms_checklist_title(list, CSISMS_LANG_EN);
    (void)lang;
    return 1;
}

enum { CL_HAVE, CL_NA };
static const struct cli_opt checklist_args[] = {
    {"LIST", NULL, NULL, CLI_OPT_OPEN, 0, NULL, 0, list_values,
     "清单的编号（1起）或条款", "a list's number (from 1) or its clause"},
};
static const struct cli_opt checklist_opts[] = {
    [CL_HAVE] = {"--have", NULL, "N,N...", CLI_OPT_REPEAT | CLI_OPT_EMPTY, 0, NULL, 0, NULL,
                 "具备的项的编号，以逗号分隔（空：无）",
                 "the numbers of the items present, separated by commas (empty: none)"},
    [CL_NA] = {"--na", NULL, "N,N...", CLI_OPT_REPEAT | CLI_OPT_EMPTY, 0, NULL, 0, NULL,
               "声明不适用的（有条件的）项的编号",
               "the numbers of the (conditional) items declared not applicable"},
};

static int run_checklist(const struct cli *cli, const struct cli_parsed *p)
{
    const char *list_text = p->nargs > 0 ? p->arg[0] : NULL, *value;
    int nhave = p->given[CL_HAVE], nna = p->given[CL_NA], list, size, cursor;
    uint32_t present = 0, na = 0, conditional, bits;
    const char *have_name = checklist_opts[CL_HAVE].name, *na_name = checklist_opts[CL_NA].name;

    if (!list_text) {
        if (nhave || nna)
            return cli_error(nhave ? have_name : na_name, "needs a LIST to evaluate");
        return show_lists(cli);
    }
    if ((list = resolve_list(list_text)) == 0)
        return CLI_USAGE;
    if (!nhave && !nna)
        return show_list(cli, list);

    size = csisms_checklist_size(list);
    conditional = csisms_checklist_conditional(list);
    for (cursor = 0; (value = cli_next(p, CL_HAVE, &cursor)) != NULL;) {
        /* an empty list: no item is present */
        if (value[0] == '\0')
            continue;
        if (cli_parse_items(have_name, value, size, &bits))
            return CLI_USAGE;
        present |= bits;
    }
    for (cursor = 0; (value = cli_next(p, CL_NA, &cursor)) != NULL;) {
        /* an empty list: no item is declared not applicable */
        if (value[0] == '\0')
            continue;
        if (cli_parse_items(na_name, value, size, &bits))
            return CLI_USAGE;
        for (int i = 1; i <= size; i++)
            if ((bits & ~conditional) & (1u << (i - 1))) {
                char allowed[64] = "";
                size_t used = 0;
                if (conditional == 0)
                    return cli_bad(na_name, value, "no item of %s may be declared not applicable",
                                   csisms_checklist_clause(list));
                for (int c = 1; c <= size && used + 8 < sizeof allowed; c++)
                    if (conditional & (1u << (c - 1)))
                        used += (size_t)snprintf(allowed + used, sizeof allowed - used, "%s%d",
                                                 used ? "," : "", c);
                return cli_bad(na_name, value, "item %d of %s may not be declared not applicable "
                               "(conditional items: %s)",
                               i, csisms_checklist_clause(list), allowed);
            }
        na |= bits;
    }
    return eval_list(cli, list, present, na);
}

/* ------------------------------------------------------------ uscc */


static const struct cli_opt uscc_args[] = {
    {"CODE", NULL, NULL, 0, 0, NULL, 0, NULL, "统一社会信用代码（18个字符）",
     "a unified social credit code (18 characters)"},
};

static int run_uscc(const struct cli *cli, const struct cli_parsed *p)
{
    const char *code = NULL;
    char ch[8] = "";
    char check[2] = "", expected[2] = "";
    size_t chars = 0, position = 0;
    int rc;

    code = p->arg[0];

    /* The library diagnoses the code: the first character outside the set,
     * or the check character the first 17 call for. */
    csisms_uscc_check(code, &rc, &position, &expected[0]);
    if (rc == CSISMS_ECHECKSUM) {
        check[0] = code[strlen(code) - 1];
        position = 0;
    } else if (rc == CSISMS_EINVAL) {
        const unsigned char *s = (const unsigned char *)code;
        while (*s) {
            uint32_t cp;
            size_t n = cli_utf8_next(s, &cp);
            if (++chars == position) {
                memcpy(ch, s, n);
                ch[n] = '\0';
            }
            s += n;
        }
    }

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "code", code);
        json_bool(&j, "valid", rc == CSISMS_OK);
        if (rc == CSISMS_OK) {
            json_null(&j, "reason");
        } else if (rc == CSISMS_ECHECKSUM) {
            json_str(&j, "reason", "check");
            json_str(&j, "check", check);
            json_str(&j, "expected_check", expected);
        } else if (rc != CSISMS_OK && position) {
            json_str(&j, "reason", "character");
            json_int(&j, "position", (long long)position);
            json_str(&j, "character", ch);
        } else if (rc != CSISMS_OK) {
            json_str(&j, "reason", "length");
            json_int(&j, "length", (long long)chars);
        }
        json_close(&j);
        return rc == CSISMS_OK ? CLI_OK : CLI_NEGATIVE;
    }
    printf("%s: ", cli_user(code));
    if (rc == CSISMS_OK) {
        printf("%s\n", cli_text(cli, "有效的统一社会信用代码（GB 32100-2015）",
                                "valid unified social credit code (GB 32100-2015)"));
        return CLI_OK;
    }
    if (rc == CSISMS_ECHECKSUM)
        printf(cli_text(cli, "无效：校验码（第18位）%s 错误，应为 %s\n",
                        "invalid: the check character (the 18th) %s is wrong, it should be %s\n"),
               check, expected);
    else if (position)
        printf(cli_text(cli, "无效：第 %zu 个字符“%s”不是代码字符（0-9 和除 I、O、Z、S、V 以外的大写字母）\n",
                        "invalid: character %zu '%s' is not a code character (0-9 and the "
                        "upper-case letters except I, O, Z, S, V)\n"),
               position, cli_user(ch));
    else
        printf(cli_text(cli, "无效：有 %zu 个字符，统一社会信用代码为 18 个字符\n",
                        "invalid: %zu characters, a unified social credit code has 18\n"),
               chars);
    return CLI_NEGATIVE;
}

/* ------------------------------------------------------------ sample */

static const struct cli_opt sample_args[] = {
    {"SITES", NULL, NULL, 0, 0, NULL, 0, NULL, "中心职能以外的场所数（不小于1）",
     "the number of sites besides the central function, from 1"},
};

static int run_sample(const struct cli *cli, const struct cli_parsed *p)
{
    static const struct {
        int audit;
        const char *key, *zh, *en;
    } audits[] = {
        {CSISMS_AUDIT_INITIAL, "initial", "初次认证审核", "initial audit"},
        {CSISMS_AUDIT_SURVEILLANCE, "surveillance", "监督审核", "surveillance audit"},
        {CSISMS_AUDIT_RECERT, "recertification", "再认证审核", "recertification audit"},
    };
    const char *sites_text = NULL;
    uint32_t sites, sample[3];

    sites_text = p->arg[0];
    if (cli_parse_u32("SITES", sites_text, &sites))
        return CLI_USAGE;
    if (sites == 0)
        return cli_bad("SITES", sites_text, "'%s': at least one site", sites_text);
    for (int a = 0; a < 3; a++)
        if (csisms_sample_sites(sites, audits[a].audit, &sample[a]) != CSISMS_OK)
            return cli_bad("SITES", sites_text, "'%s' cannot be sampled", sites_text);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_int(&j, "sites", sites);
        for (int a = 0; a < 3; a++)
            json_int(&j, audits[a].key, sample[a]);
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "中心职能以外的场所 %lu 个，最少抽样场所数（IAF MD 1）：\n",
                    "%lu sites besides the central function; least number to sample (IAF MD 1):\n"),
           (unsigned long)sites);
    for (int a = 0; a < 3; a++) {
        printf("  ");
        cli_pad(cli_text(cli, audits[a].zh, audits[a].en), 24);
        printf("%6lu\n", (unsigned long)sample[a]);
    }
    const char *sampling = csisms_checklist_clause(CSISMS_LIST_SAMPLING);
    printf(cli_text(cli, "能否抽样见 %s（csisms checklist %s）。\n",
                    "Whether sites may be sampled at all: %s (csisms checklist %s).\n"),
           sampling, sampling);
    return CLI_OK;
}

const struct cli_cmd cmd_checklist = {
    "checklist", run_checklist, "[LIST]", 0, 1, CLI_CHOICES(checklist_args),
    CLI_CHOICES(checklist_opts), "规则中的清单", "the rules' checklists",
};
const struct cli_cmd cmd_uscc = {
    "uscc", run_uscc, "CODE", 1, 1, CLI_CHOICES(uscc_args), NULL, 0,
    "校验统一社会信用代码", "check a unified social credit code",
};
const struct cli_cmd cmd_sample = {
    "sample", run_sample, "SITES", 1, 1, CLI_CHOICES(sample_args), NULL, 0,
    "多场所抽样的最少场所数", "least number of sites to sample",
};
