/* S5 with aggregates: the returned struct is copied before deferred
   statements run, for structs returned in registers and in memory.  The
   named-return-value optimisation must not let a deferred statement
   change the caller's copy (Clang's bug with cleanups).  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

struct small { int a, b; };
struct big { long v[16]; };

static struct small
small_ret (void)
{
  struct small s = { 1, 2 };
  defer { s.a = 100; s.b = 200; }
  return s;
}

static struct big
big_ret (void)
{
  struct big r;
  for (int i = 0; i < 16; i++)
    r.v[i] = i;
  defer { for (int i = 0; i < 16; i++) r.v[i] = -1; }
  return r;
}

static void clobber (struct big *p) { p->v[0] = 777; }

static struct big
big_escaped (void)
{
  struct big r = { { 5 } };
  /* The deferred call reaches r through a pointer (kept in an argument:
     in a static, GCC 13+ warns that it may outlive r).  */
  defer clobber (&r);
  return r;
}

static struct big
big_two_returns (int c)
{
  struct big a = { { 1 } }, b = { { 2 } };
  defer { a.v[0] = 10; b.v[0] = 20; }
  if (c)
    return a;
  return b;
}

int
main (void)
{
  struct small s = small_ret ();
  trace_int (s.a); trace_int (s.b);
  expect_trace ("1 2");
  struct big b = big_ret ();
  long sum = 0;
  for (int i = 0; i < 16; i++)
    sum += b.v[i];
  trace_int ((int) sum);
  expect_trace ("120");
  b = big_escaped ();
  trace_int ((int) b.v[0]);
  expect_trace ("5");
  trace_int ((int) big_two_returns (1).v[0]);
  trace_int ((int) big_two_returns (0).v[0]);
  expect_trace ("1 2");
  return trace_status ();
}
