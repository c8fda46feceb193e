/* Records of every size: a site that captures a large array or struct
   gets a record its size (size classes up to 4 KiB, malloc beyond), and
   sites of different sizes interleave in one LIFO order.  */
/* { dg-do run } */
#include <string.h>
#include <defer.h>
#include "defer-test.h"

struct big { int v[2000]; };		/* 8000 bytes: beyond the classes.  */

static void
sizes (int n)
{
  for (int i = 0; i < n; i++)
    {
      char small = (char) ('a' + i);
      int mid[30];				/* 120 bytes.  */
      double large[300];			/* 2400 bytes.  */
      struct big huge;
      for (int k = 0; k < 30; k++)
	mid[k] = i * 100 + k;
      for (int k = 0; k < 300; k++)
	large[k] = i + k / 1000.0;
      for (int k = 0; k < 2000; k++)
	huge.v[k] = i * k;
      defer {
	char s[2] = { small, 0 };
	trace (s);
      }
      defer { trace_int (mid[29]); }
      defer { trace_int ((int) (large[299] * 1000)); }
      defer { trace_int (huge.v[1999] + huge.v[1]); }
      memset (&huge, 0, sizeof huge);
      mid[29] = -1;
    }
}

int
main (void)
{
  sizes (2);
  expect_trace ("2000 1299 129 b 0 299 29 a");
  for (int i = 0; i < 200; i++)		/* Each size, freed each time.  */
    {
      sizes (3);
      trace_len = 0;
    }
  sizes (1);
  expect_trace ("0 299 29 a");
  return trace_status ();
}
