/* Malformed defer statements are syntax errors, never a crash.  A
   function whose own parse failed is left to the front end's errors; the
   plugin still checks the functions after it.  */
/* { dg-do compile } */
#include <defer.h>
void g (int);

void
f1 (void)
{
  defer g (;			/* { dg-error "expected expression before ';' token" } */
  /* { dg-error "expected ';' before '.' token" "" { target *-*-* } .-1 } */
}

void
f2 (int x)
{
  defer { int y = ; g (x); }	/* { dg-error "expected expression before ';' token" } */
  /* { dg-warning "unused variable 'y'" "" { target *-*-* } .-1 } */
}

void
f3 (void)
{
  defer defer g (1);		/* { dg-error "'defer' inside a deferred statement" } */
  /* { dg-message "in the statement deferred here" "" { target *-*-* } .-1 } */
}
