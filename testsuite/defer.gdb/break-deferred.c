/* Driven by gdb.exp: a breakpoint on the line of a deferred statement
   stops when the statement runs at exit -- after the body has run --
   and the backtrace shows the function that deferred it.  */
#include <stdio.h>
#include <defer.h>

int steps_done;
static void cleanup (int n) { printf ("cleanup %d\n", n); }
static void step (int n) { steps_done += n; }

static void __attribute__ ((noinline))
work (int n)
{
  defer {
    cleanup (n);		/* BREAK HERE */
  }
  step (n);
}

int
main (void)
{
  work (1);
  return 0;
}
