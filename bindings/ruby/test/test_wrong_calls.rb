# frozen_string_literal: true
# SPDX-License-Identifier: MIT

# Wrong calls of the Ruby binding and what they say (issue 17, part 3:
# "bindings that say what is wrong").
#
# Every error names the C function, the argument and the value given, and
# says what is wrong, as the csisms command does (its messages are the
# model: "'2026-04-01' is after --today"). The expected messages below are
# written by hand from doc/rules-model.md and the header's domains, not
# copied from the binding's output. The same calls as the Python binding's
# tests/test_wrong_calls.py, in Ruby's terms (Symbols, Rationals).
#
# Run against the library named by $CSISMS_LIBRARY ("make check" sets it).

$LOAD_PATH.unshift File.expand_path("../lib", __dir__)
require "minitest/autorun"
require "date"
require "csisms"

class TestWrongCalls < Minitest::Test
  def d(year, month, day)
    Date.new(year, month, day, Date::GREGORIAN)
  end

  TODAY = Date.new(2026, 3, 1)
  UNTIL = Date.new(2027, 10, 21)
  E = Csisms::InvalidArgumentError

  # [call, exception class, the whole message]
  CASES = [
    # audit time: ranges from csisms.h ("1 … UINT32_MAX", "≥ 1 halfday")
    [-> { Csisms.audit_days(0) }, E, "csisms_audit_days: argument personnel = 0: must be 1 … 4294967295"],
    [-> { Csisms.audit_days(2**32) }, E, "csisms_audit_days: argument personnel = 4294967296: must be 1 … 4294967295"],
    [-> { Csisms.audit_days(120, :isms) }, E,
     "csisms_audit_days: argument basis = :isms: must be :none, :isms_cert, :isms_cert_here or :combined " \
     "(or its value)"],
    [-> { Csisms.audit_days(120, 7) }, E,
     "csisms_audit_days: argument basis = 7: must be :none, :isms_cert, :isms_cert_here or :combined (or its value)"],
    [-> { Csisms.audit_days("120") }, TypeError,
     'csisms_audit_days: argument personnel = "120": must be an Integer, not String'],
    [-> { Csisms.isms_band(80) }, Csisms::NotFoundError,
     "csisms_isms_band: argument index = 80: is past the last band: must be 0 … 79"],
    [-> { Csisms.initial_audit_days(0) }, E,
     "csisms_initial_audit_days: argument isms_days = 0: must be at least 0.5 day"],
    [-> { Csisms.initial_audit_days("8.5x") }, E,
     "csisms_initial_audit_days: argument isms_days = \"8.5x\": is not a number of days " \
     "(ASCII digits, optionally '.' and digits, like 8.5)"],
    [-> { Csisms.min_reduced_days(Rational(1, 3)) }, E,
     "csisms_min_reduced_days: argument days = (1/3): is not a multiple of 0.5 day (see round_up_half)"],
    [-> { Csisms.surveillance_days("0") }, E,
     'csisms_surveillance_days: argument initial_days = "0": must be at least 0.5 day'],
    [-> { Csisms.min_onsite_days(8.5) }, TypeError,
     "csisms_min_onsite_days: argument days = 8.5: must be an Integer, Rational, BigDecimal or String, not Float"],
    [-> { Csisms.combined_min_days([12]) }, E,
     "csisms_combined_min_days: argument parts = [12]: must hold at least 2 audit times, not 1"],
    [-> { Csisms.combined_min_days([12, 0]) }, E,
     "csisms_combined_min_days: argument parts[1] = 0: must be at least 0.5 day"],
    [-> { Csisms.round_up_half(1, 0) }, E,
     "csisms_round_up_half: argument denominator = 0: must be 1 … 9223372036854775807"],
    [-> { Csisms.round_up_half(Rational(-1, 3)) }, E,
     "csisms_round_up_half: argument value = (-1/3): must not be negative"],
    [-> { Csisms.days_format(-1) }, E, "csisms_days_format: argument days = -1: must not be negative"],
    [-> { Csisms.days_parse("1073741824") }, Csisms::RangeError,
     'csisms_days_parse: argument text = "1073741824": exceeds INT32_MAX halfdays'],
    # dates: the field and its value (February 2026 has 28 days)
    [-> { Csisms.date_parse("2026-02-30") }, E,
     'csisms_date_parse: argument text = "2026-02-30": day 30 is not a day of February 2026 (1 … 28)'],
    [-> { Csisms.date_parse("2024年2月30日") }, E,
     'csisms_date_parse: argument text = "2024年2月30日": day 30 is not a day of February 2024 (1 … 29)'],
    [-> { Csisms.date_parse("20261301") }, E,
     'csisms_date_parse: argument text = "20261301": month 13 is not 1 … 12'],
    [-> { Csisms.date_parse("2026/3/1") }, E,
     'csisms_date_parse: argument text = "2026/3/1": is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)'],
    [-> { Csisms.date_parse("0000-02-29") }, Csisms::RangeError,
     'csisms_date_parse: argument text = "0000-02-29": is before 0001-01-01 (year 0000)'],
    [-> { Csisms.date_parse_lenient(" 2025/4/31 ") }, E,
     'csisms_date_parse_lenient: argument text = " 2025/4/31 ": day 31 is not a day of April 2025 (1 … 30)'],
    [-> { Csisms.date_add_days(Date.new(9999, 12, 31), 1) }, Csisms::RangeError,
     "csisms_date_add_days: argument days = 1: the result is outside 0001-01-01 … 9999-12-31"],
    [-> { Csisms.date_add_months("2026-02-29", 1) }, E,
     'csisms_date_add_months: argument date = "2026-02-29": day 29 is not a day of February 2026 (1 … 28)'],
    [-> { Csisms.certificate_valid_until(Date.new(9998, 1, 1)) }, Csisms::RangeError,
     "csisms_certificate_valid_until: argument valid_from = 9998-01-01: the result is outside " \
     "0001-01-01 … 9999-12-31"],
    [-> { Csisms.surveillance_due(:third, Date.new(2024, 10, 22)) }, E,
     "csisms_surveillance_due: argument kind = :third: must be :first, :second or :after_recert (or its value)"],
    # verdicts: which fact, as `csisms evaluate` says it
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, suspended_on: Date.new(2026, 4, 1)) }, E,
     "csisms_evaluate: argument suspended_on = 2026-04-01: is after today (2026-03-01)"],
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, correction_requested: "2026-03-02") }, E,
     'csisms_evaluate: argument correction_requested = "2026-03-02": is after today (2026-03-01)'],
    [-> { Csisms.evaluate(today: Date.new(9999, 1, 1), valid_until: UNTIL) }, E,
     "csisms_evaluate: argument today = 9999-01-01: must be at most 9998-12-31 (DATE_INPUT_MAX)"],
    [-> { Csisms.evaluate(today: "2026-02-29", valid_until: UNTIL) }, E,
     'csisms_evaluate: argument today = "2026-02-29": day 29 is not a day of February 2026 (1 … 28)'],
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, grounds: 1 << 20) }, E,
     "csisms_evaluate: argument grounds = 1048576: has bits that are no ground of 7.1.1 or 7.2.1: 0x100000"],
    # a bad row of evaluate_batch: its column, its row (0-based) and its value
    [-> { Csisms.evaluate_batch(today: [20260301] * 2, valid_until: [20271021, 20261301]).verdict(1) }, E,
     "csisms_evaluate_batch: argument valid_until[1] = 20261301: not a date YYYYMMDD"],
    [-> { Csisms.evaluate_batch(today: [20260301], valid_until: [20271021], suspended_on: [20260401]).verdict(0) }, E,
     "csisms_evaluate_batch: argument suspended_on[0] = 2026-04-01: is after today (2026-03-01)"],
    [-> { Csisms.evaluate_batch(today: [20260301], valid_until: [20271021], grounds: [1 << 20]).verdict(0) }, E,
     "csisms_evaluate_batch: argument grounds[0] = 1048576: has bits that are no ground of 7.1.1 or 7.2.1: 0x100000"],
    [-> { Csisms.evaluate_batch(today: [20260301], valid_until: [20271021], flags: [4]).verdict(0) }, E,
     "csisms_evaluate_batch: argument flags[0] = 4: has bits other than BATCH_RESOLVED and BATCH_CORRECTED"],
    [-> { Csisms.evaluate_batch(today: [99990101], valid_until: [20271021]).verdict(0) }, E,
     "csisms_evaluate_batch: argument today[0] = 9999-01-01: must be at most 9998-12-31 (DATE_INPUT_MAX)"],
    [-> { Csisms.evaluate(today: TODAY, valid_until: nil) }, TypeError,
     "csisms_evaluate: argument valid_until = nil: must be a Date or a String, not NilClass"],
    [-> { Csisms.evaluate(today: TODAY, valid_until: DateTime.new(2027, 10, 21)) }, TypeError,
     "csisms_evaluate: argument valid_until = 2027-10-21T00:00:00+00:00: must be a Date, not DateTime"],
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, suspension_resolved: "no") }, TypeError,
     'csisms_evaluate: argument suspension_resolved = "no": must be true or false, not String'],
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, grounds: [:voluntary, "x"]) }, TypeError,
     'csisms_evaluate: argument grounds[1] = "x": must be a Symbol or an Integer, not String'],
    [-> { Csisms.evaluate(today: TODAY, valid_until: UNTIL, grounds: :bribery) }, E,
     "csisms_evaluate: argument grounds = :bribery: must be one of 16 Symbols (:nonconformity … :expired) " \
     "or their values"],
    [-> { Csisms.reason_clause(3) }, E,
     "csisms_reason_clause: argument reason = 3: must be exactly one bit: one of 16 Symbols " \
     "(:nonconformity … :expired) or their values"],
    [-> { Csisms.action_name(9) }, E,
     "csisms_action_name: argument action = 9: must be :maintain, :suspend, :reinstate, :withdraw or :expire " \
     "(or its value)"],
    [-> { Csisms.duty_text(:report, :fr) }, E, "csisms_duty_text: argument lang = :fr: must be :zh or :en (or its value)"],
    # scope codes: AmbiguousError lists the entries
    [-> { Csisms.scope_lookup("04.13") }, Csisms::AmbiguousError,
     'csisms_scope_lookup: argument code = "04.13": begins 2 entries: 04.13.01, 04.13.02'],
    [-> { Csisms.scope_lookup("05") }, Csisms::NotFoundError,
     'csisms_scope_lookup: argument code = "05": is no entry of Appendix B'],
    [-> { Csisms.scope_lookup("3..1") }, E,
     'csisms_scope_lookup: argument code = "3..1": is not a business-scope code (1 to 3 groups of 1 or 2 ' \
     "digits separated by dots, like 03.01)"],
    [-> { Csisms.scope_at(35) }, Csisms::NotFoundError, "csisms_scope_at: argument index = 35: must be 0 … 34"],
    [-> { Csisms.scope_find("") }, E, 'csisms_scope_find: argument text = "": must not be empty'],
    # checklists
    [-> { Csisms.checklist_size(:nothing) }, E,
     "csisms_checklist_size: argument list = :nothing: must be one of 16 Symbols (:public_info … :certificate) " \
     "or their values"],
    [-> { Csisms.checklist_item(:public_info, 6) }, E, "csisms_checklist_item: argument item = 6: must be 1 … 5"],
    [-> { Csisms.checklist_eval(:public_info, [1, 6]) }, E,
     "csisms_checklist_eval: argument present[1] = 6: must be 1 … 5"],
    [-> { Csisms.checklist_eval(:public_info, 0b100000) }, E,
     "csisms_checklist_eval: argument present = 32: has bits beyond the list's 5 items: 0x20"],
    [-> { Csisms.checklist_eval(:application, 0, [1]) }, E,
     "csisms_checklist_eval: argument not_applicable = [1]: item 1 of :application may not be declared not applicable"],
    # identifiers
    [-> { Csisms.uscc_validate("91350100M000100Y42") }, Csisms::ChecksumError,
     'csisms_uscc_validate: argument code = "91350100M000100Y42": the check character (position 18) is "2", ' \
     'it should be "3"'],
    [-> { Csisms.uscc_validate("91350100M000100Y4") }, E,
     'csisms_uscc_validate: argument code = "91350100M000100Y4": must be 18 characters long, not 17'],
    [-> { Csisms.uscc_validate("91350100MO00100Y43") }, E,
     'csisms_uscc_validate: argument code = "91350100MO00100Y43": character 10, "O", is not one of the ' \
     "code's symbols (digits and upper-case letters but I, O, Z, S, V)"],
    [-> { Csisms.sample_sites(0) }, E, "csisms_sample_sites: argument sites = 0: must be 1 … 4294967295"],
    # rules, programme
    [-> { Csisms.rule_at(43) }, Csisms::NotFoundError, "csisms_rule_at: argument index = 43: must be 0 … 42"],
    [-> { Csisms.reason_of_clause("9.9") }, Csisms::NotFoundError,
     'csisms_reason_of_clause: argument clause = "9.9": is the clause of no reason (like 7.2.1(5))'],
    [-> { Csisms.programme(120) }, E,
     "csisms_programme: argument decided = nil: give decided: (an initial certification's decision date) " \
     "or recert_of: (the old certificate's last valid day)"],
    [-> { Csisms.programme(120, decided: Date.new(2024, 1, 1), operating_since: Date.new(2024, 2, 1)) }, E,
     "csisms_programme: argument operating_since = 2024-02-01: is after decided (2024-01-01)"],
    # 120 persons: 12 days, 70 % is 8.4 → 8.5 days (4.5.1.1)
    [-> { Csisms.programme(120, decided: Date.new(2024, 1, 1), planned_days: 8) }, Csisms::NotPermittedError,
     "csisms_programme: argument planned_days = 8: is below the least time after a reduction, 8.5 days " \
     "(4.5.1.1: 70 % of 12)"],
    [-> { Csisms.record_check(120, decided: Date.new(2024, 1, 1), audits: [[:recert_start, Date.new(2024, 1, 1), 12, 12]]) },
     E, "csisms_record_check: argument audits[0].kind = :recert_start: is no audit of a cycle from decided"],
    [-> { Csisms.record_check(120, decided: Date.new(2024, 1, 1), audits: [[:initial, Date.new(2024, 1, 1), 8, 9]]) },
     E, "csisms_record_check: argument audits[0].onsite = 9: is more than the audit's total (8 days)"]
  ].freeze

  def test_each_message_names_the_function_the_argument_and_the_value
    CASES.each do |call, cls, message|
      err = assert_raises(cls, message, &call)
      assert_instance_of cls, err, message
      assert_equal message, err.message
      next unless err.is_a?(Csisms::Error)

      refute_nil err.argument, message
      assert_includes message, "argument #{err.argument} = "
    end
  end

  def test_ambiguous_error_carries_the_entries
    err = assert_raises(Csisms::AmbiguousError) { Csisms.scope_lookup("４.１３") }
    assert_equal %w[04.13.01 04.13.02], err.entries.map(&:code)
    assert(err.entries.all? { |s| s.is_a?(Csisms::Scope) })
    assert_equal Csisms.scope_under("04.13"), err.entries
    assert_equal ["code", "４.１３"], [err.argument, err.value]
    assert_equal "04", Csisms.scope_lookup("04").code # the major class itself: not ambiguous
  end

  def test_checksum_error_carries_the_expected_character_and_position
    # GB 32100-2015: 91350100M000100Y4 + "3"; each wrong 18th character
    "0124ABCY".each_char do |wrong|
      code = "91350100M000100Y4#{wrong}"
      err = assert_raises(Csisms::ChecksumError, code) { Csisms.uscc_validate(code) }
      assert_equal ["3", 18, code], [err.expected, err.position, err.value]
    end
    assert_nil Csisms.uscc_validate("91350100M000100Y43")
  end

  def test_errors_raised_elsewhere_have_no_argument
    e = Csisms.error_for(Csisms::ERANGE, "csisms_x")
    assert_equal [nil, nil, "csisms_x: result out of range"], [e.argument, e.value, e.message]
  end

  # Durations stay Rational (exact, as Ruby's own numbers); days_format
  # prints one as the library and the csisms command write days.
  def test_printable_durations
    { 0 => "0", 1 => "0.5", 17 => "8.5", 24 => "12" }.each do |halfdays, text|
      assert_equal text, Csisms.days_format(Csisms.halfdays_to_days(halfdays))
    end
    onsite = Csisms.min_onsite_days(Rational(21, 2)) # ⌈0.8 × 10.5⌉ to 0.5: 8.4 → 8.5
    assert_equal Rational(17, 2), onsite
    assert_instance_of Rational, onsite
    assert_equal "8.5", Csisms.days_format(onsite)
  end

  def test_version
    assert_match(/\A\d+\.\d+\.\d+\z/, Csisms::VERSION)
    assert_equal Csisms::VERSION, Csisms.version # the library loaded is the header's release
    assert_equal Csisms::VERSION_STRING, Csisms::VERSION
  end
end
