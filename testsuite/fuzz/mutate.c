/* mutate.c -- a bad-input mutator for the plugin's no-crash fuzzing.

     mutate SEED < valid.c > mutant.c

   Splits the input into rough C tokens, picks one at or just after a
   `defer' or `_Defer' token (the plugin's own input), and deletes it,
   duplicates it, swaps it with the next one, or inserts before it a
   brace, a semicolon, a label, a declaration or a statement that S6 or
   T4 forbids inside deferred statements.  The result
   is usually invalid C: the compiler must reject it with diagnostics and
   never crash.  Deterministic for a given SEED.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tok { size_t start, end; };

/* A token the plugin reads: `defer' (<defer.h>, <stddefer.h>) or
   `_Defer' (TS 25755).  */
static int
is_defer (const char *src, struct tok t)
{
  size_t n = t.end - t.start;
  return (n == 5 && !memcmp (src + t.start, "defer", 5))
	 || (n == 6 && !memcmp (src + t.start, "_Defer", 6));
}

static unsigned long long state;

static unsigned
next_rand (void)
{
  /* xorshift64*  */
  state ^= state >> 12;
  state ^= state << 25;
  state ^= state >> 27;
  return (unsigned) ((state * 2685821657736338717ULL) >> 33);
}

int
main (int argc, char **argv)
{
  state = (argc > 1 ? strtoull (argv[1], NULL, 10) : 1) * 0x9E3779B97F4A7C15ULL + 1;
  size_t cap = 1 << 16, len = 0;
  char *src = malloc (cap);
  int c;
  while (src && (c = getchar ()) != EOF)
    {
      if (len + 1 >= cap && !(src = realloc (src, cap *= 2)))
	return 1;
      src[len++] = (char) c;
    }
  if (!src)
    return 1;
  src[len] = 0;

  /* Tokens: identifiers, numbers, string and char literals, punctuation.
     Comments and whitespace separate them.  */
  size_t ntok = 0, tcap = 1024;
  struct tok *toks = malloc (tcap * sizeof *toks);
  for (size_t i = 0; i < len;)
    {
      if (isspace ((unsigned char) src[i]))
	{ i++; continue; }
      if (src[i] == '/' && src[i + 1] == '*')
	{
	  char *e = strstr (src + i + 2, "*/");
	  i = e ? (size_t) (e - src) + 2 : len;
	  continue;
	}
      if (src[i] == '/' && src[i + 1] == '/')
	{
	  while (i < len && src[i] != '\n')
	    i++;
	  continue;
	}
      size_t s = i;
      if (isalnum ((unsigned char) src[i]) || src[i] == '_')
	while (i < len && (isalnum ((unsigned char) src[i]) || src[i] == '_'))
	  i++;
      else if (src[i] == '"' || src[i] == '\'')
	{
	  char q = src[i++];
	  while (i < len && src[i] != q)
	    i += src[i] == '\\' ? 2 : 1;
	  i++;
	}
      else
	i++;
      if (ntok == tcap && !(toks = realloc (toks, (tcap *= 2) * sizeof *toks)))
	return 1;
      toks[ntok].start = s;
      toks[ntok].end = i < len ? i : len;
      ntok++;
    }

  size_t ndefer = 0;
  for (size_t k = 0; k < ntok; k++)
    ndefer += is_defer (src, toks[k]);
  if (ndefer == 0 || ntok < 2)
    {
      fwrite (src, 1, len, stdout);
      return 0;
    }
  size_t pick = next_rand () % ndefer, k = 0;
  for (;; k++)
    if (is_defer (src, toks[k]) && pick-- == 0)
      break;
  k += next_rand () % 7;
  if (k >= ntok - 1)
    k = ntok - 2;

  static const char *const inserts[] = {
    "{", "}", ";", "(", "return ", "break; ", "continue; ", "goto L; L: ",
    "case 1: ", "defer ", "defer_result ", "defer_recover () ", ", ",
    "_Defer ", "int v; ", "default: ", "L2: ", "&&L2; "
  };
  struct tok t = toks[k], u = toks[k + 1];
  switch (next_rand () % 4)
    {
    case 0:			/* Delete.  */
      fwrite (src, 1, t.start, stdout);
      fwrite (src + t.end, 1, len - t.end, stdout);
      break;
    case 1:			/* Duplicate.  */
      fwrite (src, 1, t.end, stdout);
      putchar (' ');
      fwrite (src + t.start, 1, len - t.start, stdout);
      break;
    case 2:			/* Swap with the next token.  */
      fwrite (src, 1, t.start, stdout);
      fwrite (src + u.start, 1, u.end - u.start, stdout);
      fwrite (src + t.end, 1, u.start - t.end, stdout);
      fwrite (src + t.start, 1, t.end - t.start, stdout);
      fwrite (src + u.end, 1, len - u.end, stdout);
      break;
    default:			/* Insert.  */
      fwrite (src, 1, t.start, stdout);
      fputs (inserts[next_rand () % (sizeof inserts / sizeof *inserts)], stdout);
      fwrite (src + t.start, 1, len - t.start, stdout);
      break;
    }
  free (toks);
  free (src);
  return 0;
}
