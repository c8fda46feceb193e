/* T3: S reads the variables live when it runs; nothing is captured; a
   call's arguments are evaluated at exit.  `return e;' evaluates and
   converts e before S runs, so S cannot change the value returned,
   structures included -- also one returned in memory, which GCC's named
   return value optimisation would make one object with the variable
   returned (lower-block.cc).  */
/* { dg-do run } */
#include "defer-test.h"

static int
live (void)
{
  int x = 1;
  {
    _Defer trace_int (x);
    x = 2;
  }
  return x;
}

static int
returned (void)
{
  int r = 1;
  _Defer r = 42;
  return r;
}

static double
converted (void)
{
  int r = 7;
  _Defer r = 9;
  return r;			/* converted to double before S runs */
}

struct small { int a, b; };
struct big { int a[32]; };

static struct small
small_struct (void)
{
  struct small s = { 1, 2 };
  _Defer s.a = 99;
  return s;
}

static struct big
big_struct (void)
{
  struct big s;
  memset (&s, 0, sizeof s);
  s.a[0] = 1;
  _Defer { s.a[0] = 99; s.a[31] = 99; }
  return s;
}

static struct big
big_struct_two_returns (int c)
{
  struct big s;
  for (int i = 0; i < 32; i++)
    s.a[i] = i;
  {
    _Defer s.a[5] = -1;
    if (c)
      return s;
  }
  s.a[6] = -2;
  return s;
}

/* GCC's named return value pass makes S and the result one object when
   nothing takes S's address and the store in S survives to that pass (a
   read through an index the compiler cannot see): every GCC from 11 to
   16 at -Os, without the plugin's protection, returned 99 here (not
   inlined, as a library's function would not be).  */
static volatile int zero;

static __attribute__ ((noinline)) struct big
big_struct_read_back (void)
{
  struct big s = { { 1, 2, 3 } };
  _Defer { s.a[zero] = 99; trace_int (s.a[zero]); }
  return s;
}

int
main (void)
{
  trace_int (live ());
  expect_trace ("2 2");
  trace_int (returned ());
  trace_int ((int) converted ());
  expect_trace ("1 7");
  struct small sm = small_struct ();
  trace_int (sm.a);
  trace_int (sm.b);
  expect_trace ("1 2");
  struct big b = big_struct ();
  trace_int (b.a[0]);
  trace_int (b.a[31]);
  expect_trace ("1 0");
  b = big_struct_two_returns (1);
  trace_int (b.a[5]);
  b = big_struct_two_returns (0);
  trace_int (b.a[5]);
  trace_int (b.a[6]);
  expect_trace ("5 -1 -2");
  b = big_struct_read_back ();
  trace_int (b.a[0]);
  expect_trace ("99 1");
  return trace_status ();
}
