/* SPDX-License-Identifier: MIT */
/* csisms — example command-line interface to libcsisms.
 * It uses only the public header, like any other program. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const struct command {
    const char *name;
    cli_command *run;
    const char *usage;
    const char *summary_zh;
    const char *summary_en;
} commands[] = {
    {"audit-time", cmd_audit_time,
     "audit-time PERSONNEL [--basis none|isms-cert|isms-cert-here|combined]",
     "审核时间（附录A、4.5.1、5.2、6.2）", "audit time (Appendix A, 4.5.1, 5.2, 6.2)"},
    {"combined", cmd_combined, "combined DAYS DAYS...",
     "结合审核的最少时间（10.2）", "least time of a combined audit (10.2)"},
    {"round", cmd_round, "round DAYS",
     "向上取整至0.5人天（附录A注）", "round up to 0.5 person-day (Appendix A notes)"},
    {"cycle", cmd_cycle, "cycle DECISION-DATE",
     "由认证决定日期推算认证周期", "the certification cycle from a decision date"},
    {"due", cmd_due,
     "due KIND DATE   (KIND: surveillance-first surveillance-second surveillance-after-recert "
     "appeal suspension correction recert-window valid-until)",
     "单个期限", "one period"},
    {"evaluate", cmd_evaluate,
     "evaluate --today D --valid-until D [--suspended-on D] [--resolved] "
     "[--surveillance-latest D] [--correction-requested D] [--corrected] [--ground CLAUSE]...",
     "证书处理结论（7、5.1.2、8.2）", "certificate verdict (7, 5.1.2, 8.2)"},
    {"scope", cmd_scope, "scope CODE | scope list | scope search TEXT",
     "业务范围分类（附录B）", "business-scope codes (Appendix B)"},
    {"checklist", cmd_checklist, "checklist [LIST [--have N,N...] [--na N,N...]]",
     "规则中的清单", "the rules' checklists"},
    {"uscc", cmd_uscc, "uscc CODE",
     "校验统一社会信用代码（8.1(1)）", "check a unified social credit code (8.1(1))"},
    {"sample", cmd_sample, "sample SITES",
     "多场所抽样的最少场所数", "least number of sites to sample"},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const struct command *find_command(const char *name)
{
    for (size_t i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int cli_usage(const char *command)
{
    const struct command *c = find_command(command);

    return cli_error(command, "wrong arguments; usage: csisms %s", c ? c->usage : command);
}

static int default_lang(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};

    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return strncmp(v, "zh", 2) == 0 ? CSISMS_LANG_ZH : CSISMS_LANG_EN;
    }
    return CSISMS_LANG_EN;
}

static void help(const struct cli *cli, const struct command *only)
{
    if (only) {
        printf("%s: csisms %s\n%s\n", cli_text(cli, "用法", "usage"), only->usage,
               cli_text(cli, only->summary_zh, only->summary_en));
    } else {
        printf("%s: csisms COMMAND [ARGS] [--json] [--lang zh|en]\n\n",
               cli_text(cli, "用法", "usage"));
        for (size_t i = 0; i < NCOMMANDS; i++) {
            printf("  ");
            cli_pad(commands[i].name, 12);
            printf("%s\n", cli_text(cli, commands[i].summary_zh, commands[i].summary_en));
        }
        printf("\n%s\n", cli_text(cli,
                                  "通用选项：--json、--lang zh|en、--help、--version。详见 csisms(1)。",
                                  "Common options: --json, --lang zh|en, --help, --version. "
                                  "See csisms(1)."));
    }
    printf("%s\n", cli_text(cli, "退出状态：0 完成；1 查询或检查结果为否定；2 用法或输入错误；"
                                 "3 无法写出输出。",
                            "Exit status: 0 done; 1 a lookup or check came out negative; "
                            "2 usage or input error; 3 the output could not be written."));
}

/* Parses the common options out of argv into cli and args (the command and
 * its own arguments, NULL-terminated). Returns 0 or CLI_USAGE. */
static int common_options(int argc, char **argv, struct cli *cli, char **args, int *nargs,
                          int *want_help, int *want_version)
{
    const char *lang = NULL;
    int options_done = 0;

    for (int i = 1; i < argc; i++) {
        int rc;
        if (options_done) {
            args[(*nargs)++] = argv[i];
        } else if (strcmp(argv[i], "--") == 0) {
            options_done = 1;
        } else if (strcmp(argv[i], "--json") == 0) {
            cli->json = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            *want_help = 1;
        } else if (strcmp(argv[i], "--version") == 0) {
            *want_version = 1;
        } else if ((rc = cli_option(argc, argv, &i, "--lang", CLI_OPT_ONCE, &lang)) != 0) {
            if (rc != 1)
                return CLI_USAGE;
            if (strcmp(lang, "zh") == 0)
                cli->lang = CSISMS_LANG_ZH;
            else if (strcmp(lang, "en") == 0)
                cli->lang = CSISMS_LANG_EN;
            else
                return cli_error("--lang", "'%s' is not zh or en", lang);
        } else {
            args[(*nargs)++] = argv[i];
        }
    }
    args[*nargs] = NULL;
    return 0;
}

static int run(int argc, char **argv, char **args)
{
    struct cli cli = {0, 0};
    int want_help = 0, want_version = 0, nargs = 0;

    cli.lang = default_lang();
    if (common_options(argc, argv, &cli, args, &nargs, &want_help, &want_version))
        return CLI_USAGE;

    const struct command *c = nargs > 0 ? find_command(args[0]) : NULL;
    if (want_version) {
        printf("csisms %s (libcsisms %s)\n", CSISMS_VERSION_STRING, csisms_version());
        return CLI_OK;
    }
    if (want_help) {
        help(&cli, c);
        return CLI_OK;
    }
    if (nargs == 0) {
        fprintf(stderr, "csisms: missing COMMAND; try 'csisms --help'\n");
        return CLI_USAGE;
    }
    if (!c)
        return cli_error(args[0], "unknown command; try 'csisms --help'");
    return c->run(&cli, nargs, args);
}

int main(int argc, char **argv)
{
    char **args = calloc((size_t)argc + 1, sizeof *args);
    int status;

    if (!args) {
        fprintf(stderr, "csisms: out of memory\n");
        return CLI_USAGE;
    }
    status = run(argc, argv, args);
    free(args);
    /* Every exit goes through here: lost output is an error (cli_out.h). */
    return cli_finish(status);
}
