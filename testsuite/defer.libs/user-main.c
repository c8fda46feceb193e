/* Part of libs.exp: a program using user-lib.c's library; it does not use
   defer itself and is compiled without the plugin.  */
#include <stdio.h>

int lib_guarded (int n);
const char *lib_log (void);

int
main (void)
{
  int a = lib_guarded (1);
  int b = lib_guarded (2);
  printf ("%d %d %s\n", a, b, lib_log ());
  return 0;
}
