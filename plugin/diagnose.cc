/* diagnose.cc -- what a defer statement may not do (SPEC S6).

   A deferred statement runs while its function is returning, so control
   may not leave it (return, goto out, break/continue to an enclosing
   loop or switch) nor enter it (goto or case label into it).  A defer
   inside a deferred statement and setjmp inside one are rejected too.
   Every error is reported at the offending construct, followed by a note
   at the defer statement that says what to do instead.

   The same rules hold for TS 25755's block-scoped `_Defer' (SPEC T4),
   whose S runs when its block is left: nothing may jump into S or leave
   it.  There a `_Defer' inside S is allowed (it runs at the end of S),
   and so is setjmp; a function-scoped `defer' is not.  diagnose-block.cc
   adds the rule only `_Defer' has: no jump into the scope of a defer.  */

#include "defer-plugin.h"

static location_t
loc_of (tree t, location_t fallback)
{
  location_t loc = EXPR_P (t) ? EXPR_LOCATION (t) : UNKNOWN_LOCATION;
  return loc == UNKNOWN_LOCATION ? fallback : defer_user_location (loc);
}

/* Emit the note that accompanies every error about SITE.  */

static void
note_site (const defer_site *site, const char *hint)
{
  inform (site->loc, "in the statement deferred here; %s", hint);
}

/* State for checking one deferred statement's body.  */
struct body_state
{
  tree fndecl;
  const defer_site *site;
  bool block;			/* A block-scoped `_Defer'.  */
  hash_set<tree> *visited;
  hash_set<tree> *labels;	/* Labels defined inside the body.  */
  int loop_depth;
  int switch_depth;
  /* Names of the named loops and switches (C2y) inside the body that
     enclose the statement being checked.  */
  vec<tree> names;
  bool ok;
};

static tree check_body_r (tree *, int *, void *);

/* NESTED, a nested function defined or called at T in the deferred
   statement: its non-local gotos must stay inside the statement.  */

static void
check_nonlocal_gotos (tree nested, tree t, body_state *st)
{
  vec<tree> gotos = vNULL;
  defer_nonlocal_gotos (nested, st->fndecl, &gotos);
  for (unsigned i = 0; i < gotos.length (); i++)
    {
      tree label = GOTO_DESTINATION (gotos[i]);
      if (st->labels->contains (label))
	continue;
      error_at (loc_of (TREE_CODE (t) == DECL_EXPR ? gotos[i] : t,
			st->site->loc),
		"non-local %<goto %D%> from nested function %qD would leave "
		"a deferred statement", label, nested);
      if (TREE_CODE (t) != DECL_EXPR)
	inform (loc_of (gotos[i], DECL_SOURCE_LOCATION (nested)),
		"%qD jumps to %qD here", nested, label);
      note_site (st->site, "control may not leave a deferred statement; "
		 "return from the nested function instead");
      st->ok = false;
    }
  gotos.release ();
}

/* Check the operands of T, a loop (LOOP) or switch statement inside the
   deferred statement: a break or continue in it stays inside.  */

static void
check_nested (tree t, body_state *st, bool loop)
{
  tree name = defer_stmt_name (t);
  if (name)
    st->names.safe_push (name);
  if (loop)
    st->loop_depth++;
  else
    st->switch_depth++;
  /* Every operand: their number differs between GCC versions.  */
  for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
    walk_tree (&TREE_OPERAND (t, i), check_body_r, st, st->visited);
  if (loop)
    st->loop_depth--;
  else
    st->switch_depth--;
  if (name)
    st->names.pop ();
}

/* Whether a break or continue T stays inside the deferred statement:
   one naming a loop (C2y) must name one inside it; an unnamed one needs
   an enclosing loop (or, for break, a switch) inside it.  */

static bool
jump_stays_inside_p (tree t, body_state *st)
{
  tree name = defer_jump_name (t);
  if (name)
    return st->names.contains (name);
  if (TREE_CODE (t) == BREAK_STMT)
    return st->loop_depth > 0 || st->switch_depth > 0;
  return st->loop_depth > 0;
}

static tree
check_body_r (tree *tp, int *walk_subtrees, void *data)
{
  body_state *st = (body_state *) data;
  tree t = *tp;
  const defer_site *site = st->site;

  switch (TREE_CODE (t))
    {
    case FOR_STMT:
      if (defer_marker_p (t))
	{
	  error_at (defer_user_location (EXPR_LOCATION (t)),
		    "%<defer%> inside a deferred statement");
	  if (st->block)
	    note_site (site, "a function-scoped %<defer%> cannot be armed "
		       "by a block that runs at the end of its scope; use "
		       "%<_Defer%>, or move it out");
	  else
	    note_site (site, "deferred statements do not nest; defer the "
		       "inner statement directly, before or after this one");
	  st->ok = false;
	  *walk_subtrees = 0;
	  return NULL_TREE;
	}
      check_nested (t, st, true);
      *walk_subtrees = 0;
      return NULL_TREE;

    case WHILE_STMT:
    case DO_STMT:
      check_nested (t, st, true);
      *walk_subtrees = 0;
      return NULL_TREE;

    case SWITCH_STMT:
      {
	/* The condition is outside the switch: a break in a statement
	   expression there does not belong to it.  */
	walk_tree (&SWITCH_STMT_COND (t), check_body_r, st, st->visited);
	tree cond = SWITCH_STMT_COND (t);
	SWITCH_STMT_COND (t) = NULL_TREE;
	check_nested (t, st, false);
	SWITCH_STMT_COND (t) = cond;
	*walk_subtrees = 0;
	return NULL_TREE;
      }

    case RETURN_EXPR:
      error_at (loc_of (t, site->loc),
		"%<return%> inside a deferred statement");
      if (st->block)
	note_site (site, "it runs when its block is left and may not "
		   "leave it another way; to end it early, jump to a label "
		   "at its end");
      else
	note_site (site, "it already runs while the function returns; "
		   "to leave it early, jump to a label at its end");
      st->ok = false;
      return NULL_TREE;

    case GOTO_EXPR:
      if (TREE_CODE (GOTO_DESTINATION (t)) != LABEL_DECL)
	{
	  error_at (loc_of (t, site->loc),
		    "computed %<goto%> inside a deferred statement");
	  note_site (site, "control may not leave a deferred statement");
	  st->ok = false;
	}
      else if (!st->labels->contains (GOTO_DESTINATION (t)))
	{
	  error_at (loc_of (t, site->loc),
		    "%<goto %D%> jumps out of a deferred statement",
		    GOTO_DESTINATION (t));
	  note_site (site, "control may not leave a deferred statement; "
		     "put the label inside it");
	  st->ok = false;
	}
      return NULL_TREE;

    case BREAK_STMT:
      if (!jump_stays_inside_p (t, st))
	{
	  error_at (loc_of (t, site->loc),
		    "%<break%> would leave a deferred statement");
	  note_site (site, "a deferred statement is not a loop body; "
		     "jump to a label at its end instead");
	  st->ok = false;
	}
      return NULL_TREE;

    case CONTINUE_STMT:
      if (!jump_stays_inside_p (t, st))
	{
	  error_at (loc_of (t, site->loc),
		    "%<continue%> would leave a deferred statement");
	  note_site (site, "a deferred statement is not a loop body; "
		     "jump to a label at its end instead");
	  st->ok = false;
	}
      return NULL_TREE;

    case CASE_LABEL_EXPR:
      if (st->switch_depth == 0)
	{
	  error_at (loc_of (t, site->loc),
		    "%<case%> label inside a deferred statement belongs to "
		    "a %<switch%> outside it");
	  note_site (site, "a switch may not jump into a deferred "
		     "statement; put the whole switch inside it");
	  st->ok = false;
	}
      return NULL_TREE;

    case ASM_EXPR:
      /* asm goto: each label it may jump to.  */
      for (tree l = ASM_LABELS (t); l; l = TREE_CHAIN (l))
	if (!st->labels->contains (TREE_VALUE (l)))
	  {
	    error_at (loc_of (t, site->loc), "%<asm goto%> may jump out of "
		      "a deferred statement to label %qD", TREE_VALUE (l));
	    note_site (site, "control may not leave a deferred statement; "
		       "put the label inside it");
	    st->ok = false;
	  }
      return NULL_TREE;

    case DECL_EXPR:
      if (TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL)
	check_nonlocal_gotos (DECL_EXPR_DECL (t), t, st);
      return NULL_TREE;

    case CALL_EXPR:
      {
	tree callee = get_callee_fndecl (t);
	/* A nested function of this one called here may jump out.  */
	if (callee && DECL_CONTEXT (callee) == st->fndecl)
	  check_nonlocal_gotos (callee, t, st);
	if (!st->block && callee && (setjmp_call_p (callee)
		       || (flags_from_decl_or_type (callee)
			   & ECF_RETURNS_TWICE)))
	  {
	    error_at (loc_of (t, site->loc),
		      "%qD inside a deferred statement", callee);
	    note_site (site, "a deferred statement runs while its frame is "
		       "being torn down, so it cannot be returned to twice; "
		       "call setjmp in a helper function");
	    st->ok = false;
	  }
	return NULL_TREE;
      }

    default:
      if (TYPE_P (t))
	*walk_subtrees = 0;
      return NULL_TREE;
    }
}

static tree
collect_labels_r (tree *tp, int *walk_subtrees, void *data)
{
  hash_set<tree> *labels = (hash_set<tree> *) data;
  if (TREE_CODE (*tp) == LABEL_EXPR)
    labels->add (LABEL_EXPR_LABEL (*tp));
  else if (TYPE_P (*tp))
    *walk_subtrees = 0;
  return NULL_TREE;
}

/* Check the body of SITE; return false after reporting errors.  */

static bool
check_site_body (tree fndecl, defer_site *site, bool block,
		 hash_set<tree> *labels)
{
  walk_tree_without_duplicates (&site->stmt, collect_labels_r, labels);
  hash_set<tree> visited;
  body_state st;
  memset (&st, 0, sizeof st);
  st.fndecl = fndecl;
  st.site = site;
  st.block = block;
  st.visited = &visited;
  st.labels = labels;
  st.ok = true;
  walk_tree (&site->stmt, check_body_r, &st, &visited);
  gcc_checking_assert (st.names.is_empty ());
  st.names.release ();
  return st.ok;
}

/* Jumps into a deferred statement: every goto, and every label address,
   naming a label that a deferred statement defines must come from inside
   that same statement.  */

struct jump_in_state
{
  struct defer_function *fn;
  vec<defer_site> *sites;
  bool block;				/* SITES are block-scoped.  */
  hash_map<tree, unsigned> *owner;	/* Label -> index of its site.  */
  vec<int> inside;			/* Sites whose S is being walked.  */
  hash_set<tree> *visited;
  bool ok;
};

/* T jumps, or may jump, to LABEL.  */

static void
report_jump_in (tree t, tree label, jump_in_state *st)
{
  unsigned *owner = st->owner->get (label);
  if (owner && !st->inside.contains ((int) *owner))
    {
      const defer_site *site = &(*st->sites)[*owner];
      error_at (loc_of (t, site->loc),
		"jump into a deferred statement at label %qD", label);
      note_site (site, st->block
		 ? "a deferred statement can only be entered by leaving "
		   "its block; move the label out of it"
		 : "a deferred statement can only be entered by "
		   "the function's exit; move the label out of it");
      st->ok = false;
    }
}

static tree
jump_in_r (tree *tp, int *walk_subtrees, void *data)
{
  jump_in_state *st = (jump_in_state *) data;
  tree t = *tp;
  tree label = NULL_TREE;

  if (st->block ? defer_block_marker_p (t) : defer_marker_p (t))
    {
      /* Walk the body with the site recorded, then skip it.  */
      int site = -1;
      for (unsigned i = 0; i < st->sites->length (); i++)
	if (*(*st->sites)[i].slot == t)
	  site = (int) i;
      gcc_checking_assert (site >= 0);
      st->inside.safe_push (site);
      walk_tree (&FOR_BODY (t), jump_in_r, st, st->visited);
      st->inside.pop ();
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  if (TREE_CODE (t) == DECL_EXPR
      && TREE_CODE (DECL_EXPR_DECL (t)) == FUNCTION_DECL)
    {
      /* A nested function's non-local gotos count as coming from
	 outside every deferred statement, even to a label of the
	 statement that defines it: a deferred statement is copied (the
	 normal exits' copy and the landing pad's), and a non-local goto
	 reaches one copy of its label only -- from the landing pad it
	 would land on the normal path and drop the unwinding.  */
      vec<tree> gotos = vNULL;
      defer_nonlocal_gotos (DECL_EXPR_DECL (t), st->fn->fndecl, &gotos);
      vec<int> saved = st->inside;
      st->inside = vNULL;
      for (unsigned i = 0; i < gotos.length (); i++)
	jump_in_r (&gotos[i], walk_subtrees, st);
      st->inside = saved;
      gotos.release ();
      return NULL_TREE;
    }
  if (TREE_CODE (t) == ASM_EXPR)
    {
      for (tree l = ASM_LABELS (t); l; l = TREE_CHAIN (l))
	report_jump_in (t, TREE_VALUE (l), st);
      return NULL_TREE;
    }
  if (TREE_CODE (t) == GOTO_EXPR
      && TREE_CODE (GOTO_DESTINATION (t)) == LABEL_DECL)
    label = GOTO_DESTINATION (t);
  else if (TREE_CODE (t) == ADDR_EXPR
	   && TREE_CODE (TREE_OPERAND (t, 0)) == LABEL_DECL)
    label = TREE_OPERAND (t, 0);
  else if (TYPE_P (t))
    *walk_subtrees = 0;

  if (label)
    report_jump_in (t, label, st);
  return NULL_TREE;
}

/* Check SITES, FN's function-scoped or (BLOCK) block-scoped sites.
   Return true if they can be lowered; otherwise errors have been
   reported.  */

static bool
check_sites (struct defer_function *fn, vec<defer_site> *sites, bool block)
{
  bool ok = true;
  hash_map<tree, unsigned> owner;
  for (unsigned i = 0; i < sites->length (); i++)
    {
      defer_site *site = &(*sites)[i];
      hash_set<tree> labels;
      if (!check_site_body (fn->fndecl, site, block, &labels))
	ok = false;
      for (hash_set<tree>::iterator it = labels.begin ();
	   it != labels.end (); ++it)
	owner.put (*it, i);
    }

  if (!owner.is_empty ())
    {
      hash_set<tree> visited;
      jump_in_state st;
      st.fn = fn;
      st.sites = sites;
      st.block = block;
      st.owner = &owner;
      st.inside = vNULL;
      st.visited = &visited;
      st.ok = true;
      walk_tree (&DECL_SAVED_TREE (fn->fndecl), jump_in_r, &st, &visited);
      st.inside.release ();
      if (!st.ok)
	ok = false;
    }
  return ok;
}

bool
defer_check_sites (struct defer_function *fn)
{
  return check_sites (fn, &fn->sites, false);
}

bool
defer_check_block_sites (struct defer_function *fn)
{
  if (fn->block_sites.is_empty ())
    return true;
  bool ok = check_sites (fn, &fn->block_sites, true);
  return defer_check_block_scopes (fn) && ok;
}
