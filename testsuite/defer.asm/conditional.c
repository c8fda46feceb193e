/* A conditional defer: the twin tests a pointer at exit, the defer
   version its deferBits bit; neither costs more than the other.  */
/* { dg-do compile } */
/* { dg-final { function-insns-le render render_twin 2 } } */
/* { dg-final { scan-function-not render "call\t(defer_|__gcc_defer)" } } */
#include <stdlib.h>
#include <string.h>
#include <defer.h>

int draw (const char *, size_t);

int
render (const char *text, size_t n, int upper)
{
  const char *out = text;
  if (upper)
    {
      char *copy = malloc (n);
      if (!copy)
	return -1;
      defer free (copy);
      for (size_t i = 0; i < n; i++)
	copy[i] = text[i] & ~0x20;
      out = copy;
    }
  return draw (out, n);
}

int
render_twin (const char *text, size_t n, int upper)
{
  const char *out = text;
  char *copy = NULL;
  int ret;
  if (upper)
    {
      copy = malloc (n);
      if (!copy)
	return -1;
      for (size_t i = 0; i < n; i++)
	copy[i] = text[i] & ~0x20;
      out = copy;
    }
  ret = draw (out, n);
  free (copy);
  return ret;
}
