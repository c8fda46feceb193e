/* A function without defers in a file that uses them: the plugin turned
   -fexceptions on for the whole file, so its cleanup attributes have
   exception edges that plain C would not have.  The analyzer of GCC 12
   to 15 took the second fopen's edge as leaking its FILE; it must check
   the function as plain C is checked: no false report, and a real leak
   still found.  */
/* { dg-do compile } */
/* { dg-options "-fanalyzer -fdiagnostics-path-format=none" } */
#include <stdio.h>
#include <defer.h>

static void
close_file (FILE **fpp)
{
  if (*fpp)
    fclose (*fpp);
}

int
copy_bytes (const char *from, const char *to)
{
  __attribute__ ((cleanup (close_file))) FILE *in = fopen (from, "rb");
  if (!in)
    return -1;
  __attribute__ ((cleanup (close_file))) FILE *out = fopen (to, "wb");
  if (!out)
    return -1;
  int c;
  while ((c = fgetc (in)) != EOF)
    fputc (c, out);
  return 0;
}

int
first_byte (const char *path, int skip)
{
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return -1;
  if (skip) return 0; /* { dg-warning "leak of FILE" } */
  int c = fgetc (fp);
  fclose (fp);
  return c;
}

/* The analyzer of GCC 12 and later also reports the same FILE as leaked
   memory; GCC 11 does not.  */
/* { dg-prune-output "Wanalyzer-malloc-leak" } */

int
uses_defer (const char *path)
{
  FILE *fp = fopen (path, "rb");
  if (!fp)
    return -1;
  defer fclose (fp);
  return fgetc (fp);
}
