/* An unrecovered panic after a recovered one in the same deferred
   statement prints the first as [recovered], as Go does.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^panic: first \\\[recovered\\\]\n\tpanic: second\n" } */
#include <defer.h>

static void
f (void)
{
  defer { defer_recover (); defer_panic ("second"); }
  defer_panic ("first");
}

int
main (void)
{
  f ();
  return 0;
}
