/* A kernel built to ask for another ABI version (see the Makefile). If a
   builder ever lets it run, it says so, and the test that expects the refusal fails. */
#include <sdk/guest.h>

int main(void)
{
    printf("abi-compat: this kernel should have been refused\n");
    return 1;
}
