/* Stub: written on its own branch. */
int main(void)
{
    return 77; /* skipped */
}
