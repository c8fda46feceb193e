/* Recursion with loop defers: each invocation has its own records, run
   when that invocation returns, innermost first; a deferred statement
   may itself call functions that defer in loops, while its own frame's
   records are being run.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
down (int depth)
{
  for (int i = 0; i < 2; i++)
    defer { trace_int (depth * 10 + i); }
  if (depth > 0)
    down (depth - 1);
}

static void
inner_loop (int tag)
{
  for (int i = 0; i < 2; i++)
    defer trace_int (tag + i);
}

/* Deferred statements that run loop-deferring functions during RUN.  */
static void
nested_runs (void)
{
  for (int i = 0; i < 3; i++)
    defer inner_loop (100 * (i + 1));
}

static long sum;

static void
deep (int depth)
{
  for (int i = 0; i < 3; i++)
    defer { sum += depth; }
  if (depth > 0)
    deep (depth - 1);
}

int
main (void)
{
  down (2);
  expect_trace ("1 0 11 10 21 20");
  nested_runs ();
  expect_trace ("301 300 201 200 101 100");
  deep (10000);
  if (sum != 3L * 10000 * 10001 / 2)
    trace ("bad sum");
  expect_trace ("");
  return trace_status ();
}
