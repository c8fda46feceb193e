/* unwind-path.cc -- the code a landing pad runs (SPEC O3, S10).

   lower-open.cc leaves, for a function with defers,

     try { BODY } finally EH_ELSE (RUN, __gcc_defer_unwind ())

   and this file, called by the GIMPLE pass "defer" before GCC's EH
   lowering, turns it into

     try
       {
	 try { BODY } finally EH_ELSE (RUN, {})		   normal exits
       }
     finally EH_ELSE ({}, UNWIND)			   unwinding

   where UNWIND is

     if (__gcc_defer_any_armed ())		   (else: resume as usual)
       {
	 __defer_unwind_hold (__builtin_eh_pointer (0));
       again:
	 try { RUN' } finally EH_ELSE ({}, {
	   __defer_unwind_rehold (__builtin_eh_pointer (0)); goto again; })
	 __defer_unwind_resume ();
       }

   and RUN' is a copy of RUN with its labels and locals remapped (the copy
   is why this is done on GIMPLE; GENERIC cannot be duplicated safely).
   For a function whose defers are libdefer records (lower-runtime.cc)
   the marker says DEFER_UNWIND_RECORDS and there is no "any armed" test
   around the rest: RUN starts with its own test of the frame.

   Why this shape:
   - Where nothing can be armed (after the last deferred call has started,
     before the first defer statement), the test folds to false and the
     landing pad is empty, so GCC deletes it: the call keeps its tail-call
     form and the function its plain prologue.
   - The outer try covers RUN too, so a deferred statement that unwinds on
     the normal path still gets the remaining ones run (Go runs the other
     defers when a deferred call panics).
   - libdefer holds the exception being unwound while RUN' runs.  A landing
     pad that resumed with the exception pointer it was given would keep
     that pointer live across the deferred calls, in a callee-saved
     register the function would then save and restore on its normal path
     as well -- two to four instructions that hand-written cleanup code
     does not have.
   - A statement that unwinds while RUN' runs replaces the held exception
     (the older one is abandoned, as Go aborts an older panic) and RUN'
     starts again.  Each statement is disarmed before it runs, so RUN' only
     runs what is still armed: at most one round per site.  */

#include "defer-plugin.h"
#include "tree-inline.h"

/* An EH_ELSE whose arms are N_BODY and E_BODY.  tree-eh.cc looks at the
   first statement of a finally part, so an empty arm gets a GIMPLE_NOP.  */

static geh_else *
build_eh_else (gimple_seq n_body, gimple_seq e_body)
{
  if (!n_body)
    n_body = gimple_seq_alloc_with_stmt (gimple_build_nop ());
  if (!e_body)
    e_body = gimple_seq_alloc_with_stmt (gimple_build_nop ());
  return gimple_build_eh_else (n_body, e_body);
}

/* The declaration of libdefer's NAME, returning RET and taking ARG (or
   nothing): nothrow and leaf, as every helper but the resume is.  */

static tree
libdefer_decl (const char *name, tree ret, tree arg)
{
  return defer_libdefer_fn (name, build_function_type_list (ret, arg,
							    NULL_TREE));
}

/* A call to libdefer's NAME (EXC), or NAME () when EXC is null.  */

static gcall *
build_helper_call (const char *name, tree exc)
{
  if (exc)
    return gimple_build_call (libdefer_decl (name, void_type_node,
					     ptr_type_node), 1, exc);
  tree decl = libdefer_decl (name, void_type_node, NULL_TREE);
  DECL_ATTRIBUTES (decl) = NULL_TREE;
  /* __defer_unwind_resume does not return: unwinding goes on from it.
     It must not be nothrow (build_fn_decl's default), or GCC's nothrow
     discovery would let callers drop their landing pads.  */
  TREE_THIS_VOLATILE (decl) = 1;
  TREE_NOTHROW (decl) = 0;
  return gimple_build_call (decl, 0);
}

/* Append `tmp = __builtin_eh_pointer (0); NAME (tmp);' to *SEQ.  The EH
   lowering replaces the 0 with the region whose exception this is.  */

static void
add_hold (gimple_seq *seq, const char *name, location_t loc)
{
  tree exc = create_tmp_var (ptr_type_node, "defer_exc");
  gcall *get = gimple_build_call (builtin_decl_explicit (BUILT_IN_EH_POINTER),
				  1, integer_zero_node);
  gimple_call_set_lhs (get, exc);
  gimple_set_location (get, loc);
  gimple_seq_add_stmt (seq, get);
  gcall *hold = build_helper_call (name, exc);
  gimple_set_location (hold, loc);
  gimple_seq_add_stmt (seq, hold);
}

/* In RUN', the landing pad's copy, a direct defer_recover () asks libdefer
   about the exception the pad holds.  */

static tree
recover_held_r (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *)
{
  unsigned k;
  gimple *stmt = gsi_stmt (*gsi);
  if (defer_gimple_marker (stmt, &k) != DEFER_MARKER_RECOVER)
    return NULL_TREE;
  tree decl = libdefer_decl ("__defer_recover_held", const_string_type_node,
			      NULL_TREE);
  gcall *call = gimple_build_call (decl, 0);
  gimple_call_set_lhs (call, gimple_call_lhs (stmt));
  gimple_set_location (call, gimple_location (stmt));
  gsi_replace (gsi, call, false);
  return NULL_TREE;
}

/* In RUN', no -Wuninitialized or -Wmaybe-uninitialized.  A deferred
   statement that reads a variable the body assigns after the defer
   statement -- `int n; defer { use (n); }; n = get ();' -- reads it
   uninitialized on the one path where get () unwinds, a path C
   programmers do not write code for; the warning there would be about
   every such defer.  The same statement on the normal exits, RUN, is
   still checked.  */

static tree
quiet_uninit_r (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *)
{
  defer_suppress_stmt_warning (gsi_stmt (*gsi), OPT_Wuninitialized);
  return NULL_TREE;
}

/* Append `TMP = CALL; if (TMP != 0) goto yes; else goto no; yes:' to
   *SEQ and return the label `no', for the caller to place.  */

static tree
add_branch_if_nonzero (gimple_seq *seq, gcall *call, tree tmp, location_t loc)
{
  gimple_call_set_lhs (call, tmp);
  gimple_set_location (call, loc);
  gimple_seq_add_stmt (seq, call);
  tree yes = create_artificial_label (loc);
  tree no = create_artificial_label (loc);
  gimple_seq_add_stmt (seq, gimple_build_cond (NE_EXPR, tmp,
					       build_zero_cst (TREE_TYPE (tmp)),
					       yes, no));
  gimple_seq_add_stmt (seq, gimple_build_label (yes));
  return no;
}

/* UNWIND for the deferred statements RUN; RECOVERED, if not empty, is
   what to do when a deferred statement recovered the panic.  KIND says
   whether to test the deferBits words first.  */

static gimple_seq
build_unwind_seq (gimple_seq run, gimple_seq recovered,
		  enum defer_unwind_kind kind, location_t loc)
{
  tree again = create_artificial_label (loc);

  gimple_seq retry = NULL;
  add_hold (&retry, "__defer_unwind_rehold", loc);
  gimple_seq_add_stmt (&retry, gimple_build_goto (again));

  gimple_seq unwind = NULL;
  tree none = NULL_TREE;
  if (kind == DEFER_UNWIND_BITS)
    {
      tree any = create_tmp_var (defer_bits_type (), "defer_any");
      tree any_call = defer_build_marker (DEFER_MARKER_ANY_ARMED, 0, loc);
      gcall *test = gimple_build_call (get_callee_fndecl (any_call), 1,
				       CALL_EXPR_ARG (any_call, 0));
      none = add_branch_if_nonzero (&unwind, test, any, loc);
    }
  add_hold (&unwind, "__defer_unwind_hold", loc);
  gimple_seq_add_stmt (&unwind, gimple_build_label (again));
  gimple_seq run_copy = copy_gimple_seq_and_replace_locals (run);
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  walk_gimple_seq_mod (&run_copy, recover_held_r, NULL, &wi);
  memset (&wi, 0, sizeof wi);
  walk_gimple_seq (run_copy, quiet_uninit_r, NULL, &wi);
  gtry *protect
    = gimple_build_try (run_copy,
			gimple_seq_alloc_with_stmt (build_eh_else (NULL, retry)),
			GIMPLE_TRY_FINALLY);
  gimple_set_location (protect, loc);
  gimple_seq_add_stmt (&unwind, protect);
  if (recovered)
    {
      /* RECOVERED starts `<ret> = defer_result'.  Keep that value in a
	 volatile stack slot across the call to libdefer: a value live
	 across it would take a callee-saved register, and since RECOVERED
	 ends at the function's return block, so would the normal path.  */
      gimple *first = gimple_seq_first_stmt (recovered);
      if (first && gimple_assign_single_p (first)
	  && VAR_P (gimple_assign_rhs1 (first)))
	{
	  tree rhs = gimple_assign_rhs1 (first);
	  tree slot = create_tmp_var (build_qualified_type (TREE_TYPE (rhs),
							    TYPE_QUAL_VOLATILE),
				      "defer_recovered_value");
	  TREE_THIS_VOLATILE (slot) = 1;
	  TREE_SIDE_EFFECTS (slot) = 1;
	  gimple_seq_add_stmt (&unwind, gimple_build_assign (slot, rhs));
	  gimple_assign_set_rhs1 (first, slot);
	}
      /* if (__defer_unwind_recovered ()) RECOVERED;  */
      tree decl = libdefer_decl ("__defer_unwind_recovered",
				 integer_type_node, NULL_TREE);
      tree flag = create_tmp_var (integer_type_node, "defer_recovered");
      tree no = add_branch_if_nonzero (&unwind, gimple_build_call (decl, 0),
				       flag, loc);
      gimple_seq_add_seq (&unwind, recovered);
      gimple_seq_add_stmt (&unwind, gimple_build_label (no));
    }
  gcall *resume = build_helper_call ("__defer_unwind_resume", NULL_TREE);
  gimple_set_location (resume, loc);
  gimple_seq_add_stmt (&unwind, resume);
  if (none)
    gimple_seq_add_stmt (&unwind, gimple_build_label (none));
  return unwind;
}

/* If STMT is lower.cc's try/finally, return its EH_ELSE and store the
   kind of landing pad its marker asks for in *KIND.  */

static geh_else *
defer_try_finally (gimple *stmt, enum defer_unwind_kind *kind)
{
  if (gimple_code (stmt) != GIMPLE_TRY
      || gimple_try_kind (stmt) != GIMPLE_TRY_FINALLY)
    return NULL;
  gimple_seq cleanup = gimple_try_cleanup (stmt);
  if (!gimple_seq_singleton_p (cleanup))
    return NULL;
  geh_else *eh_else = dyn_cast <geh_else *> (gimple_seq_first_stmt (cleanup));
  if (!eh_else)
    return NULL;
  unsigned k;
  gimple *e = gimple_seq_first_stmt (gimple_eh_else_e_body (eh_else));
  if (!e || defer_gimple_marker (e, &k) != DEFER_MARKER_UNWIND)
    return NULL;
  *kind = (enum defer_unwind_kind) k;
  return eh_else;
}


static tree
build_unwind_path_r (gimple_stmt_iterator *gsi, bool *handled_ops_p,
		     struct walk_stmt_info *wi)
{
  gimple *stmt = gsi_stmt (*gsi);
  enum defer_unwind_kind kind;
  geh_else *eh_else = defer_try_finally (stmt, &kind);
  if (!eh_else)
    return NULL_TREE;

  location_t loc = gimple_location (stmt);
  /* What follows the marker is what to do after a recovery.  */
  gimple_seq recovered = gimple_eh_else_e_body (eh_else);
  gimple_stmt_iterator first = gsi_start (recovered);
  gsi_remove (&first, true);
  gimple_eh_else_set_e_body (eh_else,
			     gimple_seq_alloc_with_stmt (gimple_build_nop ()));
  /* Records: which sites ran is known only at run time, so on the normal
     exits too GCC would take a statement that reads a variable the body
     sets after the defer as reading it unset ("may be used
     uninitialized", seen at -Os with GCC 16).  */
  if (kind == DEFER_UNWIND_RECORDS)
    {
      struct walk_stmt_info quiet;
      memset (&quiet, 0, sizeof quiet);
      walk_gimple_seq (gimple_eh_else_n_body (eh_else), quiet_uninit_r, NULL,
		       &quiet);
    }
  gimple_seq unwind = build_unwind_seq (gimple_eh_else_n_body (eh_else),
					recovered, kind, loc);
  gtry *outer
    = gimple_build_try (NULL,
			gimple_seq_alloc_with_stmt (build_eh_else (NULL, unwind)),
			GIMPLE_TRY_FINALLY);
  gimple_set_location (outer, loc);
  gsi_replace (gsi, outer, false);
  gimple_try_set_eval (outer, gimple_seq_alloc_with_stmt (stmt));
  *handled_ops_p = true;
  *(bool *) wi->info = true;
  return NULL_TREE;
}

/* Build the unwind path of every defer try/finally in *BODY; return
   whether there was one.  */

bool
defer_build_unwind_paths (gimple_seq *body)
{
  bool found = false;
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  wi.info = &found;
  walk_gimple_seq_mod (body, build_unwind_path_r, NULL, &wi);
  return found;
}
