/* Defers in main run when main returns, before the process exits.  */
/* { dg-do run } */
/* { dg-output "^body\ndeferred in main\natexit\n$" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void at_exit (void) { printf ("atexit\n"); }

int
main (void)
{
  atexit (at_exit);
  defer printf ("deferred in main\n");
  printf ("body\n");
  return 0;
}
