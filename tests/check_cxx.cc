/* SPDX-License-Identifier: MIT */
// The public header compiles as C++ (extern "C", no C-only constructs)
// and its functions link from a C++ program.
#include <csisms.h>

#include <cstdio>

int main()
{
    int32_t hd = 0;
    csisms_facts facts = CSISMS_FACTS_INIT;
    csisms_verdict verdict = CSISMS_VERDICT_INIT;
    const csisms_scope *scope = nullptr;

    if (csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &hd) != CSISMS_OK || hd != 14) {
        std::fprintf(stderr, "csisms_audit_days from C++: %d\n", hd);
        return 1;
    }
    if (facts.size != sizeof facts || verdict.size != sizeof verdict) {
        std::fprintf(stderr, "initialisers from C++\n");
        return 1;
    }
    (void)scope;
    std::printf("1 passed, 0 failed\n");
    return 0;
}
