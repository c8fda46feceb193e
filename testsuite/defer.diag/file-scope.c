/* A defer outside any function is a syntax error; GCC names the macro at
   the user's line.  */
/* { dg-do compile } */
#include <defer.h>
void g (void);
defer g ();	/* { dg-message "in expansion of macro 'defer'" } */
/* { dg-error "expected identifier or '\\(' before 'for'" "" { target *-*-* } 0 } */
/* { dg-error "expected identifier or '\\(' before '\\)' token" "" { target *-*-* } 0 } */
/* { dg-warning "type defaults to 'int'" "" { target *-*-* } 0 } */
/* { dg-warning "data definition has no type or storage class" "" { target *-*-* } 0 } */
