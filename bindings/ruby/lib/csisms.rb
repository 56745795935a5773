# frozen_string_literal: true
# SPDX-License-Identifier: MIT

require "date"
require "csisms/version"
require "csisms/library"

# Ruby binding of libcsisms, the CSISMS certification rules as pure functions.
#
# libcsisms implements the implementation rules for certifying cloud-service
# information security management systems (云服务信息安全管理体系认证实施规则,
# ISO/IEC 27017): audit time (Appendix A), deadlines (5.1.1, 6.1, 7.1.2, 8.2,
# 9), certificate verdicts (7), the rules' checklists, business-scope codes
# (Appendix B), USCC validation and multi-site sampling. This module calls
# the C library through ffi; see libcsisms(3) for the rules themselves.
#
# Conventions of the binding:
# - Durations are Rational numbers of person-days (8.5 days is (17/2)), never
#   Floats. Durations you pass may be Integer, Rational or BigDecimal, each a
#   whole number of half days (round_up_half applies the rules' rounding
#   first), or a String: text is read by the library's own csisms_days_parse,
#   exactly as the csisms command reads it: ASCII digits, optionally "." and
#   digits ("8.5", "3.4"), rounded up to 0.5 day ("3.4" is 3.5); other text
#   ("17/2", " 8.5 ", "８.５") raises InvalidArgumentError. So
#   combined_min_days(["3.3", "4.1"]) is 80 % of 3.5 + 4.5, (13/2), like
#   `csisms combined 3.3 4.1`. A Float raises TypeError.
# - Flags (suspension_resolved:, correction_done:) are true or false only.
#   nil where an Array is required raises TypeError; every TypeError and
#   InvalidArgumentError of the binding names the parameter and the value.
# - Dates are Date; where a date is optional, nil means "no date". Dates you
#   pass may also be text the library parses ("2024-10-22", "20241022",
#   "2024年10月22日").
# - A negative status of the library raises the Csisms::Error subclass for
#   that status (#status, message from csisms_strerror). A value that does
#   not fit the C parameter raises InvalidArgumentError without calling the
#   library; a value of the wrong Ruby type raises TypeError.
# - Enumerated values are Symbols (:isms_cert, :withdraw, :suspension_expired)
#   or the C constants (Csisms::BASIS_ISMS_CERT); results use Symbols.
# - Texts are UTF-8 Strings in Chinese (the rules' own words, the default) or
#   English: pass lang: :en.
#
# The library is found through $CSISMS_LIBRARY (a path; when set, only
# there), then "csisms", then "libcsisms.so.1".
module Csisms
  # Version of the binding: that of the C header it was generated from.
  BINDING_VERSION = VERSION

  # ---------------------------------------------------------------- constants

  # Every integer constant of csisms.h, without its CSISMS_ prefix
  # (Csisms::EINVAL, Csisms::BASIS_ISMS_CERT, Csisms::VERSION_NUMBER), from
  # the table generated from the header (csisms/native.rb): none is copied here.
  Native::CONSTANTS.each { |name, value| const_set(name.delete_prefix("CSISMS_"), value) }
  VERSION_STRING = Native::VERSION_STRING

  # Symbols of the enumerations and bit sets, from the constants above:
  # LANGS[:en] == LANG_EN, REASONS[:suspension_expired] == R_SUSPENSION_EXPIRED.
  # In ascending order of value, as in C: Module#constants has no defined
  # order (it changed when a method elsewhere in this file named new symbols).
  def self.symbols_of(prefix, except: [])
    constants.map(&:to_s).grep(/\A#{prefix}/).reject { |n| except.include?(n) }
             .map { |n| [n.delete_prefix(prefix).downcase.to_sym, const_get(n)] }
             .sort_by { |_, value| value }.to_h.freeze
  end
  private_class_method :symbols_of

  STATUSES = Native::ENUMS.fetch(:csisms_status)
                         .to_h { |n, v| [n.delete_prefix("CSISMS_").downcase.to_sym, v] }.freeze
  LANGS = symbols_of("LANG_")
  BASES = symbols_of("BASIS_")
  SURVEILLANCE_KINDS = symbols_of("SURV_")
  SCOPE_FLAGS = symbols_of("SCOPE_")
  REASONS = symbols_of("R_", except: %w[R_SUSPENSION_GROUNDS R_WITHDRAWAL_GROUNDS])
  ACTIONS = symbols_of("ACT_")
  RULES = symbols_of("RULE_")
  CYCLES = symbols_of("CYCLE_")
  PROGRAMME_KINDS = symbols_of("PROG_")
  DUTIES = symbols_of("DUTY_")
  LISTS = symbols_of("LIST_")
  MODES = symbols_of("MODE_")
  AUDITS = symbols_of("AUDIT_")

  # Every integer constant of csisms.h by its C name.
  C_CONSTANTS = Native::CONSTANTS

  # ---------------------------------------------------------------- errors

  # A libcsisms function failed, or the binding refused a call to it.
  #
  # The message names the C function, the argument and its value, and what
  # is wrong, like the csisms command's errors:
  # "csisms_audit_days: argument personnel = 0: must be 1 … 4294967295".
  # Without an argument (a result out of range, say) it gives the status's
  # text and the arguments of the call.
  #
  # #status is the negative status, #function the C function, #argument the
  # argument at fault (the binding's name for it) or nil, #value its value as
  # given, #detail what is wrong with it (or other detail), nil when none.
  class Error < StandardError
    attr_reader :status, :function, :detail, :argument, :value

    NO_VALUE = Object.new.freeze
    private_constant :NO_VALUE

    def initialize(status, function = nil, detail = nil, argument: nil, value: NO_VALUE)
      @status = status
      @function = function&.to_s
      @detail = detail
      @argument = argument&.to_s
      @value = value.equal?(NO_VALUE) ? nil : value
      text = Csisms.send(:status_text, status)
      message = if @argument
                  "argument #{@argument}#{value.equal?(NO_VALUE) ? '' : " = #{Csisms.send(:show, value)}"}: " \
                    "#{detail || text}"
                else
                  detail ? "#{text}: #{detail}" : text
                end
      message = "#{@function}: #{message}" if @function
      super(message)
    end
  end

  # CSISMS_EINVAL: an argument outside its domain.
  class InvalidArgumentError < Error; end
  # CSISMS_ERANGE: the result is not representable (beyond 9999-12-31, overflow).
  class RangeError < Error; end
  # CSISMS_ENOTFOUND: no such entry.
  class NotFoundError < Error; end

  # CSISMS_EAMBIGUOUS: the code names more than one entry. #entries: the
  # entries the code names (Scope values, in table order) when scope_lookup
  # raised it; else empty.
  class AmbiguousError < Error
    attr_reader :entries

    def initialize(status, function = nil, detail = nil, entries: [], **named)
      super(status, function, detail, **named)
      @entries = entries.dup.freeze
    end
  end

  # CSISMS_ENOTPERMITTED: the rules forbid it.
  class NotPermittedError < Error; end
  # CSISMS_ENOSPC: a buffer was too small.
  class NoSpaceError < Error; end
  # CSISMS_EVERSION: a structure size is not supported.
  class VersionError < Error; end

  # CSISMS_ECHECKSUM: well-formed, but the check character is wrong.
  # #expected: the check character the first 17 characters call for
  # (csisms_uscc_check) when uscc_validate raised it, else nil; #position:
  # the check character's 1-based position (18), 0 when unknown.
  class ChecksumError < Error
    attr_reader :expected, :position

    def initialize(status, function = nil, detail = nil, expected: nil, position: 0, **named)
      super(status, function, detail, **named)
      @expected = expected
      @position = position
    end
  end

  # The exception class of each negative status.
  ERRORS = {
    EINVAL => InvalidArgumentError, ERANGE => RangeError, ENOTFOUND => NotFoundError,
    EAMBIGUOUS => AmbiguousError, ENOTPERMITTED => NotPermittedError, ENOSPC => NoSpaceError,
    EVERSION => VersionError, ECHECKSUM => ChecksumError
  }.freeze

  # ---------------------------------------------------------------- value objects

  # Frozen keyword Struct with value equality.
  # hidden: keywords kept as instance variables, outside the members (not in
  # ==, to_h or inspect).
  module ValueStruct
    def self.new(*fields, hidden: [], &block)
      Struct.new(*fields, keyword_init: true) do
        if hidden.empty?
          def initialize(**)
            super
            freeze
          end
        else
          define_method(:initialize) do |**named|
            hidden.each { |name| instance_variable_set(:"@#{name}", named.delete(name)) }
            super(**named)
            freeze
          end
        end
        class_eval(&block) if block
      end
    end
  end

  # One band of the Appendix A table (isms_band).
  Band = ValueStruct.new(:index, :lower, :upper, :days)

  # When a surveillance audit is due and the last day with postponement.
  SurveillanceDue = ValueStruct.new(:due, :latest)

  # The new validity after recertification; interrupted: a new cycle started.
  RecertValidity = ValueStruct.new(:valid_until, :interrupted) do
    def interrupted?
      interrupted
    end
  end

  # An entry of Appendix B (a major class or a row), read once from the library.
  Scope = ValueStruct.new(:index, :code, :level, :flags, :parent_code, :name_zh, :name_en, :note_zh, :note_en) do
    # The name in a language (:zh, the default, or :en).
    def name(lang = :zh)
      Csisms.send(:lang, lang, "Scope#name") == LANG_EN ? name_en : name_zh
    end

    # The note in a language ("" when none).
    def note(lang = :zh)
      Csisms.send(:lang, lang, "Scope#note") == LANG_EN ? note_en : note_zh
    end

    # True for the four major classes 01 … 04.
    def major_class?
      parent_code.nil?
    end

    # The major class this entry belongs to; nil for a major class.
    def parent
      parent_code && Csisms.scope_lookup(parent_code)
    end

    # Whether 02.03's "涉及特别重大项目的应提升为一级" applies.
    def raise_for_major_projects?
      (flags & SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0
    end
  end

  # What the body must do with a certificate (evaluate). action is a Symbol of
  # ACTIONS, reasons and duties arrays of Symbols of REASONS and DUTIES (lowest
  # bit first), reason_mask and duty_mask the bits; deadline and next_review
  # Dates or nil.
  Verdict = ValueStruct.new(:action, :reasons, :duties, :reason_mask, :duty_mask, :deadline, :next_review)

  # The verdicts of evaluate_batch, one row per certificate: Arrays of
  # Integers as in C (status, action, reason and duty masks, deadline and
  # next_review as YYYYMMDD or 0); errors counts the rows whose status is not
  # OK (their other cells are 0).
  # (The input columns are kept, hidden, to explain a bad row.)
  BatchVerdicts = ValueStruct.new(:errors, :status, :action, :reasons, :duties, :deadline, :next_review,
                                  hidden: [:facts]) do
    def size
      status.size
    end

    # Row i as the Verdict evaluate returns; a bad row raises its error,
    # naming the column, the row and the value as evaluate does:
    # "csisms_evaluate_batch: argument suspended_on[1] = 2026-03-05: is after
    # today (2026-03-01)".
    def verdict(i)
      raise Csisms.send(:batch_row_error, @facts, i, status[i]) if status[i].negative?

      Csisms.send(:verdict_of, action[i], reasons[i], duties[i], deadline[i], next_review[i])
    end
  end

  # The evaluation of a checklist: met, the missing item bits, and the missing
  # items' 1-based numbers.
  ChecklistResult = ValueStruct.new(:met, :missing, :missing_items) do
    def met?
      met
    end
  end

  # ---------------------------------------------------------------- conversions

  INT32 = (-(2**31)..(2**31) - 1).freeze
  UINT32 = (0..(2**32) - 1).freeze
  INT64 = (-(2**63)..(2**63) - 1).freeze
  C_INT = (-(2**((8 * FFI.type_size(:int)) - 1))..(2**((8 * FFI.type_size(:int)) - 1)) - 1).freeze
  SIZE_T = (0..(2**(8 * FFI.type_size(:size_t))) - 1).freeze
  COUNT = (1..(2**32) - 1).freeze
  private_constant :INT32, :UINT32, :INT64, :C_INT, :SIZE_T, :COUNT

  class << self
    # The exception for a negative status: the ERRORS class, else Error
    # (whose message is "unknown status N" for a status beyond C int, never
    # the text of a truncated value). TypeError unless status is an Integer.
    def error_for(status, function = nil, detail = nil)
      raise wrong_type("error_for", "status", "an Integer", status) unless status.is_a?(Integer)

      ERRORS.fetch(status, Error).new(status, function, detail)
    end

    # Half person-days of a duration ((17/2) -> 17, "3.4" -> 7). Text is read
    # by csisms_days_parse and rounded up to 0.5 day, as the csisms command
    # reads it; a number must be a whole number of half days.
    def days_to_halfdays(days, name = "days", function = "days_to_halfdays")
      return parse_days(days, name, function) if days.is_a?(String)

      doubled = exact(days, name, function) * 2
      raise bad(function, name, days, "is not a multiple of 0.5 day (see round_up_half)") unless doubled.denominator == 1
      unless INT32.cover?(doubled.numerator)
        raise bad(function, name, days, "must be #{days_text(INT32.min)} … #{days_text(INT32.max)} days")
      end

      doubled.numerator
    end

    # Days of a count of half person-days (17 -> (17/2)).
    def halfdays_to_days(halfdays)
      Rational(halfdays, 2)
    end

    # The bit mask of 1-based item numbers: items_mask([1, 3]) == 0b101.
    def items_mask(items)
      raise wrong_type("items_mask", "items", "an Array of item numbers", items) unless items.is_a?(Enumerable)

      items.each_with_index.reduce(0) do |mask, (item, i)|
        mask | (1 << (integer(item, "items[#{i}]", "items_mask", 1..32) - 1))
      end
    end

    # Days of halfdays as the library writes them: 17 -> "8.5" (also for
    # negative counts, which the library does not format).
    def days_text(halfdays)
      "#{halfdays.negative? ? '-' : ''}#{halfdays.abs / 2}#{halfdays.odd? ? '.5' : ''}"
    end

    private

    # The exception for argument name = value of function: why.
    def bad(function, name, value, why, status = EINVAL)
      ERRORS.fetch(status, Error).new(status, function.to_s, why, argument: name, value: value)
    end

    # The exception for a failed call that no argument explains on its own:
    # the status's text and every argument with its value.
    def failed(status, function, **arguments)
      listing = arguments.map { |name, value| "#{name} = #{show(value)}" }.join(", ")
      error_for(status, function.to_s, listing.empty? ? nil : listing)
    end

    def check(status, function, **arguments)
      raise failed(status, function, **arguments) if status.negative?

      status
    end

    def invalid(function, detail)
      InvalidArgumentError.new(EINVAL, function.to_s, detail)
    end

    # A value for an error message: a Date as 2026-04-01 (a DateTime as
    # 2026-04-01T00:00:00+00:00), anything else as its inspect, cut at 60
    # characters.
    def show(value)
      text = value.is_a?(Date) ? value.iso8601 : value.inspect
      text.length <= 60 ? text : "#{text[0, 57]}..."
    end

    # TypeError naming the argument, its value, and what it must be.
    def wrong_type(function, name, what, value)
      TypeError.new("#{function}: argument #{name} = #{show(value)}: must be #{what}, not #{value.class}")
    end

    # The library's text of a status that fits C int; never passes a
    # truncated value to ffi.
    def status_text(status)
      return Native.csisms_strerror(status).dup.force_encoding(Encoding::UTF_8) if status.is_a?(Integer) && C_INT.cover?(status)

      "unknown status #{show(status)}"
    end

    # A C flag (0 or 1) from true or false; anything else ("no", 1, nil) is refused.
    def flag(value, name, function)
      raise wrong_type(function, name, "true or false", value) unless [true, false].include?(value)

      value ? 1 : 0
    end

    # Halfdays of a duration typed as text, read by csisms_days_parse (the
    # CLI's reading): rounded up to 0.5 day; errors name the parameter and text.
    def parse_days(text, name, function)
      bytes = text_in(text, name, function)
      p = FFI::MemoryPointer.new(:int32)
      status = Native.csisms_days_parse(bytes, p)
      raise bad(function, name, text, "exceeds INT32_MAX halfdays", ERANGE) if status == ERANGE
      if status.negative?
        raise bad(function, name, text, "is not a number of days (ASCII digits, optionally '.' and digits, like 8.5)")
      end

      p.read_int32
    end

    def integer(value, name, function, range)
      raise wrong_type(function, name, "an Integer", value) unless value.is_a?(Integer)
      raise bad(function, name, value, "must be #{range.min} … #{range.max}") unless range.cover?(value)

      value
    end

    # A head count or a number of sites: 1 … UINT32_MAX (csisms.h: "≥ 1").
    def count(value, name, function)
      integer(value, name, function, COUNT)
    end

    # Halfdays of a duration argument of at least least halfdays (the
    # library's "≥ 1 halfday", or 0: not negative).
    def duration(days, name, function, least = 1)
      halfdays = days_to_halfdays(days, name, function)
      raise bad(function, name, days, least == 1 ? "must be at least 0.5 day" : "must not be negative") if halfdays < least

      halfdays
    end

    def c_int(value, name, function)
      integer(value, name, function, C_INT)
    end

    def u32(value, name, function)
      integer(value, name, function, UINT32)
    end

    def i32(value, name, function)
      integer(value, name, function, INT32)
    end

    def exact(value, name, function)
      case value
      when Integer, Rational
        value.to_r
      else
        if defined?(BigDecimal) && value.is_a?(BigDecimal)
          raise bad(function, name, value, "is not a finite number") unless value.finite?

          return value.to_r
        end
        raise wrong_type(function, name, "an Integer, Rational, BigDecimal or String", value)
      end
    end

    # The members of a table of Symbols for a message: all of a short one.
    def members(table)
      names = table.keys.map(&:inspect)
      return "one of #{names.size} Symbols (#{names.first} … #{names.last}) or their values" if names.size > 6

      "#{names[0..-2].join(', ')} or #{names.last} (or its value)"
    end

    # A member of an enumeration: a Symbol of table, or the Integer value of one.
    def enum(value, table, name, function)
      case value
      when Symbol
        table.fetch(value) { raise bad(function, name, value, "must be #{members(table)}") }
      when Integer
        raise bad(function, name, value, "must be #{members(table)}") unless table.value?(value)

        value
      else
        raise wrong_type(function, name, "a Symbol or an Integer", value)
      end
    end

    # Exactly one bit of a table of bits: a Symbol of table or its value.
    def bit(value, table, name, function)
      number = case value
               when Symbol then table[value]
               when Integer then value
               when Array then mask(value, table, name, function)
               else raise wrong_type(function, name, "a Symbol, an Integer or an Array of one", value)
               end
      unless number && table.value?(number)
        raise bad(function, name, value, "must be exactly one bit: #{members(table)}")
      end

      number
    end

    def lang(value, function)
      enum(value, LANGS, "lang", function)
    end

    # A mask of the bits of table: an Integer, a Symbol, or an Array of them.
    def mask(value, table, name, function)
      case value
      when Integer then u32(value, name, function)
      when Symbol then enum(value, table, name, function)
      when Array
        value.each_with_index.reduce(0) do |m, (v, i)|
          raise wrong_type(function, "#{name}[#{i}]", "a Symbol or an Integer", v) unless v.is_a?(Symbol) || v.is_a?(Integer)

          m | mask(v, table, "#{name}[#{i}]", function)
        end
      else raise wrong_type(function, name, "an Integer, a Symbol or an Array", value)
      end
    end

    def symbols(mask, table)
      table.select { |_, bit| (mask & bit) != 0 }.sort_by { |_, bit| bit }.map(&:first)
    end

    def bits(mask)
      (0...mask.bit_length).select { |i| mask[i] == 1 }.map { |i| 1 << i }
    end

    def text_in(value, name, function)
      raise wrong_type(function, name, "a String", value) unless value.is_a?(String)

      bytes = if value.encoding == Encoding::UTF_8 || value.encoding == Encoding::BINARY || value.ascii_only?
                value.b
              else
                begin
                  value.encode(Encoding::UTF_8).b
                rescue EncodingError
                  raise bad(function, name, value, "is not convertible to UTF-8")
                end
              end
      raise bad(function, name, value, "contains a NUL character") if bytes.include?("\0")

      bytes
    end

    def text_out(value, function, detail)
      raise invalid(function, detail) if value.nil?

      value.dup.force_encoding(Encoding::UTF_8)
    end

    def date_in(value, name, function, optional: false)
      return 0 if value.nil? && optional

      case value
      when DateTime
        raise wrong_type(function, name, "a Date", value)
      when Date
        date_to_c(value, name, function)
      when String
        parse_date(value, name, function, lenient: false)
      else
        raise wrong_type(function, name, "a Date#{optional ? ', a String or nil' : ' or a String'}", value)
      end
    end

    # The proleptic Gregorian YYYYMMDD of the day (a Date created with the
    # default Italian calendar reform names days before 1582-10-15 by the
    # Julian calendar: the same day gets its Gregorian numbers here).
    def date_to_c(date, name = "date", function = "date")
      day = date.gregorian
      unless (1..9999).cover?(day.year)
        raise bad(function, name, date, "is outside 0001-01-01 … 9999-12-31 (proleptic Gregorian)")
      end

      (day.year * 10_000) + (day.month * 100) + day.day
    end

    MONTHS = %w[January February March April May June July August September October November December].freeze

    # Why the library refused text as a date: the field at fault and its
    # value when the text has a date's shape, else the forms it accepts.
    def why_not_a_date(text, lenient)
      blanks = lenient ? "[ \t\r\n\u3000]*" : ""
      separated = lenient ? "([-/.])(\\d{1,2})\\4(\\d{1,2})" : "(-)(\\d{2})-(\\d{2})"
      pattern = /\A#{blanks}(\d{4})(?:(\d{2})(\d{2})|#{separated}|年(\d{1,2})月(\d{1,2})日)#{blanks}\z/
      fields = pattern.match(text)
      if fields
        year, month, day = fields.captures.compact.reject { |g| "-/.".include?(g) }
        return "month #{month} is not 1 … 12" unless (1..12).cover?(month.to_i)

        if year.to_i >= 1
          last = Date.new(year.to_i, month.to_i, -1, Date::GREGORIAN).day
          unless (1..last).cover?(day.to_i)
            return "day #{day} is not a day of #{MONTHS[month.to_i - 1]} #{year.to_i} (1 … #{last})"
          end
        end
      end
      forms = lenient ? "YYYY-MM-DD, YYYYMMDD, YYYY年M月D日, YYYY-M-D, YYYY/M/D or YYYY.M.D" : "YYYY-MM-DD, YYYYMMDD or YYYY年M月D日"
      "is not a date (#{forms})"
    end

    # YYYYMMDD of a date typed as text (csisms_date_parse, or
    # csisms_date_parse_lenient); errors name function's argument name.
    def parse_date(text, name, function, lenient:)
      bytes = text_in(text, name, function)
      p = FFI::MemoryPointer.new(:int32)
      status = lenient ? Native.csisms_date_parse_lenient(bytes, p) : Native.csisms_date_parse(bytes, p)
      raise bad(function, name, text, "is before 0001-01-01 (year 0000)", ERANGE) if status == ERANGE
      raise bad(function, name, text, why_not_a_date(text.encode(Encoding::UTF_8), lenient), status) if status.negative?

      p.read_int32
    end

    def verdict_of(action, reasons, duties, deadline, next_review)
      Verdict.new(action: ACTIONS.key(action) || action,
                  reasons: symbols(reasons, REASONS), duties: symbols(duties, DUTIES),
                  reason_mask: reasons, duty_mask: duties,
                  deadline: date_out(deadline), next_review: date_out(next_review))
    end

    # The number of rows a column tells: an Array's size, a MemoryPointer's
    # size in elements; nil for nil and a bare pointer.
    def column_length(value, type)
      case value
      when Array then value.size
      when FFI::MemoryPointer then value.size / FFI.type_size(type)
      end
    end

    # A column for C: nil (NULL), the caller's pointer, or an Array packed.
    def column_in(value, name, type, kind, rows, function)
      case value
      when nil then nil
      when FFI::Pointer
        raise invalid(function, "#{name} is a NULL pointer") if value.null?

        value
      when Array
        values = value.map.with_index do |v, i|
          column_value(v, "#{name}[#{i}]", kind, function)
        end
        pointer = FFI::MemoryPointer.new(type, [rows, 1].max)
        pointer.public_send(:"write_array_of_#{type}", values)
        pointer
      else
        raise TypeError, "#{function}: #{name} must be an Array, an FFI::Pointer or nil, not #{value.class}"
      end
    end

    def column_value(value, name, kind, function)
      case kind
      when :date then value.is_a?(Integer) ? integer(value, name, function, INT32) : date_in(value, name, function)
      when :grounds then mask(value, REASONS, name, function)
      else integer(value, name, function, 0..255)
      end
    end

    def date_out(value)
      return nil if value.zero?

      Date.new(value / 10_000, value / 100 % 100, value % 100, Date::GREGORIAN)
    end

    def out(type)
      pointer = FFI::MemoryPointer.new(type)
      yield pointer
      pointer.public_send(:"read_#{type}")
    end

    # Calls function(*args, &halfdays); a failure names the arguments.
    def halfdays_call(function, *args, **arguments)
      Rational(out(:int32) { |p| check(Native.public_send(function, *args, p), function, **arguments) }, 2)
    end

    # Calls function(*args, &date); a result out of range names the argument
    # name = value that leads there.
    def date_call(function, name, value, *args)
      date_out(out(:int32) do |p|
        status = Native.public_send(function, *args, p)
        raise bad(function, name, value, "the result is #{OUTSIDE}", ERANGE) if status == ERANGE

        check(status, function, name => value)
      end)
    end

    def scope_from_handle(handle, function)
      raise NotFoundError.new(ENOTFOUND, function) if handle.nil? || handle.null?

      @scope_index ||= (0...Native.csisms_scope_count).to_h { |i| [Native.csisms_scope_at(i).address, i] }
      parent = Native.csisms_scope_parent(handle)
      texts = {}
      [[:name, :csisms_scope_name], [:note, :csisms_scope_note]].each do |field, fn|
        LANGS.each { |sym, l| texts[:"#{field}_#{sym}"] = text_out(Native.public_send(fn, handle, l), fn.to_s, "NULL") }
      end
      Scope.new(index: @scope_index.fetch(handle.address),
                code: text_out(Native.csisms_scope_code(handle), "csisms_scope_code", "NULL"),
                level: check(Native.csisms_scope_level(handle), "csisms_scope_level"),
                flags: Native.csisms_scope_flags(handle),
                parent_code: parent.null? ? nil : text_out(Native.csisms_scope_code(parent), "csisms_scope_code", "NULL"),
                **texts)
    end

    # Item bits of a list of size items, from a mask or item numbers.
    def items(value, name, function, size)
      case value
      when Integer
        mask = u32(value, name, function)
        raise bad(function, name, value, format("has bits beyond the list's %d items: 0x%x", size, mask >> size << size)) if (mask >> size).positive?

        mask
      when Array
        value.each_with_index.reduce(0) { |m, (item, i)| m | (1 << (integer(item, "#{name}[#{i}]", function, 1..size) - 1)) }
      else raise wrong_type(function, name, "a bit mask or an Array of item numbers", value)
      end
    end
  end

  OUTSIDE = "outside 0001-01-01 … 9999-12-31"
  NOT_A_CODE = "is not a business-scope code (1 to 3 groups of 1 or 2 digits separated by dots, like 03.01)"
  private_constant :OUTSIDE, :NOT_A_CODE

  module_function

  # ---------------------------------------------------------------- version, status

  # English text for a status code (csisms_strerror); never fails.
  def strerror(status)
    f = "csisms_strerror"
    text_out(Native.csisms_strerror(c_int(status, "status", f)), f, "NULL")
  end

  # The running library's version, e.g. "1.2.3" (csisms_version).
  def version
    text_out(Native.csisms_version, "csisms_version", "NULL")
  end

  # Whether the running library has required's major version and is at least
  # required, a VERSION_NUMBER-style value 0xMMmmpp (csisms_check_version).
  def check_version(required = VERSION_NUMBER)
    Native.csisms_check_version(c_int(required, "required", "csisms_check_version")) != 0
  end

  # ---------------------------------------------------------------- audit time (§1)

  # Appendix A: ISMS initial audit time (stage 1 + stage 2) for personnel
  # effective persons (>= 1), in days. isms_audit_days(120) == 12.
  def isms_audit_days(personnel)
    f = :csisms_isms_audit_days
    halfdays_call(f, count(personnel, "personnel", f), personnel: personnel)
  end

  # Appendix A: band index (0-based) of the table, extrapolated past 10700
  # persons. Raises NotFoundError past the last band.
  def isms_band(index)
    f = :csisms_isms_band
    i = u32(index, "index", f)
    lower = FFI::MemoryPointer.new(:uint32)
    upper = FFI::MemoryPointer.new(:uint32)
    halfdays = FFI::MemoryPointer.new(:int32)
    status = Native.csisms_isms_band(i, lower, upper, halfdays)
    if status == ENOTFOUND
      last = isms_band_index(UINT32.max)
      raise bad(f, "index", index, "is past the last band: must be 0 … #{last}", status)
    end
    check(status, f, index: index)
    Band.new(index: i, lower: lower.read_uint32, upper: upper.read_uint32, days: Rational(halfdays.read_int32, 2))
  end

  # Every band of the table, in order.
  def isms_bands
    bands = []
    loop { bands << isms_band(bands.size) }
  rescue NotFoundError
    bands
  end

  # Appendix A notes: CSISMS initial audit time from an ISMS time (>= 0.5 day)
  # and a basis (:none, :isms_cert, :isms_cert_here, :combined).
  def initial_audit_days(isms_days, basis = :none)
    f = :csisms_initial_audit_days
    halfdays_call(f, duration(isms_days, "isms_days", f), enum(basis, BASES, "basis", f),
                  isms_days: isms_days, basis: basis)
  end

  # Appendix A: CSISMS initial audit time for a head count and a basis.
  # audit_days(120, :isms_cert) == 7.
  def audit_days(personnel, basis = :none)
    f = :csisms_audit_days
    halfdays_call(f, count(personnel, "personnel", f), enum(basis, BASES, "basis", f),
                  personnel: personnel, basis: basis)
  end

  # 4.5.1.1: the least audit time after a reduction (70 %, rounded up to 0.5 day).
  def min_reduced_days(days)
    f = :csisms_min_reduced_days
    halfdays_call(f, duration(days, "days", f), days: days)
  end

  # 4.5.1.2: the least on-site time (80 %, rounded up to 0.5 day).
  def min_onsite_days(days)
    f = :csisms_min_onsite_days
    halfdays_call(f, duration(days, "days", f), days: days)
  end

  # 5.2: each annual surveillance audit (1/3 of the initial time, rounded up).
  def surveillance_days(initial_days)
    f = :csisms_surveillance_days
    halfdays_call(f, duration(initial_days, "initial_days", f), initial_days: initial_days)
  end

  # 5.2: the least total of a cycle's surveillance audits (2/3, rounded up).
  def surveillance_cycle_min_days(initial_days)
    f = :csisms_surveillance_cycle_min_days
    halfdays_call(f, duration(initial_days, "initial_days", f), initial_days: initial_days)
  end

  # 6.2: the least recertification time without stage 1 (2/3, rounded up).
  def recert_min_days(initial_days)
    f = :csisms_recert_min_days
    halfdays_call(f, duration(initial_days, "initial_days", f), initial_days: initial_days)
  end

  # 10.2: the least time of a combined audit of >= 2 systems (80 % of the sum,
  # rounded up). combined_min_days([12, "8.5"]) == (33/2). A part given as
  # text is rounded up to 0.5 day first (csisms_days_parse), like `csisms
  # combined`: combined_min_days(["3.3", "4.1"]) == (13/2), 80 % of 3.5 + 4.5.
  def combined_min_days(parts)
    f = :csisms_combined_min_days
    raise wrong_type(f, "parts", "an Enumerable of durations", parts) unless parts.is_a?(Enumerable)

    values = parts.each_with_index.map { |p, i| duration(p, "parts[#{i}]", f) }
    raise bad(f, "parts", parts, "must hold at least 2 audit times, not #{values.size}") if values.size < 2

    array = FFI::MemoryPointer.new(:int32, values.size)
    array.write_array_of_int32(values)
    Rational(out(:int32) do |p|
      status = Native.csisms_combined_min_days(array, values.size, p)
      raise bad(f, "parts", parts, "the result exceeds INT32_MAX halfdays", status) if status == ERANGE

      check(status, f, parts: parts)
    end, 2)
  end

  # The rules' rounding: the least multiple of 0.5 day >= the value. Either an
  # exact value (round_up_half(Rational(24, 5)), round_up_half("4.8")) or an
  # Integer numerator and denominator (round_up_half(24, 5)) -> (5/1).
  def round_up_half(value, denominator = nil)
    f = :csisms_round_up_half
    unless denominator.nil?
      num = integer(value, "numerator", f, 0..INT64.max)
      den = integer(denominator, "denominator", f, 1..INT64.max)
      return Rational(out(:int32) do |p|
        status = Native.csisms_round_up_half(num, den, p)
        raise bad(f, "numerator", value, "#{num}/#{den} days exceed INT32_MAX halfdays", status) if status == ERANGE

        check(status, f, numerator: value, denominator: denominator)
      end, 2)
    end

    return Rational(parse_days(value, "value", f), 2) if value.is_a?(String)

    r = exact(value, "value", f)
    raise bad(f, "value", value, "must not be negative") if r.negative?
    raise bad(f, "value", value, "exceeds INT32_MAX halfdays", ERANGE) if r * 2 > INT32.max
    unless INT64.cover?(r.numerator) && INT64.cover?(r.denominator)
      raise bad(f, "value", value, "its numerator and denominator must fit int64_t")
    end

    halfdays_call(f, r.numerator, r.denominator, value: value)
  end

  # Days as the library writes them: "8.5", "5", "0.5", "0". The durations
  # the binding returns are Rationals, exact; this is how to print one:
  # Csisms.days_format(Csisms.min_onsite_days(10.5r)) == "8.5".
  def days_format(days)
    f = :csisms_days_format
    halfdays = duration(days, "days", f, 0)
    buf = FFI::MemoryPointer.new(:char, 16)
    n = check(Native.csisms_days_format(halfdays, buf, buf.size), f, days: days)
    buf.read_bytes(n).force_encoding(Encoding::UTF_8)
  end

  # Parses a plain decimal number of days ("8.5", "007"), rounded up to 0.5 day
  # ("3.4" -> (7/2)).
  def days_parse(text)
    Rational(parse_days(text, "text", :csisms_days_parse), 2)
  end

  # ---------------------------------------------------------------- dates (§2)

  # Whether an Integer YYYYMMDD is a real day in 0001-01-01 … 9999-12-31
  # (csisms_date_valid). Integers beyond int32_t are not dates (false).
  def date_valid?(value)
    f = :csisms_date_valid
    number = case value
             when DateTime then raise wrong_type(f, "date", "an Integer YYYYMMDD or a Date", value)
             when Date then return (1..9999).cover?(value.gregorian.year)
             when Integer then value
             else raise wrong_type(f, "date", "an Integer YYYYMMDD or a Date", value)
             end
    INT32.cover?(number) && Native.csisms_date_valid(number) == 1
  end

  # Parses "YYYY-MM-DD", "YYYYMMDD" or "YYYY年M月D日", nothing else;
  # InvalidArgumentError for other text or an impossible date (the message
  # says which field: "day 30 is not a day of February 2026"), RangeError for
  # a real day of year 0000 (before 0001-01-01).
  def date_parse(text)
    date_out(parse_date(text, "text", :csisms_date_parse, lenient: false))
  end

  # Parses a date as spreadsheets export it: after removing surrounding blanks
  # (space, tab, CR, LF, U+3000), "YYYY-M-D", "YYYY/M/D", "YYYY.M.D" (month and
  # day of one or two digits) or any form of date_parse
  # (csisms_date_parse_lenient, since 1.1.0). Errors as date_parse.
  def date_parse_lenient(text)
    date_out(parse_date(text, "text", :csisms_date_parse_lenient, lenient: true))
  end

  # A date as "YYYY-MM-DD".
  def date_format(date)
    f = :csisms_date_format
    buf = FFI::MemoryPointer.new(:char, 11)
    n = check(Native.csisms_date_format(date_in(date, "date", f), buf, buf.size), f, date: date)
    buf.read_bytes(n).force_encoding(Encoding::UTF_8)
  end

  # date + days calendar days (negative allowed); RangeError outside 0001 … 9999.
  def date_add_days(date, days)
    f = :csisms_date_add_days
    date_call(f, "days", days, date_in(date, "date", f), i32(days, "days", f))
  end

  # The corresponding day months later, clamped to the month's last day.
  def date_add_months(date, months)
    f = :csisms_date_add_months
    date_call(f, "months", months, date_in(date, "date", f), i32(months, "months", f))
  end

  # finish - start in days.
  def date_diff_days(start, finish)
    f = :csisms_date_diff_days
    out(:int32) do |p|
      check(Native.csisms_date_diff_days(date_in(start, "start", f), date_in(finish, "finish", f), p), f,
            start: start, finish: finish)
    end
  end

  # 5.1.1: due date and latest day of a surveillance audit of a kind
  # (:first, :second, :after_recert).
  def surveillance_due(kind, reference)
    f = :csisms_surveillance_due
    due = FFI::MemoryPointer.new(:int32)
    latest = FFI::MemoryPointer.new(:int32)
    status = Native.csisms_surveillance_due(enum(kind, SURVEILLANCE_KINDS, "kind", f),
                                            date_in(reference, "reference", f), due, latest)
    raise bad(f, "reference", reference, "the latest day is #{OUTSIDE}", status) if status == ERANGE

    check(status, f, kind: kind, reference: reference)
    SurveillanceDue.new(due: date_out(due.read_int32), latest: date_out(latest.read_int32))
  end

  # 8.2: the last valid day of a three-year certificate.
  def certificate_valid_until(valid_from)
    f = :csisms_certificate_valid_until
    date_call(f, "valid_from", valid_from, date_in(valid_from, "valid_from", f))
  end

  # 6.3, 8.1(6), 8.2: the last valid day after recertification;
  # interrupted when the decision came after old_valid_until.
  def recert_valid_until(old_valid_until, decision)
    f = :csisms_recert_valid_until
    p = FFI::MemoryPointer.new(:int32)
    status = Native.csisms_recert_valid_until(date_in(old_valid_until, "old_valid_until", f),
                                              date_in(decision, "decision", f), p)
    raise bad(f, "decision", decision, "the new last valid day is #{OUTSIDE}", status) if status == ERANGE

    check(status, f, old_valid_until: old_valid_until, decision: decision)
    RecertValidity.new(valid_until: date_out(p.read_int32), interrupted: status == INTERRUPTED)
  end

  # 6.1: the first day of the recertification window (valid_until - 90 days).
  def recert_window_opens(valid_until)
    f = :csisms_recert_window_opens
    date_call(f, "valid_until", valid_until, date_in(valid_until, "valid_until", f))
  end

  # 7.1.2: the last day a suspension may last (+ 6 months).
  def suspension_ends_by(suspended_on)
    f = :csisms_suspension_ends_by
    date_call(f, "suspended_on", suspended_on, date_in(suspended_on, "suspended_on", f))
  end

  # 9: the last day to answer an appeal (+ 60 calendar days).
  def appeal_due(received)
    f = :csisms_appeal_due
    date_call(f, "received", received, date_in(received, "received", f))
  end

  # 7.2.1(7): the last day to make a requested correction (+ 6 months).
  def correction_due(requested)
    f = :csisms_correction_due
    date_call(f, "requested", requested, date_in(requested, "requested", f))
  end

  # ---------------------------------------------------------------- scope codes (§3)

  # Looks a business-scope code up as people type it ("３．１" == "03.01").
  # InvalidArgumentError: malformed; AmbiguousError: a prefix of several
  # entries ("04.13"), whose #entries are those entries; NotFoundError:
  # well-formed but absent ("05").
  def scope_lookup(code)
    f = :csisms_scope_lookup
    bytes = text_in(code, "code", f)
    p = FFI::MemoryPointer.new(:pointer)
    status = Native.csisms_scope_lookup(bytes, p)
    raise bad(f, "code", code, NOT_A_CODE) if status == EINVAL
    if status == EAMBIGUOUS
      entries = under(bytes, f, code)
      raise AmbiguousError.new(status, f.to_s, "begins #{entries.size} entries: #{entries.map(&:code).join(', ')}",
                               argument: "code", value: code, entries: entries)
    end
    raise bad(f, "code", code, "is no entry of Appendix B", status) if status == ENOTFOUND

    check(status, f, code: code)
    scope_from_handle(p.read_pointer, f.to_s)
  end

  # Number of Appendix B entries (35).
  def scope_count
    Native.csisms_scope_count
  end

  # The entry at index in table order; NotFoundError past the end.
  def scope_at(index)
    f = :csisms_scope_at
    raise wrong_type(f, "index", "an Integer", index) unless index.is_a?(Integer)
    raise bad(f, "index", index, "must be 0 … #{scope_count - 1}", ENOTFOUND) unless (0...scope_count).cover?(index)

    scope_from_handle(Native.csisms_scope_at(index), f.to_s)
  end

  # Every entry, in table order.
  def scopes
    (0...scope_count).map { |i| scope_at(i) }
  end

  # Index of the first entry at or after start whose name or note, in either
  # language, contains text (ASCII case-insensitive); nil when none.
  def scope_find(text, start = 0)
    f = :csisms_scope_find
    bytes = text_in(text, "text", f)
    raise bad(f, "text", text, "must not be empty") if bytes.empty?
    raise wrong_type(f, "start", "an Integer", start) unless start.is_a?(Integer)
    raise bad(f, "start", start, "must not be negative") if start.negative?
    return nil if start > SIZE_T.max

    p = FFI::MemoryPointer.new(:size_t)
    status = Native.csisms_scope_find(bytes, start, p)
    return nil if status == ENOTFOUND

    check(status, f, text: text, start: start)
    p.read(:size_t)
  end

  # Every entry whose name or note contains text ("银行", "finance").
  def scope_search(text)
    found = []
    i = scope_find(text)
    until i.nil?
      found << scope_at(i)
      i = scope_find(text, i + 1)
    end
    found
  end

  class << self
    private

    # The entries whose code is code or begins with its components
    # (csisms_scope_under).
    def under(bytes, function, code)
      found = []
      start = 0
      p = FFI::MemoryPointer.new(:size_t)
      loop do
        status = Native.csisms_scope_under(bytes, start, p)
        break if status == ENOTFOUND
        raise bad(function, "code", code, NOT_A_CODE) if status == EINVAL

        check(status, function, code: code)
        index = p.read(:size_t)
        found << scope_from_handle(Native.csisms_scope_at(index), function.to_s)
        start = index + 1
      end
      found
    end
  end

  # ---------------------------------------------------------------- verdicts (§4)

  # 5.1.2, 7, 8.2: what to do with a certificate on today.
  #
  # grounds: the 7.1.1 and 7.2.1 reasons established (an Integer mask, a
  # Symbol of REASONS or an Array of them). suspended_on: nil when not
  # suspended. surveillance_latest: last permitted day of the pending
  # surveillance, postponement included. correction_requested: 7.2.1(7).
  #
  #   Csisms.evaluate(today: Date.new(2025, 12, 2), valid_until: Date.new(2027, 10, 21),
  #                   suspended_on: Date.new(2025, 6, 1)).action  # => :withdraw
  def evaluate(today:, valid_until:, suspended_on: nil, surveillance_latest: nil, correction_requested: nil,
               suspension_resolved: false, correction_done: false, grounds: 0)
    grounds = mask(grounds, REASONS, "grounds", :csisms_evaluate) unless grounds.is_a?(Integer) && grounds.between?(0, 0xFFFF_FFFF)
    ymd = EVALUATE_DATES
    t = (today.instance_of?(Date) && ymd[today]) || evaluate_date(today, "today", false)
    u = (valid_until.instance_of?(Date) && ymd[valid_until]) || evaluate_date(valid_until, "valid_until", false)
    s = suspended_on.nil? ? 0 : (suspended_on.instance_of?(Date) && ymd[suspended_on]) ||
                                evaluate_date(suspended_on, "suspended_on", true)
    w = surveillance_latest.nil? ? 0 : (surveillance_latest.instance_of?(Date) && ymd[surveillance_latest]) ||
                                       evaluate_date(surveillance_latest, "surveillance_latest", true)
    c = correction_requested.nil? ? 0 : (correction_requested.instance_of?(Date) && ymd[correction_requested]) ||
                                        evaluate_date(correction_requested, "correction_requested", true)
    r = if suspension_resolved == true then 1
        elsif suspension_resolved == false then 0
        else flag(suspension_resolved, "suspension_resolved", :csisms_evaluate)
        end
    d = if correction_done == true then 1
        elsif correction_done == false then 0
        else flag(correction_done, "correction_done", :csisms_evaluate)
        end
    grounds -= 0x1_0000_0000 if grounds > 0x7FFF_FFFF # the same 32 bits, as int32_t
    pair = EVALUATE_POOL.pop || evaluate_pair
    facts, verdict = pair
    facts.put_array_of_int32(0, [FACTS_SIZE, grounds, t, u, s, w, c, r, d])
    status = Native.csisms_evaluate(facts, verdict)
    _, action, reasons, duties, deadline, next_review = verdict.get_array_of_int32(0, 6)
    EVALUATE_POOL.push(pair)
    if status.negative?
      raise evaluate_error(status, today, valid_until, suspended_on, surveillance_latest, correction_requested,
                           grounds & 0xFFFF_FFFF)
    end

    # A Verdict without its keyword initialize (the same frozen value).
    result = Verdict.allocate
    result[0] = ACTION_SYMBOLS.fetch(action, action)
    result[1] = REASON_LISTS[reasons] || reason_list(reasons)
    result[2] = DUTY_LISTS.fetch(duties)
    result[3] = reasons
    result[4] = duties
    result[5] = deadline.zero? ? nil : Date.new(deadline / 10_000, deadline / 100 % 100, deadline % 100, Date::GREGORIAN)
    result[6] = next_review.zero? ? nil : Date.new(next_review / 10_000, next_review / 100 % 100, next_review % 100,
                                                   Date::GREGORIAN)
    result.freeze
  end

  # evaluate's per-call path (issue 14): the facts written with one
  # put_array_of_int32 into a pooled buffer and the verdict read with one
  # get_array_of_int32 (the generated structs, Native::Facts and
  # Native::Verdict, are all 32-bit fields: checked below; the unsigned ones
  # hold the same bits); Dates looked up in a bounded cache (a register has a
  # few thousand distinct dates); the Symbol lists of the masks from prebuilt
  # tables; the Verdict filled in place of its keyword initialize. A date not
  # in the cache, text, nil for a required date and every wrong type go
  # through date_in, which converts or raises naming the argument.
  [Native::Facts, Native::Verdict].each do |struct|
    fields = struct.init.layout.fields
    next if fields.each_with_index.all? { |field, i| field.offset == 4 * i && field.type.size == 4 } && struct.size == 4 * fields.size

    raise LoadError, "csisms: #{struct} is not all 32-bit fields; evaluate needs its layout"
  end
  FACTS_SIZE = Native::Facts.size
  VERDICT_SIZE = Native::Verdict.size
  # Pairs of buffers [facts, verdict]; Array#pop and #push are atomic, so
  # each call in flight (another thread) owns the pair it popped.
  EVALUATE_POOL = []
  # Date (exactly a Date: a DateTime is eql? to its Date) -> YYYYMMDD.
  EVALUATE_DATES = {}
  EVALUATE_DATES_MAX = 8192
  ACTION_SYMBOLS = ACTIONS.invert.freeze
  # Reason mask -> frozen Array of Symbols, filled on first use.
  REASON_LISTS = {}
  DUTY_LISTS = (0..15).to_h { |m| [m, DUTIES.select { |_, bit| (m & bit) != 0 }.sort_by { |_, bit| bit }.map(&:first).freeze] }.freeze
  private_constant :FACTS_SIZE, :VERDICT_SIZE, :EVALUATE_POOL,
                   :EVALUATE_DATES, :EVALUATE_DATES_MAX, :ACTION_SYMBOLS, :REASON_LISTS, :DUTY_LISTS

  class << self
    private

    # A new [facts, verdict] pair of buffers; the verdict's size set once
    # (the library writes only the fields after it).
    def evaluate_pair
      verdict = FFI::MemoryPointer.new(:uint8, VERDICT_SIZE)
      verdict.put_int32(0, VERDICT_SIZE)
      [FFI::MemoryPointer.new(:uint8, FACTS_SIZE), verdict]
    end

    # Row i's error of an evaluate_batch: its facts (facts: the input
    # columns, FFI pointers or nil, with their C types) evaluated one by one
    # through evaluate, whose errors name the argument.
    def batch_row_error(facts, i, status)
      f = :csisms_evaluate_batch
      return error_for(status, f.to_s, "row #{i}") if facts.nil?

      cells = facts.map { |pointer, type| pointer.nil? ? 0 : pointer.public_send(:"get_#{type}", i * FFI.type_size(type)) }
      dates = {}
      BATCH_COLUMNS.first(5).each_with_index do |(name, _, _), k|
        next if cells[k].zero? && !BATCH_REQUIRED.include?(name)

        value = cells[k]
        unless Date.valid_date?(value / 10_000, value / 100 % 100, value % 100, Date::GREGORIAN)
          return bad(f, "#{name}[#{i}]", value, "not a date YYYYMMDD", status)
        end

        dates[name] = date_out(value)
      end
      flags = cells[6]
      if flags & ~(BATCH_RESOLVED | BATCH_CORRECTED) != 0
        return bad(f, "flags[#{i}]", flags, "has bits other than BATCH_RESOLVED and BATCH_CORRECTED", status)
      end

      begin
        evaluate(**dates, grounds: cells[5], suspension_resolved: flags & BATCH_RESOLVED != 0,
                          correction_done: flags & BATCH_CORRECTED != 0)
      rescue Error => e
        return bad(f, "#{e.argument}[#{i}]", e.value, e.detail, status) if e.argument
      end
      error_for(status, f.to_s, "row #{i}")
    end

    # One of evaluate's dates the long way (date_in), remembered when it is a Date.
    def evaluate_date(value, name, optional)
      number = date_in(value, name, :csisms_evaluate, optional: optional)
      if value.instance_of?(Date)
        EVALUATE_DATES.clear if EVALUATE_DATES.size >= EVALUATE_DATES_MAX
        EVALUATE_DATES[value] = number
      end
      number
    end

    def reason_list(mask)
      REASON_LISTS.clear if REASON_LISTS.size >= 4096
      REASON_LISTS[mask] = symbols(mask, REASONS).freeze
    end

    # The exception for a failed csisms_evaluate: which fact is wrong, and
    # why, as `csisms evaluate` says it (the checks of csisms_evaluate, in
    # its order: each date, then their order, then the grounds).
    def evaluate_error(status, today, valid_until, suspended_on, surveillance_latest, correction_requested, grounds)
      f = :csisms_evaluate
      named = { today: today, valid_until: valid_until, suspended_on: suspended_on,
                surveillance_latest: surveillance_latest, correction_requested: correction_requested }
      days = named.to_h { |name, value| [name, date_in(value, name.to_s, f, optional: true)] }
      if status == EINVAL
        named.each do |name, value|
          return bad(f, name, value, "must be at most 9998-12-31 (DATE_INPUT_MAX)") if days[name] > DATE_INPUT_MAX
        end
        %i[suspended_on correction_requested].each do |name|
          return bad(f, name, named[name], "is after today (#{show(today)})") if days[name] > days[:today]
        end
        extra = grounds & ~(R_SUSPENSION_GROUNDS | R_WITHDRAWAL_GROUNDS)
        return bad(f, "grounds", grounds, format("has bits that are no ground of 7.1.1 or 7.2.1: 0x%x", extra)) if extra.positive?
      end
      failed(status, f, **named, grounds: grounds)
    end
  end

  # The columns of evaluate_batch: name, FFI element type, how an Array
  # element is converted.
  BATCH_COLUMNS = [
    [:today, :int32, :date], [:valid_until, :int32, :date], [:suspended_on, :int32, :date],
    [:surveillance_latest, :int32, :date], [:correction_requested, :int32, :date],
    [:grounds, :uint32, :grounds], [:flags, :uint8, :flags]
  ].freeze
  BATCH_REQUIRED = %i[today valid_until].freeze
  private_constant :BATCH_COLUMNS, :BATCH_REQUIRED

  # evaluate for many certificates in one C call (csisms_evaluate_batch).
  #
  # Every argument is a column, one element per certificate: an Array
  # (dates as Date or YYYYMMDD Integers; grounds as masks, Symbols or Arrays
  # of them; flags as Integers of BATCH_RESOLVED | BATCH_CORRECTED), or an
  # FFI::Pointer to C values (int32 dates, uint32 grounds, uint8 flags),
  # which the library reads in place. nil means 0 in every row. rows: the
  # number of rows when no column is an Array or an FFI::MemoryPointer
  # (whose size tells it). A bad row does not stop the others: see
  # BatchVerdicts#status.
  #
  #   Csisms.evaluate_batch(today: [20260301, 20260601], valid_until: [20271021] * 2,
  #                         surveillance_latest: [20251022] * 2).action  # => [1, 3]
  def evaluate_batch(today:, valid_until:, suspended_on: nil, surveillance_latest: nil, correction_requested: nil,
                     grounds: nil, flags: nil, rows: nil)
    f = :csisms_evaluate_batch
    given = { today: today, valid_until: valid_until, suspended_on: suspended_on,
              surveillance_latest: surveillance_latest, correction_requested: correction_requested,
              grounds: grounds, flags: flags }
    BATCH_REQUIRED.each { |name| raise TypeError, "#{f}: #{name} is required" if given[name].nil? }
    n = rows.nil? ? nil : integer(rows, "rows", f, 0..C_INT.max)
    BATCH_COLUMNS.each do |name, type, _|
      length = column_length(given[name], type)
      next if length.nil?
      raise invalid(f, "#{name} has #{length} rows, expected #{n}") if n && length != n

      n = length
    end
    raise ArgumentError, "#{f}: rows: is needed when no column tells its length" if n.nil?
    raise invalid(f, "#{n} rows: at most #{C_INT.max}") if n > C_INT.max

    columns = BATCH_COLUMNS.map { |name, type, kind| column_in(given[name], name, type, kind, n, f) }
    outs = %i[int32 int32 uint32 uint32 int32 int32].map { |t| FFI::MemoryPointer.new(t, [n, 1].max) }
    errors = Native.csisms_evaluate_batch(n, *columns, *outs)
    raise error_for(errors, f) if errors.negative?

    status, action, reasons, duties, deadline, next_review =
      outs.zip(%i[int32 int32 uint32 uint32 int32 int32]).map { |p, t| p.public_send(:"read_array_of_#{t}", n) }
    BatchVerdicts.new(errors: errors, status: status, action: action, reasons: reasons, duties: duties,
                      deadline: deadline, next_review: next_review,
                      facts: columns.zip(BATCH_COLUMNS.map { |_, type, _| type }))
  end

  # The clause of one reason (a Symbol of REASONS or one bit): "7.2.1(5)".
  def reason_clause(reason)
    f = :csisms_reason_clause
    text_out(Native.csisms_reason_clause(bit(reason, REASONS, "reason", f)), f.to_s, "reason = #{show(reason)}")
  end

  # The text of one reason (the rules' words in Chinese).
  def reason_text(reason, lang = :zh)
    f = :csisms_reason_text
    text_out(Native.csisms_reason_text(bit(reason, REASONS, "reason", f), lang(lang, f)), f.to_s,
             "reason = #{show(reason)}, lang = #{show(lang)}")
  end

  # The name of an action ("撤销" / "Withdraw").
  def action_name(action, lang = :zh)
    f = :csisms_action_name
    text_out(Native.csisms_action_name(enum(action, ACTIONS, "action", f), lang(lang, f)), f.to_s,
             "action = #{show(action)}, lang = #{show(lang)}")
  end

  # The text of one duty (a Symbol of DUTIES or one bit).
  def duty_text(duty, lang = :zh)
    f = :csisms_duty_text
    text_out(Native.csisms_duty_text(bit(duty, DUTIES, "duty", f), lang(lang, f)), f.to_s,
             "duty = #{show(duty)}, lang = #{show(lang)}")
  end

  # The clause of one duty: "7.1.2", "7.3" or "7.4".
  def duty_clause(duty)
    f = :csisms_duty_clause
    text_out(Native.csisms_duty_clause(bit(duty, DUTIES, "duty", f)), f.to_s, "duty = #{show(duty)}")
  end

  # ---------------------------------------------------------------- checklists (§5)

  # Number of items of a list (a Symbol of LISTS or its number).
  def checklist_size(list)
    f = :csisms_checklist_size
    check(Native.csisms_checklist_size(enum(list, LISTS, "list", f)), f, list: list)
  end

  # Evaluation mode of a list: :all or :any.
  def checklist_mode(list)
    f = :csisms_checklist_mode
    MODES.key(check(Native.csisms_checklist_mode(enum(list, LISTS, "list", f)), f, list: list))
  end

  # The clause a list comes from ("4.1.2").
  def checklist_clause(list)
    f = :csisms_checklist_clause
    text_out(Native.csisms_checklist_clause(enum(list, LISTS, "list", f)), f.to_s, "list = #{show(list)}")
  end

  # The title of a list.
  def checklist_title(list, lang = :zh)
    f = :csisms_checklist_title
    text_out(Native.csisms_checklist_title(enum(list, LISTS, "list", f), lang(lang, f)), f.to_s,
             "list = #{show(list)}, lang = #{show(lang)}")
  end

  # The text of item (1-based, the rules' "(n)") of a list.
  def checklist_item(list, item, lang = :zh)
    f = :csisms_checklist_item
    number = enum(list, LISTS, "list", f)
    size = checklist_size(list)
    text_out(Native.csisms_checklist_item(number, integer(item, "item", f, 1..size), lang(lang, f)),
             f.to_s, "list = #{show(list)}, item = #{show(item)}, lang = #{show(lang)}")
  end

  # Every item text of a list, item (1) first.
  def checklist_items(list, lang = :zh)
    (1..checklist_size(list)).map { |i| checklist_item(list, i, lang) }
  end

  # Bits of the items that may be declared not applicable (0 when none);
  # InvalidArgumentError for an unknown list.
  def checklist_conditional(list)
    f = :csisms_checklist_conditional
    Native.csisms_checklist_conditional(enum(list, LISTS, "list", f))
  end

  # Evaluates a list against the items present and those declared not
  # applicable, each a bit mask (item (i) is bit i - 1) or an Array of 1-based
  # item numbers.
  def checklist_eval(list, present = 0, not_applicable = 0)
    f = :csisms_checklist_eval
    number = enum(list, LISTS, "list", f)
    size = checklist_size(list)
    have = items(present, "present", f, size)
    na = items(not_applicable, "not_applicable", f, size)
    missing = FFI::MemoryPointer.new(:uint32)
    status = Native.csisms_checklist_eval(number, have, na, missing)
    if status == EINVAL
      allowed = Native.csisms_checklist_conditional(number)
      if (na & ~allowed).positive?
        numbers = bits(na & ~allowed).map(&:bit_length).join(", ")
        why = if allowed.zero? then "no item of #{show(list)} may be declared not applicable"
              else "item #{numbers} of #{show(list)} may not be declared not applicable"
              end
        raise bad(f, "not_applicable", not_applicable, why)
      end
    end
    check(status, f, list: list, present: present, not_applicable: not_applicable)
    bits = missing.read_uint32
    ChecklistResult.new(met: status == 1, missing: bits, missing_items: bits(bits).map(&:bit_length))
  end

  # ---------------------------------------------------------------- identifiers (§6)

  # 8.1(1): checks an 18-character unified social credit code (GB 32100-2015);
  # returns nil, raises ChecksumError (wrong check character; its #expected
  # is the one the first 17 call for, its #position 18, both from
  # csisms_uscc_check) or InvalidArgumentError (length, characters: the
  # message gives the position of the first bad character).
  def uscc_validate(code)
    f = :csisms_uscc_validate
    status = Native.csisms_uscc_validate(text_in(code, "code", f))
    return nil unless status.negative?

    found = uscc_check(code)
    if status == ECHECKSUM && found.expected
      raise ChecksumError.new(status, f.to_s, "the check character (position #{found.position}) is " \
                                              "#{code[found.position - 1].inspect}, it should be #{found.expected.inspect}",
                              argument: "code", value: code, expected: found.expected, position: found.position)
    end
    if status == EINVAL
      why = if found.position.positive?
              "character #{found.position}, #{code[found.position - 1].inspect}, is not one of the code's symbols " \
                "(digits and upper-case letters but I, O, Z, S, V)"
            else
              "must be 18 characters long, not #{code.length}"
            end
      raise bad(f, "code", code, why)
    end
    raise failed(status, f, code: code)
  end

  # Whether uscc_validate accepts code.
  def uscc_valid?(code)
    uscc_validate(code)
    true
  rescue ChecksumError, InvalidArgumentError
    false
  end

  # Minimum number of sites to sample besides the central function (IAF MD 1)
  # for an audit kind (:initial, :surveillance, :recert).
  def sample_sites(sites, audit = :initial)
    f = :csisms_sample_sites
    out(:uint32) do |p|
      check(Native.csisms_sample_sites(count(sites, "sites", f), enum(audit, AUDITS, "audit", f), p), f,
            sites: sites, audit: audit)
    end
  end

  # ---------------------------------------------------------------- rules, queries, programme (1.1)

  # The clause of a rule (Symbol of RULES or its number): "4.5.1.2".
  def rule_clause(rule)
    f = :csisms_rule_clause
    text_out(Native.csisms_rule_clause(enum(rule, RULES, "rule", f)), f.to_s, "rule = #{show(rule)}")
  end

  # What a rule requires (the rules' words in Chinese).
  def rule_text(rule, lang = :zh)
    f = :csisms_rule_text
    text_out(Native.csisms_rule_text(enum(rule, RULES, "rule", f), lang(lang, f)), f.to_s,
             "rule = #{show(rule)}, lang = #{show(lang)}")
  end

  # Number of rules.
  def rule_count
    Native.csisms_rule_count
  end

  # The rule (a Symbol) at index in ascending order; NotFoundError past the end.
  def rule_at(index)
    f = :csisms_rule_at
    raise wrong_type(f, "index", "an Integer", index) unless index.is_a?(Integer)
    raise bad(f, "index", index, "must be 0 … #{rule_count - 1}", ENOTFOUND) unless (0...rule_count).cover?(index)

    RULES.key(check(Native.csisms_rule_at(index), f, index: index))
  end

  # Every rule, in ascending order.
  def rules
    (0...rule_count).map { |i| rule_at(i) }
  end

  # The rule (Symbol) of one reason.
  def reason_rule(reason)
    f = :csisms_reason_rule
    RULES.key(check(Native.csisms_reason_rule(bit(reason, REASONS, "reason", f)), f, reason: reason))
  end

  # The reason (Symbol) of a clause: "7.2.1(5)" -> :suspension_expired.
  def reason_of_clause(clause)
    f = :csisms_reason_of_clause
    bit = out(:uint32) do |p|
      status = Native.csisms_reason_of_clause(text_in(clause, "clause", f), p)
      raise bad(f, "clause", clause, "is the clause of no reason (like 7.2.1(5))", status) if status == ENOTFOUND

      check(status, f, clause: clause)
    end
    REASONS.key(bit)
  end

  # The Appendix A band index of a head count (120 -> 6).
  def isms_band_index(personnel)
    f = :csisms_isms_band_index
    out(:uint32) { |p| check(Native.csisms_isms_band_index(count(personnel, "personnel", f), p), f, personnel: personnel) }
  end

  # What uscc_check finds: status (Symbol), position (0: none), expected check character or nil.
  UsccDiagnosis = Struct.new(:status, :position, :expected)

  # 8.1(1): diagnoses a unified social credit code without raising for a bad one.
  def uscc_check(code)
    f = :csisms_uscc_check
    st = FFI::MemoryPointer.new(:int)
    pos = FFI::MemoryPointer.new(:size_t)
    want = FFI::MemoryPointer.new(:char, 1)
    check(Native.csisms_uscc_check(text_in(code, "code", f), st, pos, want), f, code: code)
    ch = want.read_bytes(1)
    UsccDiagnosis.new(STATUSES.key(st.read_int), pos.read(:size_t), ch == "\0" ? nil : ch)
  end

  # Appendix B: every entry whose code is code or begins with its components.
  def scope_under(code)
    f = :csisms_scope_under
    under(text_in(code, "code", f), f, code)
  end

  ProgrammeEntry = Struct.new(:kind, :earliest, :last, :latest, :total_days, :onsite_days, :sample, :rules)
  Step = Struct.new(:rule, :input, :input2, :result)
  Breach = Struct.new(:rule, :record, :actual, :required)
  DATE_RULES = %i[system_operation recert_window first_surveillance surveillance_interval postponement].freeze

  # The audit programme of a certification cycle: give decided: or recert_of:.
  def programme(personnel, basis = :none, decided: nil, recert_of: nil, combined_days: nil, planned_days: nil,
                sites: 0, stage1_omitted: false, operating_since: nil)
    f = :csisms_programme
    c = client(f, personnel, basis, decided, recert_of, combined_days, planned_days, sites, stage1_omitted,
               operating_since)
    arguments = { personnel: personnel, basis: basis, decided: decided, recert_of: recert_of,
                  combined_days: combined_days, planned_days: planned_days, sites: sites,
                  operating_since: operating_since }
    collect(f, Native::ProgrammeEntry, c, arguments) { |a, n, cnt| Native.csisms_programme(c, a, n, cnt) }.map do |e|
      rules = %i[earliest last latest total onsite sample].to_h do |k|
        [k, RULES.key(e[:"rule_#{k}"])]
      end
      ProgrammeEntry.new(PROGRAMME_KINDS.key(e[:kind]), date_out(e[:earliest]), date_out(e[:last]),
                         date_out(e[:latest]), Rational(e[:total_halfdays], 2), Rational(e[:onsite_halfdays], 2),
                         e[:sample], rules)
    end
  end

  # The audit-time determination as ordered steps.
  def justify(personnel, basis = :none, combined_days: nil, planned_days: nil, sites: 0)
    f = :csisms_justify
    c = client(f, personnel, basis, nil, nil, combined_days, planned_days, sites, false, nil, dated: false)
    arguments = { personnel: personnel, basis: basis, combined_days: combined_days, planned_days: planned_days,
                  sites: sites }
    collect(f, Native::Step, c, arguments) { |a, n, cnt| Native.csisms_justify(c, a, n, cnt) }.map do |s|
      rule = RULES.key(s[:rule])
      counted = %i[isms_table sampling].include?(rule)
      Step.new(rule, counted ? s[:input] : Rational(s[:input], 2), Rational(s[:input2], 2),
               rule == :sampling ? s[:result] : Rational(s[:result], 2))
    end
  end

  # The most audits csisms_record_check takes.
  MAX_RECORDS = 64
  private_constant :MAX_RECORDS

  # Checks audits [kind, date, total days, on-site days] against the time and date rules.
  def record_check(personnel, basis = :none, audits:, decided: nil, recert_of: nil, combined_days: nil,
                   planned_days: nil, stage1_omitted: false, operating_since: nil)
    f = :csisms_record_check
    c = client(f, personnel, basis, decided, recert_of, combined_days, planned_days, 0, stage1_omitted,
               operating_since)
    raise wrong_type(f, "audits", "an Array of [kind, date, total, on-site] Arrays", audits) unless audits.is_a?(Enumerable)

    list = audits.to_a
    raise bad(f, "audits", audits, "holds #{list.size} audits, at most #{MAX_RECORDS}") if list.size > MAX_RECORDS

    records = FFI::MemoryPointer.new(Native::AuditRecord, [list.size, 1].max)
    list.each_with_index do |audit, i|
      record(Native::AuditRecord.new(records + (i * Native::AuditRecord.size)), audit, i, c[:cycle], f)
    end
    arguments = { personnel: personnel, basis: basis, decided: decided, recert_of: recert_of,
                  combined_days: combined_days, planned_days: planned_days, operating_since: operating_since,
                  audits: list }
    collect(f, Native::Breach, c, arguments) do |a, n, cnt|
      Native.csisms_record_check(c, records, list.size, a, n, cnt)
    end.map do |b|
      rule = RULES.key(b[:rule])
      conv = DATE_RULES.include?(rule) ? ->(v) { date_out(v) } : ->(v) { Rational(v, 2) }
      Breach.new(rule, b[:record].negative? ? nil : b[:record], conv.call(b[:actual]), conv.call(b[:required]))
    end
  end

  class << self
    private

    def client(function, personnel, basis, decided, recert_of, combined_days, planned_days, sites, stage1_omitted,
               operating_since, dated: true)
      if dated && decided.nil? && recert_of.nil?
        raise bad(function, "decided", decided, "give decided: (an initial certification's decision date) " \
                                                "or recert_of: (the old certificate's last valid day)")
      end
      if dated && !decided.nil? && !recert_of.nil?
        raise bad(function, "recert_of", recert_of, "give either decided: or recert_of:, not both")
      end

      reference_name = recert_of.nil? ? "decided" : "recert_of"
      reference = recert_of || decided
      c = Native::Client.init
      c[:personnel] = count(personnel, "personnel", function)
      c[:basis] = enum(basis, BASES, "basis", function)
      c[:cycle] = recert_of.nil? ? CYCLE_INITIAL : CYCLE_RECERT
      c[:reference] = date_in(reference, reference_name, function, optional: true)
      c[:combined_halfdays] = combined_days.nil? ? 0 : duration(combined_days, "combined_days", function, 0)
      c[:planned_halfdays] = planned_days.nil? ? 0 : duration(planned_days, "planned_days", function)
      c[:sites] = u32(sites, "sites", function)
      c[:stage1_omitted] = flag(stage1_omitted, "stage1_omitted", function)
      c[:operating_since] = date_in(operating_since, "operating_since", function, optional: true)
      raise bad(function, reference_name, reference, "must be at most 9998-12-31") if dated && c[:reference] > DATE_INPUT_MAX
      if dated && c[:operating_since].positive? && c[:operating_since] > c[:reference]
        raise bad(function, "operating_since", operating_since, "is after #{reference_name} (#{show(reference)})")
      end

      c
    end

    # Audit i of record_check: [kind, date, total days, on-site days].
    def record(r, audit, i, cycle, function)
      name = "audits[#{i}]"
      unless audit.is_a?(Array) && audit.size == 4
        raise wrong_type(function, name, "a [kind, date, total days, on-site days] Array", audit)
      end

      kind, day, total, onsite = audit
      k = enum(kind, PROGRAMME_KINDS, "#{name}.kind", function)
      start = cycle == CYCLE_RECERT ? PROG_RECERT_START : PROG_INITIAL
      if k == PROG_VALIDITY || ([PROG_INITIAL, PROG_RECERT_START].include?(k) && k != start)
        raise bad(function, "#{name}.kind", kind,
                  "is no audit of a cycle from #{cycle == CYCLE_RECERT ? 'recert_of' : 'decided'}")
      end
      r[:size] = Native::AuditRecord.size
      r[:kind] = k
      r[:date] = date_in(day, "#{name}.date", function)
      raise bad(function, "#{name}.date", day, "must be at most 9998-12-31") if r[:date] > DATE_INPUT_MAX

      r[:total_halfdays] = duration(total, "#{name}.total", function)
      r[:onsite_halfdays] = duration(onsite, "#{name}.onsite", function, 0)
      return unless r[:onsite_halfdays] > r[:total_halfdays]

      raise bad(function, "#{name}.onsite", onsite, "is more than the audit's total (#{show(total)} days)")
    end

    # The exception for a programme function's failure on a client that
    # passed client's checks (the planned time below the 4.5.1.1 floor).
    def client_failed(status, function, client, arguments)
      if status == ENOTPERMITTED && arguments[:planned_days]
        basis_time = initial_audit_days(isms_audit_days(client[:personnel]), client[:basis])
        floor = min_reduced_days(basis_time)
        return bad(function, "planned_days", arguments[:planned_days],
                   "is below the least time after a reduction, #{days_format(floor)} days " \
                   "(4.5.1.1: 70 % of #{days_format(basis_time)})", status)
      end
      failed(status, function, **arguments)
    end

    # Calls a size-reporting function for the count, then for the items.
    def collect(function, cls, client, arguments)
      count = FFI::MemoryPointer.new(:size_t)
      status = yield(nil, 0, count)
      raise client_failed(status, function, client, arguments) if status.negative? && status != ENOSPC

      n = count.read(:size_t)
      buf = FFI::MemoryPointer.new(cls, [n, 1].max)
      items = (0...n).map do |i|
        item = cls.new(buf + (i * cls.size))
        item[:size] = cls.size
        item
      end
      status = yield(buf, n, count)
      raise client_failed(status, function, client, arguments) if status.negative?

      items
    end
  end

  # ---------------------------------------------------------------- coverage

  # The method that binds each C function of csisms.h (the scope accessors
  # fill the fields of every Scope that scope_lookup, scope_at, scopes and
  # scope_search return).
  C_FUNCTIONS = {
    "csisms_version" => :version, "csisms_check_version" => :check_version, "csisms_strerror" => :strerror,
    "csisms_isms_audit_days" => :isms_audit_days, "csisms_isms_band" => :isms_band,
    "csisms_initial_audit_days" => :initial_audit_days, "csisms_audit_days" => :audit_days,
    "csisms_min_reduced_days" => :min_reduced_days, "csisms_min_onsite_days" => :min_onsite_days,
    "csisms_surveillance_days" => :surveillance_days,
    "csisms_surveillance_cycle_min_days" => :surveillance_cycle_min_days,
    "csisms_recert_min_days" => :recert_min_days, "csisms_combined_min_days" => :combined_min_days,
    "csisms_round_up_half" => :round_up_half, "csisms_days_format" => :days_format,
    "csisms_days_parse" => :days_parse,
    "csisms_date_valid" => :date_valid?, "csisms_date_parse" => :date_parse,
    "csisms_date_parse_lenient" => :date_parse_lenient, "csisms_date_format" => :date_format,
    "csisms_date_add_days" => :date_add_days, "csisms_date_add_months" => :date_add_months,
    "csisms_date_diff_days" => :date_diff_days, "csisms_surveillance_due" => :surveillance_due,
    "csisms_certificate_valid_until" => :certificate_valid_until,
    "csisms_recert_valid_until" => :recert_valid_until, "csisms_recert_window_opens" => :recert_window_opens,
    "csisms_suspension_ends_by" => :suspension_ends_by, "csisms_appeal_due" => :appeal_due,
    "csisms_correction_due" => :correction_due,
    "csisms_scope_lookup" => :scope_lookup, "csisms_scope_count" => :scope_count, "csisms_scope_at" => :scope_at,
    "csisms_scope_code" => :scope_at, "csisms_scope_name" => :scope_at, "csisms_scope_note" => :scope_at,
    "csisms_scope_level" => :scope_at, "csisms_scope_parent" => :scope_at, "csisms_scope_flags" => :scope_at,
    "csisms_scope_find" => :scope_find,
    "csisms_evaluate" => :evaluate, "csisms_evaluate_batch" => :evaluate_batch, "csisms_reason_clause" => :reason_clause, "csisms_reason_text" => :reason_text,
    "csisms_action_name" => :action_name, "csisms_duty_text" => :duty_text, "csisms_duty_clause" => :duty_clause,
    "csisms_checklist_size" => :checklist_size, "csisms_checklist_mode" => :checklist_mode,
    "csisms_checklist_clause" => :checklist_clause, "csisms_checklist_title" => :checklist_title,
    "csisms_checklist_item" => :checklist_item, "csisms_checklist_conditional" => :checklist_conditional,
    "csisms_checklist_eval" => :checklist_eval,
    "csisms_uscc_validate" => :uscc_validate, "csisms_sample_sites" => :sample_sites,
    "csisms_rule_clause" => :rule_clause, "csisms_rule_text" => :rule_text, "csisms_rule_count" => :rule_count,
    "csisms_rule_at" => :rule_at, "csisms_reason_rule" => :reason_rule, "csisms_reason_of_clause" => :reason_of_clause,
    "csisms_isms_band_index" => :isms_band_index, "csisms_uscc_check" => :uscc_check,
    "csisms_scope_under" => :scope_under, "csisms_programme" => :programme, "csisms_justify" => :justify,
    "csisms_record_check" => :record_check
  }.freeze
end
