/* Under -fanalyzer the try starts at the statement holding the first
   defer (plugin/lower.cc, split_off_prefix): the statements before it --
   early returns, a label a later goto jumps back to, a declaration whose
   initializer defers -- must behave exactly as without it.  */
/* { dg-do run } */
/* { dg-options "-fanalyzer -std=gnu11" } */
#include <defer.h>
#include "defer-test.h"

static int
early (int n)
{
  trace ("start");
  if (n < 0)
    return -1;			/* Before any defer: nothing runs.  */
  defer trace ("deferred");
  return n;
}

/* The label stops the prefix: the goto back must not run the defer.  */
static int
again (int n)
{
  int rounds = 0;
 top:
  rounds++;
  if (rounds == 1)
    defer trace_int (rounds);
  if (rounds < n)
    goto top;
  return rounds;
}

static int
in_initializer (void)
{
  trace ("before");
  int v = ({ defer trace ("from-init"); 5; });
  trace ("after");
  return v;
}

static int
with_result (int n)
{
  if (n == 0)
    return 10;			/* Routed through defer_result, before the try.  */
  defer {
    if (defer_recover ())
      defer_result = -5;
  };
  if (n == 2)
    defer_panic ("two");
  return n;
}

static int
in_loop (int n)
{
  if (n == 0)
    return 0;
  for (int i = 0; i < n; i++)
    defer trace_int (100 + i);
  return n;
}

int
main (void)
{
  trace_int (early (-1));
  trace_int (early (3));
  trace_int (again (3));
  trace_int (in_initializer ());
  trace_int (with_result (0));
  trace_int (with_result (1));
  trace_int (with_result (2));
  trace_int (in_loop (0));
  trace_int (in_loop (2));
  expect_trace ("start -1 start deferred 3 1 3 before after from-init 5 "
		"10 1 -5 0 101 100 2");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
