/* Including defer.h without the plugin is an #error that says how to
   load it.  */
/* { dg-do compile } */
/* { dg-defer-plugin off } */
/* { dg-error "defer.h needs the gcc-defer plugin loaded: add .\\(pkg-config --cflags libdefer\\)" "" { target *-*-* } 0 } */
#include <defer.h>
int x;
