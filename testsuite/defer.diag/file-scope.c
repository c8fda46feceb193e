/* A defer outside any function is an error at the user's line with a note
   that says where it belongs (S6: bad input gets error + note).  */
/* { dg-do compile } */
#include <defer.h>
void g (void);
defer g ();	/* { dg-error "'defer' outside a function" } */
/* { dg-message "move it into the body of a function" "" { target *-*-* } .-1 } */
/* What GCC's parser then says about the rest of the line.  */
/* { dg-error "unknown type name '__gcc_defer'" "" { target *-*-* } 0 } */
/* { dg-message "in expansion of macro 'defer'" "" { target *-*-* } .-4 } */
/* { dg-error "conflicting types for 'g'" "" { target *-*-* } .-5 } */
/* { dg-message "previous declaration of 'g'" "" { target *-*-* } .-7 } */
