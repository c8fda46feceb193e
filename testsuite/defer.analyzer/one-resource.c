/* -fanalyzer on defers, at every -O level: a resource released by a
   defer is not reported as leaked, and a real leak still is -- at the
   return that leaks it, before the first defer (under -fanalyzer the try
   starts at the first defer: plugin/lower.cc, split_off_prefix).  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer -fdiagnostics-path-format=none" } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

int
first_char (const char *path)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  defer fclose (fp);
  return fgetc (fp);
}

/* The analyzer of GCC 12 and later also reports the same FILE as leaked
   memory; GCC 11 does not.  */
/* { dg-prune-output "Wanalyzer-malloc-leak" } */

int
leaks_when_empty (const char *path, int empty)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    return -1;
  if (empty) return 0; /* { dg-warning "leak of FILE" } */
  defer fclose (fp);
  return fgetc (fp);
}

/* The analyzer of GCC 12 and later also reports the same FILE as leaked
   memory; GCC 11 does not.  */
/* { dg-prune-output "Wanalyzer-malloc-leak" } */

