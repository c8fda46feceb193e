/* S3 for every kind of argument: variadic calls, floating point, long
   double, structs by value, pointers, and a function returning a value
   whose result is discarded.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

struct point { int x, y; double w; };

static void
show_point (struct point p, double scale, long double extra)
{
  char b[64];
  snprintf (b, sizeof b, "(%d,%d,%.1f)*%.2f+%.1Lf", p.x, p.y, p.w, scale,
	    extra);
  trace (b);
}

static int
show_str (const char *fmt, ...)
{
  trace (fmt);
  return 1;
}

static void
f (void)
{
  struct point p = { 1, 2, 0.5 };
  double d = 0.25;
  long double ld = 3.0L;
  defer show_point (p, d, ld);	/* { dg-message "the deferred call uses the value" } */
  char msg[16] = "variadic";
  defer snprintf (msg, sizeof msg, "%d", 42);
  defer show_str ("show-str", p.x, d);	/* { dg-message "the deferred call uses the value" } */
  p.x = 100;
  d = 9;	/* { dg-warning "'d' is assigned after a deferred call that uses it" } */
  ld = 9;	/* { dg-warning "'ld' is assigned after a deferred call that uses it" } */
}

int
main (void)
{
  f ();
  expect_trace ("show-str (1,2,0.5)*0.25+3.0");
  return trace_status ();
}
