/* A non-local goto from a nested function reaches its label again only
   while the nested function can be called: in the block that defines it,
   unless some nested function's address is taken (then anywhere).  A
   defer after that block is reached once: open-coded.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
#include <defer.h>

void g (int);

void
scoped (int times)
{
  {
    __label__ again;
    int n = 0;
    void jump (void) { goto again; }	/* { dg-message "this non-local 'goto' from a nested function can reach it again" } */
  again:
    n++;
    defer g (n);		/* { dg-message "note: defer runtime \\(in loop\\)" } */
    /* { dg-message "this 'defer' is in a loop, so every 'defer' of the function is a record" "" { target *-*-* } .-1 } */
    if (n < times)
      jump ();
  }
  defer g (0);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
}

void
after_block_only (int times)
{
  {
    __label__ again;
    int n = 0;
    void jump (void) { goto again; }
  again:
    n++;
    if (n < times)
      jump ();
  }
  defer g (0);			/* { dg-message "note: defer open-coded" } */
}

void call (void (*) (void));

void
escapes (int times)
{
  {
    __label__ again;
    int n = 0;
    void jump (void) { goto again; }	/* { dg-message "this non-local 'goto' from a nested function can reach it again" } */
  again:
    n++;
    if (n < times)
      call (jump);
  }
  defer g (0);			/* { dg-message "note: defer runtime \\(in loop\\)" } */
}
