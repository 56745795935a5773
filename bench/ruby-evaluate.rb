#!/usr/bin/ruby
# frozen_string_literal: true
# SPDX-License-Identifier: MIT
#
# Ruby per-call time of Csisms.evaluate (issue 14's figure for Python, here
# for the Ruby binding), with the just-built library:
#
# * over a register's spread of certificates (1024, whose dates repeat),
#   one certificate repeated, and dates the binding's cache does not hold;
# * beside them, measured in the same run, an empty FFI call
#   (csisms_rule_count, no arguments) and the bare FFI call of
#   csisms_evaluate: the ratio to the empty call is what stays comparable
#   when the machine is loaded.
#
# A benchmark, not a test: it prints figures and exits 0. Wall-clock figures
# depend on the machine and its load; each case is the best of --repeat runs,
# the cases interleaved.
#
# Usage: bench/ruby-evaluate.rb [--library PATH] [--calls N] [--repeat R]
# (run from the tree after `make`; defaults to lib/.libs/libcsisms.so).

require "optparse"

top = File.expand_path("..", __dir__)
options = { library: File.join(top, "lib", ".libs", "libcsisms.so"), calls: 100_000, repeat: 5,
            binding: File.join(top, "bindings", "ruby", "lib") }
OptionParser.new do |o|
  o.on("--library PATH") { |v| options[:library] = v }
  o.on("--calls N", Integer) { |v| options[:calls] = v }
  o.on("--repeat R", Integer) { |v| options[:repeat] = v }
  o.on("--binding DIR", "directory holding csisms.rb (to compare versions)") { |v| options[:binding] = v }
end.parse!
ENV["CSISMS_LIBRARY"] = options[:library]
$LOAD_PATH.unshift(options[:binding])
require "csisms"

base = Date.new(2024, 1, 1)
today = Date.new(2026, 3, 1)
varied = (0...1024).map do |i|
  kw = { today: today, valid_until: base + (3 * 365) + (i % 900), surveillance_latest: base + 365 + (i % 200) }
  kw[:suspended_on] = base + 600 + (i % 100) if (i % 4).zero?
  kw
end
# 16384 distinct dates of each kind, cycled through a cache of 8192.
cold = (0...16_384).map do |i|
  { today: today, valid_until: base + 1100 + i, surveillance_latest: base + 9300 + i }
end
same = { today: today, valid_until: Date.new(2027, 10, 21), surveillance_latest: Date.new(2026, 10, 22) }
facts = Csisms::Native::Facts.init
facts[:today] = 20_260_301
facts[:valid_until] = 20_271_021
facts[:surveillance_latest] = 20_261_022
verdict = Csisms::Native::Verdict.init
calls = options[:calls]
native = Csisms::Native

cases = {
  varied: -> { i = 0; while i < calls; Csisms.evaluate(**varied[i & 1023]); i += 1; end },
  cold: -> { i = 0; while i < calls; Csisms.evaluate(**cold[i & 16_383]); i += 1; end },
  same: -> { i = 0; while i < calls; Csisms.evaluate(**same); i += 1; end },
  empty: -> { i = 0; while i < calls; native.csisms_rule_count; i += 1; end },
  bare: -> { i = 0; while i < calls; native.csisms_evaluate(facts, verdict); i += 1; end },
  harness: -> { i = 0; while i < calls; varied[i & 1023]; i += 1; end }
}
best = cases.transform_values { Float::INFINITY }
options[:repeat].times do
  cases.each do |name, loop|
    t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    loop.call
    best[name] = [best[name], Process.clock_gettime(Process::CLOCK_MONOTONIC) - t0].min
  end
end
us = best.transform_values { |t| (t - best[:harness]) / calls * 1e6 }
printf("ruby evaluate: %.2f us per call over 1024 varied certificates, %.2f us for one certificate " \
       "repeated, %.2f us with dates never seen before\n", us[:varied], us[:same], us[:cold])
printf("  empty FFI call (csisms_rule_count) %.2f us, bare FFI csisms_evaluate %.2f us; " \
       "evaluate / empty FFI call = %.1f (same %.1f, cold %.1f); loop %.2f us subtracted\n",
       us[:empty], us[:bare], us[:varied] / us[:empty], us[:same] / us[:empty], us[:cold] / us[:empty],
       best[:harness] / calls * 1e6)
