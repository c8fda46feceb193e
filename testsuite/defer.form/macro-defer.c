/* S12: a macro that expands to defer, a macro whose argument is the
   statement, and a macro that expands to the braces decide the form by the
   tokens they expand to: braces give the block form (x read at exit), a
   call the call form (x read at the defer).  */
/* { dg-do run } */
/* { dg-output "^call-macro 1\nbraces-from-macro 3\nobject-macro 3\nlater 3\nlater-call 1\nDEFER 3\n$" } */
#include <stdio.h>
#include <defer.h>

static void show (const char *what, int x) { printf ("%s %d\n", what, x); }

#define DEFER defer
#define LATER(s) defer s
#define SHOW_LATER(x) { show ("braces-from-macro", x); }
#define CLEANUP { show ("object-macro", x); }
#define CALL(f, ...) f (__VA_ARGS__)

/* x changes after the defers through a pointer: assigned directly, it
   would draw S15's warning (the call form uses the old value), which is
   what this test relies on, not what it tests.  */
static void __attribute__ ((noinline))
set (int *p, int v)
{
  *p = v;
}

static int
f (void)
{
  int x = 1;
  DEFER { show ("DEFER", x); }
  LATER (show ("later-call", x));
  LATER ({ show ("later", x); })
  defer CLEANUP
  defer SHOW_LATER (x)
  defer CALL (show, "call-macro", x);
  set (&x, 3);
  return 0;
}

int
main (void)
{
  return f ();
}
