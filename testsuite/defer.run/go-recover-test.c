/* Go's test/recover.go (1.19), the cases that map onto C.  Go's deferred
   function is our deferred statement: `defer mustRecover(1)' (recover
   called by the deferred function itself) becomes
   `defer { must_recover (defer_recover (), 1); }' -- SPEC S7 counts a
   defer_recover written in the deferred statement, and a function it
   calls is a helper.  Left out: runtime errors (nil maps, division by
   zero), interfaces and reflection, `defer recover()' (it recovers here,
   see recover-forms.c), and recover in a defer inside a deferred call
   (C has no nested defer).  */
/* { dg-do run } */
/* { dg-output "^test1 test1WithClosures test3 test5 test6 test6WithClosures test7 test8 ok\n" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static void
die (const char *what)
{
  printf ("FAIL: %s\n", what);
  exit (1);
}

static int
value (const char *v)
{
  return v ? atoi (v) : -1;
}

/* mustRecoverBody (doubleRecover (), recover (), recover (), x): the
   first recover wins, the second sees nothing, a helper sees nothing.  */
static const char *double_recover (void) { return defer_recover (); }	/* { dg-warning "always returns NULL" } */
/* { dg-message "call it directly" "" { target *-*-* } .-1 } */

static void
must_recover_body (const char *helper, const char *first,
		   const char *second, int x)
{
  if (helper)
    die ("helper recovered");
  if (!first || value (first) != x)
    die ("missing or wrong recover");
  if (second)
    die ("second recover saw the panic");
}

static void
must_not_recover (const char *v)
{
  if (v)
    die ("spurious recover");
}

static void
without_recover (void)
{
  must_not_recover (double_recover ());	/* A sub-call: nothing.  */
}

static void
test1 (void)
{
  defer { must_not_recover (defer_recover ()); }	/* Squelched below.  */
  defer {
    const char *h = double_recover ();
    const char *a = defer_recover ();
    const char *b = defer_recover ();
    must_recover_body (h, a, b, 1);
  }
  defer without_recover ();
  defer_panicf ("%d", 1);
}

static void
test1_with_closures (void)
{
  defer { if (defer_recover ()) die ("spurious recover in closure"); }
  defer {
    without_recover ();
    const char *v = defer_recover ();
    if (value (v) != 1)
      die ("missing recover");
  }
  defer without_recover ();
  defer_panicf ("%d", 1);
}

static void
test3 (void)
{
  defer { must_not_recover (defer_recover ()); }
  defer { defer_recover (); }		/* Should squelch.  */
  defer_panicf ("%d", 3);
}

/* try (g, deflt): run g; if it panics return its value, else deflt.  */
static void panics5 (void) { defer_panicf ("%d", 5); }
static void quiet (void) { }

static int
try_ (void (*g) (void), int deflt)
{
  defer {
    const char *v = defer_recover ();
    if (v)
      defer_result = value (v);
  }
  defer g ();
  return deflt;
}

static void
test5 (void)
{
  if (try_ (panics5, 55) != 5)
    die ("try wrong value");
  if (try_ (quiet, 42) != 42)
    die ("try wrong default");
}

/* A deferred call with a big frame.  */
static int
big (void)
{
  volatile int x[100000];
  x[0] = 1;
  x[99999] = 1;
  return x[0] + x[99999];
}

static void
test6 (void)
{
  defer { big (); if (defer_recover ()) die ("spurious big recover"); }
  defer { big (); if (!defer_recover ()) die ("missing big recover"); }
  defer_panicf ("%d", 6);
}

static void
test6_with_closures (void)
{
  defer {
    volatile int x[100000];
    x[0] = 1; x[99999] = 1;
    if (x[0] != 1 || defer_recover ())
      die ("spurious big closure recover");
  }
  defer {
    volatile int x[100000];
    x[0] = 1; x[99999] = 1;
    if (x[99999] != 1 || !defer_recover ())
      die ("missing big closure recover");
  }
  defer_panic ("6WithClosures");
}

/* After a recovery, the earlier deferred statements still run.  */
static int ok7;

static void
test7_body (void)
{
  defer ok7 = 1;
  defer { if (value (defer_recover ()) != 7) die ("test7 recover"); }
  defer_panicf ("%d", 7);
}

static void
test7 (void)
{
  test7_body ();
  if (!ok7)
    die ("did not run ok func");
}

/* Named results set by a deferred call through a pointer (call form:
   &defer_result is evaluated at the defer statement).  */
static void
sum3 (int *s, int a, int b, int c)
{
  *s = a + b + c;
}

static int
test8a (void)
{
  defer { if (defer_recover ()) defer_result += 100; }
  defer sum3 (&defer_result, 1, 2, 3);
  defer_panicf ("%d", 0);
}

static int
test8b (void)
{
  defer sum3 (&defer_result, 4, 5, 6);
  return 0;
}

static void
test8 (void)
{
  if (test8a () != 106 || test8b () != 15)
    die ("test8 wrong value");
}

int
main (void)
{
  test1 (); printf ("test1 ");
  test1_with_closures (); printf ("test1WithClosures ");
  test3 (); printf ("test3 ");
  test5 (); printf ("test5 ");
  test6 (); printf ("test6 ");
  test6_with_closures (); printf ("test6WithClosures ");
  test7 (); printf ("test7 ");
  test8 (); printf ("test8 ok\n");
  return 0;
}
