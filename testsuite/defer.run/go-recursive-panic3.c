/* Go's crash_test.go TestRecursivePanic3: a panic raised and recovered
   inside a deferred call leaves the first panic going.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^panic: first panic\n\n" } */
#include <defer.h>

static void
deferred (void)
{
  defer { defer_recover (); }
  defer_panic ("second panic");
}

int
main (void)
{
  defer deferred ();
  defer_panic ("first panic");
}
