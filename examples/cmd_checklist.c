/* Stub: written on its own branch. */
#include "cli.h"

int cmd_checklist(const struct cli *cli, int argc, char **argv)
{
    (void)cli;
    (void)argc;
    return cli_error(argv[0], "not implemented yet");
}

int cmd_uscc(const struct cli *cli, int argc, char **argv)
{
    (void)cli;
    (void)argc;
    return cli_error(argv[0], "not implemented yet");
}

int cmd_sample(const struct cli *cli, int argc, char **argv)
{
    (void)cli;
    (void)argc;
    return cli_error(argv[0], "not implemented yet");
}

