/* Direct defer_panic calls start the unwinding from their caller's frame
   (plugin/panic-calls.cc); what a program sees is unchanged: a deferred
   defer_panic's message is still the one its defer statement evaluated,
   defer_panic called through a pointer is the function itself, a panic
   whose message is built by a statement expression that panics and
   recovers first, and code after a panic is never reached.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static volatile int reached;

static const char *
deferred_panic (void)
{
  defer { defer_result = defer_recover (); };
  char msg[8] = "first";
  defer defer_panic (msg[0] == 'f' ? "captured" : "late");
  msg[0] = 'x';
  return NULL;
}

static const char *
through_pointer (void)
{
  void (*volatile fp) (const char *) = defer_panic;
  defer { defer_result = defer_recover (); };
  fp ("pointer");
  reached = 1;
  return NULL;
}

static const char *
inner (void)
{
  defer { defer_result = defer_recover (); };
  defer_panic ("inner");
  reached = 1;
  return NULL;
}

static const char *
nested_message (void)
{
  defer { defer_result = defer_recover (); };
  defer_panic (({ const char *m = inner (); m && strcmp (m, "inner") == 0
		  ? "outer" : "bad"; }));
  reached = 1;
  return NULL;
}

static int
in_condition (int n)
{
  defer { if (defer_recover ()) defer_result = -1; };
  return n > 0 ? n : (defer_panic ("negative"), 0);
}

int
main (void)
{
  const char *m = deferred_panic ();
  trace (m ? m : "null");
  m = through_pointer ();
  trace (m ? m : "null");
  m = nested_message ();
  trace (m ? m : "null");
  trace_int (in_condition (3));
  trace_int (in_condition (-3));
  trace_int (reached);
  expect_trace ("captured pointer outer 3 -1 0");
  return trace_failures;
}
