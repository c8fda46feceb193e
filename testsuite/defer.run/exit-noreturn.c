/* S10: exit () does not run deferred statements (nor does any other
   noreturn call that does not unwind); atexit handlers still run.  */
/* { dg-do run } */
/* { dg-exit-status 3 } */
/* { dg-output "^before exit\natexit\n$" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

static void at_exit (void) { printf ("atexit\n"); }

static void
leave (void)
{
  defer printf ("deferred in leave: must not run\n");
  printf ("before exit\n");
  exit (3);
}

int
main (void)
{
  atexit (at_exit);
  defer printf ("deferred in main: must not run\n");
  leave ();
  return 0;
}
