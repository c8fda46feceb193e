/* lower-runtime.cc -- defer sites lowered to libdefer records (SPEC O2).

   A site inside a loop (a for/while/do body, code a backward goto reaches
   again, a function with a computed goto or after a setjmp) can be
   reached any number of times, and each time its statement must run once
   at exit with the values captured then (S2, S3, S4): a bit cannot say
   that.  Such a function lowers *every* site to a record, so that one
   LIFO order holds across the sites in loops and the others -- what Go
   does when one site of a function cannot be open-coded.

   The function gets a frame area on its stack, the 80 bytes libdefer
   expects (libdefer/plugin-abi.h, DEFER_LOCAL_SIZE): FRAME, a pointer,
   its record chain as libdefer sees it, cleared at entry, then room for
   the frame's own record, its first, as Go 1.13 keeps a defer that runs
   once in the frame (deferprocStack).  __defer_push puts a frame's first
   record there when it fits, with FRAME set to OWN (1); while it is the
   only record, RUN takes it back inline, so a loop that defers once
   makes one call into libdefer, which touches nothing but the frame.
   lower.cc asks this file for

     site k:	captures_k;			(capture.cc: t_i = value_i)
		p = (struct __gcc_defer_record_k *)
		      __defer_push (&area.frame, sizeof *p);
		p->site = k;  p->c_i = t_i;  ...

     RUN:	if (area.frame == OWN)	(the only record)
		  { area.frame = 0; r = 0; q = the own record's payload;
		    goto run; }
		r = area.frame ? area.frame->top : 0;
	      next:
		if (r != 0 && r->cls <= DEFER_RECORD_CLS_INLINE_MAX)
		  {				(a pooled record: popped here)
		    q = r->payload; r = r->next; area.frame->top = r;
		    goto run;
		  }
		if (area.frame == 0) goto done;
		q = __defer_run_next (&area.frame);
		if (q == 0) goto done;
		r = area.frame ? area.frame->top : 0;
	      run:
		if (((struct __gcc_defer_record_k *) q)->site == k)
		  { t_i = q->c_i; ...; S_k; }
		else if ...			(one site: no test)
		goto next;
	      done:

   The captures are evaluated into the same temporaries the open-coded
   lowering uses before the record is pushed: a capture that unwinds
   leaves no half-filled record behind.  At exit they are loaded back from
   the record, and S_k -- already rewritten by capture.cc to read them --
   runs unchanged.

   A record is popped -- the descriptor's chain head moved on, here or by
   __defer_run_next for big records and the frame's own -- before its
   statement runs, so a statement that unwinds is not run again by the
   landing pad's copy of RUN; libdefer frees popped records later, when
   it next changes the chain (records.c, "exactly once").  When nothing
   is left __defer_run_next ends the frame, sets FRAME back to null and
   returns null -- or sets it null already as it returns the last
   record, when that is the frame's own: hence the test of FRAME before
   each pop.  Landing
   pads need no test of their own (DEFER_UNWIND_RECORDS): RUN starts with
   one.

   Such a function is never inlined (nor split by partial inlining), as
   Go never inlines a function with a defer: libdefer tells a live frame
   from one a longjmp skipped by where its slot lies on the stack, which
   needs each such function to have a stack frame of its own.  */

#include "defer-plugin.h"

/* The declaration of libdefer's NAME: `void *NAME (void **frame)', or
   with TAKES_SIZE `void *NAME (void **frame, size_t size)'.  Running out
   of memory is fatal, not an unwind, so both are nothrow.  */

static tree
libdefer_fn (const char *name, bool takes_size)
{
  tree frame_ptr = build_pointer_type (ptr_type_node);
  return defer_libdefer_fn (name, build_function_type_list (
			      ptr_type_node, frame_ptr,
			      takes_size ? size_type_node : NULL_TREE,
			      NULL_TREE));
}

/* The frame area, as libdefer/plugin-abi.h lays it out: its size and
   alignment; what FRAME holds while the frame's own record is its only
   one; where that record's payload is.  */
#define DEFER_LOCAL_SIZE 80
#define DEFER_LOCAL_ALIGN 16
#define DEFER_LOCAL_OWN 1
#define DEFER_LOCAL_PAYLOAD_OFFSET 32

/* A frame descriptor's chain head and a record's header, as far as the
   inline pop reads and writes them (plugin-abi.h).  */
#define DEFER_FRAME_TOP_OFFSET 0
#define DEFER_RECORD_NEXT_OFFSET 0
#define DEFER_RECORD_CLS_OFFSET 8
#define DEFER_RECORD_PAYLOAD_OFFSET 16
#define DEFER_RECORD_CLS_INLINE_MAX 6

/* FN's frame slot, the first field of its frame area.  */

tree
defer_runtime_frame_slot (struct defer_function *fn)
{
  tree area = fn->frame;
  tree slot = TYPE_FIELDS (TREE_TYPE (area));
  gcc_checking_assert (slot && int_byte_position (slot) == 0
		       && TREE_TYPE (slot) == ptr_type_node);
  return build3 (COMPONENT_REF, ptr_type_node, area, slot, NULL_TREE);
}

static tree
frame_addr (struct defer_function *fn)
{
  return build_fold_addr_expr (defer_runtime_frame_slot (fn));
}

/* The address OFFSET bytes into FN's frame area, as a `void *'.  */

static tree
frame_area_at (struct defer_function *fn, unsigned offset)
{
  tree base = fold_convert (ptr_type_node, build_fold_addr_expr (fn->frame));
  return fold_build_pointer_plus_hwi (base, offset);
}

static tree
goto_label (tree label, location_t loc)
{
  return build1_loc (loc, GOTO_EXPR, void_type_node, label);
}

/* if (COND) THEN;  */

static tree
build_if (tree cond, tree then, location_t loc)
{
  tree stmt = build3_loc (loc, COND_EXPR, void_type_node, cond, then,
			  build_empty_stmt (loc));
  TREE_SIDE_EFFECTS (stmt) = 1;
  return stmt;
}

/* What the frame slot holds while the frame's own record is its only
   one: a constant, so that testing for it costs no address.  */

static tree
own_tag (void)
{
  return build_int_cst (ptr_type_node, DEFER_LOCAL_OWN);
}

/* The TYPE at OFFSET bytes from PTR, in libdefer's memory: accessed
   through a pointer that may alias anything, as libdefer's own types are
   not this unit's.  */

static tree
libdefer_mem (tree type, tree ptr, unsigned offset)
{
  tree ref_all = build_pointer_type_for_mode (char_type_node, ptr_mode, true);
  return build2 (MEM_REF, type, fold_convert (ptr_type_node, ptr),
		 build_int_cst (ref_all, offset));
}

/* Whether FN's frame slot equals VALUE.  */

static tree
frame_slot_is (struct defer_function *fn, tree value)
{
  return build2 (EQ_EXPR, boolean_type_node, defer_runtime_frame_slot (fn),
		 value);
}

/* FIELD of the record of type TYPE that PTR points to.  */

static tree
record_field (tree type, tree ptr, tree field)
{
  tree rec = build1 (INDIRECT_REF, type,
		     fold_convert (build_pointer_type (type), ptr));
  return build3 (COMPONENT_REF, TREE_TYPE (field), rec, field, NULL_TREE);
}

/* libdefer gives every payload this alignment (libdefer/internal.h,
   struct defer_record).  */
#define DEFER_PAYLOAD_ALIGN 16

/* A record of SITE is laid out from the payload RAW that __defer_push
   returned: the record type itself, when libdefer's alignment is enough
   for it; otherwise, at RAW, the site number (what the dispatch at exit
   reads first), and the record at the first boundary of its alignment
   after it, inside the TYPE_SIZE + alignment bytes pushed.  */

static bool
overaligned_p (const struct defer_site *site)
{
  return TYPE_ALIGN_UNIT (site->record) > DEFER_PAYLOAD_ALIGN;
}

static tree
site_record_ptr (const struct defer_site *site, tree raw)
{
  if (!overaligned_p (site))
    return raw;
  unsigned HOST_WIDE_INT align = TYPE_ALIGN_UNIT (site->record);
  tree addr = fold_convert (pointer_sized_int_node, raw);
  tree bump = build_int_cst (pointer_sized_int_node,
			     tree_to_uhwi (TYPE_SIZE_UNIT (unsigned_type_node))
			     + align - 1);
  addr = fold_build2 (PLUS_EXPR, pointer_sized_int_node, addr, bump);
  addr = fold_build2 (BIT_AND_EXPR, pointer_sized_int_node, addr,
		      build_int_cst (pointer_sized_int_node,
				     -(HOST_WIDE_INT) align));
  return fold_convert (ptr_type_node, addr);
}

/* The site number at the start of the payload RAW.  */

static tree
payload_site (tree raw)
{
  return build1 (INDIRECT_REF, unsigned_type_node,
		 fold_convert (build_pointer_type (unsigned_type_node), raw));
}

static tree
new_field (const char *name, tree type, location_t loc)
{
  tree field = build_decl (loc, FIELD_DECL, get_identifier (name), type);
  DECL_ARTIFICIAL (field) = 1;
  return field;
}

/* Give FN its frame variable and keep it out of line; called before any
   site is lowered.  Returns false after an error.  */

bool
defer_runtime_start (struct defer_function *fn)
{
  tree fndecl = fn->fndecl;
  if (lookup_attribute ("always_inline", DECL_ATTRIBUTES (fndecl)))
    {
      error_at (fn->loop_site->loc, "%<defer%> in a loop in %qD, which is "
		"declared %<always_inline%>", fndecl);
      inform (DECL_SOURCE_LOCATION (fndecl), "a function whose defers are "
	      "records needs a stack frame of its own; drop %<always_inline%>, "
	      "or move the loop into a helper function");
      return false;
    }
  DECL_UNINLINABLE (fndecl) = 1;
  if (!lookup_attribute ("noinline", DECL_ATTRIBUTES (fndecl)))
    DECL_ATTRIBUTES (fndecl) = tree_cons (get_identifier ("noinline"),
					  NULL_TREE, DECL_ATTRIBUTES (fndecl));

  /* The frame area: the slot, then the room libdefer keeps the frame's
     first record in.  finish_builtin_struct takes the fields last
     first.  */
  location_t loc = fn->sites[0].loc;
  tree slot = new_field ("frame", ptr_type_node, loc);
  unsigned room
    = DEFER_LOCAL_SIZE - tree_to_uhwi (TYPE_SIZE_UNIT (ptr_type_node));
  tree rest = new_field ("room",
			 build_array_type_nelts (unsigned_char_type_node,
						 room), loc);
  DECL_CHAIN (rest) = slot;
  tree type = make_node (RECORD_TYPE);
  finish_builtin_struct (type, "__gcc_defer_frame_area", rest, NULL_TREE);
  gcc_checking_assert (tree_to_uhwi (TYPE_SIZE_UNIT (type))
		       == DEFER_LOCAL_SIZE);
  fn->frame = defer_new_temp (fn, type, "defer_frame", loc);
  SET_DECL_ALIGN (fn->frame, DEFER_LOCAL_ALIGN * BITS_PER_UNIT);
  DECL_USER_ALIGN (fn->frame) = 1;
  TREE_ADDRESSABLE (fn->frame) = 1;
  return true;
}

/* SITE's code where the defer statement stood: PRE (the captures, each
   `t_i = value_i'), then the push of a record holding the t_i.  Returns
   NULL_TREE after an error.  */

tree
defer_runtime_site (struct defer_function *fn, struct defer_site *site,
		    tree pre)
{
  location_t loc = site->loc;

  /* The record: the site, then one field per temporary.
     finish_builtin_struct takes the fields last first.  */
  tree fields = new_field ("site", unsigned_type_node, loc);
  unsigned n = 0;
  site->fields = NULL_TREE;
  for (tree_stmt_iterator i = tsi_start (pre); !tsi_end_p (i); tsi_next (&i))
    {
      tree var = TREE_OPERAND (tsi_stmt (i), 0);
      char name[32];
      snprintf (name, sizeof name, "c%u", n++);
      tree field = new_field (name, TREE_TYPE (var), loc);
      DECL_CHAIN (field) = fields;
      fields = field;
      site->fields = tree_cons (field, var, site->fields);
    }
  char name[48];
  snprintf (name, sizeof name, "__gcc_defer_record_%u", site->index);
  tree rec = make_node (RECORD_TYPE);
  finish_builtin_struct (rec, name, fields, NULL_TREE);
  site->record = rec;

  /* Any alignment the captured types have (S4): an over-aligned record
     is placed inside a bigger payload (site_record_ptr).  */
  tree size = TYPE_SIZE_UNIT (rec);
  if (overaligned_p (site))
    size = size_binop (PLUS_EXPR, size, size_int (TYPE_ALIGN_UNIT (rec)));

  tree raw = defer_new_temp (fn, ptr_type_node, "defer_payload", loc);
  tree push = build_call_expr_loc (loc, libdefer_fn ("__defer_push", true),
				   2, frame_addr (fn),
				   fold_convert (size_type_node, size));
  push = defer_build_set (raw, push, loc);
  append_to_statement_list_force (push, &pre);
  tree p = raw;
  if (overaligned_p (site))
    {
      append_to_statement_list_force (
	defer_build_set (payload_site (raw),
			 build_int_cst (unsigned_type_node, site->index), loc),
	&pre);
      p = defer_new_temp (fn, ptr_type_node, "defer_record", loc);
      append_to_statement_list_force (
	defer_build_set (p, site_record_ptr (site, raw), loc), &pre);
    }
  append_to_statement_list_force (
    defer_build_set (record_field (rec, p, TYPE_FIELDS (rec)),
	       build_int_cst (unsigned_type_node, site->index), loc), &pre);
  for (tree f = site->fields; f; f = TREE_CHAIN (f))
    append_to_statement_list_force (
      defer_build_set (record_field (rec, p, TREE_PURPOSE (f)), TREE_VALUE (f),
		 loc), &pre);
  return pre;
}

/* What runs for a record of SITE at Q: load the captured values back
   into their temporaries, then the statement.  */

static tree
build_site_body (struct defer_site *site, tree q)
{
  tree body = alloc_stmt_list ();
  q = site_record_ptr (site, q);
  for (tree f = site->fields; f; f = TREE_CHAIN (f))
    append_to_statement_list_force (
      defer_build_set (TREE_VALUE (f), record_field (site->record, q,
					       TREE_PURPOSE (f)),
		 site->loc), &body);
  append_to_statement_list_force (site->stmt, &body);
  return body;
}

/* R = FRAME ? FRAME->top : 0, for RUN, where FRAME is null or a
   descriptor.  */

static tree
load_top (struct defer_function *fn, tree r, location_t loc)
{
  tree top = libdefer_mem (ptr_type_node, defer_runtime_frame_slot (fn),
			   DEFER_FRAME_TOP_OFFSET);
  return defer_build_set (r, build3 (COND_EXPR, ptr_type_node,
				     frame_slot_is (fn, null_pointer_node),
				     null_pointer_node, top), loc);
}

/* RUN: pop and run the frame's records, newest first.  */

tree
defer_runtime_run (struct defer_function *fn)
{
  location_t loc = fn->sites[0].loc;
  tree q = defer_new_temp (fn, ptr_type_node, "defer_next", loc);

  /* The dispatch on the record's site: the first site needs no test,
     being the only one left.  */
  tree dispatch = build_site_body (&fn->sites[0], q);
  for (unsigned i = 1; i < fn->sites.length (); i++)
    {
      defer_site *site = &fn->sites[i];
      tree is_site = build2_loc (site->loc, EQ_EXPR, boolean_type_node,
				 payload_site (q),
				 build_int_cst (unsigned_type_node,
						site->index));
      dispatch = build3_loc (site->loc, COND_EXPR, void_type_node, is_site,
			     build_site_body (site, q), dispatch);
      TREE_SIDE_EFFECTS (dispatch) = 1;
    }

  /* The frame's own record is the oldest: when FRAME is OWN, it is the
     only one, and it is taken back inline -- a loop that deferred once
     calls nothing at exit.  Otherwise libdefer pops every record, the
     frame's own last, and ends the frame: FRAME is null then, or after
     the call that returns null (the shape is in this file's header).  */
  tree next_label = create_artificial_label (loc);
  tree run_label = create_artificial_label (loc);
  tree done_label = create_artificial_label (loc);
  tree run = alloc_stmt_list ();

  /* R is the newest record left (below).  */
  tree r = defer_new_temp (fn, ptr_type_node, "defer_top", loc);
  tree pop_own = alloc_stmt_list ();
  append_to_statement_list_force (
    defer_build_set (defer_runtime_frame_slot (fn), null_pointer_node, loc),
    &pop_own);
  append_to_statement_list_force (defer_build_set (r, null_pointer_node, loc),
				  &pop_own);
  append_to_statement_list_force (
    defer_build_set (q, frame_area_at (fn, DEFER_LOCAL_PAYLOAD_OFFSET), loc),
    &pop_own);
  append_to_statement_list_force (goto_label (run_label, loc), &pop_own);
  append_to_statement_list_force (
    build_if (frame_slot_is (fn, own_tag ()), pop_own, loc), &run);

  /* FRAME is null or a descriptor from here on.  R is the newest record
     left: read from the descriptor once, and again only after a call of
     __defer_run_next -- a deferred statement never changes this frame's
     chain (a statement that unwinds leaves RUN for the landing pad's
     copy, which starts afresh) -- so that popping a pooled record waits
     on one load, not on a store to the descriptor and a load back.  The
     memory of a record popped here stays libdefer's until libdefer next
     settles the frame (records.c).  */
  append_to_statement_list_force (load_top (fn, r, loc), &run);
  append_to_statement_list_force (build1 (LABEL_EXPR, void_type_node,
					  next_label), &run);
  tree pooled
    = build2 (TRUTH_ANDIF_EXPR, boolean_type_node,
	      build2 (NE_EXPR, boolean_type_node, r, null_pointer_node),
	      build2 (LE_EXPR, boolean_type_node,
		      libdefer_mem (unsigned_type_node, r,
				    DEFER_RECORD_CLS_OFFSET),
		      build_int_cst (unsigned_type_node,
				     DEFER_RECORD_CLS_INLINE_MAX)));
  tree pop_pooled = alloc_stmt_list ();
  append_to_statement_list_force (
    defer_build_set (q, fold_build_pointer_plus_hwi (
			  r, DEFER_RECORD_PAYLOAD_OFFSET), loc), &pop_pooled);
  append_to_statement_list_force (
    defer_build_set (r, libdefer_mem (ptr_type_node, r,
				      DEFER_RECORD_NEXT_OFFSET), loc),
    &pop_pooled);
  append_to_statement_list_force (
    defer_build_set (libdefer_mem (ptr_type_node,
				   defer_runtime_frame_slot (fn),
				   DEFER_FRAME_TOP_OFFSET), r, loc),
    &pop_pooled);
  append_to_statement_list_force (goto_label (run_label, loc), &pop_pooled);
  append_to_statement_list_force (build_if (pooled, pop_pooled, loc), &run);
  append_to_statement_list_force (
    build_if (frame_slot_is (fn, null_pointer_node),
	      goto_label (done_label, loc), loc), &run);

  tree next = build_call_expr_loc (loc, libdefer_fn ("__defer_run_next",
						     false),
				   1, frame_addr (fn));
  append_to_statement_list_force (defer_build_set (q, next, loc), &run);
  append_to_statement_list_force (
    build_if (build2 (EQ_EXPR, boolean_type_node, q, null_pointer_node),
	      goto_label (done_label, loc), loc), &run);
  append_to_statement_list_force (load_top (fn, r, loc), &run);
  append_to_statement_list_force (build1 (LABEL_EXPR, void_type_node,
					  run_label), &run);
  append_to_statement_list_force (dispatch, &run);
  append_to_statement_list_force (goto_label (next_label, loc), &run);
  append_to_statement_list_force (build1 (LABEL_EXPR, void_type_node,
					  done_label), &run);
  return run;
}
