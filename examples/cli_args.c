/* SPDX-License-Identifier: MIT */
/* The command tables of the csisms CLI at work (cli.h): the parser, the
 * help and the completion all read the one description of each command. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ common options and values */

static const struct cli_choice langs[] = {
    {"zh", CSISMS_LANG_ZH, 0, "中文", "Chinese"},
    {"en", CSISMS_LANG_EN, 0, "英文", "English"},
};

const struct cli_opt cli_common[CLI_NCOMMON] = {
    [CLI_COMMON_JSON] = {"--json", NULL, NULL, 0, 0, NULL, 0, NULL,
                         "输出一个 JSON 对象（首个成员为 \"format\"）；错误也是标准错误上的一个 JSON 对象",
                         "print one JSON object (its first member \"format\"); errors too are one "
                         "JSON object, on standard error"},
    [CLI_COMMON_LANG] = {"--lang", NULL, "L", 0, 0, CLI_CHOICES(langs), NULL,
                         "文本的语言（默认由 LC_ALL、LC_MESSAGES、LANG 决定）",
                         "the language of the texts (by default from LC_ALL, LC_MESSAGES, LANG)"},
    [CLI_COMMON_HELP] = {"--help", "-h", NULL, 0, 0, NULL, 0, NULL,
                         "显示帮助并退出（csisms help CMD 同 csisms CMD --help）",
                         "print the help and exit (csisms help CMD is csisms CMD --help)"},
    [CLI_COMMON_VERSION] = {"--version", "-V", NULL, 0, 0, NULL, 0, NULL,
                            "显示本程序和库的版本并退出",
                            "print the version of the program and of the library and exit"},
};

const struct cli_choice cli_bases[4] = {
    {"none", CSISMS_BASIS_NONE, CSISMS_RULE_ISMS_TABLE, "无ISMS认证证书",
     "no ISMS certificate"},
    {"isms-cert", CSISMS_BASIS_ISMS_CERT, CSISMS_RULE_NOTE_ISMS_CERT,
     "持有其他机构颁发的有效ISMS认证证书", "a valid ISMS certificate from another body"},
    {"isms-cert-here", CSISMS_BASIS_ISMS_CERT_HERE, CSISMS_RULE_NOTE_ISMS_CERT_HERE,
     "持有本机构颁发的有效ISMS认证证书", "a valid ISMS certificate from this body"},
    {"combined", CSISMS_BASIS_COMBINED, CSISMS_RULE_NOTE_COMBINED, "与ISMS结合审核",
     "audited together with the ISMS"},
};

int cli_value_at(const struct cli_opt *o, size_t i, struct cli_choice *out, int lang)
{
    if (o->choices) {
        if (i >= o->nchoices)
            return 0;
        *out = o->choices[i];
        return 1;
    }
    return o->values ? o->values(i, out, lang) : 0;
}

/* "a, b, c or d": the values of o, for error messages. */
const char *cli_values_list(const struct cli_opt *o, char *buf, size_t n)
{
    struct cli_choice c;
    size_t used = 0, count = 0;

    buf[0] = '\0';
    while (cli_value_at(o, count, &c, CSISMS_LANG_EN))
        count++;
    for (size_t i = 0; i < count && cli_value_at(o, i, &c, CSISMS_LANG_EN); i++) {
        int k = snprintf(buf + used, n - used, "%s%s", i == 0 ? "" : i + 1 == count ? " or " : ", ",
                         c.name);
        if (k < 0 || (size_t)k >= n - used)
            break;
        used += (size_t)k;
    }
    return buf;
}

int cli_choose(const struct cli_opt *o, const char *text, struct cli_choice *out)
{
    struct cli_choice c;
    char list[1024];

    for (size_t i = 0; cli_value_at(o, i, &c, CSISMS_LANG_EN); i++)
        if (strcmp(text, c.name) == 0) {
            if (out)
                *out = c;
            return 0;
        }
    return cli_bad(o->name, text, "'%s' is not %s", text, cli_values_list(o, list, sizeof list));
}

/* ------------------------------------------------------------ the usage line */

/* The usage line's words after "csisms": the command, its arguments, its
 * options (alternatives of a group joined with " | "). */
#define MAX_WORDS (CLI_MAX_OPTS + 2)
struct usage {
    char word[MAX_WORDS][200];
    int n;
};

static void option_text(const struct cli_opt *o, char *buf, size_t n)
{
    snprintf(buf, n, "%s%s%s", o->name, o->meta ? " " : "", o->meta ? o->meta : "");
}

static void usage_words(const struct cli_cmd *cmd, struct usage *u)
{
    int done[CLI_MAX_OPTS] = {0};

    u->n = 0;
    snprintf(u->word[u->n++], sizeof u->word[0], "%s", cmd->name);
    if (cmd->synopsis && *cmd->synopsis)
        snprintf(u->word[u->n++], sizeof u->word[0], "%s", cmd->synopsis);
    for (size_t k = 0; k < cmd->nopts && u->n < MAX_WORDS; k++) {
        const struct cli_opt *o = &cmd->opts[k];
        char *w = u->word[u->n++], one[64], alt[160];
        size_t len = 0;
        int required = (o->flags & CLI_OPT_REQUIRED) != 0, alternatives = 0;

        if (done[k]) {
            u->n--;
            continue;
        }
        alt[0] = '\0';
        for (size_t g = k; g < cmd->nopts; g++) {
            const struct cli_opt *a = &cmd->opts[g];
            if (g != k && (o->group == 0 || a->group != o->group))
                continue;
            done[g] = 1;
            required |= (a->flags & CLI_OPT_REQUIRED) != 0;
            option_text(a, one, sizeof one);
            len += (size_t)snprintf(alt + len, sizeof alt - len, "%s%s",
                                    alternatives++ ? " | " : "", one);
            if (len >= sizeof alt)
                len = sizeof alt - 1;
        }
        if (alternatives > 1 || !required)
            snprintf(w, sizeof u->word[0], "%s%s%s%s", required ? "(" : "[", alt,
                     required ? ")" : "]", o->flags & CLI_OPT_REPEAT ? "..." : "");
        else
            snprintf(w, sizeof u->word[0], "%s", alt);
    }
}

/* The usage line "csisms CMD ARGS [OPTIONS]" on one line into buf. */
static const char *usage_line(const struct cli_cmd *cmd, char *buf, size_t n)
{
    struct usage u;
    size_t len = (size_t)snprintf(buf, n, "csisms");

    usage_words(cmd, &u);
    for (int i = 0; i < u.n && len < n; i++)
        len += (size_t)snprintf(buf + len, n - len, " %s", u.word[i]);
    return buf;
}

int cli_usage(const struct cli_cmd *cmd)
{
    char line[2048];

    return cli_error(cmd->name, "wrong arguments; usage: %s", usage_line(cmd, line, sizeof line));
}

/* ------------------------------------------------------------ the parser */

/* Matches argv[*i] against option o: 1 and *value (a flag: ""), advancing
 * *i past a separate value; 0 when it is another argument; CLI_USAGE after
 * an error (a missing value, a value given to a flag). */
static int match(const struct cli_opt *o, int argc, char **argv, int *i, const char **value)
{
    const char *arg = argv[*i];
    size_t n = strlen(o->name);

    if (o->alias && strcmp(arg, o->alias) == 0) {
        *value = "";
        return 1;
    }
    if (strncmp(arg, o->name, n) != 0)
        return 0;
    if (arg[n] == '=') {
        if (!o->meta)
            return cli_bad(o->name, arg + n + 1, "takes no value");
        *value = arg + n + 1;
    } else if (arg[n] != '\0') {
        return 0;
    } else if (!o->meta) {
        *value = "";
    } else if (*i + 1 >= argc) {
        return cli_error(o->name, "missing value");
    } else {
        *value = argv[++*i];
    }
    return 1;
}

/* The group of o as "--a DATE or --b DATE" into buf. */
static const char *group_text(const struct cli_cmd *cmd, int group, char *buf, size_t n)
{
    size_t used = 0;
    int count = 0;

    buf[0] = '\0';
    for (size_t k = 0; k < cmd->nopts; k++) {
        char one[64];
        if (cmd->opts[k].group != group)
            continue;
        option_text(&cmd->opts[k], one, sizeof one);
        int w = snprintf(buf + used, n - used, "%s%s", count++ ? " or " : "", one);
        if (w < 0 || (size_t)w >= n - used)
            break;
        used += (size_t)w;
    }
    return buf;
}

int cli_parse(const struct cli_cmd *cmd, int argc, char **argv, struct cli_parsed *p)
{
    int options_done = 0;
    char text[256];

    memset(p, 0, sizeof *p);
    if (cmd->nopts > CLI_MAX_OPTS || cmd->max_args > CLI_MAX_ARGS)
        return cli_error(cmd->name, "the command's table is larger than cli.h allows");
    p->cmd = cmd;
    p->argc = argc;
    p->argv = argv;
    for (int i = 1; i < argc; i++) {
        const char *value = NULL;
        size_t k = cmd->nopts;
        int rc = 0;

        if (!options_done && strcmp(argv[i], "--") == 0) {
            options_done = 1;
            continue;
        }
        if (!options_done)
            for (k = 0; k < cmd->nopts; k++)
                if ((rc = match(&cmd->opts[k], argc, argv, &i, &value)) != 0)
                    break;
        if (rc == CLI_USAGE)
            return CLI_USAGE;
        if (k < cmd->nopts) {
            const struct cli_opt *o = &cmd->opts[k];
            if (o->meta && p->given[k] && !(o->flags & CLI_OPT_REPEAT))
                return cli_bad(o->name, value, "given twice; give it once");
            if (o->meta && *value == '\0' && !(o->flags & CLI_OPT_EMPTY))
                return cli_bad(o->name, value, "empty value");
            for (size_t g = 0; o->group && g < cmd->nopts; g++)
                if (g != k && cmd->opts[g].group == o->group && p->given[g])
                    return cli_error(o->name, "give only one of %s",
                                     group_text(cmd, o->group, text, sizeof text));
            if (o->meta && (o->choices || o->values) && !(o->flags & CLI_OPT_OPEN)
                && cli_choose(o, value, NULL) != 0)
                return CLI_USAGE;
            p->given[k]++;
            p->value[k] = value;
            continue;
        }
        if (!options_done && strncmp(argv[i], "--", 2) == 0)
            return cli_error(argv[i], "unknown option; see 'csisms %s --help'", cmd->name);
        if (p->nargs == cmd->max_args || p->nargs == CLI_MAX_ARGS) {
            char line[2048];
            return cli_bad(argv[i], argv[i], "unexpected argument; usage: %s",
                           usage_line(cmd, line, sizeof line));
        }
        p->arg[p->nargs++] = argv[i];
    }
    for (size_t k = 0; k < cmd->nopts; k++) {
        const struct cli_opt *o = &cmd->opts[k];
        int given = p->given[k];
        if (!(o->flags & CLI_OPT_REQUIRED))
            continue;
        for (size_t g = 0; o->group && g < cmd->nopts; g++)
            if (cmd->opts[g].group == o->group)
                given |= p->given[g];
        if (given)
            continue;
        if (o->group)
            group_text(cmd, o->group, text, sizeof text);
        else
            option_text(o, text, sizeof text);
        return cli_error(o->name, "missing; give %s", text);
    }
    if (p->nargs < cmd->min_args)
        return cli_usage(cmd);
    return 0;
}

const char *cli_next(const struct cli_parsed *p, size_t opt, int *cursor)
{
    const struct cli_cmd *cmd = p->cmd;

    for (int i = *cursor > 0 ? *cursor : 1; i < p->argc; i++) {
        const char *value = NULL;
        if (strcmp(p->argv[i], "--") == 0)
            break;
        for (size_t k = 0; k < cmd->nopts; k++)
            if (match(&cmd->opts[k], p->argc, p->argv, &i, &value) == 1) {
                if (k == opt) {
                    *cursor = i + 1;
                    return value;
                }
                break;
            }
    }
    *cursor = p->argc;
    return NULL;
}

/* ------------------------------------------------------------ help */

#define HELP_COLUMN 24 /* where the descriptions start */
#define HELP_WIDTH 79  /* the last column */

/* 1 for a character a line may break before or after (CJK). */
static int wide(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xF900 && cp <= 0xFAFF)
           || (cp >= 0xFF00 && cp <= 0xFF60);
}

/* text from column col on, wrapped before HELP_WIDTH at blanks or next
 * to CJK characters, continued at column indent; then a newline. */
static void wrapped(size_t col, size_t indent, const char *text)
{
    const unsigned char *s = (const unsigned char *)text;

    while (*s) {
        const unsigned char *p = s, *cut = NULL, *end;
        size_t w = col;
        int bracket = 0; /* a clause "[...]" is not broken */
        /* the longest piece that fits */
        while (*p) {
            uint32_t cp;
            size_t len = cli_utf8_next(p, &cp);
            char one[5] = {0};
            memcpy(one, p, len);
            bracket += cp == '[' ? 1 : cp == ']' ? -1 : 0;
            if ((cp == ' ' && bracket <= 0) || (wide(cp) && p != s))
                cut = p;
            if (w + cli_width(one) > HELP_WIDTH && cut)
                break;
            w += cli_width(one);
            p += len;
        }
        if (!*p)
            cut = p;
        for (end = cut; end > s && end[-1] == ' '; end--)
            ;
        fwrite(s, 1, (size_t)(end - s), stdout);
        s = cut;
        while (*s == ' ')
            s++;
        if (*s) {
            printf("\n%*s", (int)indent, "");
            col = indent;
        }
    }
    putchar('\n');
}

/* One row: INDENT spaces, left padded to the description column (or on a
 * line of its own when too wide), then right, wrapped. */
static void row(int indent, const char *left, const char *right)
{
    size_t w = (size_t)indent + cli_width(left);

    printf("%*s%s", indent, "", left);
    if (!right || !*right) {
        putchar('\n');
        return;
    }
    if (w + 2 > HELP_COLUMN) {
        printf("\n%*s", HELP_COLUMN, "");
    } else {
        for (; w < HELP_COLUMN; w++)
            putchar(' ');
    }
    wrapped(HELP_COLUMN, HELP_COLUMN, right);
}

static void help_values(const struct cli *cli, const struct cli_opt *o)
{
    struct cli_choice c;
    char text[1024];

    for (size_t i = 0; cli_value_at(o, i, &c, cli->lang); i++) {
        const char *what = cli_text(cli, c.zh, c.en);
        if (c.rule != 0)
            snprintf(text, sizeof text, "%s  [%s]", what ? what : "", csisms_rule_clause(c.rule));
        else
            snprintf(text, sizeof text, "%s", what ? what : "");
        row(6, c.name, text);
    }
}

static void help_option(const struct cli *cli, const struct cli_cmd *cmd, const struct cli_opt *o)
{
    char left[96], text[1024], others[256] = "";
    size_t used;

    if (o->name[0] == '-')
        snprintf(left, sizeof left, "%s%s%s%s%s", o->name, o->alias ? ", " : "",
                 o->alias ? o->alias : "", o->meta ? " " : "", o->meta ? o->meta : "");
    else
        snprintf(left, sizeof left, "%s", o->name);
    used = (size_t)snprintf(text, sizeof text, "%s", cli_text(cli, o->zh, o->en));
    if (cmd && o->group) {
        for (size_t k = 0, n = 0; k < cmd->nopts; k++)
            if (&cmd->opts[k] != o && cmd->opts[k].group == o->group)
                n += (size_t)snprintf(others + n, sizeof others - n, "%s%s", n ? ", " : "",
                                      cmd->opts[k].name);
    }
    if (used < sizeof text && (o->flags & CLI_OPT_REQUIRED) && !o->group)
        used += (size_t)snprintf(text + used, sizeof text - used, "%s",
                                 cli_text(cli, "（必需）", " (required)"));
    if (used < sizeof text && o->group && *others)
        used += (size_t)snprintf(text + used, sizeof text - used,
                                 cli_text(cli, "（%s不能与 %s 同时给出）", " (%snot with %s)"),
                                 (o->flags & CLI_OPT_REQUIRED) ? cli_text(cli, "必需；", "required; ")
                                                               : "",
                                 others);
    if (used < sizeof text && (o->flags & CLI_OPT_REPEAT))
        snprintf(text + used, sizeof text - used, "%s",
                 cli_text(cli, "（可重复，各值累加）", " (may be repeated: the values add up)"));
    row(2, left, text);
    help_values(cli, o);
}

static void help_exit_status(const struct cli *cli)
{
    wrapped(0, 2, cli_text(cli, "退出状态：0 完成；1 查询或检查结果为否定；2 用法或输入错误；"
                                "3 无法写出输出；4 登记表中有无法评估的记录。",
                           "Exit status: 0 done; 1 a lookup or check came out negative; "
                           "2 usage or input error; 3 the output could not be written; "
                           "4 register: some records could not be evaluated."));
}

static void help_common(const struct cli *cli)
{
    printf("%s\n", cli_text(cli, "通用选项：", "Common options:"));
    for (size_t k = 0; k < CLI_NCOMMON; k++)
        help_option(cli, NULL, &cli_common[k]);
}

/* The usage line, wrapped before 80 columns. */
static void help_usage(const struct cli *cli, const struct cli_cmd *cmd)
{
    struct usage u;
    const char *head = cli_text(cli, "用法：csisms", "usage: csisms");
    const size_t indent = cli_width(head) + 1;
    size_t col = cli_width(head);

    usage_words(cmd, &u);
    fputs(head, stdout);
    for (int i = 0; i < u.n; i++) {
        size_t w = cli_width(u.word[i]);
        if (i > 1 && col + 1 + w > 79) {
            printf("\n%*s", (int)indent, "");
            col = indent;
        } else {
            putchar(' ');
            col++;
        }
        fputs(u.word[i], stdout);
        col += w;
    }
    putchar('\n');
}

void cli_help(const struct cli *cli, const struct cli_cmd *cmd)
{
    if (cmd) {
        help_usage(cli, cmd);
        printf("%s\n", cli_text(cli, cmd->zh, cmd->en));
        if (cmd->nargs) {
            printf("\n%s\n", cli_text(cli, "参数：", "Arguments:"));
            for (size_t k = 0; k < cmd->nargs; k++)
                help_option(cli, cmd, &cmd->args[k]);
        }
        if (cmd->nopts) {
            printf("\n%s\n", cli_text(cli, "选项：", "Options:"));
            for (size_t k = 0; k < cmd->nopts; k++)
                help_option(cli, cmd, &cmd->opts[k]);
        }
        putchar('\n');
        help_common(cli);
        printf("\n%s\n", cli_text(cli, "详见 csisms(1)。", "See csisms(1)."));
        help_exit_status(cli);
        return;
    }
    printf("%s\n", cli_text(cli, "用法：csisms 命令 [参数] [--json] [--lang zh|en]",
                            "usage: csisms COMMAND [ARGUMENTS] [--json] [--lang zh|en]"));
    printf("       csisms help [%s] | --help | --version\n\n", cli_text(cli, "命令", "COMMAND"));
    printf("%s\n", cli_text(cli, "命令：", "Commands:"));
    for (size_t i = 0; i < cli_ncommands; i++)
        row(2, cli_commands[i]->name, cli_text(cli, cli_commands[i]->zh, cli_commands[i]->en));
    row(2, "help", cli_text(cli, "显示一个命令的参数、选项及其取值",
                            "a command's arguments, options and their values"));
    putchar('\n');
    help_common(cli);
    printf("\n%s\n", cli_text(cli, "csisms help 命令：该命令的选项。详见 csisms(1)。",
                              "csisms help COMMAND: its options. See csisms(1)."));
    help_exit_status(cli);
}

/* ------------------------------------------------------------ completion */

static const struct cli_opt *find_option(const struct cli_cmd *cmd, const char *word, size_t n)
{
    for (size_t k = 0; k < CLI_NCOMMON; k++)
        if ((strlen(cli_common[k].name) == n && strncmp(cli_common[k].name, word, n) == 0)
            || (cli_common[k].alias && strlen(cli_common[k].alias) == n
                && strncmp(cli_common[k].alias, word, n) == 0))
            return &cli_common[k];
    for (size_t k = 0; cmd && k < cmd->nopts; k++)
        if (strlen(cmd->opts[k].name) == n && strncmp(cmd->opts[k].name, word, n) == 0)
            return &cmd->opts[k];
    return NULL;
}

/* A candidate, when it begins with the prefix. */
static void offer(const char *before, const char *word, const char *prefix)
{
    if (strncmp(word, prefix, strlen(prefix)) == 0)
        printf("%s%s\n", before, word);
}

static void offer_values(const struct cli_opt *o, const char *before, const char *prefix)
{
    struct cli_choice c;

    puts("words");
    for (size_t i = 0; cli_value_at(o, i, &c, CSISMS_LANG_EN); i++)
        offer(before, c.name, prefix);
}

/* argv: csisms --complete CWORD WORD0 WORD1 ... (bash's COMP_CWORD and
 * COMP_WORDS, WORD0 the command as typed; bash splits "--basis=x" into
 * "--basis", "=", "x"). */
int cli_complete(int argc, char **argv)
{
    char **words = argv + 3, prefix[256], before[64] = "";
    int nwords = argc - 3, cword, npos = 0, help = 0;
    const struct cli_cmd *cmd = NULL;
    const struct cli_opt *want = NULL;
    const char *cur;
    size_t n = 0;

    cword = argc < 4 ? 0 : atoi(argv[2]);
    if (cword < 1 || cword > nwords)
        return cli_error("--complete", "usage: csisms --complete CWORD WORD0 WORD1... "
                                       "(bash's COMP_CWORD and COMP_WORDS)");
    cur = cword < nwords ? words[cword] : "";
    for (int k = 1; k < cword; k++) {
        const char *w = words[k];
        if (w[0] == '-' && w[1] != '\0') {
            const struct cli_opt *o = find_option(cmd, w, strcspn(w, "="));
            if (!o || !o->meta || strchr(w, '='))
                continue;
            if (k + 1 == cword) { /* the value, or "=" */
                want = o;
                if (strcmp(cur, "=") == 0)
                    cur = "";
                break;
            }
            if (strcmp(words[k + 1], "=") == 0) {
                if (k + 2 == cword) {
                    want = o;
                    break;
                }
                k++;
            }
            k++;
            continue;
        }
        if (!cmd && !help) {
            help = strcmp(w, "help") == 0;
            if (!help && (cmd = cli_find_command(w)) == NULL)
                return puts("words") == EOF;
            continue;
        }
        npos++;
    }
    if (!want && strncmp(cur, "--", 2) == 0 && strchr(cur, '=')) {
        n = strcspn(cur, "=");
        want = find_option(cmd, cur, n);
        if (!want || n + 2 > sizeof before)
            return puts("words") == EOF;
        memcpy(before, cur, n + 1);
        before[n + 1] = '\0';
        cur += n + 1;
    }
    /* the prefix typed, without the shell's quoting */
    for (n = 0; *cur && n + 1 < sizeof prefix; cur++)
        if (*cur != '\\' && *cur != '\'' && *cur != '"')
            prefix[n++] = *cur;
    prefix[n] = '\0';

    if (want) {
        if (want->flags & CLI_OPT_FILE)
            puts("files");
        else
            offer_values(want, before, prefix);
        return CLI_OK;
    }
    if (prefix[0] == '-') {
        puts("words");
        for (size_t k = 0; k < CLI_NCOMMON; k++)
            offer("", cli_common[k].name, prefix);
        for (size_t k = 0; cmd && k < cmd->nopts; k++)
            offer("", cmd->opts[k].name, prefix);
        return CLI_OK;
    }
    if ((!cmd && !help) || (help && npos == 0)) {
        puts("words");
        for (size_t i = 0; i < cli_ncommands; i++)
            offer("", cli_commands[i]->name, prefix);
        if (!help)
            offer("", "help", prefix);
        return CLI_OK;
    }
    if (cmd && cmd->nargs > 0 && (cmd->max_args < 0 || npos < cmd->max_args)) {
        const size_t k = (size_t)npos < cmd->nargs ? (size_t)npos : cmd->nargs - 1;
        const struct cli_opt *a = &cmd->args[k];
        if (a->flags & CLI_OPT_FILE)
            puts("files");
        else
            offer_values(a, "", prefix);
        return CLI_OK;
    }
    puts("words");
    return CLI_OK;
}
