/* Go's crash_test.go TestRecursivePanic2.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^first panic\nsecond panic\npanic: third panic\n\n" } */
#include <stdio.h>
#include <defer.h>

struct big { char x[8192]; };

static void
inner (struct big x)
{
  (void) x;
  defer defer_panic ("second panic");
  defer { const char *m = defer_recover (); printf ("%s\n", m ? m : "<nil>"); }
  defer_panic ("first panic");
}

static void
outer (void)
{
  defer { const char *m = defer_recover (); printf ("%s\n", m ? m : "<nil>"); }
  struct big x = { { 0 } };
  inner (x);
}

int
main (void)
{
  outer ();
  defer_panic ("third panic");
}
