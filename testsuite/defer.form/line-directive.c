/* S12: a #line directive (bison, re2c output) moves the text the compiler
   reports, not the tokens it reads: the block form stays the block form
   and reads x at exit; the call form evaluates its argument at the defer.  */
/* { dg-do run } */
/* { dg-output "^call 1\nblock 3\nblock 3\ncall 1\n$" } */
#include <stdio.h>
#include <defer.h>

static void show (const char *what, int x) { printf ("%s %d\n", what, x); }

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
#line 200 "grammar.y"
  defer show ("call", x);
#line 1 "parse.c"
  defer { show ("block", x); }
#line 10 "/nonexistent/dir/lexer.l"
  defer
    {
      show ("block", x);
    }
#line 4000
  defer show ("call", x);
  set (&x, 3);
  return 0;
}

int
main (void)
{
  return f ();
}
