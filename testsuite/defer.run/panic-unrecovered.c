/* S7, S9: an unrecovered panic runs every pending deferred statement of
   every frame, innermost frame first, then prints the panic and exits
   with status 2.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^inner-2\ninner-1\nmiddle\nmain\npanic: boom 42\n\nbacktrace" } */
#include <stdio.h>
#include <defer.h>

static void say (const char *s) { printf ("%s\n", s); }

static void
inner (int n)
{
  defer say ("inner-1");
  defer say ("inner-2");
  defer_panicf ("boom %d", n);
}

static void
no_defers (int n)
{
  inner (n);
}

static void
middle (void)
{
  defer say ("middle");
  no_defers (42);
  say ("not reached");
}

int
main (void)
{
  defer say ("main");
  middle ();
  return 0;
}
