# frozen_string_literal: true
# SPDX-License-Identifier: MIT

require "ffi"

module Csisms
  # The C side of the binding: finding libcsisms and attaching its functions.
  #
  # Every function of csisms.h is declared in FUNCTIONS with the binding's
  # notation of its C types (TYPES maps that notation to FFI types). Nothing
  # here converts values: that is the job of the Csisms module.
  module Native
    extend FFI::Library

    # The oldest library this binding works with (a CSISMS_VERSION_NUMBER).
    REQUIRED_VERSION = 0x010000

    # Where the library is looked for, in order: $CSISMS_LIBRARY when set (and
    # then only there); else "csisms" (libcsisms.so on the loader's path, as
    # installed with its development link), then "libcsisms.so.1" (the dynamic
    # loader's own search: LD_LIBRARY_PATH, the ldconfig cache, default dirs).
    def self.candidates
      env = ENV["CSISMS_LIBRARY"]
      return [env] if env && !env.empty?

      %w[csisms libcsisms.so.1]
    end

    begin
      ffi_lib candidates # one argument, an Array: alternatives tried in turn
    rescue LoadError => e
      raise LoadError, "cannot load libcsisms (#{e.message}); set CSISMS_LIBRARY to the path " \
                       "of libcsisms.so.1, or install it and run ldconfig"
    end

    # struct csisms_facts (version 1 layout).
    class Facts < FFI::Struct
      layout :size, :uint32,
             :grounds, :uint32,
             :today, :int32,
             :valid_until, :int32,
             :suspended_on, :int32,
             :surveillance_latest, :int32,
             :correction_requested, :int32,
             :suspension_resolved, :int32,
             :correction_done, :int32

      # Like CSISMS_FACTS_INIT: size set, everything else 0.
      def self.init
        facts = new
        facts[:size] = size
        facts
      end
    end

    # struct csisms_verdict (version 1 layout).
    class Verdict < FFI::Struct
      layout :size, :uint32,
             :action, :int32,
             :reasons, :uint32,
             :duties, :uint32,
             :deadline, :int32,
             :next_review, :int32

      # Like CSISMS_VERDICT_INIT: size set, everything else 0.
      def self.init
        verdict = new
        verdict[:size] = size
        verdict
      end
    end

    # The binding's notation of C types -> FFI types.
    TYPES = {
      void: :void, int: :int, uint: :uint, int32: :int32, uint32: :uint32, int64: :int64,
      size_t: :size_t, date: :int32, string: :string, buffer: :pointer,
      int32_out: :pointer, int32_array: :pointer, uint32_out: :pointer, size_t_out: :pointer,
      date_out: :pointer, scope: :pointer, scope_out: :pointer, facts: :pointer, verdict: :pointer
    }.freeze

    # C function name -> [[argument types], result type], in the header's order.
    FUNCTIONS = {
      # Version and status (doc/rules-model.md §0)
      csisms_version: [[], :string],
      csisms_check_version: [[:int], :int],
      csisms_strerror: [[:int], :string],
      # Audit time (§1)
      csisms_isms_audit_days: [%i[uint32 int32_out], :int],
      csisms_isms_band: [%i[uint32 uint32_out uint32_out int32_out], :int],
      csisms_initial_audit_days: [%i[int32 int int32_out], :int],
      csisms_audit_days: [%i[uint32 int int32_out], :int],
      csisms_min_reduced_days: [%i[int32 int32_out], :int],
      csisms_min_onsite_days: [%i[int32 int32_out], :int],
      csisms_surveillance_days: [%i[int32 int32_out], :int],
      csisms_surveillance_cycle_min_days: [%i[int32 int32_out], :int],
      csisms_recert_min_days: [%i[int32 int32_out], :int],
      csisms_combined_min_days: [%i[int32_array size_t int32_out], :int],
      csisms_round_up_half: [%i[int64 int64 int32_out], :int],
      csisms_days_format: [%i[int32 buffer size_t], :int],
      csisms_days_parse: [%i[string int32_out], :int],
      # Dates and periods (§2)
      csisms_date_valid: [%i[date], :int],
      csisms_date_parse: [%i[string date_out], :int],
      csisms_date_format: [%i[date buffer size_t], :int],
      csisms_date_add_days: [%i[date int32 date_out], :int],
      csisms_date_add_months: [%i[date int32 date_out], :int],
      csisms_date_diff_days: [%i[date date int32_out], :int],
      csisms_surveillance_due: [%i[int date date_out date_out], :int],
      csisms_certificate_valid_until: [%i[date date_out], :int],
      csisms_recert_valid_until: [%i[date date date_out], :int],
      csisms_recert_window_opens: [%i[date date_out], :int],
      csisms_suspension_ends_by: [%i[date date_out], :int],
      csisms_appeal_due: [%i[date date_out], :int],
      csisms_correction_due: [%i[date date_out], :int],
      # Business-scope codes (§3)
      csisms_scope_lookup: [%i[string scope_out], :int],
      csisms_scope_count: [[], :size_t],
      csisms_scope_at: [%i[size_t], :scope],
      csisms_scope_code: [%i[scope], :string],
      csisms_scope_name: [%i[scope int], :string],
      csisms_scope_note: [%i[scope int], :string],
      csisms_scope_level: [%i[scope], :int],
      csisms_scope_parent: [%i[scope], :scope],
      csisms_scope_flags: [%i[scope], :uint],
      csisms_scope_find: [%i[string size_t size_t_out], :int],
      # Certificate verdicts (§4)
      csisms_evaluate: [%i[facts verdict], :int],
      csisms_reason_clause: [%i[uint32], :string],
      csisms_reason_text: [%i[uint32 int], :string],
      csisms_action_name: [%i[int int], :string],
      csisms_duty_text: [%i[uint32 int], :string],
      csisms_duty_clause: [%i[uint32], :string],
      # Checklists (§5)
      csisms_checklist_size: [%i[int], :int],
      csisms_checklist_mode: [%i[int], :int],
      csisms_checklist_clause: [%i[int], :string],
      csisms_checklist_title: [%i[int int], :string],
      csisms_checklist_item: [%i[int int int], :string],
      csisms_checklist_conditional: [%i[int], :uint32],
      csisms_checklist_eval: [%i[int uint32 uint32 uint32_out], :int],
      # Identifiers and sampling (§6)
      csisms_uscc_validate: [%i[string], :int],
      csisms_sample_sites: [%i[uint32 int uint32_out], :int]
    }.freeze

    FUNCTIONS.each do |name, (args, result)|
      attach_function name, args.map { |t| TYPES.fetch(t) }, TYPES.fetch(result)
    end

    # The path or name the library was loaded from.
    def self.library_name
      ffi_libraries.first.name
    end

    unless csisms_check_version(REQUIRED_VERSION) != 0
      raise LoadError, "libcsisms #{csisms_version} at #{library_name} is not compatible: this " \
                       "binding needs 1.x >= #{REQUIRED_VERSION >> 16}.#{(REQUIRED_VERSION >> 8) & 0xFF}." \
                       "#{REQUIRED_VERSION & 0xFF}"
    end
  end
end
