/* S7: defer_recover returns NULL when no panic is under way, and when it
   is not called directly in a deferred statement (from a helper, as in
   Go: the panic then goes on).  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^no-panic: null\nhelper: null\npanic: still panicking\n" } */
#include <stdio.h>
#include <defer.h>

static const char *
helper (void)
{
  return defer_recover ();	/* { dg-warning "called outside a deferred statement always returns NULL" } */
  /* { dg-message "call it directly in a deferred statement" "" { target *-*-* } .-1 } */
}

static void
no_panic (void)
{
  defer { const char *m = defer_recover (); printf ("no-panic: %s\n", m ? m : "null"); }
}

static void
via_helper (void)
{
  defer { const char *m = helper (); printf ("helper: %s\n", m ? m : "null"); fflush (stdout); }
  defer_panic ("still panicking");
}

int
main (void)
{
  no_panic ();
  via_helper ();
  printf ("not reached\n");
  return 0;
}
