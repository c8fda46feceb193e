/* defer_result in a function whose defers are records (SPEC S5): each
   record's statement sees the value about to be returned as the records
   before it left it, for every return type.  */
/* { dg-do run } */
#include <stdio.h>
#include <defer.h>
#include "defer-test.h"

static int
sum_up (int n)
{
  for (int i = 1; i <= n; i++)
    defer { defer_result += i; }
  return 1000;
}

static double
scale (int n)
{
  for (int i = 0; i < n; i++)
    defer { defer_result *= 2.0; }
  return 0.75;
}

struct pair { long a; char name[12]; };

static struct pair
build (int n)
{
  struct pair p = { 0, "none" };
  for (int i = 0; i < n; i++)
    defer {
      defer_result.a = defer_result.a * 10 + i;
      snprintf (defer_result.name, sizeof defer_result.name, "last%d", i);
    }
  return p;
}

static const char *
pick (int n)
{
  static const char *names[] = { "zero", "one", "two" };
  for (int i = 0; i < n; i++)
    defer {
      if (defer_result == names[0])
	defer_result = names[i];
    }
  return names[0];
}

int
main (void)
{
  trace_int (sum_up (4));
  trace_int ((int) (scale (3) * 100));
  struct pair p = build (3);
  trace_int ((int) p.a);
  trace (p.name);
  trace (pick (3));
  expect_trace ("1010 600 210 last0 two");
  return trace_status ();
}
