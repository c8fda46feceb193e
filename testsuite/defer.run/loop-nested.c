/* Nested loops: every iteration of the inner loop of every iteration of
   the outer one defers, and all run at function exit, last first, each
   with its own pair of values.  A loop inside a deferred statement is
   just a statement.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static void
pair (int i, int j)
{
  trace_int (i * 10 + j);
}

static void
nested (int n, int m)
{
  for (int i = 0; i < n; i++)
    {
      defer trace ("|");
      for (int j = 0; j < m; j++)
	{
	  int k = j;
	  while (k-- > 1)
	    defer { trace ("k"); trace_int (k); }
	  defer pair (i, j);
	}
    }
}

static void
loop_in_statement (int n)
{
  for (int i = 0; i < n; i++)
    defer {
      for (int j = 0; j <= i; j++)
	trace_int (j);
      trace (";");
    }
}

int
main (void)
{
  nested (2, 3);
  expect_trace ("12 k 1 11 10 | 2 k 1 1 0 |");
  loop_in_statement (3);
  expect_trace ("0 1 2 ; 0 1 ; 0 ;");
  return trace_status ();
}
