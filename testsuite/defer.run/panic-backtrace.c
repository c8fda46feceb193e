/* S9: an unrecovered panic's backtrace names the functions between the
   panic and the bottom of the stack, static ones included, innermost
   first, each frame once (not again for its landing pad).  A direct
   defer_panic call unwinds from its caller's frame (panic-calls.cc):
   the first line is the function that panicked, and no libdefer frame
   comes before it.  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "panic: deep\n\nbacktrace \\(innermost first\\):\n  leaf\\+0x\[0-9a-f\]+\n  with_defer\\+0x\[0-9a-f\]+\n  caller\\+0x\[0-9a-f\]+\n  main\\+0x\[0-9a-f\]+\n" } */
#include <stdio.h>
#include <defer.h>

static volatile int sink;

/* Its frame is bigger than the helper's that resumes unwinding after
   with_defer's landing pad, which is then a frame the unwinder shows at
   a place of its own, and must not be printed.  */
static void __attribute__ ((noinline, noclone))
leaf (void)
{
  volatile char room[64];
  room[0] = 1;
  (void) room[0];
  defer_panic ("deep");
}

static void __attribute__ ((noinline, noclone))
with_defer (void)
{
  defer sink++;
  leaf ();
  sink--;
}

static void __attribute__ ((noinline, noclone))
caller (void)
{
  with_defer ();
  sink--;
}

int
main (void)
{
  caller ();
  return sink;
}
