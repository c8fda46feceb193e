/* T2: S runs when execution leaves the block enclosing its defer
   statement -- end of block, return, goto, break, continue -- last in
   first out within the block, at the end of every loop iteration; a
   defer inside S runs at the end of S; `if (c) _Defer f ();' runs f at
   once; a backward goto before the defer leaves its scope and re-arms
   it.  No header is needed for _Defer (T1).  */
/* { dg-do run } */
#include "defer-test.h"

static void
end_of_block (void)
{
  trace ("a");
  {
    _Defer trace ("s1");
    _Defer trace ("s2");
    trace ("b");
  }
  trace ("c");
}

static int
by_return (int x)
{
  _Defer trace ("outer");
  {
    _Defer trace ("inner");
    if (x)
      return 1;
    trace ("not-returned");
  }
  trace ("after");
  return 0;
}

static void
by_goto (void)
{
  {
    _Defer trace ("s");
    goto out;
    trace ("skipped");
  }
out:
  trace ("out");
}

static void
loops (void)
{
  for (int i = 0; i < 4; i++)
    {
      _Defer trace_int (i);
      if (i == 1)
	continue;
      if (i == 3)
	break;
      trace ("body");
    }
  int n = 0;
  while (n < 2)
    {
      _Defer trace ("w");
      n++;
    }
  do
    {
      _Defer trace ("d");
    }
  while (0);
}

static void
secondary_blocks (int c)
{
  if (c)
    _Defer trace ("now");
  trace ("then");
  for (int i = 0; i < 2; i++)
    _Defer trace ("each");
}

static void
nested_in_s (void)
{
  {
    _Defer {
      trace ("s-begin");
      _Defer trace ("s-inner");
      trace ("s-end");
    }
    trace ("body");
  }
}

static void
backward_goto (void)
{
  int n = 0;
again:
  {
    trace ("enter");
    _Defer trace ("s");
    if (++n < 3)
      goto again;
  }
  trace ("done");
}

static int
switch_blocks (int x)
{
  switch (x)
    {
    case 0:
      {
	_Defer trace ("case0");
	trace ("zero");
	break;
      }
    case 1:
      {
	_Defer trace ("case1");
	return 1;
      }
    }
  return 0;
}

int
main (void)
{
#if __STDC_DEFER_TS25755__ != 1
#error "__STDC_DEFER_TS25755__ must be 1 with the plugin loaded"
#endif
  end_of_block ();
  expect_trace ("a b s2 s1 c");
  by_return (1);
  expect_trace ("inner outer");
  by_return (0);
  expect_trace ("not-returned inner after outer");
  by_goto ();
  expect_trace ("s out");
  loops ();
  expect_trace ("body 0 1 body 2 3 w w d");
  secondary_blocks (1);
  expect_trace ("now then each each");
  secondary_blocks (0);
  expect_trace ("then each each");
  nested_in_s ();
  expect_trace ("body s-begin s-end s-inner");
  backward_goto ();
  expect_trace ("enter s enter s enter s done");
  switch_blocks (0);
  expect_trace ("zero case0");
  switch_blocks (1);
  expect_trace ("case1");
  return trace_status ();
}
