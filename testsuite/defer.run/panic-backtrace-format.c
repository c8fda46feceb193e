/* S9: a panic started by defer_panicf, whose frame is libdefer's,
   prints a backtrace that starts at the function that panicked, as a
   direct defer_panic call does (panic-backtrace.c).  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "panic: deep\n\nbacktrace \\(innermost first\\):\n  leaf\\+0x\[0-9a-f\]+\n  main\\+0x\[0-9a-f\]+\n" } */
#include <defer.h>

static void __attribute__ ((noinline, noclone))
leaf (void)
{
  defer_panicf ("%s", "deep");
}

int
main (void)
{
  leaf ();
  return 0;
}
