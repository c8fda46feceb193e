/* gen.c -- make fuzz: a random program that uses defer, and its oracle.

     gen SEED PROG.c EXPECTED [DROPS]

   writes a random, valid C program to PROG.c and, to EXPECTED, what SPEC
   says it must do: "status N" on the first line (0, or 2 for a panic
   nobody recovered), then everything it must print.  The expectation
   does not come from compiling anything: this program builds a tree,
   prints the tree as C, and interprets the same tree with its own model
   of the semantics (S1-S9): function-scoped LIFO defers, call-form
   arguments evaluated at the defer, block-form copies of inner-block
   variables, defer_result (of the function's return type: int, long
   long, short or double), panics, recover, panics during panics.

   The programs have functions f0 .. fN-1 of (int d, int a, int b),
   calling each other (recursion included) while d > 0; statements are
   traces, assignments, if, blocks (whose variable may be the element of
   a one-element array or struct), for/while/do loops and loops formed
   by a backward goto (or a non-local goto from a GNU nested function),
   switch with fall-through, break, continue, early
   returns, calls, defers of both forms (also in loops and conditions),
   defer_panicf, and, in deferred blocks, defer_result and defer_recover;
   and variables of the function's outermost block with a cleanup
   attribute, among the defers (S14: one LIFO order across both).
   Arithmetic stays within +-1000, so nothing overflows; expressions have
   no side effects, so C's unspecified evaluation order cannot matter.

   Every statement has a number; DROPS, a comma-separated list, leaves
   those out of both the program and the model.  The reducer in fuzz.sh
   uses it.  gen prints how many numbers there are.  */

#include "gen-common.h"

/* ---- the program tree ---- */

#define MAXF 5			/* functions */
#define MAXV 40			/* variables per function */
#define FN_VARS 6		/* d, a, b, x0, x1, x2: the function's own */

enum skind
{
  S_TRACE, S_ASSIGN, S_RESULT, S_CALL, S_IF, S_BLOCK, S_FOR, S_WHILE, S_DO,
  S_GOTO, S_SWITCH, S_BREAK, S_CONTINUE, S_RETURN, S_DEFER_TRACE,
  S_DEFER_CALL, S_DEFER_BLOCK, S_PANIC, S_RECOVER, S_CLEANUP
};

struct stmt
{
  enum skind k;
  int id;			/* Its number, for DROPS; -1: always kept.  */
  int var;			/* Assigned or declared variable.  */
  int callee;
  int n;			/* Loop count.  */
  int label;			/* S_GOTO's label number.  */
  int nonlocal;			/* S_GOTO: jump back from a nested
				   function (a non-local goto).  */
  struct expr *e, *e2;
  struct stmt *body, *els;	/* Statement lists.  */
  struct stmt *cases[3];
  struct stmt *next;
};

/* Return types: defer_result has the function's (S5).  Values stay
   within +-1000, so each holds them exactly.  */
static const char *const rtypes[] = { "int", "long long", "short", "double" };

struct fn
{
  int rtype;			/* Index in rtypes.  */
  int nvars;
  int nlabels;
  struct var vars[MAXV];
  struct stmt *body;
};

static struct fn fns[MAXF];
static int nfns;
static int nids;

/* The calls main makes: fK (d, a, b), some through guard (), which
   recovers a panic and prints it.  */
static int ntop;
static int top_fn[4], top_args[4][3], top_guard[4];

/* What may be generated where.  */
struct ctx
{
  int fn;
  int depth;
  int in_loop;			/* A loop a break/continue may leave.  */
  int in_switch;		/* A switch a break may leave.  */
  int in_defer;			/* Inside a deferred block.  */
  int nvisible;
  int visible[MAXV];
};

static struct expr *
gen_expr (const struct ctx *c, int depth)
{
  return gen_expr_over (c->visible, c->nvisible, c->in_defer, depth);
}

static struct stmt *gen_list (struct ctx *, int max);

static struct stmt *
new_stmt (enum skind k)
{
  struct stmt *s = xcalloc (sizeof *s);
  s->k = k;
  s->id = nids++;
  return s;
}

/* A new variable of the current function, visible in C's copy of CTX.  */
static int
new_var (struct ctx *c, const char *prefix, int fixed)
{
  struct fn *f = &fns[c->fn];
  return new_var_in (f->vars, &f->nvars, c->visible, &c->nvisible, prefix,
		     fixed);
}

/* A visible variable that may be assigned.  */
static int
pick_var (const struct ctx *c)
{
  return pick_var_in (fns[c->fn].vars, c->visible, c->nvisible);
}

static struct stmt *
gen_stmt (struct ctx *c)
{
  struct fn *f = &fns[c->fn];
  int room = f->nvars < MAXV - 2 && c->nvisible < MAXV - 2;
  int nest = c->depth < 3;
  for (;;)
    {
      unsigned r = rnd (100);
      struct stmt *s;
      struct ctx inner = *c;
      inner.depth++;
      if (r < 16)
	{
	  s = new_stmt (S_TRACE);
	  s->e = gen_expr (c, 0);
	  return s;
	}
      if (r < 24)
	{
	  s = new_stmt (S_ASSIGN);
	  s->var = pick_var (c);
	  s->e = gen_expr (c, 0);
	  return s;
	}
      if (r < 30 && nest)
	{
	  s = new_stmt (S_IF);
	  s->e = gen_expr (c, 0);
	  s->body = gen_list (&inner, 2);
	  if (chance (40))
	    s->els = gen_list (&inner, 2);
	  return s;
	}
      if (r < 34 && nest && room)
	{
	  s = new_stmt (S_BLOCK);
	  s->e = gen_expr (c, 0);
	  s->var = new_var (&inner, "y", 0);
	  {
	    struct var *bv = &fns[c->fn].vars[s->var];
	    char base[sizeof bv->base];
	    strcpy (base, bv->name);
	    strcpy (bv->base, base);
	    bv->shape = (int) rnd (3);
	    if (bv->shape == 1)
	      snprintf (bv->name, sizeof bv->name, "%s[0]", base);
	    else if (bv->shape == 2)
	      snprintf (bv->name, sizeof bv->name, "%s.v", base);
	  }
	  s->body = gen_list (&inner, 3);
	  return s;
	}
      if (r < 46 && nest && room)
	{
	  static const enum skind loops[] = { S_FOR, S_FOR, S_WHILE, S_DO,
					      S_GOTO };
	  s = new_stmt (loops[rnd (5)]);
	  s->n = (int) rnd (4);
	  if (s->k == S_DO || s->k == S_GOTO)
	    s->n++;
	  s->var = new_var (&inner, s->k == S_FOR ? "i" : s->k == S_GOTO
			    ? "g" : "w", 1);
	  if (s->k == S_GOTO)
	    {
	      s->label = fns[c->fn].nlabels++;
	      /* Not in a deferred block: there a nested function's goto is
		 an error (the statement is copied for the landing pad).  */
	      s->nonlocal = !c->in_defer && chance (40);
	    }
	  else
	    {
	      inner.in_loop = 1;
	      inner.in_switch = 0;
	    }
	  s->body = gen_list (&inner, 3);
	  return s;
	}
      if (r < 49 && nest)
	{
	  s = new_stmt (S_SWITCH);
	  s->e = gen_expr (c, 0);
	  inner.in_switch = 1;
	  for (int k = 0; k < 3; k++)
	    s->cases[k] = gen_list (&inner, 2);
	  return s;
	}
      if (r < 55)
	{
	  s = new_stmt (S_CALL);
	  s->callee = (int) rnd (nfns);
	  s->var = pick_var (c);
	  s->e = gen_expr (c, 0);
	  s->e2 = gen_expr (c, 0);
	  return s;
	}
      if (r < 59 && (c->in_loop || c->in_switch))
	return new_stmt (S_BREAK);
      if (r < 61 && c->in_loop)
	return new_stmt (S_CONTINUE);
      if (r < 64 && (c->in_defer ? chance (30) : 1))
	{
	  s = new_stmt (S_PANIC);
	  s->e = gen_expr (c, 0);
	  return s;
	}
      if (!c->in_defer)
	{
	  if (r < 68 && c->depth > 0)
	    {
	      s = new_stmt (S_RETURN);
	      s->e = gen_expr (c, 0);
	      return s;
	    }
	  if (r < 78)
	    {
	      s = new_stmt (S_DEFER_TRACE);
	      s->e = gen_expr (c, 0);
	      return s;
	    }
	  if (r < 82)
	    {
	      s = new_stmt (S_DEFER_CALL);
	      s->callee = (int) rnd (nfns);
	      s->e = gen_expr (c, 0);
	      s->e2 = gen_expr (c, 0);
	      return s;
	    }
	  if (r < 94)
	    {
	      s = new_stmt (S_DEFER_BLOCK);
	      inner.in_defer = 1;
	      inner.in_loop = 0;
	      inner.in_switch = 0;
	      s->body = gen_list (&inner, 3);
	      return s;
	    }
	  if (r < 98 && c->depth == 0 && room)
	    {
	      /* The outermost block only: `int cN __attribute__ ((cleanup
		 (cl))) = e;' -- its initializer sees the variables before
		 it.  */
	      s = new_stmt (S_CLEANUP);
	      s->e = gen_expr (c, 0);
	      s->var = new_var (c, "c", 0);
	      fns[c->fn].vars[s->var].outer = 1;
	      return s;
	    }
	}
      else
	{
	  if (r < 80)
	    {
	      s = new_stmt (S_RESULT);
	      s->e = gen_expr (c, 0);
	      return s;
	    }
	  if (r < 95)
	    return new_stmt (S_RECOVER);
	}
    }
}

static struct stmt *
gen_list (struct ctx *c, int max)
{
  struct stmt *head = NULL, **tail = &head;
  int n = 1 + (int) rnd ((unsigned) max);
  for (int i = 0; i < n; i++)
    {
      *tail = gen_stmt (c);
      tail = &(*tail)->next;
    }
  return head;
}

static void
gen_program (void)
{
  nfns = 1 + (int) rnd (MAXF);
  static const char *const own[FN_VARS] = { "d", "a", "b", "x0", "x1", "x2" };
  for (int i = 0; i < nfns; i++)
    {
      fns[i].nvars = FN_VARS;
      for (int v = 0; v < FN_VARS; v++)
	strcpy (fns[i].vars[v].name, own[v]);
      fns[i].vars[0].fixed = 1;
      fns[i].rtype = chance (50) ? 0 : 1 + (int) rnd (3);
    }
  for (int i = 0; i < nfns; i++)
    {
      struct ctx c;
      memset (&c, 0, sizeof c);
      c.fn = i;
      for (int v = 0; v < FN_VARS; v++)
	c.visible[c.nvisible++] = v;
      struct stmt *body = gen_list (&c, 5);
      struct stmt **tail = &body;
      while (*tail)
	tail = &(*tail)->next;
      struct stmt *ret = new_stmt (S_RETURN);
      ret->id = -1;
      nids--;
      ret->e = gen_expr (&c, 0);
      *tail = ret;
      fns[i].body = body;
    }
  ntop = 1 + (int) rnd (3);
  for (int t = 0; t < ntop; t++)
    {
      top_fn[t] = (int) rnd (nfns);
      top_args[t][0] = 1 + (int) rnd (3);
      top_args[t][1] = (int) rnd (10);
      top_args[t][2] = (int) rnd (10);
      top_guard[t] = chance (60);
    }
}

/* ---- printing the tree as C ---- */

static int
is_dropped (const struct stmt *s)
{
  return dropped_id (s->id);
}

static void print_list (const struct fn *, const struct stmt *, int);

/* A statement list in braces, as the body of an if, else or loop.  */
static void
print_braced (const struct fn *f, const struct stmt *list, int ind)
{
  indent (ind);
  fputs ("  {\n", out);
  print_list (f, list, ind + 2);
  indent (ind);
  fputs ("  }\n", out);
}

static void
print_stmt (const struct fn *f, const struct stmt *s, int ind)
{
  const char *v = f->vars[s->var].name;
  indent (ind);
  switch (s->k)
    {
    case S_TRACE:
      fputs ("t (", out);
      print_expr (f->vars, s->e);
      fputs (");\n", out);
      break;
    case S_ASSIGN:
      fprintf (out, "%s = ", v);
      print_expr (f->vars, s->e);
      fputs (";\n", out);
      break;
    case S_CLEANUP:
      /* Left out by DROPS, the variable stays, without its cleanup:
	 the statements after it use it.  */
      fprintf (out, "int %s%s = ", v,
	       is_dropped (s) ? "" : " __attribute__ ((cleanup (cl)))");
      print_expr (f->vars, s->e);
      fputs (";\n", out);
      break;
    case S_RESULT:
      fputs ("defer_result = ", out);
      print_expr (f->vars, s->e);
      fputs (";\n", out);
      break;
    case S_CALL:
      fprintf (out, "if (d > 0) %s = f%d (d - 1, ", v, s->callee);
      print_expr (f->vars, s->e);
      fputs (", ", out);
      print_expr (f->vars, s->e2);
      fputs (");\n", out);
      break;
    case S_IF:
      fputs ("if (", out);
      print_expr (f->vars, s->e);
      fputs (")\n", out);
      print_braced (f, s->body, ind);
      if (s->els)
	{
	  indent (ind);
	  fputs ("else\n", out);
	  print_braced (f, s->els, ind);
	}
      break;
    case S_BLOCK:
      fprintf (out, "{\n");
      indent (ind + 1);
      {
	const struct var *bv = &f->vars[s->var];
	if (bv->shape == 1)
	  fprintf (out, "int %s[1] = { ", bv->base);
	else if (bv->shape == 2)
	  fprintf (out, "struct { int v; } %s = { ", bv->base);
	else
	  fprintf (out, "int %s = ", v);
	print_expr (f->vars, s->e);
	fputs (bv->shape ? " };\n" : ";\n", out);
      }
      print_list (f, s->body, ind + 1);
      indent (ind);
      fputs ("}\n", out);
      break;
    case S_FOR:
      fprintf (out, "for (int %s = 0; %s < %d; %s++)\n", v, v, s->n, v);
      print_braced (f, s->body, ind);
      break;
    case S_WHILE:
    case S_DO:
      fprintf (out, "{\n");
      indent (ind + 1);
      fprintf (out, "int %s = 0;\n", v);
      indent (ind + 1);
      fprintf (out, s->k == S_WHILE ? "while (%s < %d)\n" : "do\n", v, s->n);
      indent (ind + 1);
      fprintf (out, "  {\n");
      indent (ind + 2);
      fprintf (out, "  %s++;\n", v);
      print_list (f, s->body, ind + 3);
      indent (ind + 1);
      fputs ("  }\n", out);
      if (s->k == S_DO)
	{
	  indent (ind + 1);
	  fprintf (out, "while (%s < %d);\n", v, s->n);
	}
      indent (ind);
      fputs ("}\n", out);
      break;
    case S_GOTO:
      fprintf (out, "{\n");
      if (s->nonlocal)
	{
	  indent (ind + 1);
	  fprintf (out, "__label__ L%d;\n", s->label);
	}
      indent (ind + 1);
      fprintf (out, "int %s = 0;\n", v);
      if (s->nonlocal)
	{
	  indent (ind + 1);
	  fprintf (out, "void j%d (void) { goto L%d; }\n", s->label, s->label);
	}
      fprintf (out, "L%d:;\n", s->label);
      print_list (f, s->body, ind + 1);
      indent (ind + 1);
      fprintf (out, "if (++%s < %d)\n", v, s->n);
      indent (ind + 1);
      if (s->nonlocal)
	fprintf (out, "  j%d ();\n", s->label);
      else
	fprintf (out, "  goto L%d;\n", s->label);
      indent (ind);
      fputs ("}\n", out);
      break;
    case S_SWITCH:
      fputs ("switch (((", out);
      print_expr (f->vars, s->e);
      fputs (") % 3 + 3) % 3)\n", out);
      indent (ind);
      fputs ("  {\n", out);
      for (int k = 0; k < 3; k++)
	{
	  indent (ind + 1);
	  fputs (k == 2 ? "default:\n" : k ? "case 1:\n" : "case 0:\n", out);
	  indent (ind + 2);
	  fputs ("{\n", out);
	  print_list (f, s->cases[k], ind + 3);
	  indent (ind + 2);
	  fputs ("}\n", out);
	  indent (ind + 2);
	  fputs (k == 1 ? "/* Fall through.  */\n" : "break;\n", out);
	}
      indent (ind);
      fputs ("  }\n", out);
      break;
    case S_BREAK:
      fputs ("break;\n", out);
      break;
    case S_CONTINUE:
      fputs ("continue;\n", out);
      break;
    case S_RETURN:
      fputs ("return ", out);
      print_expr (f->vars, s->e);
      fputs (";\n", out);
      break;
    case S_DEFER_TRACE:
      fputs ("defer t (", out);
      print_expr (f->vars, s->e);
      fputs (");\n", out);
      break;
    case S_DEFER_CALL:
      fprintf (out, "if (d > 0) defer f%d (d - 1, ", s->callee);
      print_expr (f->vars, s->e);
      fputs (", ", out);
      print_expr (f->vars, s->e2);
      fputs (");\n", out);
      break;
    case S_DEFER_BLOCK:
      fputs ("defer {\n", out);
      print_list (f, s->body, ind + 1);
      indent (ind);
      fputs ("}\n", out);
      break;
    case S_PANIC:
      fputs ("defer_panicf (\"%d\", ", out);
      print_expr (f->vars, s->e);
      fputs (");\n", out);
      break;
    case S_RECOVER:
      fputs ("{ const char *m = defer_recover (); t (m ? atoi (m) : -1); }\n",
	     out);
      break;
    }
}

static void
print_list (const struct fn *f, const struct stmt *s, int ind)
{
  int any = 0;
  for (; s; s = s->next)
    if (!is_dropped (s) || s->k == S_CLEANUP)
      {
	print_stmt (f, s, ind);
	any = 1;
      }
  if (!any)
    {
      indent (ind);
      fputs (";\n", out);
    }
}

static void
print_program (void)
{
  fputs ("/* Generated by testsuite/fuzz/gen.c.  */\n"
	 "#include <stdio.h>\n#include <stdlib.h>\n#include <defer.h>\n\n"
	 "static void t (int v) { printf (\"%d \", v); }\n"
	 "static void cl (int *v) { printf (\"c%d \", *v); }\n\n", out);
  for (int i = 0; i < nfns; i++)
    fprintf (out, "static %s f%d (int d, int a, int b);\n",
	     rtypes[fns[i].rtype], i);
  fputs ("\nstatic int\nguard (int (*f) (int, int, int), int d, int a, int b)\n"
	 "{\n  defer {\n    const char *m = defer_recover ();\n"
	 "    if (m)\n      printf (\"recovered %s \", m);\n  }\n"
	 "  return f (d, a, b);\n}\n", out);
  /* guard takes an int function: the others through a wrapper, a frame
     with no defer that a panic passes.  */
  for (int i = 0; i < nfns; i++)
    if (fns[i].rtype)
      fprintf (out, "\nstatic int\nw%d (int d, int a, int b)\n{\n"
	       "  return (int) f%d (d, a, b);\n}\n", i, i);
  for (int i = 0; i < nfns; i++)
    {
      fprintf (out, "\nstatic %s\nf%d (int d, int a, int b)\n{\n"
	       "  int x0 = a, x1 = b, x2 = 0;\n", rtypes[fns[i].rtype], i);
      print_list (&fns[i], fns[i].body, 1);
      fputs ("}\n", out);
    }
  fputs ("\nint\nmain (void)\n{\n", out);
  for (int t = 0; t < ntop; t++)
    if (top_guard[t])
      fprintf (out, "  printf (\"=%%d\\n\", guard (%c%d, %d, %d, %d));\n",
	       fns[top_fn[t]].rtype ? 'w' : 'f', top_fn[t], top_args[t][0],
	       top_args[t][1], top_args[t][2]);
    else
      fprintf (out, "  printf (\"=%%d\\n\", (int) f%d (%d, %d, %d));\n",
	       top_fn[t], top_args[t][0], top_args[t][1], top_args[t][2]);
  fputs ("  return 0;\n}\n", out);
}

/* ---- the model ---- */

enum status { ST_NORMAL, ST_BREAK, ST_CONTINUE, ST_RETURN, ST_PANIC };

/* A pending deferred statement: its values, captured when reached.  */
struct record
{
  const struct stmt *s;
  int vals[MAXV];		/* Block form: the variables, copied.  */
  int args[3];			/* Call form: the arguments.  */
  struct record *next;
};

struct frame
{
  int fn;
  int vars[MAXV];
  int result;			/* defer_result, and what `return' stores.  */
  struct record *pending;	/* Newest first.  */
  int panicking, recovered, pval;
};

/* Where variables live: a deferred block reads the function's own
   variables in the frame and the inner ones in its record's copies.  */
struct env
{
  struct frame *f;
  int *inner;
};

static int *
slot (struct env *e, int v)
{
  return (v < FN_VARS || fns[e->f->fn].vars[v].outer ? &e->f->vars[v]
	  : &e->inner[v]);
}

static int
value (int v, const void *where)
{
  struct env *e = (struct env *) where;
  return v < 0 ? e->f->result : *slot (e, v);
}

static int
eval (struct env *e, const struct expr *x)
{
  return eval_with (x, value, e);
}

static enum status call (int fn, int d, int a, int b, int *ret);
static enum status exec_list (struct env *, const struct stmt *, int *pv);

static enum status
exec (struct env *e, const struct stmt *s, int *pv)
{
  struct frame *f = e->f;
  if (++steps > MAX_STEPS)
    too_big = 1;
  if (too_big)
    return ST_RETURN;
  enum status st;
  switch (s->k)
    {
    case S_TRACE:
      emit ("%d ", eval (e, s->e));
      return ST_NORMAL;
    case S_ASSIGN:
      *slot (e, s->var) = eval (e, s->e);
      return ST_NORMAL;
    case S_RESULT:
      f->result = eval (e, s->e);
      return ST_NORMAL;
    case S_CALL:
      if (f->vars[0] > 0)
	{
	  int a = eval (e, s->e), b = eval (e, s->e2), r;
	  if (call (s->callee, f->vars[0] - 1, a, b, &r) == ST_PANIC)
	    {
	      *pv = r;
	      return ST_PANIC;
	    }
	  *slot (e, s->var) = r;
	}
      return ST_NORMAL;
    case S_IF:
      if (eval (e, s->e))
	return exec_list (e, s->body, pv);
      return s->els ? exec_list (e, s->els, pv) : ST_NORMAL;
    case S_BLOCK:
      *slot (e, s->var) = eval (e, s->e);
      return exec_list (e, s->body, pv);
    case S_FOR:
    case S_WHILE:
    case S_DO:
      {
	int *i = slot (e, s->var);
	*i = 0;
	for (;;)
	  {
	    if (s->k == S_FOR ? *i >= s->n : s->k == S_WHILE && *i >= s->n)
	      break;
	    if (s->k != S_FOR)
	      ++*i;
	    st = exec_list (e, s->body, pv);
	    if (st == ST_BREAK)
	      break;
	    if (st != ST_NORMAL && st != ST_CONTINUE)
	      return st;
	    if (s->k == S_FOR)
	      ++*i;
	    else if (s->k == S_DO && *i >= s->n)
	      break;
	  }
	return ST_NORMAL;
      }
    case S_GOTO:
      {
	int *g = slot (e, s->var);
	*g = 0;
	do
	  {
	    st = exec_list (e, s->body, pv);
	    if (st != ST_NORMAL)
	      return st;
	  }
	while (++*g < s->n);
	return ST_NORMAL;
      }
    case S_SWITCH:
      {
	int sel = ((eval (e, s->e) % 3) + 3) % 3;
	for (int k = sel; k < 3; k++)
	  {
	    st = exec_list (e, s->cases[k], pv);
	    if (st == ST_BREAK)
	      return ST_NORMAL;
	    if (st != ST_NORMAL)
	      return st;
	    if (k != 1)		/* Case 1 falls through to default.  */
	      break;
	  }
	return ST_NORMAL;
      }
    case S_BREAK:
      return ST_BREAK;
    case S_CONTINUE:
      return ST_CONTINUE;
    case S_RETURN:
      f->result = eval (e, s->e);
      return ST_RETURN;
    case S_DEFER_TRACE:
    case S_DEFER_CALL:
    case S_DEFER_BLOCK:
      {
	if (s->k == S_DEFER_CALL && f->vars[0] <= 0)
	  return ST_NORMAL;
	struct record *r = xcalloc (sizeof *r);
	r->s = s;
	if (s->k == S_DEFER_TRACE)
	  r->args[0] = eval (e, s->e);
	else if (s->k == S_DEFER_CALL)
	  {
	    r->args[0] = f->vars[0] - 1;
	    r->args[1] = eval (e, s->e);
	    r->args[2] = eval (e, s->e2);
	  }
	else
	  memcpy (r->vals, e->inner, sizeof r->vals);
	r->next = f->pending;
	f->pending = r;
	return ST_NORMAL;
      }
    case S_PANIC:
      *pv = eval (e, s->e);
      return ST_PANIC;
    case S_CLEANUP:
      {
	*slot (e, s->var) = eval (e, s->e);
	if (is_dropped (s))
	  return ST_NORMAL;
	/* Established here, run at exit in LIFO order with the defers.  */
	struct record *r = xcalloc (sizeof *r);
	r->s = s;
	r->next = f->pending;
	f->pending = r;
	return ST_NORMAL;
      }
    case S_RECOVER:
      if (f->panicking && !f->recovered)
	{
	  f->recovered = 1;
	  emit ("%d ", f->pval);
	}
      else
	emit ("-1 ");
      return ST_NORMAL;
    }
  abort ();
}

static enum status
exec_list (struct env *e, const struct stmt *s, int *pv)
{
  for (; s; s = s->next)
    if (!is_dropped (s) || s->k == S_CLEANUP)
      {
	enum status st = exec (e, s, pv);
	if (st != ST_NORMAL)
	  return st;
      }
  return ST_NORMAL;
}

/* Run R, a pending statement of F, at F's exit.  A statement that panics
   starts a new panic for F, replacing one under way (S8).  */
static void
run_record (struct frame *f, struct record *r)
{
  int pv = 0;
  int panicked = 0;
  if (r->s->k == S_DEFER_TRACE)
    emit ("%d ", r->args[0]);
  else if (r->s->k == S_CLEANUP)
    emit ("c%d ", f->vars[r->s->var]);
  else if (r->s->k == S_DEFER_CALL)
    panicked = call (r->s->callee, r->args[0], r->args[1], r->args[2], &pv)
	       == ST_PANIC;
  else
    {
      struct env e = { f, r->vals };
      panicked = exec_list (&e, r->s->body, &pv) == ST_PANIC;
    }
  if (panicked)
    {
      f->panicking = 1;
      f->recovered = 0;
      f->pval = pv;
    }
}

/* Call FN: its value, or ST_PANIC and the panic's value, in *RET.  */
static enum status
call (int fn, int d, int a, int b, int *ret)
{
  struct frame f;
  memset (&f, 0, sizeof f);
  f.fn = fn;
  f.vars[0] = d;
  f.vars[1] = f.vars[3] = a;
  f.vars[2] = f.vars[4] = b;
  struct env e = { &f, f.vars };
  int pv = 0;
  /* Every body ends with a return, so the status is a return or a
     panic.  */
  enum status st = exec_list (&e, fns[fn].body, &pv);
  f.panicking = st == ST_PANIC;
  f.pval = pv;
  while (f.pending)
    {
      struct record *r = f.pending;
      f.pending = r->next;
      run_record (&f, r);
      free (r);
    }
  if (f.panicking && !f.recovered)
    {
      *ret = f.pval;
      return ST_PANIC;
    }
  *ret = f.result;
  return ST_RETURN;
}

/* Run main: the trace, and the exit status.  */
static int
model (void)
{
  trace_len = 0;
  steps = 0;
  too_big = 0;
  emit ("%s", "");
  for (int t = 0; t < ntop; t++)
    {
      int r;
      if (call (top_fn[t], top_args[t][0], top_args[t][1], top_args[t][2],
		&r) == ST_PANIC)
	{
	  if (!top_guard[t])
	    return 2;		/* Unrecovered: S9.  */
	  /* guard () recovered it and returns its defer_result, zero.  */
	  emit ("recovered %d ", r);
	  r = 0;
	}
      emit ("=%d\n", r);
    }
  return 0;
}

int
main (int argc, char **argv)
{
  unsigned long long seed = parse_command_line (argc, argv, "gen");

  /* A program whose model runs too long is drawn again from the same
     seed's sequence, so SEED alone still names the program.  */
  int status;
  rng = seed * 0x9E3779B97F4A7C15ULL + 1;
  for (;;)
    {
      memset (fns, 0, sizeof fns);
      nids = 0;
      gen_program ();
      status = model ();
      if (!too_big)
	break;
    }
  write_files (argv[2], print_program, argv[3], status);
  printf ("%d\n", nids);
  return 0;
}
