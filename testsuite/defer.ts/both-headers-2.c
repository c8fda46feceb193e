/* T1: the other order: <stddefer.h>, then <defer.h>.  */
/* { dg-do compile } */
#include <stddefer.h>
#include <defer.h>
/* { dg-error "<defer.h> and <stddefer.h> both define 'defer'" "" { target *-*-* } 0 } */
