/* S9: a panic started by defer_panic called through a pointer, whose
   frame is libdefer's, prints a backtrace that starts at the function
   that panicked, as a direct defer_panic call does (panic-backtrace.c).
   (The store after the call keeps it from being a tail call.)  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "panic: deep\n\nbacktrace \\(innermost first\\):\n  leaf\\+0x\[0-9a-f\]+\n  main\\+0x\[0-9a-f\]+\n" } */
#include <defer.h>

static volatile int sink;

static void __attribute__ ((noinline, noclone))
leaf (void)
{
  void (*volatile fp) (const char *) = defer_panic;
  fp ("deep");
  sink = 1;
}

int
main (void)
{
  leaf ();
  return 0;
}
