/* gimple-pass.cc -- the GIMPLE pass "defer".

   Runs right after "lower" (pass_lower_cf), before "eh" lowers the
   try/finally built by lower.cc.  It builds the code landing pads
   run (unwind-path.cc), then gives each function with defer sites its
   deferBits words -- one unsigned long per 64 sites, named
   defer_bits.N in dumps -- clears them at entry and replaces the marker
   calls (markers.cc):

     __gcc_defer_arm (k)		w = w | (1 << k % 64)
     x = __gcc_defer_armed (k)		x = w & (1 << k % 64)
     __gcc_defer_disarm (k)		w = w & ~(1 << k % 64)

   where w is word k / 64.  Nothing else changes, so for a defer that is
   always reached the optimizers see a constant word and delete every test
   of it (O1); -fplugin-arg-defer-dump shows the result.  A function whose
   defers are libdefer records has no words, but may have recover
   markers: those are replaced all the same.  */

#include "defer-plugin.h"

struct bits_state
{
  vec<tree> words;
  unsigned nsites;
};

static tree
word_for (bits_state *st, unsigned k)
{
  return st->words[k / 64];
}

/* Count the sites, from their arm markers, into ((bits_state *) WI->info).  */

static tree
count_sites_r (gimple_stmt_iterator *gsi, bool *, struct walk_stmt_info *wi)
{
  bits_state *st = (bits_state *) wi->info;
  unsigned k;
  if (defer_gimple_marker (gsi_stmt (*gsi), &k) == DEFER_MARKER_ARM
      && k + 1 > st->nsites)
    st->nsites = k + 1;
  return NULL_TREE;
}

static tree
bit_for (unsigned k)
{
  return build_int_cst (defer_bits_type (), HOST_WIDE_INT_1U << (k % 64));
}

/* W as an operand of an arithmetic statement appended to *SEQ: W itself
   when it is a register, else a copy of it (the words live in memory
   under -fanalyzer).  */

static tree
word_operand (gimple_seq *seq, tree w)
{
  if (is_gimple_reg (w))
    return w;
  tree t = create_tmp_var (defer_bits_type (), "defer_word");
  gimple_seq_add_stmt (seq, gimple_build_assign (t, w));
  return t;
}

/* `W = OP (W, BIT)' appended to *SEQ, through a register if W is in
   memory.  */

static void
update_word (gimple_seq *seq, tree w, enum tree_code op, tree bit)
{
  tree in = word_operand (seq, w);
  if (is_gimple_reg (w))
    {
      gimple_seq_add_stmt (seq, gimple_build_assign (w, op, in, bit));
      return;
    }
  tree out = create_tmp_var (defer_bits_type (), "defer_word");
  gimple_seq_add_stmt (seq, gimple_build_assign (out, op, in, bit));
  gimple_seq_add_stmt (seq, gimple_build_assign (w, out));
}

/* `LHS = w0 | w1 | ...' for __gcc_defer_any_armed, as GIMPLE.  */

static gimple_seq
build_any_armed (bits_state *st, tree lhs, location_t loc)
{
  gimple_seq seq = NULL;
  tree acc = st->words[0];
  for (unsigned w = 1; w < st->words.length (); w++)
    {
      tree t = create_tmp_var (defer_bits_type (), "defer_any");
      tree a = word_operand (&seq, acc);
      tree b = word_operand (&seq, st->words[w]);
      gimple_seq_add_stmt (&seq, gimple_build_assign (t, BIT_IOR_EXPR, a, b));
      acc = t;
    }
  gimple_seq_add_stmt (&seq, gimple_build_assign (lhs, acc));
  for (gimple_stmt_iterator i = gsi_start (seq); !gsi_end_p (i); gsi_next (&i))
    gimple_set_location (gsi_stmt (i), loc);
  return seq;
}

static tree
replace_marker_r (gimple_stmt_iterator *gsi, bool *handled_ops_p,
		  struct walk_stmt_info *wi)
{
  bits_state *st = (bits_state *) wi->info;
  gimple *stmt = gsi_stmt (*gsi);
  unsigned k;
  enum defer_marker m = defer_gimple_marker (stmt, &k);
  *handled_ops_p = m != DEFER_MARKER_NONE;
  if (m == DEFER_MARKER_NONE)
    return NULL_TREE;

  if (m == DEFER_MARKER_RECOVER)
    {
      /* On the normal path no panic is under way for this function.  */
      tree lhs = gimple_call_lhs (stmt);
      if (lhs)
	gsi_replace (gsi, gimple_build_assign (lhs, build_int_cst (TREE_TYPE (lhs),
								  0)),
		     false);
      else
	gsi_remove (gsi, true);
      return NULL_TREE;
    }
  if (m == DEFER_MARKER_ANY_ARMED)
    {
      gsi_replace_with_seq (gsi, build_any_armed (st, gimple_call_lhs (stmt),
						  gimple_location (stmt)),
			    false);
      return NULL_TREE;
    }
  tree w = word_for (st, k);
  gimple_seq seq = NULL;
  switch (m)
    {
    case DEFER_MARKER_ARM:
      update_word (&seq, w, BIT_IOR_EXPR, bit_for (k));
      break;
    case DEFER_MARKER_ARMED:
      if (gimple_call_lhs (stmt))
	{
	  tree in = word_operand (&seq, w);
	  gimple_seq_add_stmt (&seq,
			       gimple_build_assign (gimple_call_lhs (stmt),
						    BIT_AND_EXPR, in,
						    bit_for (k)));
	}
      break;
    case DEFER_MARKER_DISARM:
      update_word (&seq, w, BIT_AND_EXPR,
		   fold_build1 (BIT_NOT_EXPR, defer_bits_type (), bit_for (k)));
      break;
    default:
      gcc_unreachable ();
    }
  if (seq)
    {
      for (gimple_stmt_iterator i = gsi_start (seq); !gsi_end_p (i);
	   gsi_next (&i))
	gimple_set_location (gsi_stmt (i), gimple_location (stmt));
      gsi_replace_with_seq (gsi, seq, false);
    }
  else
    gsi_remove (gsi, true);
  return NULL_TREE;
}

namespace {

const pass_data pass_data_defer =
{
  GIMPLE_PASS,		/* type */
  "defer",		/* name */
  OPTGROUP_NONE,	/* optinfo_flags */
  TV_NONE,		/* tv_id */
  PROP_gimple_lcf,	/* properties_required */
  0,			/* properties_provided */
  0,			/* properties_destroyed */
  0,			/* todo_flags_start */
  0			/* todo_flags_finish */
};

class pass_defer : public gimple_opt_pass
{
public:
  pass_defer (gcc::context *ctxt)
    : gimple_opt_pass (pass_data_defer, ctxt)
  {}

  virtual bool gate (function *fun)
  {
    return fun && defer_function_marked_p (fun->decl, DEFER_FN_MARKERS);
  }

  virtual unsigned int execute (function *);
};

unsigned int
pass_defer::execute (function *fun)
{
  gimple_seq body = gimple_body (fun->decl);
  if (defer_build_unwind_paths (&body))
    defer_mark_function (fun->decl, DEFER_FN_LANDING_PADS);

  bits_state st;
  st.words = vNULL;
  st.nsites = 0;
  struct walk_stmt_info wi;
  memset (&wi, 0, sizeof wi);
  wi.info = &st;
  walk_gimple_seq_mod (&body, count_sites_r, NULL, &wi);
  for (unsigned w = 0; w < (st.nsites + 63) / 64; w++)
    {
      tree word = create_tmp_var (defer_bits_type (), "defer_bits");
      st.words.safe_push (word);
    }
  memset (&wi, 0, sizeof wi);
  wi.info = &st;
  walk_gimple_seq_mod (&body, replace_marker_r, NULL, &wi);

  /* Every word starts at zero: nothing is armed on entry.  */
  gimple_seq init = NULL;
  for (unsigned w = 0; w < st.words.length (); w++)
    gimple_seq_add_stmt (&init,
			   gimple_build_assign (st.words[w],
						build_int_cst (defer_bits_type (),
							       0)));
  if (init)
    {
      gimple_stmt_iterator gsi = gsi_start (body);
      gsi_insert_seq_before (&gsi, init, GSI_SAME_STMT);
    }
  gimple_set_body (fun->decl, body);
  st.words.release ();
  return 0;
}

} // anon namespace

opt_pass *
defer_make_bits_pass (gcc::context *ctxt)
{
  return new pass_defer (ctxt);
}
