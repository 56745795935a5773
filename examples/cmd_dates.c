/* Stub: written on its own branch. */
#include "cli.h"

int cmd_cycle(const struct cli *cli, int argc, char **argv)
{
    (void)cli;
    (void)argc;
    return cli_error(argv[0], "not implemented yet");
}

int cmd_due(const struct cli *cli, int argc, char **argv)
{
    (void)cli;
    (void)argc;
    return cli_error(argv[0], "not implemented yet");
}

