/* T1: <defer.h> and <stddefer.h> both define defer: including both is
   an error that names both.  */
/* { dg-do compile } */
#include <defer.h>
#include <stddefer.h>
/* { dg-error "<stddefer.h> and <defer.h> both define 'defer'" "" { target *-*-* } 0 } */
