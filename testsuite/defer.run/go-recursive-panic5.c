/* Go's crash_test.go TestRecursivePanic5.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^first panic\nsecond panic\npanic: third panic\n" } */
#include <stdio.h>
#include <defer.h>

static void
three (void)
{
  defer {}
  defer { const char *m = defer_recover (); printf ("%s\n", m ? m : "<nil>"); }
  defer { const char *m = defer_recover (); printf ("%s\n", m ? m : "<nil>"); defer_panic ("second panic"); }
  defer_panic ("first panic");
}

static void
two (void)
{
  defer {}
  three ();
}

static void
one (void)
{
  two ();
}

int
main (void)
{
  one ();
  defer_panic ("third panic");
}
