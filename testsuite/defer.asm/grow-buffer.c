/* A buffer grown by realloc while reading lines: the block form frees
   whatever the buffer is at exit.  */
/* { dg-do compile } */
/* { dg-options "-fdump-tree-optimized" } */
/* { dg-final { function-insns-le longest_line longest_line_twin 2 } } */
/* { dg-final { scan-function-not longest_line "call\t(defer_|__gcc_defer)" } } */
/* { dg-final { scan-function-dump-cold-only longest_line "defer_bits" "optimized" } } */
#include <stdio.h>
#include <stdlib.h>
#include <defer.h>

long
longest_line (FILE *fp)
{
  char *buf = NULL;
  size_t cap = 0;
  defer { free (buf); }
  long best = 0;
  for (;;)
    {
      size_t len = 0;
      int c;
      while ((c = getc (fp)) != EOF && c != '\n')
	{
	  if (len + 1 >= cap)
	    {
	      size_t ncap = cap ? 2 * cap : 64;
	      char *nbuf = realloc (buf, ncap);
	      if (!nbuf)
		return -1;
	      buf = nbuf;
	      cap = ncap;
	    }
	  buf[len++] = (char) c;
	}
      if ((long) len > best)
	best = (long) len;
      if (c == EOF)
	return best;
    }
}

long
longest_line_twin (FILE *fp)
{
  char *buf = NULL;
  size_t cap = 0;
  long best = 0;
  for (;;)
    {
      size_t len = 0;
      int c;
      while ((c = getc (fp)) != EOF && c != '\n')
	{
	  if (len + 1 >= cap)
	    {
	      size_t ncap = cap ? 2 * cap : 64;
	      char *nbuf = realloc (buf, ncap);
	      if (!nbuf)
		{
		  best = -1;
		  goto out;
		}
	      buf = nbuf;
	      cap = ncap;
	    }
	  buf[len++] = (char) c;
	}
      if ((long) len > best)
	best = (long) len;
      if (c == EOF)
	goto out;
    }
out:
  free (buf);
  return best;
}
