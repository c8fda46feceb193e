/* -fexceptions given by the user: functions without defers are the
   user's (and GCC's) business, but a function with defers is still
   checked on the paths of C without exceptions -- the second resource,
   acquired after a first defer, is not reported leaked on the exception
   edge of the call that returns it.  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer -fexceptions -fdiagnostics-path-format=none" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

int
copy_bytes (const char *from, const char *to)
{
  FILE *in = fopen (from, "rb");
  if (!in)
    return -1;
  defer fclose (in);
  FILE *out = fopen (to, "wb");
  if (!out)
    return -1;
  defer fclose (out);
  char *buf = malloc (4096);
  if (!buf)
    return -1;
  defer free (buf);
  size_t n;
  while ((n = fread (buf, 1, 4096, in)) > 0)
    fwrite (buf, 1, n, out);
  return 0;
}
