/* A panic's message, whatever its length: kept in the panic's record when
   short, allocated when long, through defer_panic and defer_panicf; the
   record of a recovered panic is reused by a later one, and the string
   defer_recover returned stays valid until the next panic of the thread
   is recovered (panic.c's invariants).  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static char long_text[400];


static const char *
recovered_message (const char *message)
{
  defer { defer_result = defer_recover (); };
  defer_panic (message);
  return NULL;
}

static const char *
recovered_format (int n, const char *text)
{
  defer { defer_result = defer_recover (); };
  defer_panicf ("%d:%s", n, text);
  return NULL;
}

static int
same (const char *got, const char *want)
{
  return got && strcmp (got, want) == 0;
}

/* Recovers a panic whose deferred statement reads FIRST, the message of
   the panic recovered before: still valid while this one unwinds.  */
static const char *first;
static int first_intact;

static const char *
second_panic (void)
{
  defer {
    first_intact = same (first, "first");
    defer_result = defer_recover ();
  };
  defer_panic ("second");
  return NULL;
}

int
main (void)
{
  memset (long_text, 'x', sizeof long_text - 1);

  trace_int (same (recovered_message ("short"), "short"));
  trace_int (same (recovered_message (long_text), long_text));
  trace_int (same (recovered_message (NULL), "(null)"));
  expect_trace ("1 1 1");

  /* Around the size kept in the record (112 with the NUL).  */
  int ok = 1;
  for (size_t n = 100; n < 130; n++)
    {
      char text[200];
      memset (text, 'a' + (int) (n % 26), n);
      text[n] = 0;
      ok &= same (recovered_message (text), text);
      char want[220];
      snprintf (want, sizeof want, "%d:%s", (int) n, text + 4);
      ok &= same (recovered_format ((int) n, text + 4), want);
    }
  trace_int (ok);
  expect_trace ("1");

  first = recovered_message ("first");
  const char *second = second_panic ();
  trace_int (first_intact);
  trace_int (same (second, "second"));
  expect_trace ("1 1");

  /* Records reused across many panics, long and short in turn.  */
  ok = 1;
  for (int i = 0; i < 20000; i++)
    {
      char want[460];
      if (i % 3 == 0)
	snprintf (want, sizeof want, "%d:%s", i, long_text);
      else
	snprintf (want, sizeof want, "%d:short", i);
      ok &= same (recovered_format (i, i % 3 == 0 ? long_text : "short"),
		  want);
    }
  trace_int (ok);
  expect_trace ("1");
  return trace_status ();
}
