/* O4 for records: -fplugin-arg-defer-report says "defer runtime (in
   loop)" for every site of a function with a defer in a loop, and why:
   the loop a site is in, or, for a site that is not in one, the site of
   its function that is.  A function with no defer in a loop stays
   open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report -std=gnu11" } */
#include <setjmp.h>
#include <defer.h>

void g (int);

void
kinds (int n)
{
  defer g (-1);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
  for (int i = 0; i < n; i++)	/* { dg-message "it is in this 'for' loop: each iteration pushes a record, run at function exit" } */
    defer g (i);		/* { dg-message "note: defer runtime \\(in loop\\)" } */
  /* { dg-message "this 'defer' is in a loop, so every 'defer' of the function is a record" "" { target *-*-* } .-1 } */
  while (n--)			/* { dg-message "it is in this 'while' loop" } */
    defer g (n);		/* { dg-message "note: defer runtime \\(in loop\\)" } */
  /* { dg-message "the deferred call uses the value" "" { target *-*-* } .-1 } */
  do
    defer g (n);		/* { dg-message "note: defer runtime \\(in loop\\)" } */
  while (n++ < 3);		/* { dg-message "it is in this 'do' loop" } */
  /* { dg-warning "'n' is assigned after a deferred call that uses it" "" { target *-*-* } .-1 } */
}

void
goto_loop (int n)
{
again:
  defer g (n);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
  if (n-- > 0)
    goto again;			/* { dg-message "this backward 'goto' can reach it again" } */
}

void
computed (int n)
{
  void *target = &&out;
  defer g (n);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
  goto *target;			/* { dg-message "this computed 'goto' can reach it again" } */
out:
  return;
}

jmp_buf env;

void
after_setjmp (int n)
{
  /* Before the setjmp: still a record, as every site of the function.  */
  defer g (0);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
  if (setjmp (env))		/* { dg-message "a 'longjmp' to this 'setjmp' can reach it again" } */
    n++;
  defer g (n);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
  /* { dg-message "this 'defer' is in a loop, so every 'defer'" "" { target *-*-* } .-1 } */
}

void
open_coded (int n)
{
  defer g (n);			/* { dg-message "note: defer open-coded" } */
  if (n)
    defer g (-n);		/* { dg-message "note: defer open-coded" } */
}
