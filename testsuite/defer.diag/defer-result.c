/* S5: defer_result outside a deferred statement, and in a void
   function, are compile errors.  */
/* { dg-do compile } */
#include <defer.h>

int
outside (int x)
{
  defer_result = x;		/* { dg-error "'defer_result' outside a deferred statement" } */
  /* { dg-message "use 'return' here" "" { target *-*-* } .-1 } */
  return x;
}

void
in_void (void)
{
  defer defer_result = 1;	/* { dg-error "defer_result_in_a_void_function" } */
}

/* Each misuse is reported once.  */
/* { dg-final { diagnostic-count "error: 'defer_result' outside a deferred statement" 1 } } */
