/* Part of plain-caller.c: built with plain gcc -O2 -flto, no plugin.  */
#include <stdio.h>

int safe (int n);

int
main (void)
{
  printf ("%d\n", safe (1));
  return 0;
}
