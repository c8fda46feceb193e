/* When the unwinder cannot go on -- here a frame whose personality
   routine reports an error -- a panic says so and exits with status 2,
   although a direct defer_panic call hands the unwinding to libgcc in a
   tail call (plugin/panic-calls.cc): control comes back to the caller,
   which reports it.  No deferred statement below the broken frame runs
   (the forced unwind stopped before reaching it).  */
/* { dg-do run } */
/* { dg-exit-status 2 } */
/* { dg-output "^panic: broken\n\\(the unwinder could not unwind this stack" } */
#include <stdio.h>
#include <unwind.h>
#include <defer.h>

_Unwind_Reason_Code
failing_personality (int version, _Unwind_Action actions,
		     _Unwind_Exception_Class cls,
		     struct _Unwind_Exception *exc,
		     struct _Unwind_Context *ctx)
{
  (void) version; (void) actions; (void) cls; (void) exc; (void) ctx;
  return _URC_FATAL_PHASE2_ERROR;
}

/* call_through_broken_frame (FN): calls FN in a frame whose unwind data
   names failing_personality.  */
void call_through_broken_frame (void (*) (void));
__asm__ (".text\n"
	 ".globl call_through_broken_frame\n"
	 ".type call_through_broken_frame, @function\n"
	 "call_through_broken_frame:\n"
	 ".cfi_startproc\n"
	 ".cfi_personality 0x9b, DW.ref.failing_personality\n"
	 "\tsubq $8, %rsp\n"
	 ".cfi_def_cfa_offset 16\n"
	 "\tcall *%rdi\n"
	 "\taddq $8, %rsp\n"
	 ".cfi_def_cfa_offset 8\n"
	 "\tret\n"
	 ".cfi_endproc\n"
	 ".size call_through_broken_frame, .-call_through_broken_frame\n"
	 ".hidden DW.ref.failing_personality\n"
	 ".weak DW.ref.failing_personality\n"
	 ".section .data.rel.local.DW.ref.failing_personality,\"awG\","
	 "@progbits,DW.ref.failing_personality,comdat\n"
	 ".align 8\n"
	 ".type DW.ref.failing_personality, @object\n"
	 ".size DW.ref.failing_personality, 8\n"
	 "DW.ref.failing_personality:\n"
	 "\t.quad failing_personality\n"
	 ".text\n");

static void
panics (void)
{
  defer_panic ("broken");
}

int
main (void)
{
  defer puts ("not reached");
  call_through_broken_frame (panics);
  return 0;
}
