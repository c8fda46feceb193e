/* Deferred blocks with their own declarations, labels and gotos, loops,
   a switch, a VLA, a static and a statement expression: the landing pad
   runs a copy of them, which must not clash with the normal path's.  */
/* { dg-do run } */
/* { dg-options "-std=gnu11" } */
#include <defer.h>
#include "defer-test.h"

static int calls;

static void
f (int n)
{
  defer {
    static int times;
    int sum = 0;
    for (int i = 0; i < n; i++)
      {
	if (i == 3)
	  continue;
	sum += i;
      }
    char vla[n + 1];
    /* Guarded: GCC 11 and 13+ warn (-Wstringop-overflow) about memset
       (vla, 'x', n) at -O1 even in a plain function, on the path where
       n < 0 would already have made the VLA undefined.  */
    if (n > 0)
      memset (vla, 'x', n);
    vla[n] = 0;
    switch (n)
      {
      case 0: trace ("zero"); break;
      default: trace (vla); break;
      }
    if (sum > 100)
      goto big;
    trace_int (sum);
    goto done;
  big:
    trace ("big");
  done:
    times++;
    calls = times;
  }
  defer {
    int v = ({ int t = n * 2; t + 1; });
    trace_int (v);
  }
}

int
main (void)
{
  f (5);
  expect_trace ("11 xxxxx 7");
  f (0);
  expect_trace ("1 zero 0");
  f (20);
  expect_trace ("41 xxxxxxxxxxxxxxxxxxxx big");
  trace_int (calls);
  expect_trace ("3");
  return trace_status ();
}
