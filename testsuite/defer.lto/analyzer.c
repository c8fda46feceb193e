/* -flto -fanalyzer: the analyzer runs at link time, in lto1, where the
   plugin hides the landing pads' paths from it as cc1 does
   (plugin/analyzer-paths.cc): examples/copy-file.c's function draws no
   report, and the program still runs its defers on a panic.  */
/* { dg-do run } */
/* { dg-options "-flto -fanalyzer -fdiagnostics-path-format=none" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>
#include "defer-test.h"

static int __attribute__ ((noinline))
copy (const char *from, const char *to, int fail)
{
  FILE *in = fopen (from, "rb");
  if (!in)
    {
      perror (from);
      return 1;
    }
  defer { trace ("close-in"); fclose (in); }
  FILE *out = fopen (to, "wb");
  if (!out)
    {
      perror (to);
      return 1;
    }
  defer {
    trace ("close-out");
    if (fclose (out) != 0)
      perror (to);
  }
  char *buf = malloc (512);
  if (!buf)
    return 1;
  defer free (buf);
  if (fail)
    defer_panic ("copy");
  size_t n;
  while ((n = fread (buf, 1, 512, in)) > 0)
    if (fwrite (buf, 1, n, out) != n)
      return 1;
  return ferror (in) ? 1 : 0;
}

static int __attribute__ ((noinline))
recovering (int fail)
{
  defer {
    if (defer_recover ())
      defer_result = -1;
  };
  return copy ("/dev/null", "/dev/null", fail);
}

int
main (void)
{
  trace_int (recovering (0));
  trace_int (recovering (1));
  expect_trace ("close-out close-in 0 close-out close-in -1");
  return trace_status ();
}
/* { dg-output "^ok \[0-9\]+\n" } */
