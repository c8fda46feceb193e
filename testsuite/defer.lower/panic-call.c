/* A direct defer_panic call, in a function with defers or without, and in
   a deferred statement, becomes __defer_panic_start followed by
   __defer_panic_failed (plugin/panic-calls.cc): the unwinder then starts
   from the caller's frame.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-gimple" } */
/* { dg-final { scan-tree-dump-times "__defer_panic_start \\(" 3 "gimple" } } */
/* { dg-final { scan-tree-dump-times "__defer_panic_failed \\(\\)" 3 "gimple" } } */
/* { dg-final { scan-tree-dump-not "\[^_\]defer_panic \\(" "gimple" } } */
#include <defer.h>

void plain (const char *m) { defer_panic (m); }

int
with_defer (int n)
{
  defer { if (n) defer_panic ("deferred"); };
  if (n < 0)
    defer_panic ("negative");
  return n;
}
