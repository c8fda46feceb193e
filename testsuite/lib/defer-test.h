/* defer-test.h -- helpers shared by the run tests.

   trace ("x") appends "x " to a per-thread buffer; expect_trace (s) checks
   the buffer against S, prints "ok" or the difference, and clears it.  A
   failed expectation makes the program exit with status 1 at the end.  */

#ifndef DEFER_TEST_H
#define DEFER_TEST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char trace_buf[8192];
static _Thread_local size_t trace_len;
static int trace_failures;

/* Not inlined: the helpers are not what is tested, and inlined into a
   test at -O3 GCC 16 warns falsely about the buffer (-Wstringop-overflow)
   on paths it cannot rule out.  */
static void __attribute__ ((unused, noinline))
trace (const char *s)
{
  size_t n = strlen (s);
  if (trace_len + n + 2 < sizeof trace_buf)
    {
      memcpy (trace_buf + trace_len, s, n);
      trace_len += n;
      trace_buf[trace_len++] = ' ';
      trace_buf[trace_len] = 0;
    }
}

static void __attribute__ ((unused, noinline))
trace_int (int v)
{
  char b[16];
  snprintf (b, sizeof b, "%d", v);
  trace (b);
}

#define expect_trace(s) expect_trace_at ((s), __LINE__)

static void __attribute__ ((unused))
expect_trace_at (const char *expected, int line)
{
  /* The buffer ends with a blank; EXPECTED is written without one.  */
  size_t n = trace_len ? trace_len - 1 : 0;
  if (strlen (expected) == n && memcmp (trace_buf, expected, n) == 0)
    printf ("ok %d\n", line);
  else
    {
      printf ("FAIL line %d: got \"%.*s\", expected \"%s\"\n", line,
	      (int) n, trace_buf, expected);
      trace_failures++;
    }
  trace_len = 0;
  trace_buf[0] = 0;
}

static int __attribute__ ((unused))
trace_status (void)
{
  return trace_failures ? 1 : 0;
}

#endif
