/* diagnose-block.cc -- no jump into the scope of a `_Defer' (SPEC T4).

   The scope of a block-scoped defer statement is the rest of its block:
   the body of the try/finally the parser made for it (lower-block.cc),
   after the defer statement itself.
   TS 25755 forbids jumping from outside that scope into it: the deferred
   block would run on leaving a scope it was never armed in.  So these
   are errors, reported at the jump with a note at the defer:

     goto L; ... _Defer S; ... L:		 a forward goto past the defer
     switch (x) { _Defer S; case 1: ... }	 a case label after a defer
     { _Defer S; L: ... } ... goto L;	 a backward goto into the block

   while a jump that does not enter the scope is fine, also one over a
   defer of a nested block (`goto L; { _Defer S; } L:'), and so is a
   jump that leaves the scope (the deferred block runs, T2).  The jumps
   into S itself, and out of it, are diagnose.cc's.

   One walk over the function records, for every label and every jump,
   the set of defer scopes it is in; a jump is wrong when its target is
   in a scope the jump is not in.  A case label's jump comes from its
   switch statement; a label whose address is taken (`&&L') may be
   jumped to from where the address is taken; a nested function's goto
   comes from outside every scope.  */

#include "defer-plugin.h"

/* A jump, or a label, and the scopes it is in.  */
struct scoped_point
{
  tree label;			/* The target (jumps), or the label.  */
  location_t loc;
  bitmap scopes;		/* Indexes of block sites.  */
  int body;			/* The innermost S it is in, or -1.  */
  bool is_case;			/* A case or default label (jumps only).  */
  bool is_default;
};

struct scope_state
{
  struct defer_function *fn;
  bitmap_obstack obstack;
  bitmap open;			/* The scopes the walk is in.  */
  vec<scoped_point> jumps;
  hash_map<tree, unsigned> *labels;	/* Label -> index in LABEL_POINTS.  */
  vec<scoped_point> label_points;
  vec<bitmap> switches;		/* The scopes of the enclosing switches.  */
  vec<int> bodies;		/* The S being walked, innermost last.  */
  hash_set<tree> *visited;
  bool ok;
};

static bitmap
copy_open (scope_state *st)
{
  bitmap b = BITMAP_ALLOC (&st->obstack);
  bitmap_copy (b, st->open);
  return b;
}

static void
add_jump (scope_state *st, tree label, location_t loc, bitmap scopes)
{
  scoped_point p;
  memset (&p, 0, sizeof p);
  p.label = label;
  p.loc = defer_user_location (loc);
  p.scopes = scopes;
  p.body = st->bodies.is_empty () ? -1 : st->bodies.last ();
  st->jumps.safe_push (p);
}

/* Report the defer statements whose scope holds TARGET but not FROM.  */

static void
report_entered (scope_state *st, bitmap target, bitmap from,
		const scoped_point *jump)
{
  bitmap_head entered;
  bitmap_initialize (&entered, &st->obstack);
  bitmap_and_compl (&entered, target, from);
  unsigned i;
  bitmap_iterator bi;
  EXECUTE_IF_SET_IN_BITMAP (&entered, 0, i, bi)
    {
      const defer_site *site = &st->fn->block_sites[i];
      if (!jump->is_case)
	error_at (jump->loc, "jump to label %qD enters the scope of a "
		  "deferred statement", jump->label);
      else if (jump->is_default)
	error_at (jump->loc, "%<switch%> jumps to this %<default%> label "
		  "in the scope of a deferred statement");
      else
	error_at (jump->loc, "%<switch%> jumps to this %<case%> label "
		  "in the scope of a deferred statement");
      inform (site->loc, "the scope of this %<_Defer%> starts here; jump "
	      "to a label before it, or put the defer and the code after "
	      "it in a block of their own");
      st->ok = false;
      /* One error per jump.  */
      break;
    }
  bitmap_clear (&entered);
}

static tree scope_r (tree *, int *, void *);

/* The try/finally CLEANUP of block site SITE: its S is outside its own
   scope; the rest of the try's body, after the defer statement, is
   inside.  */

static void
walk_cleanup (tree cleanup, unsigned site, scope_state *st)
{
  tree marker = *st->fn->block_sites[site].slot;
  st->bodies.safe_push ((int) site);
  walk_tree (&FOR_BODY (marker), scope_r, st, st->visited);
  st->bodies.pop ();
  st->visited->add (marker);
  bitmap_set_bit (st->open, site);
  walk_tree (&TREE_OPERAND (cleanup, 0), scope_r, st, st->visited);
  bitmap_clear_bit (st->open, site);
}

static tree
scope_r (tree *tp, int *walk_subtrees, void *data)
{
  scope_state *st = (scope_state *) data;
  tree t = *tp;

  switch (TREE_CODE (t))
    {
    case TRY_FINALLY_EXPR:
      for (unsigned i = 0; i < st->fn->block_sites.length (); i++)
	if (st->fn->block_sites[i].block_cleanup == t)
	  {
	    walk_cleanup (t, i, st);
	    *walk_subtrees = 0;
	    break;
	  }
      break;

    case LABEL_EXPR:
      {
	scoped_point p;
	memset (&p, 0, sizeof p);
	p.label = LABEL_EXPR_LABEL (t);
	p.scopes = copy_open (st);
	p.body = st->bodies.is_empty () ? -1 : st->bodies.last ();
	st->labels->put (p.label, st->label_points.length ());
	st->label_points.safe_push (p);
	break;
      }

    case GOTO_EXPR:
      if (TREE_CODE (GOTO_DESTINATION (t)) == LABEL_DECL)
	add_jump (st, GOTO_DESTINATION (t), EXPR_LOCATION (t),
		  copy_open (st));
      break;

    case ADDR_EXPR:
      if (TREE_CODE (TREE_OPERAND (t, 0)) == LABEL_DECL)
	add_jump (st, TREE_OPERAND (t, 0), EXPR_LOCATION (t),
		  copy_open (st));
      break;

    case ASM_EXPR:
      for (tree l = ASM_LABELS (t); l; l = TREE_CHAIN (l))
	add_jump (st, TREE_VALUE (l), EXPR_LOCATION (t), copy_open (st));
      break;

    case DECL_EXPR:
      if (TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL)
	{
	  vec<tree> gotos = vNULL;
	  defer_nonlocal_gotos (DECL_EXPR_DECL (t), st->fn->fndecl, &gotos);
	  for (unsigned i = 0; i < gotos.length (); i++)
	    add_jump (st, GOTO_DESTINATION (gotos[i]),
		      EXPR_LOCATION (gotos[i]), BITMAP_ALLOC (&st->obstack));
	  gotos.release ();
	}
      break;

    case SWITCH_STMT:
      walk_tree (&SWITCH_STMT_COND (t), scope_r, st, st->visited);
      st->switches.safe_push (copy_open (st));
      walk_tree (&SWITCH_STMT_BODY (t), scope_r, st, st->visited);
      st->switches.pop ();
      *walk_subtrees = 0;
      break;

    case CASE_LABEL_EXPR:
      if (!st->switches.is_empty ())
	{
	  scoped_point p;
	  memset (&p, 0, sizeof p);
	  p.loc = defer_user_location (EXPR_LOCATION (t));
	  p.is_case = true;
	  p.is_default = CASE_LOW (t) == NULL_TREE;
	  report_entered (st, st->open, st->switches.last (), &p);
	}
      break;

    default:
      if (TYPE_P (t))
	*walk_subtrees = 0;
      break;
    }
  return NULL_TREE;
}

/* Check that no jump of FN enters the scope of one of its block-scoped
   defer statements.  Return false after reporting errors.  */

bool
defer_check_block_scopes (struct defer_function *fn)
{
  scope_state st;
  memset (&st, 0, sizeof st);
  hash_map<tree, unsigned> labels;
  hash_set<tree> visited;
  st.labels = &labels;
  st.fn = fn;
  st.visited = &visited;
  st.ok = true;
  bitmap_obstack_initialize (&st.obstack);
  st.open = BITMAP_ALLOC (&st.obstack);
  walk_tree (&DECL_SAVED_TREE (fn->fndecl), scope_r, &st, &visited);
  gcc_checking_assert (st.switches.is_empty ()
		       && bitmap_empty_p (st.open));
  for (unsigned i = 0; i < st.jumps.length (); i++)
    {
      /* A jump into or out of some S is diagnose.cc's error already.  */
      unsigned *at = st.labels->get (st.jumps[i].label);
      if (at && st.label_points[*at].body == st.jumps[i].body)
	report_entered (&st, st.label_points[*at].scopes, st.jumps[i].scopes,
			&st.jumps[i]);
    }
  st.jumps.release ();
  st.label_points.release ();
  st.switches.release ();
  st.bodies.release ();
  bitmap_obstack_release (&st.obstack);
  return st.ok;
}
