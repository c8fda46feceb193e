/* An unknown -fplugin-arg-defer-* is an error that lists the valid ones.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-bogus" } */
/* { dg-error "unknown argument '-fplugin-arg-defer-bogus'" "" { target *-*-* } 0 } */
/* { dg-message "takes .-fplugin-arg-defer-report., .-fplugin-arg-defer-no-exceptions. and .-fplugin-arg-defer-dump." "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin" "" { target *-*-* } 0 } */
int x;
