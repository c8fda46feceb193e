/* defer-plugin.h -- what the parts of the gcc-defer plugin share.

   Data flow (see docs/design.md):

     token-form.cc  decides call form or block form from the tokens after
                    `defer' (the preprocessor's macro_to_expand callback);
                    defines TS 25755's `_Defer'
     recognize.cc   finds the defer statements of a function (PRE_GENERICIZE)
     diagnose.cc    rejects what SPEC S6 and T4 forbid, with error + note
     diagnose-block.cc  no jump into the scope of a `_Defer' (T4)
     strategy.cc    the one place that decides how each site is lowered
     lower-block.cc `_Defer' sites: a try/finally over the rest of their
                    block, as push_cleanup does (T2, T6)
     capture.cc     evaluates call-form operands now, copies short-lived
                    variables of block-form statements (S3, S4)
     lower.cc       wraps the body in TRY_FINALLY_EXPR whose finally part
                    runs the pending statements, LIFO (O1, O2, O3)
     lower-open.cc  open-coded sites: deferBits (O1)
     lower-runtime.cc  sites of a function with a defer in a loop:
                    libdefer records (O2)
     markers.cc     the marker calls that connect the front-end lowering
                    to the GIMPLE pass
     gimple-pass.cc the GIMPLE pass "defer": markers -> deferBits words
     unwind-path.cc the code landing pads run, built by that pass
     result.cc      defer_result: its type while parsing, its variable
     recover.cc     direct defer_recover () calls
     report.cc      -fplugin-arg-defer-report notes (O4)
     analyzer-paths.cc  -fanalyzer checks no exception path
     plugin.cc      plugin_init, arguments, callbacks.  */

#ifndef GCC_DEFER_PLUGIN_H
#define GCC_DEFER_PLUGIN_H

#include "gcc-common.h"

/* -fplugin-arg-defer-* settings.  */
struct defer_options
{
  bool report;		/* -fplugin-arg-defer-report */
  bool no_exceptions;	/* -fplugin-arg-defer-no-exceptions */
  bool dump;		/* -fplugin-arg-defer-dump */
  bool exceptions_from_plugin;	/* -fexceptions is on because of the plugin,
				   not the user.  */
};
extern struct defer_options defer_opts;

/* Why a defer site is reached more than once per call.  */
enum defer_loop_kind
{
  DEFER_NOT_IN_LOOP,
  DEFER_IN_FOR,
  DEFER_IN_WHILE,
  DEFER_IN_DO,
  DEFER_IN_GOTO_LOOP,
  DEFER_IN_NONLOCAL_GOTO,	/* A nested function's goto to a label
				   before it (recognize.cc).  */
  DEFER_IN_COMPUTED_GOTO,
  DEFER_IN_SETJMP_LOOP
};

/* How a defer site is lowered; strategy.cc decides.  */
enum defer_strategy
{
  DEFER_OPEN_CODED,		/* deferBits (lower-open.cc).  */
  DEFER_RECORDS,		/* libdefer records (lower-runtime.cc).  */
  DEFER_BLOCK_SCOPED		/* `_Defer': a cleanup (lower-block.cc).  */
};

/* One defer statement of the function being lowered.  */
struct defer_site
{
  tree *slot;			/* Where the marker FOR_STMT stands.  */
  tree stmt;			/* The deferred statement (FOR_BODY).  */
  location_t loc;		/* The `defer' keyword, as the user sees it.  */
  unsigned index;		/* Source order, from 0; also its bit.  */
  unsigned pos;			/* Order among sites, labels and gotos.  */
  bool block_form;		/* `defer { ... }' or any non-call.  */
  enum defer_strategy strategy;	/* Set by defer_choose_strategy.  */
  enum defer_loop_kind loop;	/* Whether, and why, it is in a loop.  */
  location_t loop_loc;		/* The loop statement or backward goto.  */
  /* Runtime lowering (lower-runtime.cc): the record type of the site's
     captured values, and a TREE_LIST of (field . temporary) pairs.  */
  tree record;
  tree fields;
  /* A cleanup-attribute variable's cleanup taken over as a site
     (cleanup-order.cc): the variable, and the rest of its block, which
     follows the site's arming.  NULL_TREE for a defer statement.  */
  tree cleanup_var;
  tree cleanup_rest;
  /* A `_Defer' (lower-block.cc): the try/finally the parser made for its
     scope; the site is the first statement of its body.  */
  tree block_cleanup;
};

/* The defer statements of one function.  */
struct defer_function
{
  tree fndecl;
  tree bind;			/* The outermost BIND_EXPR of the body.  */
  vec<defer_site> sites;		/* Function-scoped (<defer.h>).  */
  vec<defer_site> block_sites;	/* Block-scoped (`_Defer'), lowered
				   before the function-scoped ones.  */
  tree new_vars;		/* Chain of temporaries lowering creates.  */
  tree result;			/* defer_result's variable, if used.  */
  unsigned recovers;		/* Direct defer_recover calls.  */
  /* The strategy of the function-scoped sites, set by
     defer_choose_strategy.  */
  enum defer_strategy strategy;
  /* The first site that can be reached twice (DEFER_RECORDS only).  */
  const struct defer_site *loop_site;
  tree frame;			/* The frame area: its record chain and
				   room for the first record (records).  */
};

/* token-form.cc */
extern void defer_token_form_include (void *, void *);

/* recognize.cc */
extern bool defer_marker_p (tree);
extern location_t defer_user_location (location_t);
extern tree *defer_single_call (tree *);
extern void defer_find_sites (struct defer_function *);
extern void defer_nonlocal_gotos (tree, tree, vec<tree> *);
extern void defer_collect_bodies (struct defer_function *, hash_set<tree> *);

/* cleanup-order.cc */
extern void defer_outer_cleanups (tree, hash_set<tree> *);
extern void defer_add_cleanup_site (struct defer_function *, tree *,
				    unsigned, enum defer_loop_kind,
				    location_t);
extern void defer_settle_cleanup_sites (struct defer_function *);

/* plugin.cc */
extern tree *defer_outermost_bind (tree);

/* diagnose.cc */
extern bool defer_check_sites (struct defer_function *);
extern bool defer_check_block_sites (struct defer_function *);

/* diagnose-block.cc */
extern bool defer_check_block_scopes (struct defer_function *);

/* lower-block.cc */
extern const struct ggc_root_tab defer_block_gc_roots[];
extern bool defer_native_defer_p (void);
extern void defer_block_start_unit (void *, void *);
extern void defer_block_register_attributes (void);
extern bool defer_block_sites_possible (void);
extern bool defer_block_marker_p (tree);
extern void defer_find_block_sites (struct defer_function *);
extern void defer_lower_block_sites (struct defer_function *);

/* strategy.cc */
extern void defer_choose_strategy (struct defer_function *);
extern const char *defer_strategy_name (enum defer_strategy);

/* stale-args.cc */
extern void defer_warn_stale_arguments (struct defer_function *);

/* capture.cc */
extern tree defer_capture_operands (struct defer_function *,
				    struct defer_site *,
				    hash_set<tree> *fn_scope);

/* lower.cc */
extern void defer_lower_function (struct defer_function *);
extern tree defer_new_temp (struct defer_function *, tree, const char *,
			    location_t);
extern tree defer_build_set (tree, tree, location_t);

/* lower-open.cc */
extern tree defer_open_site (struct defer_function *, struct defer_site *,
			     tree);
extern tree defer_open_run (struct defer_function *);

/* lower-runtime.cc */
extern bool defer_runtime_start (struct defer_function *);
extern tree defer_runtime_site (struct defer_function *, struct defer_site *,
				tree);
extern tree defer_runtime_run (struct defer_function *);
extern tree defer_runtime_frame_slot (struct defer_function *);

/* panic-calls.cc */
extern void defer_rewrite_panic_calls (tree);

/* recover.cc */
extern void defer_mark_recovers (struct defer_function *);

/* result.cc */
extern const struct ggc_root_tab defer_gc_roots[];
extern tree defer_new_result_var (struct defer_function *);
extern bool defer_header_included (void);
extern void defer_result_start_function (tree);
extern void defer_result_finish_function (tree);
extern bool defer_bind_result (struct defer_function *);
extern tree defer_route_returns (struct defer_function *, tree *);

/* markers.cc */
/* What the plugin records on a function for its later passes, as an
   internal attribute (streamed with the function into LTO bytecode).  */
enum defer_fn_mark
{
  DEFER_FN_MARKERS,		/* Has marker calls for the pass "defer".  */
  DEFER_FN_LANDING_PADS		/* Its defers have landing pads.  */
};
extern void defer_mark_function (tree, enum defer_fn_mark);
extern bool defer_function_marked_p (tree, enum defer_fn_mark);
enum defer_marker
{
  DEFER_MARKER_NONE,
  DEFER_MARKER_ARM,		/* __gcc_defer_arm (k): set bit k.  */
  DEFER_MARKER_ARMED,		/* __gcc_defer_armed (k): bit k, as a word.  */
  DEFER_MARKER_DISARM,		/* __gcc_defer_disarm (k): clear bit k.  */
  DEFER_MARKER_UNWIND,		/* __gcc_defer_unwind (how): the landing pad;
				   HOW is a defer_unwind_kind.  */
  DEFER_MARKER_ANY_ARMED,	/* __gcc_defer_any_armed (0): some bit set.  */
  DEFER_MARKER_RECOVER		/* __gcc_defer_recover (0): defer_recover ().  */
};
/* What the landing pad tests before it runs anything.  */
enum defer_unwind_kind
{
  DEFER_UNWIND_BITS,		/* Any deferBits bit set (open-coded).  */
  DEFER_UNWIND_RECORDS		/* Nothing: RUN tests the frame itself.  */
};
extern tree defer_build_marker (enum defer_marker, unsigned, location_t);
extern enum defer_marker defer_gimple_marker (const gimple *, unsigned *);
extern tree defer_bits_type (void);
extern tree defer_libdefer_fn (const char *, tree);

/* gimple-pass.cc */
extern opt_pass *defer_make_bits_pass (gcc::context *);

/* unwind-path.cc */
extern bool defer_build_unwind_paths (gimple_seq *);

/* keep-personality.cc */
extern opt_pass *defer_make_personality_pass (gcc::context *);

/* analyzer-paths.cc */
extern opt_pass *defer_make_analyzer_hide_eh_pass (gcc::context *);
extern opt_pass *defer_make_analyzer_show_eh_pass (gcc::context *);

/* lto-throw.cc: lto1's pass.  */
extern opt_pass *defer_make_lto_throw_pass (gcc::context *);

/* report.cc */
extern void defer_report_site (const struct defer_function *,
			       const struct defer_site *);

#endif /* GCC_DEFER_PLUGIN_H */
