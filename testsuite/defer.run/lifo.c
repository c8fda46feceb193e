/* S1, S2: deferred statements run at return, last in first out.  */
/* { dg-do run } */
/* { dg-output "body\nthird\nsecond\nfirst\nafter\n" } */
#include <stdio.h>
#include <defer.h>

static void say (const char *s) { printf ("%s\n", s); }

static void
f (void)
{
  defer say ("first");
  defer say ("second");
  defer say ("third");
  say ("body");
}

int
main (void)
{
  f ();
  say ("after");
  return 0;
}
