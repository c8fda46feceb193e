/* O4: -fplugin-arg-defer-report prints one note per site, at the defer
   keyword, however the site is written.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-defer-report" } */
#include <stdio.h>
#include <defer.h>

#define CLOSE_LATER(fp) defer fclose (fp)

int
f (FILE *a, FILE *b, int c)
{
  defer fclose (a);		/* { dg-message "note: defer open-coded" } */
  if (c)
    defer { fclose (b); }	/* { dg-message "note: defer open-coded" } */
  switch (c)
    {
    case 1:
      CLOSE_LATER (b);		/* { dg-message "note: defer open-coded" } */
      break;
    }
  return c;
}
