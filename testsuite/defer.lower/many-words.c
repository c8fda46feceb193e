/* 130 sites need three deferBits words; all run, in reverse order, at
   every -O level.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-defer-dump" } */
/* { dg-final { scan-tree-dump-times "defer_bits\\.\[0-9\]+ = 0;" 3 "defer" } } */
#include <defer.h>
#include "defer-test.h"

static int expect = 130, bad;
static void run (int k) { if (k != expect--) bad++; }

#define D(k) defer run (k);
#define D10(t) D (t##0) D (t##1) D (t##2) D (t##3) D (t##4) \
	       D (t##5) D (t##6) D (t##7) D (t##8) D (t##9)

static void
f (void)
{
  D (1) D (2) D (3) D (4) D (5) D (6) D (7) D (8) D (9)
  D10 (1) D10 (2) D10 (3) D10 (4) D10 (5) D10 (6)
  D10 (7) D10 (8) D10 (9) D10 (10) D10 (11) D10 (12)
  D (130)
}

int
main (void)
{
  f ();
  if (expect == 0 && bad == 0)
    trace ("all-130");
  expect_trace ("all-130");
  return trace_status ();
}
