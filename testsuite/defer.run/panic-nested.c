/* S8, S9: a deferred statement that panics during a panic: the frame's
   other deferred statements still run, then the outer frames'; the
   report shows the aborted panic first, as Go prints it.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^second-defer\nfirst-defer\nouter\npanic: first\n\tpanic: second\n" } */
#include <stdio.h>
#include <defer.h>

static void say (const char *s) { printf ("%s\n", s); }

static void
f (void)
{
  defer say ("first-defer");
  defer defer_panic ("second");
  defer say ("second-defer");
  defer_panic ("first");
}

int
main (void)
{
  defer say ("outer");
  f ();
  return 0;
}
