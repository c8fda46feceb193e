/* Go's test/defer.go: defers in a loop run at function exit, once per
   iteration, last first, each with the argument of its own iteration.
   test2 defers a variadic call.  */
/* { dg-do run } */
/* { dg-output "test1 9876543210\ntest2 9876543210\n" } */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <defer.h>

static char result[64];

static void
add_int (int i)
{
  snprintf (result + strlen (result), sizeof result - strlen (result), "%d",
	    i);
}

static void
test1_helper (void)
{
  for (int i = 0; i < 10; i++)
    defer add_int (i);
}

/* addDotDotDot (v ...interface{}): N ints follow.  */
static void
add_dot_dot_dot (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  while (n--)
    add_int (va_arg (ap, int));
  va_end (ap);
}

static void
test2_helper (void)
{
  for (int i = 0; i < 10; i++)
    defer add_dot_dot_dot (1, i);
}

int
main (void)
{
  result[0] = 0;
  test1_helper ();
  printf ("test1 %s\n", result);
  result[0] = 0;
  test2_helper ();
  printf ("test2 %s\n", result);
  return strcmp (result, "9876543210") != 0;
}
