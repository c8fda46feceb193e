/* T4: no error for a jump that does not enter a defer's scope -- over a
   defer of a nested block, out of a scope (S runs), backward to before
   a defer in the same block -- nor for jumps wholly inside S, nor for a
   switch whose case labels all come before any defer.  */
/* { dg-do run } */
#include "defer-test.h"

static void
over_nested_block (int c)
{
  if (c)
    goto after;
  {
    _Defer trace ("s");
    trace ("block");
  }
after:
  trace ("after");
}

static void
inside_s (void)
{
  _Defer {
    int i = 0;
  again:
    trace_int (i);
    if (++i < 3)
      goto again;
    for (int j = 0; j < 5; j++)
      {
	if (j == 1)
	  continue;
	if (j == 2)
	  break;
	trace ("loop");
      }
    switch (i)
      {
      case 3:
	trace ("three");
	break;
      default:
	trace ("other");
      }
  }
  trace ("body");
}

static void
switch_case_blocks (int c)
{
  switch (c)
    {
    case 0:
      trace ("zero");
      __attribute__ ((fallthrough));
    case 1:
      {
	_Defer trace ("s1");
	trace ("one");
      }
      break;
    default:
      trace ("default");
    }
}

int
main (void)
{
  over_nested_block (1);
  expect_trace ("after");
  over_nested_block (0);
  expect_trace ("block s after");
  inside_s ();
  expect_trace ("body 0 1 2 loop three");
  switch_case_blocks (0);
  expect_trace ("zero one s1");
  switch_case_blocks (2);
  expect_trace ("default");
  return trace_status ();
}
