/* S5: defer_result is an lvalue of the function's return type holding
   the value about to be returned; reading and assigning it work for
   integers, floating point, pointers and structs (in registers and in
   memory), on every return path.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int
clamp (int v)
{
  defer { if (defer_result < 0) defer_result = 0; }
  if (v > 10)
    return 10;
  return v;
}

static double
twice (double d)
{
  defer defer_result *= 2;
  return d;
}

static const char *
name (int i)
{
  defer { if (!defer_result) defer_result = "unknown"; }
  static const char *const names[] = { "zero", "one" };
  return i >= 0 && i < 2 ? names[i] : NULL;
}

struct small { int a, b; };
struct big { long v[8]; };

static struct small
small_fix (int a)
{
  defer defer_result.b = defer_result.a + 1;
  struct small s = { a, 0 };
  return s;
}

static struct big
big_fix (long x)
{
  defer { for (int i = 1; i < 8; i++) defer_result.v[i] = defer_result.v[i - 1] + 1; }
  struct big b = { { x } };
  return b;
}

static int observed;

static unsigned char
observe (unsigned char c)
{
  defer observed = defer_result;	/* Block form: read at exit.  */
  defer trace_int (defer_result);	/* Call form: read now (zero).  */
  return c;
}

int
main (void)
{
  trace_int (clamp (-5)); trace_int (clamp (50)); trace_int (clamp (3));
  expect_trace ("0 10 3");
  trace_int ((int) twice (1.5));
  trace (name (1)); trace (name (7));
  expect_trace ("3 one unknown");
  struct small s = small_fix (41);
  trace_int (s.a); trace_int (s.b);
  struct big b = big_fix (100);
  trace_int ((int) b.v[7]);
  expect_trace ("41 42 107");
  trace_int (observe (200));
  trace_int (observed);
  expect_trace ("0 200 200");
  return trace_status ();
}
