/* Go's runtime/defer_test.go, ported (Go 1.19).  A Go deferred closure
   with defers of its own becomes a named function, since C forbids a
   defer inside a deferred statement; panic (n) becomes
   defer_panicf ("%d", n); Go's `defer func() { ... recover () ... }()' is
   the block form `defer { ... defer_recover () ... }' (in the call form,
   `defer expect (4, defer_recover ())', the argument would be evaluated
   at the defer statement, as in Go).  A Go defer in a loop "to prevent
   open-coded defers" is a defer in a loop here too: it makes every
   defer of its function a libdefer record.  */
/* { dg-do run } */
/* { dg-output "TestUnconditionalPanic ok\nTestOpenAndNonOpenDefers ok\nTestNonOpenAndOpenDefers ok\nTestConditionalDefers ok\nTestDisappearingDefer ok\nTestRecoverMatching ok\nTestNonSSAableArgs ok\nTestDeferForFuncWithNoExit ok\nTestDeferWithRepeatedRepanics ok\nTestIssue43921 ok\nTestIssue43920 ok\nTestIssue43941 ok\n" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <defer.h>

static int failures;

static void
fail (const char *test, const char *what)
{
  printf ("%s FAIL: %s\n", test, what);
  failures++;
}

/* expect (n, recover ()): the panic value, an int, is N.  */
static void
expect (const char *test, int n, const char *recovered)
{
  if (!recovered || atoi (recovered) != n)
    {
      char b[64];
      snprintf (b, sizeof b, "have %s, want %d", recovered ? recovered : "nil", n);
      fail (test, b);
    }
}

static int
step (const char *test, int *steps, int want)
{
  if (++*steps != want)
    {
      char b[64];
      snprintf (b, sizeof b, "step %d, want %d", *steps, want);
      fail (test, b);
    }
  return 0;
}

#define T_BEGIN(name) int before_##name = failures
#define T_END(name) \
  do { if (failures == before_##name) printf ("%s ok\n", #name); } while (0)

/* TestUnconditionalPanic */
static void
unconditional (void)
{
  defer {
    const char *r = defer_recover ();
    if (!r || strcmp (r, "testUnconditional") != 0)
      fail ("TestUnconditionalPanic", "expected unconditional panic");
  }
  defer_panic ("testUnconditional");
}

/* testOpen: an open-coded defer that recovers its own panic.  */
static void
test_open (const char *test, int arg)
{
  defer {
    const char *r = defer_recover ();
    if (!r || strcmp (r, "testOpenDefer") != 0)
      fail (test, "expected testOpen panic");
  }
  if (arg > 2)
    defer_panic ("testOpenDefer");
}

static volatile int glob = 3;

/* TestOpenAndNonOpenDefers: a record (a defer in a loop) recovers the
   panic of its own function after an open-coded callee recovered its
   own.  */
static void
open_and_non_open (void)
{
  for (;;)
    {
      /* A record, because in a loop.  */
      defer {
	const char *r = defer_recover ();
	if (!r || strcmp (r, "testNonOpenDefer") != 0)
	  fail ("TestOpenAndNonOpenDefers", "expected testNonOpen panic");
      }
      if (glob > 2)
	break;
    }
  test_open ("TestOpenAndNonOpenDefers", 47);
  defer_panic ("testNonOpenDefer");
}

/* TestNonOpenAndOpenDefers: the same, the open-coded callee first.  */
static void
non_open_and_open (void)
{
  test_open ("TestNonOpenAndOpenDefers", 47);
  for (;;)
    {
      defer {
	const char *r = defer_recover ();
	if (!r || strcmp (r, "testNonOpenDefer") != 0)
	  fail ("TestNonOpenAndOpenDefers", "expected testNonOpen panic");
      }
      if (glob > 2)
	break;
    }
  defer_panic ("testNonOpenDefer");
}

/* TestConditionalDefers */
static int list[10], nlist;
static void doappend (int i) { list[nlist++] = i; }

static void
conditional_defers (int n)
{
  defer doappend (1);
  if (n > 5)
    {
      defer doappend (2);
      if (n > 8)
	defer doappend (3);
      else
	defer doappend (4);
    }
  defer_panic ("testConditional");
}

static void
conditional (void)
{
  nlist = 0;
  defer {
    const char *r = defer_recover ();
    if (!r || strcmp (r, "testConditional") != 0)
      fail ("TestConditionalDefers", "expected panic");
    if (nlist != 3 || list[0] != 4 || list[1] != 2 || list[2] != 1)
      fail ("TestConditionalDefers", "wanted [4 2 1]");
  }
  conditional_defers (8);
}

/* TestDisappearingDefer: a defer removed by constant propagation.  */
static void
disappearing (void)
{
  switch (sizeof (void *))
    {
    case 3:
      defer fail ("TestDisappearingDefer", "defer shouldn't run");
    }
}

/* TestRecoverMatching: a recover in a function that a deferred statement
   calls is not called directly by the panic's deferred statement.  */
static void
recover_not_direct (void)
{
  defer {
    const char *r = defer_recover ();
    if (r)
      fail ("TestRecoverMatching", "wanted nil recover");
  }
}

static void
recover_matching (void)
{
  defer {
    const char *r = defer_recover ();
    if (!r || strcmp (r, "panic1") != 0)
      fail ("TestRecoverMatching", "wanted panic1");
  }
  defer recover_not_direct ();
  defer_panic ("panic1");
}

/* TestNonSSAableArgs: big arguments are evaluated once, at the defer.  */
typedef struct { unsigned char b[128]; } non_ssaable;
typedef struct { long x, y, z, w, p, q; } big_struct;
typedef struct { big_struct element; } contains_big_struct;
static int globint1, globint2, globint3;
static unsigned char save1;
static long save2, save3, save4;

static non_ssaable
mk_non_ssaable (void)
{
  globint1++;
  non_ssaable n = { { 0, 0, 0, 0, 5 } };
  return n;
}

static long __attribute__ ((noinline)) sideeffect (long n) { globint2++; return n; }
static contains_big_struct
sideeffect2 (contains_big_struct in)
{
  globint3++;
  return in;
}
static void take1 (non_ssaable n) { save1 = n.b[4]; }
static void take2 (big_struct b) { save2 = b.y; }
static void take3 (big_struct b) { save3 = b.z; }
static void take4 (big_struct b) { save4 = b.z; }

static void
non_ssaable_args_body (void)
{
  defer take1 (mk_non_ssaable ());
  defer take2 ((big_struct) { 1, 2, 3, 4, 5, sideeffect (6) });
  contains_big_struct foo = { { 0 } };
  foo.element.z = 4;
  defer take3 (foo.element);
  defer take4 (sideeffect2 (foo).element);
  foo.element.z = 99;		/* Too late: the arguments were evaluated.  */
}

static void
non_ssaable_args (void)
{
  globint1 = globint2 = globint3 = 0;
  non_ssaable_args_body ();
  if (globint1 != 1 || save1 != 5 || globint2 != 1 || save2 != 2
      || save3 != 4 || globint3 != 1 || save4 != 4)
    fail ("TestNonSSAableArgs", "arguments evaluated wrongly");
}

/* TestDeferForFuncWithNoExit: a function that never returns normally.  */
static void __attribute__ ((noinline)) do_panic (void) { defer_panic ("Test panic"); }

static void
no_exit (void)
{
  int cond = 1;
  defer {
    if (cond != 2)
      fail ("TestDeferForFuncWithNoExit", "cond: wanted 2");
    const char *r = defer_recover ();
    if (!r || strcmp (r, "Test panic") != 0)
      fail ("TestDeferForFuncWithNoExit", "didn't find expected panic");
  }
  cond = 2;
  do_panic ();
  for (;;)
    ;
}

/* TestDeferWithRepeatedRepanics (Go issue 37664).  */
static void
interpreter (int level, int maxlevel, int rec)
{
  defer {
    const char *e = defer_recover ();
    if (e && atoi (e) != level)
      defer_panicf ("%s", e);	/* Re-panic.  */
  }
  if (level + 1 < maxlevel)
    interpreter (level + 1, maxlevel, rec);
  else
    defer_panicf ("%d", rec);
}

static unsigned save_int;

static void
recurse_fn (int level, int maxlevel)
{
  unsigned a[40];
  memset (a, 0xff, sizeof a);
  if (level >= maxlevel)
    return;
  if (level + 1 < maxlevel)
    {
      save_int = a[4];
      recurse_fn (level + 1, maxlevel);
    }
  else
    defer_panic ("recurseFn panic");
}

static void
recurse_fn_panic_rec (int level, int maxlevel)
{
  defer { defer_recover (); }
  recurse_fn (level, maxlevel);
}

static void
repeated_repanics (void)
{
  interpreter (0, 6, 2);
  recurse_fn_panic_rec (0, 10);
  interpreter (0, 5, 1);
  recurse_fn_panic_rec (0, 10);
  interpreter (0, 6, 3);
  recurse_fn_panic_rec (0, 10);
}

/* TestIssue43921: a panic while the deferred call of a function whose
   defers are records (the loop prevents open-coding) runs during an
   earlier panic.  */
static void
i43921_inner_deferred (void)
{
  defer { expect ("TestIssue43921", 4, defer_recover ()); }
  defer_panicf ("%d", 4);
}

static void nothing (void) { }

static void
i43921_body (void)
{
  /* Prevent open-coded defers.  */
  for (;;)
    {
      defer nothing ();
      break;
    }
  defer i43921_inner_deferred ();
  defer_panicf ("%d", 1);
}

static void
issue43921 (void)
{
  defer { expect ("TestIssue43921", 1, defer_recover ()); }
  i43921_body ();
}

/* TestIssue43920.  */
static int steps;

static void
i43920_inner (void)
{
  defer { expect ("TestIssue43920", 5, defer_recover ()); }
  defer defer_panicf ("%d", 5);
  defer_panicf ("%d", 4);
}

static void
i43920_deferred (void)
{
  defer i43920_inner ();
  defer { expect ("TestIssue43920", 3, defer_recover ()); }
  defer defer_panicf ("%d", 3);
}

static void
i43920_body (void)
{
  defer step ("TestIssue43920", &steps, 1);
  defer_panicf ("%d", 1);
}

static void
issue43920 (void)
{
  steps = 0;
  defer { expect ("TestIssue43920", 1, defer_recover ()); }
  defer i43920_deferred ();
  i43920_body ();
}

/* TestIssue43941.  */
static void
i43941_a_deferred (void)
{
  defer { expect ("TestIssue43941", 3, defer_recover ()); }
  defer defer_panicf ("%d", 3);
  defer_panicf ("%d", 2);
}

static void
i43941_a (void)
{
  defer i43941_a_deferred ();
  defer { expect ("TestIssue43941", 1, defer_recover ()); }
  defer defer_panicf ("%d", 1);
}

static void
i43941_b (void)
{
  i43941_a ();
  defer {}
  defer {}
  defer step ("TestIssue43941", &steps, 10);
  defer step ("TestIssue43941", &steps, 9);
  step ("TestIssue43941", &steps, 8);
}

static void
i43941_c_inner (void)
{
  defer step ("TestIssue43941", &steps, 11);
  defer_panicf ("%d", 4);
}

static void
i43941_c (void)
{
  defer step ("TestIssue43941", &steps, 13);
  defer step ("TestIssue43941", &steps, 12);
  i43941_c_inner ();
  defer {}
  defer defer_panicf ("%d", -1);
  defer step ("TestIssue43941", &steps, -1);
  defer step ("TestIssue43941", &steps, -1);
  defer {}
}

static void
issue43941 (void)
{
  steps = 7;
  defer {
    step ("TestIssue43941", &steps, 14);
    expect ("TestIssue43941", 4, defer_recover ());
  }
  i43941_b ();
  i43941_c ();
}

int
main (void)
{
  T_BEGIN (TestUnconditionalPanic); unconditional (); T_END (TestUnconditionalPanic);
  T_BEGIN (TestOpenAndNonOpenDefers); open_and_non_open (); T_END (TestOpenAndNonOpenDefers);
  T_BEGIN (TestNonOpenAndOpenDefers); non_open_and_open (); T_END (TestNonOpenAndOpenDefers);
  T_BEGIN (TestConditionalDefers); conditional (); T_END (TestConditionalDefers);
  T_BEGIN (TestDisappearingDefer); disappearing (); T_END (TestDisappearingDefer);
  T_BEGIN (TestRecoverMatching); recover_matching (); T_END (TestRecoverMatching);
  T_BEGIN (TestNonSSAableArgs); non_ssaable_args (); T_END (TestNonSSAableArgs);
  T_BEGIN (TestDeferForFuncWithNoExit); no_exit (); T_END (TestDeferForFuncWithNoExit);
  T_BEGIN (TestDeferWithRepeatedRepanics); repeated_repanics (); T_END (TestDeferWithRepeatedRepanics);
  T_BEGIN (TestIssue43921); issue43921 (); T_END (TestIssue43921);
  T_BEGIN (TestIssue43920); issue43920 (); T_END (TestIssue43920);
  T_BEGIN (TestIssue43941); issue43941 (); T_END (TestIssue43941);
  return failures != 0;
}
