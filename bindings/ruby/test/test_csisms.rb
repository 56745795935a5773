# frozen_string_literal: true
# SPDX-License-Identifier: MIT

# minitest suite of the Ruby binding, run against the library named by
# $CSISMS_LIBRARY ("make check" sets it to the just-built one).
#
# Expected values are worked out by hand from the rules and doc/rules-model.md (the
# worked examples of §1–§6), or computed here by an independent method; the
# interface description generated from the header ($CSISMS_INTERFACE, by
# default bindings/interface.json) is read to check that every function,
# structure and constant of csisms.h has its binding.

$LOAD_PATH.unshift File.expand_path("../lib", __dir__)
require "minitest/autorun"
require "bigdecimal"
require "date"
require "json"
require "open3"
require "rbconfig"
require "csisms"

HEADER = ENV.fetch("CSISMS_HEADER", nil) || File.expand_path("../../../include/csisms.h", __dir__)
# Generated from the header by build-aux/csisms-iface.py; tests/iface.sh fails when it is stale.
INTERFACE = ENV.fetch("CSISMS_INTERFACE", nil) || File.expand_path("../../interface.json", __dir__)
INT32_MAX = (2**31) - 1

def d(year, month, day)
  Date.new(year, month, day, Date::GREGORIAN)
end

# ---------------------------------------------------------------------------- the interface description

module Header
  module_function

  def description
    @description ||= JSON.parse(File.read(INTERFACE, encoding: "UTF-8"))
  end

  # name -> [return type, [parameter types]] of every function of csisms.h.
  def functions
    description["functions"].to_h { |f| [f["name"], [f["returns"]["c"], f["params"].map { |p| p["type"]["c"] }]] }
  end

  # struct name -> [[type, field]] of every struct with a public layout.
  def structs
    description["structs"].reject { |s| s["opaque"] }
                          .to_h { |s| [s["name"], s["fields"].map { |f| [f["type"]["c"], f["name"]] }] }
  end

  # C name -> value of every integer constant: enum members and #defines.
  def constants
    known = description["enums"].flat_map { |e| e["members"] }.to_h { |m| [m["name"], m["value"]] }
    description["constants"].select { |c| c["kind"] == "int" }.each { |c| known[c["name"]] = c["value"] }
    known
  end
end

# C type -> its FFI type, written here independently of the generator.
C_TYPES = {
  "void" => :void, "int" => :int, "unsigned" => :uint, "int32_t" => :int32, "uint32_t" => :uint32,
  "int64_t" => :int64, "size_t" => :size_t, "csisms_date" => :int32, "const char *" => :string, "char *" => :pointer,
  "int32_t *" => :pointer, "const int32_t *" => :pointer, "uint32_t *" => :pointer, "int64_t *" => :pointer,
  "size_t *" => :pointer, "csisms_date *" => :pointer, "const csisms_scope *" => :pointer,
  "const csisms_scope **" => :pointer, "const csisms_facts *" => :pointer, "csisms_verdict *" => :pointer,
  "const csisms_date *" => :pointer, "const uint32_t *" => :pointer, "const uint8_t *" => :pointer,
  "int *" => :pointer, "const csisms_client *" => :pointer, "csisms_programme_entry *" => :pointer,
  "csisms_step *" => :pointer, "const csisms_audit_record *" => :pointer, "csisms_breach *" => :pointer
}.freeze

# Every function, structure and constant of csisms.h has a binding.
class TestHeaderCoverage < Minitest::Test
  def test_header_parsed
    functions = Header.functions
    assert_operator functions.size, :>=, 54, "too few CSISMS_API functions found in the header"
    assert_includes functions, "csisms_duty_text"
    assert_includes functions, "csisms_duty_clause"
    assert_equal ["int", ["uint32_t", "uint32_t *", "uint32_t *", "int32_t *"]], functions["csisms_isms_band"]
  end

  def test_every_function_is_bound
    header = Header.functions.keys.sort
    bound = Csisms::C_FUNCTIONS.keys.sort
    declared = Csisms::Native::FUNCTIONS.keys.map(&:to_s).sort
    assert_empty header - bound, "functions of csisms.h without a Ruby binding"
    assert_empty header - declared, "functions of csisms.h without an ffi declaration"
    assert_empty bound - header, "bindings of functions not in csisms.h"
    assert_empty declared - header, "declarations of functions not in csisms.h"
    Csisms::C_FUNCTIONS.each do |name, method|
      assert Csisms.respond_to?(method), "#{name}: Csisms.#{method} missing"
      assert Csisms::Native.respond_to?(name), "#{name} not attached"
    end
  end

  def test_declarations_match_header
    Header.functions.each do |name, (ret, params)|
      args, result = Csisms::Native::FUNCTIONS.fetch(name.to_sym)
      assert_equal C_TYPES.fetch(ret), result, "#{name}: return type #{ret}"
      assert_equal params.map { |p| C_TYPES.fetch(p) }, args, "#{name}: parameters #{params}"
    end
  end

  def test_structs_match_header
    structs = Header.structs
    { "csisms_facts" => Csisms::Native::Facts, "csisms_verdict" => Csisms::Native::Verdict,
      "csisms_client" => Csisms::Native::Client, "csisms_programme_entry" => Csisms::Native::ProgrammeEntry,
      "csisms_step" => Csisms::Native::Step, "csisms_audit_record" => Csisms::Native::AuditRecord,
      "csisms_breach" => Csisms::Native::Breach }.each do |cname, cls|
      fields = structs.fetch(cname)
      assert_equal fields.map { |_, n| n.to_sym }, cls.members, cname
      fields.each do |type, name|
        want = FFI.find_type(C_TYPES.fetch(type))
        assert_equal want, cls.new.layout[name.to_sym].type, "#{cname}.#{name}"
      end
    end
    Header.description["structs"].reject { |s| s["opaque"] }.each do |s|
      cls = Csisms::Native.const_get(s["name"].split("_").drop(1).map(&:capitalize).join)
      assert_equal s["size"], cls.size, s["name"]
      s["fields"].each { |f| assert_equal f["offset"], cls.offset_of(f["name"].to_sym), "#{s["name"]}.#{f["name"]}" }
    end
    assert_equal 36, Csisms::Native::Facts.size
    assert_equal 24, Csisms::Native::Verdict.size
    facts = Csisms::Native::Facts.init
    verdict = Csisms::Native::Verdict.init
    assert_equal 36, facts[:size]
    assert_equal 24, verdict[:size]
    assert(facts.members.drop(1).all? { |m| facts[m].zero? })
    assert(verdict.members.drop(1).all? { |m| verdict[m].zero? })
  end

  def test_constants_match_header
    constants = Header.constants
    assert_operator constants.size, :>=, 70
    assert_empty constants.keys - Csisms::C_CONSTANTS.keys, "constants of csisms.h without a Ruby binding"
    assert_empty Csisms::C_CONSTANTS.keys - constants.keys, "constants not in csisms.h"
    constants.each { |name, value| assert_equal value, Csisms::C_CONSTANTS[name], name }
    assert_includes File.read(HEADER, encoding: "UTF-8"), %(#define CSISMS_VERSION_STRING "#{Csisms::VERSION_STRING}")
  end

  # Calling the Ruby API reaches every C function of the header.
  def test_every_function_is_reached
    seen = []
    recorder = Module.new do
      Csisms::Native::FUNCTIONS.each_key do |name|
        define_method(name) do |*args|
          seen << name.to_s
          super(*args)
        end
      end
    end
    Csisms::Native.singleton_class.prepend(recorder)
    Csisms.instance_variable_set(:@scope_index, nil)
    calls = [
      -> { Csisms.version }, -> { Csisms.check_version }, -> { Csisms.strerror(-1) },
      -> { Csisms.isms_audit_days(120) }, -> { Csisms.isms_band(0) }, -> { Csisms.initial_audit_days(12) },
      -> { Csisms.audit_days(120) }, -> { Csisms.min_reduced_days(8) }, -> { Csisms.min_onsite_days(8) },
      -> { Csisms.surveillance_days(8) }, -> { Csisms.surveillance_cycle_min_days(8) },
      -> { Csisms.recert_min_days(8) }, -> { Csisms.combined_min_days([1, 2]) }, -> { Csisms.round_up_half(1, 3) },
      -> { Csisms.days_format(1) }, -> { Csisms.days_parse("1") }, -> { Csisms.date_valid?(20_240_101) },
      -> { Csisms.date_parse("2024-01-01") }, -> { Csisms.date_parse_lenient("2024/1/1") },
      -> { Csisms.date_format(d(2024, 1, 1)) },
      -> { Csisms.date_add_days(d(2024, 1, 1), 1) }, -> { Csisms.date_add_months(d(2024, 1, 1), 1) },
      -> { Csisms.date_diff_days(d(2024, 1, 1), d(2024, 1, 2)) }, -> { Csisms.surveillance_due(:first, d(2024, 1, 1)) },
      -> { Csisms.certificate_valid_until(d(2024, 1, 1)) }, -> { Csisms.recert_valid_until(d(2024, 1, 1), d(2024, 1, 1)) },
      -> { Csisms.recert_window_opens(d(2024, 1, 1)) }, -> { Csisms.suspension_ends_by(d(2024, 1, 1)) },
      -> { Csisms.appeal_due(d(2024, 1, 1)) }, -> { Csisms.correction_due(d(2024, 1, 1)) },
      -> { Csisms.scope_lookup("03.01") }, -> { Csisms.scope_count }, -> { Csisms.scope_at(5) },
      -> { Csisms.scope_find("a") }, -> { Csisms.evaluate(today: d(2025, 1, 1), valid_until: d(2026, 1, 1)) },
      -> { Csisms.evaluate_batch(today: [20_250_101], valid_until: [20_260_101]) },
      -> { Csisms.reason_clause(1) }, -> { Csisms.reason_text(1) }, -> { Csisms.action_name(0) },
      -> { Csisms.duty_text(1) }, -> { Csisms.duty_clause(1) }, -> { Csisms.checklist_size(1) },
      -> { Csisms.checklist_mode(1) }, -> { Csisms.checklist_clause(1) }, -> { Csisms.checklist_title(1) },
      -> { Csisms.checklist_item(1, 1) }, -> { Csisms.checklist_conditional(1) }, -> { Csisms.checklist_eval(1, 0) },
      -> { Csisms.uscc_validate("91350100M000100Y43") }, -> { Csisms.sample_sites(4) },
      -> { Csisms.rule_clause(1) }, -> { Csisms.rule_text(1) }, -> { Csisms.rule_count }, -> { Csisms.rule_at(0) },
      -> { Csisms.reason_rule(1) }, -> { Csisms.reason_of_clause("8.2") }, -> { Csisms.isms_band_index(120) },
      -> { Csisms.uscc_check("x") }, -> { Csisms.scope_under("04.13") },
      -> { Csisms.programme(120, decided: d(2024, 10, 22)) }, -> { Csisms.justify(120) },
      -> { Csisms.record_check(120, decided: d(2024, 10, 22), audits: []) }
    ]
    begin
      calls.each do |call|
        call.call
      rescue Csisms::Error
        nil # reaching the function is what counts here
      end
    ensure
      recorder.instance_methods.each { |m| recorder.send(:remove_method, m) }
    end
    assert_empty Header.functions.keys - seen.uniq
  end
end

# ---------------------------------------------------------------------------- loading, errors

class TestLoading < Minitest::Test
  def test_candidates
    saved = ENV.fetch("CSISMS_LIBRARY", nil)
    ENV["CSISMS_LIBRARY"] = "/x/libcsisms.so.1"
    assert_equal ["/x/libcsisms.so.1"], Csisms::Native.candidates
    ENV.delete("CSISMS_LIBRARY")
    assert_equal %w[csisms libcsisms.so.1], Csisms::Native.candidates
  ensure
    ENV["CSISMS_LIBRARY"] = saved
  end

  def test_loaded_the_library_asked_for
    path = ENV.fetch("CSISMS_LIBRARY", nil)
    assert_equal path, Csisms::Native.library_name if path
  end

  def test_bad_library_is_a_load_error
    env = { "CSISMS_LIBRARY" => "/nonexistent/libcsisms.so.1" }
    lib = File.expand_path("../lib", __dir__)
    _out, err, status = Open3.capture3(env, RbConfig.ruby, "-I", lib, "-e", 'require "csisms"')
    refute status.success?
    assert_match(/LoadError/, err)
    assert_match(%r{/nonexistent/libcsisms\.so\.1}, err)
    assert_match(/CSISMS_LIBRARY/, err)
  end
end

class TestErrors < Minitest::Test
  CLASSES = {
    -1 => Csisms::InvalidArgumentError, -2 => Csisms::RangeError, -3 => Csisms::NotFoundError,
    -4 => Csisms::AmbiguousError, -5 => Csisms::NotPermittedError, -6 => Csisms::NoSpaceError,
    -7 => Csisms::VersionError, -8 => Csisms::ChecksumError
  }.freeze

  def test_one_class_per_status
    assert_equal (-8..-1).to_a, Csisms::ERRORS.keys.sort
    assert_equal 8, Csisms::ERRORS.values.uniq.size
    CLASSES.each do |status, cls|
      err = Csisms.error_for(status, "csisms_x")
      assert_instance_of cls, err
      assert_kind_of Csisms::Error, err
      assert_kind_of StandardError, err
      assert_equal status, err.status
      assert_equal "csisms_x", err.function
      assert_equal "csisms_x: #{Csisms.strerror(status)}", err.message
    end
    assert_equal Csisms::EINVAL, Csisms::STATUSES[:einval]
  end

  def test_unknown_status
    err = Csisms.error_for(-99)
    assert_instance_of Csisms::Error, err
    assert_equal(-99, err.status)
    assert_equal Csisms.strerror(-99), err.message
  end

  def test_status_beyond_c_int_is_not_truncated
    [2**40, -(2**40), 2**32, 2**31, -(2**31) - 1, 2**64].each do |status|
      err = Csisms.error_for(status, "csisms_x")
      assert_instance_of Csisms::Error, err
      assert_equal status, err.status
      assert_equal "csisms_x: unknown status #{status}", err.message
      refute_includes err.message, "success"
    end
    ["x", nil, 1.0, true].each do |bad|
      err = assert_raises(TypeError, bad.inspect) { Csisms.error_for(bad) }
      assert_includes err.message, "argument status = #{bad.inspect}: must be an Integer, not #{bad.class}"
    end
  end

  def test_strerror
    texts = ((-9..1).to_a + [-1000, 1000]).to_h { |s| [s, Csisms.strerror(s)] }
    assert(texts.values.all? { |t| !t.empty? && t.encoding == Encoding::UTF_8 })
    assert_equal 9, (-8..0).map { |s| texts[s] }.uniq.size
    assert_equal "invalid argument", texts[-1]
    assert_raises(Csisms::InvalidArgumentError) { Csisms.strerror(2**40) }
  end

  def test_statuses_raised_by_the_library
    {
      Csisms::InvalidArgumentError => -> { Csisms.days_parse("x") },
      Csisms::RangeError => -> { Csisms.date_add_days(d(9999, 12, 31), 1) },
      Csisms::NotFoundError => -> { Csisms.scope_lookup("05") },
      Csisms::AmbiguousError => -> { Csisms.scope_lookup("04.13") },
      Csisms::ChecksumError => -> { Csisms.uscc_validate("91350100M000100Y44") }
    }.each do |cls, call|
      err = assert_raises(cls, &call)
      assert_equal Csisms::ERRORS.key(cls), err.status
      assert err.message.start_with?("#{err.function}: ")
    end
  end

  def test_version_and_nospace_through_the_c_interface
    facts = Csisms::Native::Facts.init
    facts[:today] = 20_250_101
    facts[:valid_until] = 20_260_101
    facts[:size] = 35
    verdict = Csisms::Native::Verdict.init
    assert_equal Csisms::EVERSION, Csisms::Native.csisms_evaluate(facts, verdict)
    assert_instance_of Csisms::VersionError, Csisms.error_for(Csisms::EVERSION)
    buf = FFI::MemoryPointer.new(:char, 3)
    buf.put_bytes(0, "zz\0")
    assert_equal Csisms::ENOSPC, Csisms::Native.csisms_days_format(17, buf, 3)
    assert_equal "zz\0".b, buf.read_bytes(3), "nothing written on ENOSPC"
  end

  def test_binding_refuses_unrepresentable_arguments
    [-> { Csisms.audit_days(2**32) }, -> { Csisms.audit_days(-1) }, -> { Csisms.sample_sites(1, 2**31) },
     -> { Csisms.date_add_days(d(2024, 1, 1), 2**31) },
     -> { Csisms.evaluate(today: d(2025, 1, 1), valid_until: d(2026, 1, 1), grounds: 2**32) },
     -> { Csisms.days_parse("8\u00005") }, -> { Csisms.audit_days(120, :no_such_basis) },
     -> { Csisms.date_format(Date.new(10_000, 1, 1)) }].each do |call|
      err = assert_raises(Csisms::InvalidArgumentError, &call)
      assert_equal Csisms::EINVAL, err.status
      refute_nil err.detail
    end
  end

  def test_wrong_types_name_the_parameter_and_the_value
    today = d(2025, 1, 1)
    til = d(2026, 1, 1)
    {
      # flags are true or false only: "no", 0 and 1 are truthy in Ruby
      -> { Csisms.evaluate(today: today, valid_until: til, suspension_resolved: "no") } =>
        'csisms_evaluate: argument suspension_resolved = "no": must be true or false, not String',
      -> { Csisms.evaluate(today: today, valid_until: til, suspension_resolved: 0) } =>
        "argument suspension_resolved = 0: must be true or false, not Integer",
      -> { Csisms.evaluate(today: today, valid_until: til, correction_done: nil) } =>
        "argument correction_done = nil: must be true or false, not NilClass",
      -> { Csisms.evaluate(today: today, valid_until: til, correction_done: :yes) } =>
        "argument correction_done = :yes: must be true or false, not Symbol",
      # nil where a sequence is required
      -> { Csisms.combined_min_days(nil) } =>
        "csisms_combined_min_days: argument parts = nil: must be an Enumerable of durations, not NilClass",
      -> { Csisms.combined_min_days("12") } => 'argument parts = "12": must be an Enumerable of durations, not String',
      -> { Csisms.evaluate(today: today, valid_until: til, grounds: nil) } =>
        "csisms_evaluate: argument grounds = nil: must be an Integer, a Symbol or an Array, not NilClass",
      -> { Csisms.evaluate(today: today, valid_until: til, grounds: "7.1.1(1)") } =>
        'argument grounds = "7.1.1(1)": must be an Integer, a Symbol or an Array, not String',
      -> { Csisms.checklist_eval(2, nil) } =>
        "csisms_checklist_eval: argument present = nil: must be a bit mask or an Array of item numbers, not NilClass",
      -> { Csisms.checklist_eval(2, 0, nil) } => "argument not_applicable = nil: must be a bit mask or an Array",
      -> { Csisms.items_mask(nil) } => "items_mask: argument items = nil: must be an Array of item numbers, not NilClass",
      # other parameters
      -> { Csisms.audit_days("120") } => 'csisms_audit_days: argument personnel = "120": must be an Integer, not String',
      -> { Csisms.audit_days(120.0) } => "argument personnel = 120.0: must be an Integer, not Float",
      -> { Csisms.min_onsite_days(8.5) } => "csisms_min_onsite_days: argument days = 8.5: must be an Integer, Rational, BigDecimal or String, not Float",
      -> { Csisms.date_format(20_241_022) } => "csisms_date_format: argument date = 20241022: must be a Date or a String, not Integer",
      -> { Csisms.evaluate(today: nil, valid_until: til) } => "argument today = nil: must be a Date or a String, not NilClass",
      -> { Csisms.scope_at("1") } => 'csisms_scope_at: argument index = "1": must be an Integer, not String',
      -> { Csisms.scope_find("bank", "0") } => 'argument start = "0": must be an Integer, not String',
      -> { Csisms.uscc_validate(nil) } => "csisms_uscc_validate: argument code = nil: must be a String, not NilClass",
      -> { Csisms.date_valid?("20240101") } => 'argument date = "20240101": must be an Integer YYYYMMDD or a Date, not String',
      -> { Csisms.audit_days(120, "combined") } => 'argument basis = "combined": must be a Symbol or an Integer, not String'
    }.each do |call, message|
      err = assert_raises(TypeError, message, &call)
      assert_includes err.message, message
    end
    suspended = d(2024, 12, 1)
    assert_equal :reinstate,
                 Csisms.evaluate(today: today, valid_until: til, suspended_on: suspended, suspension_resolved: true).action
    assert_equal :suspend,
                 Csisms.evaluate(today: today, valid_until: til, suspended_on: suspended, suspension_resolved: false).action
  end

  # Every integer parameter, one past each end of its C type, is refused by
  # the binding before ffi sees it (ffi would wrap a negative uint32_t).
  def test_integers_are_range_checked_before_ffi
    i32 = [-(2**31) - 1, 2**31]
    u32 = [-1, 2**32]
    {
      ["personnel", u32] => ->(v) { Csisms.audit_days(v) },
      ["index", u32] => ->(v) { Csisms.isms_band(v) },
      ["basis", i32] => ->(v) { Csisms.audit_days(1, v) },
      ["days", i32] => ->(v) { Csisms.date_add_days(d(2024, 1, 1), v) },
      ["months", i32] => ->(v) { Csisms.date_add_months(d(2024, 1, 1), v) },
      ["kind", i32] => ->(v) { Csisms.surveillance_due(v, d(2024, 1, 1)) },
      ["reason", u32] => ->(v) { Csisms.reason_clause(v) },
      ["duty", u32] => ->(v) { Csisms.duty_text(v) },
      ["action", i32] => ->(v) { Csisms.action_name(v) },
      ["lang", i32] => ->(v) { Csisms.action_name(0, v) },
      ["list", i32] => ->(v) { Csisms.checklist_size(v) },
      ["item", i32] => ->(v) { Csisms.checklist_item(1, v) },
      ["present", u32] => ->(v) { Csisms.checklist_eval(1, v) },
      ["sites", u32] => ->(v) { Csisms.sample_sites(v) },
      ["audit", i32] => ->(v) { Csisms.sample_sites(1, v) },
      ["required", i32] => ->(v) { Csisms.check_version(v) },
      ["status", i32] => ->(v) { Csisms.strerror(v) },
      ["numerator", [-(2**63) - 1, 2**63]] => ->(v) { Csisms.round_up_half(v, 1) },
      ["grounds", u32] => ->(v) { Csisms.evaluate(today: d(2025, 1, 1), valid_until: d(2026, 1, 1), grounds: v) }
    }.each do |(name, values), call|
      values.each do |value|
        err = assert_raises(Csisms::InvalidArgumentError, "#{name} = #{value}") { call.call(value) }
        assert_includes err.message, "argument #{name} = #{value}: must be"
      end
    end
  end

  def test_wrong_ruby_types
    [-> { Csisms.audit_days(120.0) }, -> { Csisms.audit_days("120") }, -> { Csisms.min_reduced_days(8.5) },
     -> { Csisms.date_format(20_241_022) }, -> { Csisms.date_format(DateTime.new(2024, 1, 1)) },
     -> { Csisms.days_parse(:x) }, -> { Csisms.combined_min_days("12") },
     -> { Csisms.round_up_half(Rational(1, 2), 3) }, -> { Csisms.audit_days(120, "combined") }].each do |call|
      assert_raises(TypeError, &call)
    end
  end
end

class TestVersion < Minitest::Test
  def test_version
    assert_match(/\A1\.\d+\.\d+\z/, Csisms.version)
    major, minor, patch = Csisms::VERSION_STRING.split(".").map { |x| Integer(x, 10) }
    assert_equal [major, minor, patch], [Csisms::VERSION_MAJOR, Csisms::VERSION_MINOR, Csisms::VERSION_PATCH]
    assert_equal (major << 16) | (minor << 8) | patch, Csisms::VERSION_NUMBER
    assert_equal Csisms::VERSION_STRING, Csisms::VERSION
    assert Csisms.check_version
    assert Csisms.check_version(0x010000)
    assert Csisms.check_version(0x010100)
    refute Csisms.check_version(0x020000)
    refute Csisms.check_version(0x000900)
    refute Csisms.check_version(-1)
    assert_raises(Csisms::InvalidArgumentError) { Csisms.check_version(2**40) }
  end
end

# ---------------------------------------------------------------------------- §1 audit time

class TestAuditTime < Minitest::Test
  def test_worked_examples
    # doc/rules-model.md §1: 120 persons → 12 days; ISMS_CERT 7; ISMS_CERT_HERE 6; COMBINED 5 (4.8 rounded up).
    assert_equal Rational(12), Csisms.isms_audit_days(120)
    assert_instance_of Rational, Csisms.isms_audit_days(120)
    assert_equal Rational(12), Csisms.audit_days(120)
    assert_equal Rational(7), Csisms.audit_days(120, :isms_cert)
    assert_equal Rational(7), Csisms.audit_days(120, Csisms::BASIS_ISMS_CERT)
    assert_equal Rational(6), Csisms.audit_days(120, :isms_cert_here)
    assert_equal Rational(5), Csisms.audit_days(120, :combined)
    # 30 persons (8.5 days) → ISMS_CERT 5.5, COMBINED 3.5; derived figures.
    t = Csisms.isms_audit_days(30)
    assert_equal Rational(17, 2), t
    assert_equal Rational(11, 2), Csisms.audit_days(30, :isms_cert)
    assert_equal Rational(7, 2), Csisms.audit_days(30, :combined)
    assert_equal Rational(6), Csisms.min_reduced_days(t)
    assert_equal Rational(7), Csisms.min_onsite_days(t)
    assert_equal Rational(3), Csisms.surveillance_days(t)
    assert_equal Rational(6), Csisms.surveillance_cycle_min_days(t)
    assert_equal Rational(6), Csisms.recert_min_days(t)
  end

  def test_duration_inputs
    [Rational(17, 2), "8.5", "8.50", "8.01", BigDecimal("8.5"), BigDecimal("8.50")].each do |value|
      assert_equal Rational(11, 2), Csisms.initial_audit_days(value, :isms_cert), value.inspect
    end
    assert_equal Rational(5), Csisms.initial_audit_days(12, :combined)
    assert_equal Rational(12), Csisms.initial_audit_days(12)
    [Rational(1, 3), BigDecimal("0.1"), "x", "", BigDecimal("NaN")].each do |bad|
      assert_raises(Csisms::InvalidArgumentError, bad.inspect) { Csisms.initial_audit_days(bad) }
    end
    assert_equal 17, Csisms.days_to_halfdays("8.5")
    assert_equal Rational(17, 2), Csisms.halfdays_to_days(17)
    assert_raises(Csisms::InvalidArgumentError) { Csisms.days_to_halfdays(Rational(2**31, 2)) }
  end

  # The CLI's reading (csisms_days_parse): ASCII digits, optionally "." and
  # digits, rounded up to 0.5 day; nothing else.
  def test_duration_text_is_read_by_the_library
    { "3.3" => 7, "4.1" => 9, "8.25" => 17, "0.000001" => 1, "007" => 14, "8.5" => 17 }.each do |text, halfdays|
      assert_equal halfdays, Csisms.days_to_halfdays(text), text
      assert_equal Csisms.days_parse(text) * 2, Csisms.days_to_halfdays(text), text
    end
    ["８.５", " 8.5 ", "8.5 ", "17/2", "1e1", "+8", "-1", "8,5", ".5", "5.", "", "NaN"].each do |text|
      err = assert_raises(Csisms::InvalidArgumentError, text) { Csisms.min_onsite_days(text) }
      assert_includes err.message, "argument days = #{text.inspect}: is not a number of days"
    end
    assert_raises(Csisms::RangeError) { Csisms.min_onsite_days("1073741824") }
    # 3.3 + 4.1 -> 3.5 + 4.5 = 8; 80 % is 6.4 -> 6.5, as `csisms combined 3.3 4.1`
    assert_equal Rational(13, 2), Csisms.combined_min_days(["3.3", "4.1"])
    assert_equal Rational(13, 2), Csisms.combined_min_days(["3.3", Rational(9, 2)])
    err = assert_raises(Csisms::InvalidArgumentError) { Csisms.combined_min_days([4, "４"]) }
    assert_includes err.message, "parts[1] = \"４\""
    assert_equal Rational(7, 2), Csisms.round_up_half("3.3")
    assert_equal "0.5", Csisms.days_format("0.25")
  end

  def test_domain_errors
    assert_raises(Csisms::InvalidArgumentError) { Csisms.isms_audit_days(0) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.audit_days(120, 4) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.initial_audit_days(0) }
    %i[min_reduced_days min_onsite_days surveillance_days surveillance_cycle_min_days recert_min_days].each do |fn|
      assert_equal Rational(1, 2), Csisms.public_send(fn, Rational(1, 2)), fn
      assert_raises(Csisms::InvalidArgumentError, fn) { Csisms.public_send(fn, 0) }
      assert_raises(Csisms::InvalidArgumentError, fn) { Csisms.public_send(fn, -1) }
    end
  end

  def test_bands
    assert_equal Csisms::Band.new(index: 0, lower: 1, upper: 10, days: Rational(5)), Csisms.isms_band(0)
    assert_equal Csisms::Band.new(index: 21, lower: 8501, upper: 10_700, days: Rational(28)), Csisms.isms_band(21)
    assert_equal Csisms::Band.new(index: 22, lower: 10_701, upper: 13_375, days: Rational(29)), Csisms.isms_band(22)
    assert_equal Csisms::Band.new(index: 79, lower: 3_575_068_479, upper: 4_294_967_295, days: Rational(86)),
                 Csisms.isms_band(79)
    assert_raises(Csisms::NotFoundError) { Csisms.isms_band(80) }
    assert_raises(Csisms::NotFoundError) { Csisms.isms_band((2**32) - 1) }
    bands = Csisms.isms_bands
    assert_equal 80, bands.size
    bands.each_cons(2) { |a, b| assert_equal a.upper + 1, b.lower }
    assert_equal Rational(86), Csisms.isms_audit_days(4_294_967_295)
    assert_equal Rational(29), Csisms.isms_audit_days(10_701)
    assert bands.first.frozen?
    assert_raises(FrozenError) { bands.first.days = 1 }
  end

  def test_combined
    assert_equal Rational(33, 2), Csisms.combined_min_days([12, "8.5"]) # 16.4 → 16.5
    assert_equal Rational(1), Csisms.combined_min_days([Rational(1, 2), Rational(1, 2)].each)
    [[], [12], [12, 0], [0, -1, 5]].each do |bad|
      assert_raises(Csisms::InvalidArgumentError, bad.inspect) { Csisms.combined_min_days(bad) }
    end
    big = Rational(INT32_MAX, 2)
    assert_raises(Csisms::RangeError) { Csisms.combined_min_days([big, big]) }
  end

  def test_round_up_half
    assert_equal Rational(5), Csisms.round_up_half(24, 5)
    assert_equal Rational(5), Csisms.round_up_half(Rational(24, 5))
    assert_equal Rational(5), Csisms.round_up_half("4.8")
    assert_equal Rational(7, 2), Csisms.round_up_half(BigDecimal("3.4"))
    assert_equal Rational(0), Csisms.round_up_half(0, 1)
    assert_equal Rational(7), Csisms.round_up_half(7)
    assert_equal Rational(1, 2), Csisms.round_up_half(Rational(1, 2**62))
    assert_equal Rational(INT32_MAX, 2), Csisms.round_up_half(INT32_MAX, 2)
    assert_equal Rational(2), Csisms.round_up_half((2**63) - 1, 2**62)
    assert_raises(Csisms::RangeError) { Csisms.round_up_half(2**30, 1) }
    assert_raises(Csisms::RangeError) { Csisms.round_up_half((2**63) - 1, 1) }
    assert_raises(Csisms::RangeError) { Csisms.round_up_half(Rational(3**50)) }
    [[-1, 1], [1, 0], [1, -2]].each do |num, den|
      assert_raises(Csisms::InvalidArgumentError) { Csisms.round_up_half(num, den) }
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.round_up_half(2**63, 1) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.round_up_half(Rational(1, 3**50)) }
    assert_raises(TypeError) { Csisms.round_up_half(1.5) }
  end

  def test_days_format_and_parse
    { Rational(17, 2) => "8.5", 5 => "5", "0.5" => "0.5", 0 => "0", Rational(INT32_MAX, 2) => "1073741823.5" }
      .each { |days, text| assert_equal text, Csisms.days_format(days) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.days_format(-1) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.days_format(Rational(1, 4)) }
    { "8.5" => Rational(17, 2), "8.50" => Rational(17, 2), "3.4" => Rational(7, 2), "12" => Rational(12),
      "0" => Rational(0), "007" => Rational(7), "0.000001" => Rational(1, 2),
      "1073741823.5" => Rational(INT32_MAX, 2) }.each { |text, days| assert_equal days, Csisms.days_parse(text), text }
    ["", ".5", "5.", "+1", "-1", "1e3", " 1", "1 ", "8,5", "８"].each do |text|
      assert_raises(Csisms::InvalidArgumentError, text) { Csisms.days_parse(text) }
    end
    assert_raises(Csisms::RangeError) { Csisms.days_parse("1073741824") }
    assert_raises(Csisms::RangeError) { Csisms.days_parse("1073741823.6") }
  end
end

# ---------------------------------------------------------------------------- §2 dates

class TestDates < Minitest::Test
  def test_valid
    assert Csisms.date_valid?(20_240_229)
    refute Csisms.date_valid?(20_230_229)
    refute Csisms.date_valid?(0)
    assert Csisms.date_valid?(99_991_231)
    refute Csisms.date_valid?(100_000_101)
    refute Csisms.date_valid?(2**40)
    refute Csisms.date_valid?(-20_240_101)
    assert Csisms.date_valid?(d(1, 1, 1))
    refute Csisms.date_valid?(Date.new(10_000, 1, 1))
    assert_raises(TypeError) { Csisms.date_valid?("20240229") }
  end

  def test_parse_and_format
    ["2024-10-22", "20241022", "2024年10月22日"].each { |t| assert_equal d(2024, 10, 22), Csisms.date_parse(t) }
    assert_equal d(2024, 1, 5), Csisms.date_parse("2024年1月5日")
    assert_equal d(2024, 1, 5), Csisms.date_parse("2024年01月05日")
    assert_equal d(2024, 1, 5), Csisms.date_parse("2024年1月5日".encode("GB18030"))
    ["2024-1-5", " 2024-10-22", "2024-10-22 ", "2024-02-30", "24-10-22", "", "2024/10/22"].each do |text|
      assert_raises(Csisms::InvalidArgumentError, text) { Csisms.date_parse(text) }
    end
    # A real day of year 0000 is well-formed but before 0001-01-01; 0000-02-30 is no day.
    assert_raises(Csisms::RangeError) { Csisms.date_parse("0000-02-29") }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.date_parse("0000-02-30") }
    assert_equal "2024-10-22", Csisms.date_format(d(2024, 10, 22))
    assert_equal "2024-10-22", Csisms.date_format("2024年10月22日")
    assert_equal "0001-01-01", Csisms.date_format(d(1, 1, 1))
    assert_equal "9999-12-31", Csisms.date_format(d(9999, 12, 31))
    # A Date of the default (Italian) calendar names days before the 1582 reform by the
    # Julian calendar: Julian 1500-03-01, after the Julian-only leap day 1500-02-29, is
    # 10 days behind, Gregorian 1500-03-11.
    assert_equal "1500-03-11", Csisms.date_format(Date.new(1500, 3, 1))
    assert_equal Date::GREGORIAN, Csisms.date_parse("1500-03-10").start
  end

  def test_parse_lenient
    # Worked by hand: every spreadsheet form of 1 June 2025, and the strict forms.
    ["2025/6/1", "2025-6-1", "2025.06.01", "2025.6.1", "2025/06/01", " 2025-06-01 ", "\t20250601\r\n",
     "2025年6月1日", "\u30002025年06月01日\u3000", "2025-06-01"].each do |t|
      assert_equal d(2025, 6, 1), Csisms.date_parse_lenient(t), t
    end
    assert_equal d(2025, 6, 1), Csisms.date_parse_lenient(" 2025年6月1日".encode("GB18030"))
    assert_equal d(2024, 2, 29), Csisms.date_parse_lenient("2024/2/29")
    assert_equal d(9999, 12, 31), Csisms.date_parse_lenient("9999.12.31")
    ["6/1/2025", "2025-6/1", "2025/6/1 0:00", "2025 /6/1", "25/6/1", "2025/2/30", "2023/2/29", "2025/13/1",
     "", "   ", "\u00a02025-06-01", "2025_6_1"].each do |t|
      assert_raises(Csisms::InvalidArgumentError, t) { Csisms.date_parse_lenient(t) }
    end
    assert_raises(Csisms::RangeError) { Csisms.date_parse_lenient("0000/2/29") }
    assert_raises(TypeError) { Csisms.date_parse_lenient(20_250_601) }
    # The strict parser is unchanged.
    assert_raises(Csisms::InvalidArgumentError) { Csisms.date_parse("2025/6/1") }
  end

  def test_arithmetic
    assert_equal d(2024, 2, 29), Csisms.date_add_months(d(2024, 1, 31), 1)
    assert_equal d(2025, 2, 28), Csisms.date_add_months(d(2024, 2, 29), 12)
    assert_equal d(2024, 2, 29), Csisms.date_add_months(d(2024, 3, 31), -1)
    assert_equal d(2024, 10, 22), Csisms.date_add_months("2024-10-22", 0)
    assert_equal d(2024, 12, 21), Csisms.date_add_days(d(2024, 10, 22), 60)
    assert_equal d(2024, 2, 29), Csisms.date_add_days(d(2024, 3, 1), -1)
    assert_equal 366, Csisms.date_diff_days(d(2024, 1, 1), d(2025, 1, 1))
    assert_equal(-366, Csisms.date_diff_days(d(2025, 1, 1), d(2024, 1, 1)))
    assert_equal (d(9999, 12, 31) - d(1, 1, 1)).to_i, Csisms.date_diff_days(d(1, 1, 1), d(9999, 12, 31))
    assert_raises(Csisms::RangeError) { Csisms.date_add_days(d(1, 1, 1), -1) }
    assert_raises(Csisms::RangeError) { Csisms.date_add_months(d(9999, 12, 1), 1) }
    assert_raises(Csisms::RangeError) { Csisms.date_add_days(d(2024, 1, 1), INT32_MAX) }
  end

  def test_surveillance_due
    # doc/rules-model.md §2: decision 2024-10-22 → first due 2025-10-22 (latest the same); a first
    # surveillance held 2025-09-30 → second due 2026-09-30, latest 2026-12-30;
    # reference 2024-02-29, kind 2 → due 2025-02-28, latest 2025-05-28.
    due = ->(a, b) { Csisms::SurveillanceDue.new(due: a, latest: b) }
    assert_equal due[d(2025, 10, 22), d(2025, 10, 22)], Csisms.surveillance_due(:first, d(2024, 10, 22))
    assert_equal due[d(2026, 9, 30), d(2026, 12, 30)], Csisms.surveillance_due(:second, d(2025, 9, 30))
    assert_equal due[d(2025, 2, 28), d(2025, 5, 28)], Csisms.surveillance_due(Csisms::SURV_SECOND, d(2024, 2, 29))
    assert_equal due[d(2028, 9, 1), d(2028, 12, 1)], Csisms.surveillance_due(:after_recert, d(2027, 9, 1))
    [0, 4, -1].each do |kind|
      assert_raises(Csisms::InvalidArgumentError) { Csisms.surveillance_due(kind, d(2024, 10, 22)) }
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.surveillance_due(:third, d(2024, 10, 22)) }
    assert_raises(Csisms::RangeError) { Csisms.surveillance_due(:second, d(9999, 1, 1)) }
  end

  def test_periods
    # 8.2: three years counting the first day.
    { d(2024, 10, 22) => d(2027, 10, 21), d(2024, 2, 29) => d(2027, 2, 28), d(2023, 3, 1) => d(2026, 2, 28),
      d(9997, 1, 1) => d(9999, 12, 31) }.each { |from, to| assert_equal to, Csisms.certificate_valid_until(from) }
    assert_raises(Csisms::RangeError) { Csisms.certificate_valid_until(d(9997, 1, 2)) }
    # 6.3, 8.2: continuing cycle, and an interrupted one.
    validity = ->(u, i) { Csisms::RecertValidity.new(valid_until: u, interrupted: i) }
    assert_equal validity[d(2030, 10, 21), false], Csisms.recert_valid_until(d(2027, 10, 21), d(2027, 9, 1))
    assert_equal validity[d(2030, 10, 21), false], Csisms.recert_valid_until(d(2027, 10, 21), d(2027, 10, 21))
    interrupted = Csisms.recert_valid_until(d(2027, 10, 21), d(2027, 11, 5))
    assert_equal validity[d(2030, 11, 4), true], interrupted
    assert interrupted.interrupted?
    assert_equal d(2027, 7, 23), Csisms.recert_window_opens(d(2027, 10, 21))
    assert_equal d(2025, 12, 1), Csisms.suspension_ends_by(d(2025, 6, 1))
    assert_equal d(2026, 2, 28), Csisms.suspension_ends_by(d(2025, 8, 31))
    assert_equal d(2024, 12, 21), Csisms.appeal_due(d(2024, 10, 22))
    assert_equal d(2025, 2, 28), Csisms.correction_due(d(2024, 8, 31))
    assert_raises(Csisms::RangeError) { Csisms.recert_window_opens(d(1, 1, 1)) }
    assert_raises(Csisms::RangeError) { Csisms.appeal_due(d(9999, 12, 1)) }
  end

  def test_date_arguments
    assert_raises(Csisms::InvalidArgumentError) { Csisms.appeal_due("2024-13-01") }
    assert_raises(TypeError) { Csisms.appeal_due(nil) }
    assert_raises(TypeError) { Csisms.appeal_due(20_241_022) }
    assert_raises(TypeError) { Csisms.appeal_due(Time.now) }
  end
end

# ---------------------------------------------------------------------------- §3 scope codes

ENGLISH_NAMES = [
  ["01", "Government affairs"], ["01.01", "State organs"], ["01.02", "Tax authorities"], ["01.03", "Customs"],
  ["01.04", "Other"], ["02", "Public services"], ["02.01", "Telecommunications, radio and television"],
  ["02.02", "News and publishing"], ["02.03", "Scientific research"], ["02.04", "Social security"],
  ["02.05", "Medical services"], ["02.06", "Education"], ["02.07", "Other"], ["03", "Commerce"],
  ["03.01", "Finance"], ["03.02", "E-commerce"], ["03.03", "Logistics"],
  ["03.04", "Consulting and intermediary services"], ["03.05", "Tourism, hotels and restaurants"],
  ["03.06", "Other"], ["04", "Production of products"], ["04.01", "Electric power"], ["04.02", "Railways"],
  ["04.03", "Civil aviation"], ["04.04", "Chemical industry"], ["04.05", "Aerospace"], ["04.06", "Water resources"],
  ["04.07", "Transport"], ["04.08", "Information and communication technology"], ["04.09", "Metallurgy"],
  ["04.10", "Mining"], ["04.11", "Food, pharmaceuticals and tobacco"],
  ["04.12", "Agriculture, forestry, animal husbandry, sideline production and fishery"],
  ["04.13.01", "Other"], ["04.13.02", "Other"]
].freeze

class TestScopeCodes < Minitest::Test
  def test_table
    assert_equal 35, Csisms.scope_count
    entries = Csisms.scopes
    assert_equal ENGLISH_NAMES, entries.map { |s| [s.code, s.name_en] }
    assert_equal (0...35).to_a, entries.map(&:index)
    majors = entries.select(&:major_class?)
    assert_equal [["01", "政务", 0], ["02", "公共", 0], ["03", "商务", 0], ["04", "产品的生产", 0]],
                 majors.map { |s| [s.code, s.name_zh, s.level] }
    entries.each do |s|
      if s.major_class?
        assert_nil s.parent
      else
        assert_equal s.code[0, 2], s.parent_code
        assert_equal Csisms.scope_lookup(s.code[0, 2]), s.parent
        assert_includes [1, 2, 3], s.level
      end
      refute_empty s.name_zh
      assert_equal Encoding::UTF_8, s.name_zh.encoding
      assert_equal s.name_en, s.name(:en)
      assert_equal s.note_zh, s.note
      assert_equal s.note_zh.empty?, s.note_en.empty?
      assert s.frozen?
    end
    assert_equal ["02.03"], entries.select(&:raise_for_major_projects?).map(&:code)
    assert_equal ["02.03"], entries.select { |s| (s.flags & Csisms::SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0 }.map(&:code)
  end

  def test_lookup
    s = Csisms.scope_lookup("３．１")
    assert_equal ["03.01", "金融", "Finance", 1, "03"], [s.code, s.name_zh, s.name_en, s.level, s.parent_code]
    assert_equal "包括：银行、证券、期货、保险、资产管理等", s.note_zh
    assert_equal s, Csisms.scope_at(s.index)
    ["03.01", "3.1", " 03.01\t", "\u300003.01\u3000", "03。01", "\r\n3.01"].each do |text|
      assert_equal "03.01", Csisms.scope_lookup(text).code, text.inspect
    end
    assert_equal "04.13.01", Csisms.scope_lookup("4.13.1").code
    assert_equal "04", Csisms.scope_lookup("4.13.1").parent_code
    assert_raises(Csisms::AmbiguousError) { Csisms.scope_lookup("04.13") }
    %w[05 00 01.09].each { |code| assert_raises(Csisms::NotFoundError, code) { Csisms.scope_lookup(code) } }
    ["", "1.2.3.4", "001", "01..01", "01. 01", "a", ".01", "01."].each do |code|
      assert_raises(Csisms::InvalidArgumentError, code) { Csisms.scope_lookup(code) }
    end
    assert_equal ["金融", "金融", "Finance", "Finance"], [s.name, s.name(:zh), s.name(:en), s.name(1)]
    [2, -1, :fr].each do |bad|
      assert_raises(Csisms::InvalidArgumentError) { s.name(bad) }
      assert_raises(Csisms::InvalidArgumentError) { s.note(bad) }
    end
    assert_raises(FrozenError) { s.code = "x" }
  end

  def test_at
    assert_equal "01", Csisms.scope_at(0).code
    assert_equal "04.13.02", Csisms.scope_at(34).code
    [35, -1, 2**64, 2**70].each { |i| assert_raises(Csisms::NotFoundError, i) { Csisms.scope_at(i) } }
  end

  def test_find
    finance = Csisms.scope_lookup("03.01").index
    assert_equal finance, Csisms.scope_find("银行")
    assert_equal finance, Csisms.scope_find("finance")
    assert_equal finance, Csisms.scope_find("FINANCE")
    assert_nil Csisms.scope_find("finance", finance + 1)
    assert_nil Csisms.scope_find("no such text here")
    assert_nil Csisms.scope_find("银行", 35)
    assert_nil Csisms.scope_find("银行", 2**70)
    assert_includes Csisms.scope_search("银行").map(&:code), "03.01"
    expected = Csisms.scopes.select do |s|
      [s.name_zh, s.name_en, s.note_zh, s.note_en].any? { |t| t.downcase.include?("other") }
    end
    assert_operator expected.size, :>=, 5
    assert_equal expected.map(&:code), Csisms.scope_search("oTHER").map(&:code)
    assert_raises(Csisms::InvalidArgumentError) { Csisms.scope_find("") }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.scope_find("x", -1) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.scope_find("\xff".b) }
  end
end

# ---------------------------------------------------------------------------- §4 verdicts

class TestVerdicts < Minitest::Test
  VALID_UNTIL = Date.new(2027, 10, 21)

  def verdict(action, reasons, duties, deadline, next_review)
    bit = ->(names, table) { names.sum { |n| table.fetch(n) } }
    Csisms::Verdict.new(action: action, reasons: reasons, duties: duties,
                        reason_mask: bit[reasons, Csisms::REASONS], duty_mask: bit[duties, Csisms::DUTIES],
                        deadline: deadline, next_review: next_review)
  end

  def test_issue_example_withdraw
    # Suspended 2025-06-01, unresolved; the 6 months end 2025-12-01; on 2025-12-02 the
    # suspension has expired: withdraw under 7.2.1(5).
    v = Csisms.evaluate(today: d(2025, 12, 2), valid_until: VALID_UNTIL, suspended_on: d(2025, 6, 1))
    assert_equal :withdraw, v.action
    assert_equal [:suspension_expired], v.reasons
    assert_equal Csisms::R_SUSPENSION_EXPIRED, v.reason_mask
    assert_equal ["7.2.1(5)"], v.reasons.map { |r| Csisms.reason_clause(r) }
    assert_equal %i[return_certificate publish report], v.duties
    assert_equal 14, v.duty_mask
    assert_nil v.deadline
    assert_nil v.next_review
  end

  def test_issue_example_suspend
    v = Csisms.evaluate(today: d(2025, 12, 1), valid_until: VALID_UNTIL, suspended_on: d(2025, 6, 1))
    assert_equal verdict(:suspend, [], %i[no_advertising report], d(2025, 12, 1), d(2025, 12, 2)), v
    assert v.frozen?
    assert_raises(FrozenError) { v.action = :maintain }
  end

  def test_other_actions
    assert_equal verdict(:maintain, [], [], nil, d(2027, 10, 22)),
                 Csisms.evaluate(today: d(2025, 1, 1), valid_until: VALID_UNTIL)
    assert_equal verdict(:expire, [:expired], [], nil, nil),
                 Csisms.evaluate(today: d(2027, 10, 22), valid_until: VALID_UNTIL)
    # A ground of 7.1.1 starts a suspension today: 6 months from 2025-03-10.
    [:voluntary, [:voluntary], Csisms::R_VOLUNTARY, [16]].each do |grounds|
      v = Csisms.evaluate(today: d(2025, 3, 10), valid_until: VALID_UNTIL, grounds: grounds)
      assert_equal verdict(:suspend, [:voluntary], %i[no_advertising report], d(2025, 9, 10), d(2025, 9, 11)), v
    end
    assert_equal verdict(:reinstate, [], [], nil, d(2027, 10, 22)),
                 Csisms.evaluate(today: d(2025, 7, 1), valid_until: VALID_UNTIL, suspended_on: d(2025, 6, 1),
                                 suspension_resolved: true)
    # 7.2.1(7): a correction asked for on 2024-08-31 is due by 2025-02-28.
    v = Csisms.evaluate(today: d(2025, 3, 1), valid_until: VALID_UNTIL, correction_requested: d(2024, 8, 31))
    assert_equal [:withdraw, [:misuse_of_certification]], [v.action, v.reasons]
    assert_equal verdict(:maintain, [], [], nil, d(2025, 3, 1)),
                 Csisms.evaluate(today: d(2025, 2, 28), valid_until: VALID_UNTIL, correction_requested: d(2024, 8, 31))
    v = Csisms.evaluate(today: d(2025, 3, 1), valid_until: VALID_UNTIL, correction_requested: d(2024, 8, 31),
                        correction_done: true)
    assert_equal :maintain, v.action
    # 5.1.2: an overdue surveillance suspends.
    assert_equal verdict(:suspend, [:surveillance_overdue], %i[no_advertising report], d(2026, 4, 23), d(2026, 4, 24)),
                 Csisms.evaluate(today: "2025-10-23", valid_until: "2027-10-21", surveillance_latest: "2025-10-22")
    # A 7.2.1 ground withdraws whatever else holds.
    v = Csisms.evaluate(today: d(2025, 3, 10), valid_until: VALID_UNTIL, grounds: %i[major_incident voluntary])
    assert_equal [:withdraw, %i[voluntary major_incident]], [v.action, v.reasons]
  end

  def test_invalid_facts
    base = { today: d(2025, 3, 10), valid_until: VALID_UNTIL }
    [{ grounds: :expired }, { grounds: :surveillance_overdue }, { grounds: 1 << 7 },
     { suspended_on: d(2025, 3, 11) }, { correction_requested: d(2025, 3, 11) }, { today: d(9999, 1, 1) },
     { valid_until: d(9999, 1, 1) }, { grounds: :no_such_reason }].each do |extra|
      assert_raises(Csisms::InvalidArgumentError, extra.inspect) { Csisms.evaluate(**base, **extra) }
    end
    assert_raises(TypeError) { Csisms.evaluate(today: nil, valid_until: VALID_UNTIL) }
    assert_raises(ArgumentError) { Csisms.evaluate(today: d(2025, 1, 1)) }
  end

  def test_c_struct_sizes
    facts = Csisms::Native::Facts.init
    facts[:today] = 20_251_202
    facts[:valid_until] = 20_271_021
    facts[:suspended_on] = 20_250_601
    out = Csisms::Native::Verdict.init
    assert_equal 0, Csisms::Native.csisms_evaluate(facts, out)
    assert_equal [24, Csisms::ACT_WITHDRAW, Csisms::R_SUSPENSION_EXPIRED], [out[:size], out[:action], out[:reasons]]
    small = Csisms::Native::Verdict.init
    small[:size] = 20
    assert_equal Csisms::EVERSION, Csisms::Native.csisms_evaluate(facts, small)
    assert_equal 0, small[:action], "verdict untouched on error"
    big = FFI::MemoryPointer.new(:uint8, 40)
    big.put_bytes(0, facts.to_ptr.read_bytes(36))
    big.put_uint32(0, 40)
    assert_equal 0, Csisms::Native.csisms_evaluate(big, out)
    big.put_uint32(36, 1)
    assert_equal Csisms::EVERSION, Csisms::Native.csisms_evaluate(big, out)
  end

  CLAUSES = {
    nonconformity: "7.1.1(1)", contract_breach: "7.1.1(2)", ordered_to_halt: "7.1.1(3)",
    regulator_finding: "7.1.1(4)", voluntary: "7.1.1(5)", other_suspension: "7.1.1(6)",
    surveillance_overdue: "5.1.2", legal_status_revoked: "7.2.1(1)", obstructed_regulator: "7.2.1(2)",
    major_incident: "7.2.1(3)", serious_violation: "7.2.1(4)", suspension_expired: "7.2.1(5)",
    system_not_operated: "7.2.1(6)", misuse_of_certification: "7.2.1(7)", other_withdrawal: "7.2.1(8)",
    expired: "8.2"
  }.freeze

  def test_reason_texts
    assert_equal CLAUSES.keys.sort, Csisms::REASONS.keys.sort
    CLAUSES.each do |reason, clause|
      assert_equal clause, Csisms.reason_clause(reason)
      assert_equal clause, Csisms.reason_clause(Csisms::REASONS[reason])
      zh = Csisms.reason_text(reason, :zh)
      en = Csisms.reason_text(reason, :en)
      refute_empty zh
      refute_empty en
      refute_equal zh, en
    end
    assert_equal "主动请求暂停的", Csisms.reason_text(:voluntary)
    [0, 3, 1 << 7, 1 << 17, 1 << 31, %i[voluntary expired]].each do |bad|
      assert_raises(Csisms::InvalidArgumentError, bad.inspect) { Csisms.reason_clause(bad) }
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.reason_text(:voluntary, 2) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.reason_text(:voluntary, :fr) }
    assert_equal 0x3F, Csisms::R_SUSPENSION_GROUNDS
    assert_equal 0xFF00, Csisms::R_WITHDRAWAL_GROUNDS
  end

  def test_action_and_duty_texts
    assert_equal "Suspend", Csisms.action_name(:suspend, :en)
    assert_equal "撤销", Csisms.action_name(:withdraw, :zh)
    assert_equal "Withdraw", Csisms.action_name(Csisms::ACT_WITHDRAW, Csisms::LANG_EN)
    assert_equal 10, Csisms::ACTIONS.keys.product(Csisms::LANGS.keys).map { |a, l| Csisms.action_name(a, l) }.uniq.size
    [-1, 5, :no_such_action].each do |bad|
      assert_raises(Csisms::InvalidArgumentError) { Csisms.action_name(bad) }
    end
    { no_advertising: "7.1.2", return_certificate: "7.3", publish: "7.3", report: "7.4" }.each do |duty, clause|
      assert_equal clause, Csisms.duty_clause(duty)
      refute_empty Csisms.duty_text(duty, :zh)
      refute_empty Csisms.duty_text(duty, :en)
    end
    [0, 3, 16].each do |bad|
      assert_raises(Csisms::InvalidArgumentError) { Csisms.duty_clause(bad) }
      assert_raises(Csisms::InvalidArgumentError) { Csisms.duty_text(bad, :en) }
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.duty_text(:report, 7) }
  end
end

# ---------------------------------------------------------------------------- §5 checklists

LISTS = { # list: [clause, mode, items, conditional] from doc/rules-model.md §5
  public_info: ["4.1.1", :all, 5, 0], application: ["4.1.2", :all, 6, 1 << 2],
  application_review: ["4.2.1", :all, 2, 0], audit_plan: ["4.5.3.1", :all, 6, 0], sampling: ["4.5.3.2", :all, 4, 0],
  stage1: ["4.6.3.2", :all, 5, 0], stage1_offsite: ["4.6.3.3", :any, 2, 0], stage2: ["4.6.3.6", :all, 5, 0],
  termination: ["4.6.4", :any, 4, 0], report: ["4.7.1", :all, 7, 0], decision_ready: ["4.9.3", :all, 2, 0],
  decision: ["4.9.4", :all, 3, 0], surveillance: ["5.5", :all, 8, 0], suspension: ["7.1.1", :any, 6, 0],
  withdrawal: ["7.2.1", :any, 8, 0], certificate: ["8.1", :all, 8, 1 << 6]
}.freeze

# csisms_evaluate_batch: hand-worked rows (doc/rules-model.md §4, 1.1), and every row against
# evaluate.
class TestBatch < Minitest::Test
  SO = Csisms::R_SURVEILLANCE_OVERDUE
  SE = Csisms::R_SUSPENSION_EXPIRED
  MU = Csisms::R_MISUSE_OF_CERTIFICATION
  EX = Csisms::R_EXPIRED
  # [today, valid_until, suspended_on, surveillance_latest, correction_requested, grounds, flags] =>
  # [status, action, reasons, duties, deadline, next_review]
  ROWS = [
    [[20_260_301, 20_271_021, 0, 20_251_022, 0, 0, 0], [0, 1, SO, 9, 20_260_423, 20_260_424]],
    [[20_260_423, 20_271_021, 0, 20_251_022, 0, 0, 0], [0, 1, SO, 9, 20_260_423, 20_260_424]],
    [[20_260_424, 20_271_021, 0, 20_251_022, 0, 0, 0], [0, 3, SO | SE, 14, 0, 0]],
    [[20_260_601, 20_271_021, 0, 20_251_022, 0, 0, 0], [0, 3, SO | SE, 14, 0, 0]],
    [[20_290_709, 20_280_818, 20_280_618, 0, 0, 0, 0], [0, 4, EX, 0, 0, 0]],
    [[20_290_709, 20_281_219, 20_280_618, 0, 0, 0, 0], [0, 3, SE | EX, 14, 0, 0]],
    [[20_251_202, 20_271_021, 20_250_601, 0, 20_250_131, 0, 1], [0, 3, MU, 14, 0, 0]],
    [[20_251_202, 20_271_021, 20_250_601, 0, 20_250_131, 0, 3], [0, 2, 0, 0, 0, 20_271_022]],
    [[20_251_202, 20_271_021, 20_250_601, 0, 20_250_131, 0, 4], [-1, 0, 0, 0, 0, 0]],
    [[20_250_310, 20_271_021, 0, 0, 0, Csisms::R_VOLUNTARY, 0], [0, 1, Csisms::R_VOLUNTARY, 9, 20_250_910, 20_250_911]],
    [[20_250_230, 20_271_021, 0, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[20_250_310, 20_271_021, 20_250_311, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[99_990_101, 99_981_231, 0, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[20_250_310, 20_271_021, 0, 0, 0, EX, 0], [-1, 0, 0, 0, 0, 0]]
  ].freeze
  NAMES = %i[today valid_until suspended_on surveillance_latest correction_requested grounds flags].freeze

  def columns(rows)
    NAMES.each_with_index.to_h { |name, k| [name, rows.map { |facts, _| facts[k] }] }
  end

  def check_rows(result, rows)
    assert_equal rows.size, result.size
    assert_equal(rows.count { |_, want| want[0] != 0 }, result.errors)
    rows.each_with_index do |(_, want), i|
      got = [result.status[i], result.action[i], result.reasons[i], result.duties[i], result.deadline[i],
             result.next_review[i]]
      assert_equal want, got, "row #{i}"
    end
  end

  def test_hand_worked_rows
    check_rows(Csisms.evaluate_batch(**columns(ROWS)), ROWS)
  end

  def date_of(value)
    value.zero? ? nil : d(value / 10_000, value / 100 % 100, value % 100)
  end

  def test_rows_equal_evaluate
    result = Csisms.evaluate_batch(**columns(ROWS))
    ROWS.each_with_index do |((today, until_, susp, latest, corr, grounds, flags), _), i|
      if flags & ~3 != 0 # no such fact in evaluate
        assert_equal Csisms::EINVAL, result.status[i]
        next
      end
      want = begin
        Csisms.evaluate(today: date_of(today), valid_until: date_of(until_), suspended_on: date_of(susp),
                        surveillance_latest: date_of(latest), correction_requested: date_of(corr),
                        suspension_resolved: flags.anybits?(1), correction_done: flags.anybits?(2), grounds: grounds)
      rescue Csisms::Error, Date::Error
        nil
      end
      if want.nil?
        refute_equal 0, result.status[i], "row #{i}"
        assert_raises(Csisms::InvalidArgumentError) { result.verdict(i) }
      else
        assert_equal want, result.verdict(i), "row #{i}"
      end
    end
  end

  def test_every_day_equals_evaluate
    days = (d(2025, 10, 1)..d(2027, 1, 31)).to_a
    n = days.size
    result = Csisms.evaluate_batch(today: days, valid_until: [20_261_231] * n, suspended_on: [d(2025, 9, 30)] * n,
                                   surveillance_latest: [20_251_022] * n, correction_requested: [20_250_930] * n,
                                   flags: [Csisms::BATCH_RESOLVED] * n)
    assert_equal 0, result.errors
    days.each_with_index do |day, i|
      want = Csisms.evaluate(today: day, valid_until: d(2026, 12, 31), suspended_on: d(2025, 9, 30),
                             surveillance_latest: d(2025, 10, 22), correction_requested: d(2025, 9, 30),
                             suspension_resolved: true)
      assert_equal want, result.verdict(i), day.to_s
    end
  end

  def test_pointers_are_read_in_place
    cols = columns(ROWS)
    pointers = cols.to_h do |name, values|
      type = { grounds: :uint32, flags: :uint8 }.fetch(name, :int32)
      p = FFI::MemoryPointer.new(type, values.size)
      p.public_send(:"write_array_of_#{type}", values)
      [name, p]
    end
    want = Csisms.evaluate_batch(**cols)
    assert_equal want, Csisms.evaluate_batch(**pointers)
    # a bare pointer (no size): rows: tells the length
    bare = pointers.transform_values { |p| FFI::Pointer.new(p.address) }
    assert_equal want, Csisms.evaluate_batch(**bare, rows: ROWS.size)
    # the library reads the caller's memory: a change shows
    pointers[:today].put_int32(0, 20_260_601)
    assert_equal 3, Csisms.evaluate_batch(**pointers).action[0]
  end

  def test_optional_columns_and_symbols
    got = Csisms.evaluate_batch(today: [20_250_310, 20_271_022], valid_until: [20_271_021] * 2)
    assert_equal [0, 4], got.action
    assert_equal [20_271_022, 0], got.next_review
    got = Csisms.evaluate_batch(today: [d(2025, 3, 10)], valid_until: ["2027-10-21"], grounds: [[:voluntary]])
    assert_equal :suspend, got.verdict(0).action
  end

  def test_empty
    got = Csisms.evaluate_batch(today: [], valid_until: [])
    assert_equal [0, 0], [got.size, got.errors]
  end

  def test_errors
    assert_raises(Csisms::InvalidArgumentError) { Csisms.evaluate_batch(today: [20_250_310], valid_until: [1, 2]) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.evaluate_batch(today: [2**31], valid_until: [1]) }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.evaluate_batch(today: [1], valid_until: [1], flags: [256]) }
    assert_raises(TypeError) { Csisms.evaluate_batch(today: [1.5], valid_until: [1]) }
    assert_raises(TypeError) { Csisms.evaluate_batch(today: "20250310", valid_until: [1]) }
    assert_raises(TypeError) { Csisms.evaluate_batch(today: nil, valid_until: [1]) }
    assert_raises(ArgumentError) { Csisms.evaluate_batch(today: FFI::Pointer.new(8), valid_until: FFI::Pointer.new(8)) }
    assert_raises(Csisms::InvalidArgumentError) do
      Csisms.evaluate_batch(today: FFI::Pointer::NULL, valid_until: [1], rows: 1)
    end
  end

  def test_constants
    assert_equal 99_981_231, Csisms::DATE_INPUT_MAX
    assert_equal [1, 2], [Csisms::BATCH_RESOLVED, Csisms::BATCH_CORRECTED]
  end
end

class TestChecklists < Minitest::Test
  def test_lists
    assert_equal LISTS.keys.sort, Csisms::LISTS.keys.sort
    LISTS.each do |list, (clause, mode, size, conditional)|
      assert_equal clause, Csisms.checklist_clause(list)
      assert_equal mode, Csisms.checklist_mode(list)
      assert_equal size, Csisms.checklist_size(list)
      assert_equal size, Csisms.checklist_size(Csisms::LISTS[list])
      assert_equal conditional, Csisms.checklist_conditional(list)
      refute_empty Csisms.checklist_title(list, :zh)
      refute_empty Csisms.checklist_title(list, :en)
      items = Csisms.checklist_items(list, :en)
      assert_equal size, items.size
      assert(items.none?(&:empty?))
      assert_raises(Csisms::InvalidArgumentError) { Csisms.checklist_item(list, size + 1) }
      assert_raises(Csisms::InvalidArgumentError) { Csisms.checklist_item(list, 0) }
    end
    assert_equal "主动请求暂停的；", Csisms.checklist_item(:suspension, 5, :zh)
    [0, 17, -1, :no_such_list].each do |bad|
      %i[checklist_size checklist_mode checklist_clause checklist_title checklist_conditional].each do |fn|
        assert_raises(Csisms::InvalidArgumentError, "#{fn}(#{bad})") { Csisms.public_send(fn, bad) }
      end
      assert_raises(Csisms::InvalidArgumentError) { Csisms.checklist_eval(bad, 0) }
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.checklist_title(:report, 2) }
  end

  def test_eval
    result = ->(met, missing) { Csisms::ChecklistResult.new(met: met, missing: missing, missing_items: Csisms.send(:bits, missing).map(&:bit_length)) }
    # Header example: application with items 1, 2, 4, 5, 6 and (3) not applicable.
    assert_equal result[true, 0], Csisms.checklist_eval(:application, 0x3B, 0x04)
    assert_equal result[true, 0], Csisms.checklist_eval(:application, [1, 2, 4, 5, 6], [3])
    r = Csisms.checklist_eval(:application, [1, 2, 4, 5, 6])
    assert_equal [false, 0x04, [3]], [r.met?, r.missing, r.missing_items]
    assert_equal (1..8).to_a, Csisms.checklist_eval(:certificate, 0).missing_items
    assert_equal [false, 0xF], Csisms.checklist_eval(:termination, 0).then { |x| [x.met, x.missing] }
    assert_equal [true, 0], Csisms.checklist_eval(:termination, [2]).then { |x| [x.met, x.missing] }
    [[1 << 6, 0], [0, 1 << 0], [[7], []], [[0], []], [[33], []]].each do |present, na|
      assert_raises(Csisms::InvalidArgumentError, [present, na].inspect) { Csisms.checklist_eval(:application, present, na) }
    end
    assert_equal 0b101, Csisms.items_mask([1, 3])
    assert_raises(TypeError) { Csisms.checklist_eval(:application, "12") }
  end
end

# ---------------------------------------------------------------------------- §6 identifiers

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# Independent GB 32100-2015 check character: weights 3^(i-1) mod 31.
def uscc_check_char(first17)
  total = first17.chars.each_with_index.sum { |c, i| USCC_CHARS.index(c) * 3.pow(i, 31) }
  USCC_CHARS[(31 - (total % 31)) % 31]
end

# Least k with den²·k² >= num²·n (k >= (num/den)·√n), by search from Integer.sqrt.
def min_sample(n, num, den)
  k = [Integer.sqrt(num * num * n / (den * den)) - 1, 0].max
  k += 1 while den * den * k * k < num * num * n
  k
end

class TestIdentifiers < Minitest::Test
  def test_uscc
    assert_equal "3", uscc_check_char("91350100M000100Y4")
    assert_nil Csisms.uscc_validate("91350100M000100Y43")
    assert Csisms.uscc_valid?("91350100M000100Y43")
    %w[91110000600037341L 12100000400000398 Y1234567890ABCDEF 00000000000000000].each do |base|
      body = base[0, 17]
      good = body + uscc_check_char(body)
      assert_nil Csisms.uscc_validate(good), good
      USCC_CHARS.delete(good[-1]).chars.first(5).each do |wrong|
        assert_raises(Csisms::ChecksumError) { Csisms.uscc_validate(body + wrong) }
      end
    end
    ["91350100m000100Y43", "91350100M000100Y4", "91350100M000100Y433", "9135O100M000100Y43",
     "91350100M000100YI3", "", "91350100M000100Y4 "].each do |bad|
      assert_raises(Csisms::InvalidArgumentError, bad) { Csisms.uscc_validate(bad) }
      refute Csisms.uscc_valid?(bad)
    end
  end

  def test_sample_sites
    assert_equal 3, Csisms.sample_sites(25, :surveillance)
    assert_equal 5, Csisms.sample_sites(25)
    assert_equal 4, Csisms.sample_sites(25, Csisms::AUDIT_RECERT)
    ((1...300).to_a + [10**6, 4_294_967_295]).each do |n|
      assert_equal min_sample(n, 1, 1), Csisms.sample_sites(n, :initial), n
      assert_equal min_sample(n, 3, 5), Csisms.sample_sites(n, :surveillance), n
      assert_equal min_sample(n, 4, 5), Csisms.sample_sites(n, :recert), n
    end
    assert_raises(Csisms::InvalidArgumentError) { Csisms.sample_sites(0) }
    [0, 4, :final].each { |audit| assert_raises(Csisms::InvalidArgumentError) { Csisms.sample_sites(5, audit) } }
  end
end

# 1.1: rules, queries, programme, justification, record check (hand-worked).
class TestProgramme < Minitest::Test
  def test_rules
    assert_equal "4.5.1.2", Csisms.rule_clause(:onsite)
    assert_equal "整个审核时间中，现场审核时间不应少于 80%", Csisms.rule_text(:onsite)
    assert_equal 43, Csisms.rule_count # 23 figures and limits, 16 reasons, 4 duties
    assert_equal :isms_table, Csisms.rules.first
    assert_equal :r_expired, Csisms.reason_rule(:expired)
    assert_equal :suspension_expired, Csisms.reason_of_clause("7.2.1(5)")
    assert_raises(Csisms::NotFoundError) { Csisms.reason_of_clause("7.2.1(9)") }
    assert_raises(Csisms::InvalidArgumentError) { Csisms.rule_clause(0) }
  end

  def test_queries
    assert_equal 6, Csisms.isms_band_index(120)
    assert_equal 22, Csisms.isms_band_index(10_701)
    diag = Csisms.uscc_check("91350100M000100Y44")
    assert_equal [:echecksum, 18, "3"], diag.to_a
    assert_equal [:einval, 5, nil], Csisms.uscc_check("9135０100M000100Y44").to_a
    assert_equal %w[04.13.01 04.13.02], Csisms.scope_under("4.13").map(&:code)
    assert_empty Csisms.scope_under("99")
  end

  def test_programme
    p = Csisms.programme(120, :isms_cert, decided: d(2024, 10, 22))
    assert_equal %i[initial validity surveillance1 surveillance2 recert], p.map(&:kind)
    assert_equal [7, 6], [p[0].total_days, p[0].onsite_days]
    assert_equal d(2027, 10, 21), p[1].last
    assert_equal [d(2026, 10, 22), d(2027, 1, 22), Rational(5, 2)], [p[3].last, p[3].latest, p[3].total_days]
    assert_equal :postponement, p[3].rules[:latest]
    assert_raises(Csisms::NotPermittedError) do
      Csisms.programme(120, :isms_cert, decided: d(2024, 10, 22), planned_days: Rational(9, 2))
    end
  end

  def test_justify_and_record_check
    steps = Csisms.justify(120, :isms_cert)
    assert_equal [[:isms_table, 120, 12], [:note_isms_cert, 12, 7], [:onsite, 7, 6]],
                 steps.first(3).map { |s| [s.rule, s.input, s.result] }
    short = Csisms.record_check(120, :isms_cert, decided: d(2024, 10, 22),
                                audits: [[:surveillance1, d(2025, 9, 1), 2, 2], [:surveillance2, d(2026, 9, 1), 2, 2]])
    assert_equal [[:surveillance_cycle, nil, 4, 5]], short.map(&:to_a)
    ok = Csisms.record_check(120, :isms_cert, decided: d(2024, 10, 22),
                             audits: [[:surveillance1, d(2025, 9, 1), "2.5", "2.5"],
                                      [:surveillance2, d(2026, 9, 1), "2.5", "2.5"]])
    assert_empty ok
  end
end
