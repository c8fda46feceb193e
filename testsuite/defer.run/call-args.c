/* S3: the call form evaluates the callee and its arguments once, left to
   right, when the defer statement is reached.  */
/* { dg-do run } */
#include <defer.h>
#include "defer-test.h"

static int counter;
static int next (void) { return ++counter; }
static void show3 (int a, int b, int c)
{ trace ("show3"); trace_int (a); trace_int (b); trace_int (c); }
static void show_a (int v) { trace ("A"); trace_int (v); }
static void show_b (int v) { trace ("B"); trace_int (v); }
static int global;

struct obj { void (*close) (int); int id; };

static void
f (void)
{
  counter = 0;
  defer show3 (next (), next (), next ());
  trace ("after-defer");
  trace_int (counter);

  void (*fp) (int) = show_a;
  int local = 10;
  defer fp (local);	/* { dg-message "the deferred call uses the value" } */
  fp = show_b;			/* The callee was already evaluated.  */	/* { dg-warning "'fp' is assigned after a deferred call that uses it" } */
  local = 11;	/* { dg-warning "'local' is assigned after a deferred call that uses it" } */

  global = 20;
  defer show_a (global);	/* { dg-message "the deferred call uses the value" } */
  global = 21;	/* { dg-warning "'global' is assigned after a deferred call that uses it" } */

  struct obj o = { show_a, 30 };
  struct obj *p = &o;
  defer p->close (p->id);
  o.close = show_b;
  o.id = 31;
}

int
main (void)
{
  f ();
  expect_trace ("after-defer 3 A 30 A 20 A 10 show3 1 2 3");
  return trace_status ();
}
