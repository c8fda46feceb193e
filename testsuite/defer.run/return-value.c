/* S5: `return e' evaluates e before any deferred statement runs; a
   deferred statement that changes the variable returned does not change
   what the caller gets.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
value (int v)
{
  trace ("value");
  return v;
}

static int
f (void)
{
  int x = 1;
  defer { trace ("defer"); x = 99; }
  x = 2;
  return value (x);
}

static int
g (int *p)
{
  defer (*p)++;
  return *p;
}

static double
h (void)
{
  double d = 1.5;
  defer d = 0;
  return d;
}

int
main (void)
{
  trace_int (f ());
  expect_trace ("value defer 2");
  int n = 5;
  trace_int (g (&n));
  trace_int (n);
  expect_trace ("5 6");
  printf ("%.1f\n", h ());
  return trace_status ();
}
