/* Very many records (SPEC O2, issue 3):
   - a million defers in one call all run, last first;
   - after that burst returns, libdefer keeps at most its documented cap
     (DEFER_LOCAL_MAX records per class in the thread, 256 KiB per class
     in the global pool): the rest went back to malloc;
   - in steady state pushing and running records allocates nothing.  */
/* { dg-do run } */
#include <stdio.h>
#include <defer.h>
#include "heap-count.h"

#define BURST 1000000

static long next_expected, errors, ran;

static void
check (long i)
{
  if (i != next_expected--)
    errors++;
  ran++;
}

static void
burst (long n)
{
  next_expected = n - 1;
  for (long i = 0; i < n; i++)
    defer check (i);
}

static int sink;

static void
use (int a, int b, int c)
{
  sink += a + b + c;
}

static void
defer10 (int a, int b, int c)
{
  for (int i = 0; i < 10; i++)
    defer use (a, b, c);
}

int
main (void)
{
  burst (10);				/* Libdefer's first use.  */
  size_t before = heap_in_use ();
  burst (BURST);
  size_t after = heap_in_use ();
  printf ("ran %ld, out of order %ld\n", ran - 10, errors);
  /* The cap: 256 KiB of 64-byte records, plus malloc's own overhead
     per chunk, plus a thread's list.  1 MiB is well above it and far
     below the 64 MiB the burst used.  */
  long kept = (long) after - (long) before;
  if (kept > 1024 * 1024)
    printf ("FAIL: %ld bytes still allocated after the burst\n", kept);
  else
    printf ("burst memory given back\n");

  for (int i = 0; i < 1000; i++)		/* Warm up.  */
    defer10 (1, 2, 3);
  unsigned long calls = heap_mallocs ();
  for (int i = 0; i < 100000; i++)
    defer10 (1, 2, 3);
  calls = heap_mallocs () - calls;
  printf ("steady state: %lu mallocs for a million defers\n", calls);
  return errors != 0 || ran != BURST + 10 || kept > 1024 * 1024 || calls != 0
	 || sink != (1000 + 100000) * 10 * 6;
}
/* { dg-output "ran 1000000, out of order 0\nburst memory given back\nsteady state: 0 mallocs for a million defers\n" } */
