/* Go's crash_test.go TestRecursivePanic (testprog RecursivePanic).  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^wrap: bad\npanic: again\n\n" } */
#include <stdio.h>
#include <defer.h>

struct big { char x[8192]; };

static void
inner (struct big x)
{
  (void) x;
  defer {
    const char *err = defer_recover ();
    if (err)
      defer_panicf ("wrap: %s", err);
  }
  defer_panic ("bad");
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
  defer_panic ("again");
}
