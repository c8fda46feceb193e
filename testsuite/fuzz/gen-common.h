/* gen-common.h -- what make fuzz's two generators share: gen.c (Go-style
   defer) and gen-ts.c (TS 25755 _Defer).  Each includes this once.

   - random numbers: one xorshift64* sequence per program, drawn from
     the seed, so that a seed names a program;
   - expressions: constants, variables, + - * kept within +-1000 by % 1000,
     and a < b ? c : a -- no side effects, so C's unspecified order of
     evaluation cannot show; E_RESULT (defer_result) is gen.c's alone;
   - the trace the model writes, bounded so that a program that runs too
     long is drawn again;
   - the statement numbers left out (DROPS), and the command line and the
     two files every generator writes.

   The order of the calls to rnd () is part of what a seed means: do not
   change it for programs that docs/reliability.md names by seed.  */

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- random numbers (xorshift64*) ---- */

static unsigned long long rng;

static unsigned
rnd (unsigned n)
{
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return (unsigned) ((rng * 2685821657736338717ULL) >> 33) % n;
}

static int
chance (unsigned percent)
{
  return rnd (100) < percent;
}

static void *
xcalloc (size_t n)
{
  void *p = calloc (1, n);
  if (!p)
    {
      fputs ("fuzz generator: out of memory\n", stderr);
      exit (3);
    }
  return p;
}

/* ---- variables ---- */

struct var
{
  char name[8];			/* How it is used: x0; gen.c: y7[0], y7.v.  */
  int fixed;			/* d and loop counters: never assigned, so
				   recursion and loops end.  */
  /* gen.c's alone.  */
  char base[8];			/* How it is declared: y7.  */
  int shape;			/* S_BLOCK's variable: an int, or the one
				   element of an array or a struct, which a
				   deferred block copies whole (S4).  */
  int outer;			/* Declared in the function's outermost
				   block: lives in the frame, read live by
				   deferred blocks.  */
};

/* A new variable PREFIXn in VARS (*NVARS of them so far), made visible
   by appending it to VISIBLE (*NVISIBLE).  */

static int
new_var_in (struct var *vars, int *nvars, int *visible, int *nvisible,
	    const char *prefix, int fixed)
{
  int v = (*nvars)++;
  snprintf (vars[v].name, sizeof vars[v].name, "%s%d", prefix, v);
  vars[v].fixed = fixed;
  visible[(*nvisible)++] = v;
  return v;
}

/* One of the NVISIBLE variables in VISIBLE that may be assigned.  */

static int
pick_var_in (const struct var *vars, const int *visible, int nvisible)
{
  for (;;)
    {
      int v = visible[rnd ((unsigned) nvisible)];
      if (!vars[v].fixed)
	return v;
    }
}

/* ---- expressions ---- */

enum ekind { E_CONST, E_VAR, E_BIN, E_COND, E_RESULT };

struct expr
{
  enum ekind k;
  int v;			/* E_CONST: value; E_VAR: variable.  */
  char op;			/* E_BIN: + - *  */
  struct expr *a, *b, *c;
};

static struct expr *
new_expr (enum ekind k)
{
  struct expr *e = xcalloc (sizeof *e);
  e->k = k;
  return e;
}

/* An expression over the NVISIBLE variables in VISIBLE; RESULT_OK: it
   may read defer_result.  */

static struct expr *
gen_expr_over (const int *visible, int nvisible, int result_ok, int depth)
{
  unsigned r = rnd (10);
  if (depth >= 2 || r < 3)
    {
      struct expr *e = new_expr (E_CONST);
      e->v = (int) rnd (21) - 5;
      return e;
    }
  if (r < 6)
    {
      if (result_ok && chance (25))
	return new_expr (E_RESULT);
      struct expr *e = new_expr (E_VAR);
      e->v = visible[rnd ((unsigned) nvisible)];
      return e;
    }
  if (r < 9)
    {
      struct expr *e = new_expr (E_BIN);
      e->op = "+-*"[rnd (3)];
      e->a = gen_expr_over (visible, nvisible, result_ok, depth + 1);
      e->b = gen_expr_over (visible, nvisible, result_ok, depth + 1);
      return e;
    }
  struct expr *e = new_expr (E_COND);
  e->a = gen_expr_over (visible, nvisible, result_ok, depth + 1);
  e->b = gen_expr_over (visible, nvisible, result_ok, depth + 1);
  e->c = gen_expr_over (visible, nvisible, result_ok, depth + 1);
  return e;
}

/* The program being printed.  */
static FILE *out;

static void
indent (int n)
{
  for (int i = 0; i < n; i++)
    fputs ("  ", out);
}

/* E as C, over the variables VARS.  */

static void
print_expr (const struct var *vars, const struct expr *e)
{
  switch (e->k)
    {
    case E_CONST:
      fprintf (out, e->v < 0 ? "(%d)" : "%d", e->v);
      break;
    case E_VAR:
      fputs (vars[e->v].name, out);
      break;
    case E_RESULT:
      /* The int arithmetic around it stays int (% needs it).  */
      fputs ("((int) defer_result)", out);
      break;
    case E_BIN:
      fputs ("((", out);
      print_expr (vars, e->a);
      fprintf (out, " %c ", e->op);
      print_expr (vars, e->b);
      fputs (") % 1000)", out);
      break;
    case E_COND:
      fputs ("(", out);
      print_expr (vars, e->a);
      fputs (" < ", out);
      print_expr (vars, e->b);
      fputs (" ? ", out);
      print_expr (vars, e->c);
      fputs (" : ", out);
      print_expr (vars, e->a);
      fputs (")", out);
      break;
    }
}

/* X's value; VALUE (V, WHERE) is variable V's, VALUE (-1, WHERE)
   defer_result's.  */

static int
eval_with (const struct expr *x, int (*value) (int, const void *),
	   const void *where)
{
  switch (x->k)
    {
    case E_CONST:
      return x->v;
    case E_VAR:
      return value (x->v, where);
    case E_RESULT:
      return value (-1, where);
    case E_BIN:
      {
	int a = eval_with (x->a, value, where);
	int b = eval_with (x->b, value, where);
	int r = x->op == '+' ? a + b : x->op == '-' ? a - b : a * b;
	return r % 1000;
      }
    case E_COND:
      {
	int a = eval_with (x->a, value, where);
	return a < eval_with (x->b, value, where)
	       ? eval_with (x->c, value, where) : a;
      }
    }
  abort ();
}

/* ---- the model's trace ---- */

static char *trace;
static size_t trace_len, trace_cap;
static long steps;
static int too_big;		/* The program runs too long: draw again.  */

#define MAX_STEPS 300000
#define MAX_TRACE 60000

static void
emit (const char *fmt, ...)
{
  char buf[64];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (buf, sizeof buf, fmt, ap);
  va_end (ap);
  if (trace_len + n + 1 > trace_cap)
    {
      trace_cap = trace_cap ? 2 * trace_cap : 4096;
      trace = realloc (trace, trace_cap);
      if (!trace)
	exit (3);
    }
  memcpy (trace + trace_len, buf, n + 1);
  trace_len += n;
  if (trace_len > MAX_TRACE)
    too_big = 1;
}

/* ---- statements left out, the command line, the files ---- */

static char dropped[4096];

static int
dropped_id (int id)
{
  return id >= 0 && id < (int) sizeof dropped && dropped[id];
}

/* NAME SEED PROG.c EXPECTED [DROPS]: the seed; DROPS go to dropped.  */

static unsigned long long
parse_command_line (int argc, char **argv, const char *name)
{
  if (argc < 4)
    {
      fprintf (stderr, "usage: %s SEED PROG.c EXPECTED [DROPS]\n", name);
      exit (3);
    }
  if (argc > 4)
    for (char *p = argv[4]; *p;)
      {
	long id = strtol (p, &p, 10);
	if (id >= 0 && id < (long) sizeof dropped)
	  dropped[id] = 1;
	if (*p == ',')
	  p++;
	else if (*p)
	  break;
      }
  return strtoull (argv[1], NULL, 10);
}

/* PRINT the program to PROG_PATH, and "status STATUS" and the trace to
   EXPECTED_PATH.  */

static void
write_files (const char *prog_path, void (*print) (void),
	     const char *expected_path, int status)
{
  out = fopen (prog_path, "w");
  if (!out)
    {
      perror (prog_path);
      exit (3);
    }
  print ();
  fclose (out);
  FILE *exp = fopen (expected_path, "w");
  if (!exp)
    {
      perror (expected_path);
      exit (3);
    }
  fprintf (exp, "status %d\n%s", status, trace ? trace : "");
  fclose (exp);
}
