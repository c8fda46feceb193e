/* S6: a defer nested inside a deferred statement.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);
void
f (void)
{
  defer {			/* { dg-message "in the statement deferred here" } */
    defer g (1);		/* { dg-error "'defer' inside a deferred statement" } */
  }
  defer defer g (2);		/* { dg-error "'defer' inside a deferred statement" } */
  /* { dg-message "in the statement deferred here" "" { target *-*-* } .-1 } */
}

/* An empty deferred statement is allowed: it does nothing.  */
void
empty (void)
{
  defer;
  defer {}
}
