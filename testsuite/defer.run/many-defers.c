/* O1: no cap of 8 defers.  20 sites in one word, 70 sites across two
   deferBits words; all run, in reverse order.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

#define D(n) defer trace_int (n);
#define D10(t) D(t##0) D(t##1) D(t##2) D(t##3) D(t##4) \
	       D(t##5) D(t##6) D(t##7) D(t##8) D(t##9)

static void
twenty (void)
{
  D10 (1) D10 (2)
}

static int seventy_runs;
static void count (int n) { if (n == 70 - seventy_runs) seventy_runs++; }
#undef D
#define D(n) defer count (n);

static void
seventy (void)
{
  D(1) D(2) D(3) D(4) D(5) D(6) D(7) D(8) D(9)
  D10 (1) D10 (2) D10 (3) D10 (4) D10 (5) D10 (6)
  D(70)
}

int
main (void)
{
  twenty ();
  expect_trace ("29 28 27 26 25 24 23 22 21 20 19 18 17 16 15 14 13 12 11 10");
  seventy ();
  if (seventy_runs == 70)
    trace ("seventy");
  expect_trace ("seventy");
  return trace_status ();
}
