/* SPDX-License-Identifier: MIT */
/* csisms — example command-line interface to libcsisms.
 * It uses only the public header, like any other program. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const struct cli_cmd *const cli_commands[] = {
    &cmd_audit_time, &cmd_combined, &cmd_round, &cmd_programme, &cmd_justify,
    &cmd_record_check, &cmd_cycle, &cmd_due, &cmd_evaluate, &cmd_register,
    &cmd_scope, &cmd_checklist, &cmd_uscc, &cmd_sample,
};
const size_t cli_ncommands = CLI_COUNT(cli_commands);

const struct cli_cmd *cli_find_command(const char *name)
{
    for (size_t i = 0; i < cli_ncommands; i++)
        if (strcmp(cli_commands[i]->name, name) == 0)
            return cli_commands[i];
    return NULL;
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

/* Parses the common options (cli_common) out of argv into cli and args (the
 * command and its own arguments, NULL-terminated; a "--" and what follows
 * are passed on). Returns 0 or CLI_USAGE. */
static int common_options(int argc, char **argv, struct cli *cli, char **args, int *nargs,
                          int *want_help, int *want_version)
{
    int given[CLI_NCOMMON] = {0};

    for (int i = 1; i < argc; i++) {
        const struct cli_opt *o = NULL;
        const char *value = NULL;
        size_t k;

        if (strcmp(argv[i], "--") == 0) {
            /* "--" ends the options, the command's too: "csisms -- CMD ARGS"
             * is "csisms CMD -- ARGS" */
            if (*nargs == 0) {
                if (i + 1 >= argc)
                    break;
                args[(*nargs)++] = argv[i + 1];
                args[(*nargs)++] = argv[i];
                i += 2;
            }
            while (i < argc)
                args[(*nargs)++] = argv[i++];
            break;
        }
        for (k = 0; k < CLI_NCOMMON; k++) {
            o = &cli_common[k];
            size_t n = strlen(o->name);
            if (o->alias && strcmp(argv[i], o->alias) == 0) {
                value = "";
                break;
            }
            if (strncmp(argv[i], o->name, n) != 0 || (argv[i][n] != '\0' && argv[i][n] != '='))
                continue;
            if (argv[i][n] == '=' && !o->meta)
                return cli_bad(o->name, argv[i] + n + 1, "takes no value");
            if (argv[i][n] == '=')
                value = argv[i] + n + 1;
            else if (!o->meta)
                value = "";
            else if (i + 1 < argc)
                value = argv[++i];
            else
                return cli_error(o->name, "missing value");
            break;
        }
        if (k == CLI_NCOMMON) {
            args[(*nargs)++] = argv[i];
            continue;
        }
        if (o->meta && given[k]++)
            return cli_bad(o->name, value, "given twice; give it once");
        if (o->meta && *value == '\0')
            return cli_bad(o->name, value, "empty value");
        if (k == CLI_COMMON_JSON) {
            cli->json = 1;
        } else if (k == CLI_COMMON_HELP) {
            *want_help = 1;
        } else if (k == CLI_COMMON_VERSION) {
            *want_version = 1;
        } else if (k == CLI_COMMON_LANG) {
            struct cli_choice c;
            if (cli_choose(o, value, &c))
                return CLI_USAGE;
            cli->lang = c.value;
        }
    }
    args[*nargs] = NULL;
    return 0;
}

/* --json anywhere before "--": errors are JSON from the first one on. */
static int json_requested(int argc, char **argv)
{
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        if (strcmp(argv[i], cli_common[CLI_COMMON_JSON].name) == 0)
            return 1;
    return 0;
}

static int run(int argc, char **argv, char **args)
{
    struct cli cli = {0, 0};
    struct cli_parsed parsed;
    int want_help = 0, want_version = 0, nargs = 0;
    const struct cli_cmd *c = NULL;

    cli.lang = default_lang();
    if (common_options(argc, argv, &cli, args, &nargs, &want_help, &want_version))
        return CLI_USAGE;

    /* csisms help [COMMAND] is csisms [COMMAND] --help */
    if (nargs > 0 && strcmp(args[0], "help") == 0) {
        if (nargs > 2)
            return cli_error("help", "wrong arguments; usage: csisms help [COMMAND]");
        want_help = 1;
        args++;
        nargs--;
    }
    if (nargs > 0) {
        c = cli_find_command(args[0]);
        if (!c)
            return cli_bad(args[0], args[0], "unknown command; try 'csisms --help'");
        cli_out_command(c->name);
    }
    if (want_version) {
        printf("csisms %s (libcsisms %s)\n", CSISMS_VERSION_STRING, csisms_version());
        return CLI_OK;
    }
    if (want_help) {
        cli_help(&cli, c);
        return CLI_OK;
    }
    if (!c)
        return cli_error("COMMAND", "missing; try 'csisms --help'");
    if (cli_parse(c, nargs, args, &parsed))
        return CLI_USAGE;
    return c->run(&cli, &parsed);
}

int main(int argc, char **argv)
{
    char **args;
    int status;

    /* the hidden interface of the bash completion (cli_complete) */
    if (argc > 1 && strcmp(argv[1], "--complete") == 0)
        return cli_finish(cli_complete(argc, argv));
    cli_out_json(json_requested(argc, argv));
    args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        return cli_error("csisms", "out of memory");
    status = run(argc, argv, args);
    free(args);
    /* Every exit goes through here: lost output is an error (cli_out.h). */
    return cli_finish(status);
}
