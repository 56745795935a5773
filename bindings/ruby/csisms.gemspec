# frozen_string_literal: true
# SPDX-License-Identifier: MIT

# The version is the C header's (include/csisms.h), written into
# lib/csisms/version.rb by build-aux/csisms-iface.py.
require_relative "lib/csisms/version"

Gem::Specification.new do |spec|
  spec.name = "csisms"
  spec.version = Csisms::VERSION
  spec.summary = "Ruby binding (ffi) of libcsisms, the CSISMS certification rules as pure functions"
  spec.description = <<~TEXT
    libcsisms turns the implementation rules for certifying cloud-service information
    security management systems (云服务信息安全管理体系认证实施规则, ISO/IEC 27017) into pure
    functions: audit time, deadlines, suspension and withdrawal verdicts, checklists,
    business-scope codes. This gem calls the installed C library (libcsisms.so.1) through ffi.
  TEXT
  spec.authors = ["libcsisms contributors"]
  spec.license = "MIT"
  spec.files = %w[lib/csisms.rb lib/csisms/library.rb lib/csisms/native.rb lib/csisms/version.rb README.md]
  spec.require_paths = ["lib"]
  spec.required_ruby_version = ">= 2.7"
  spec.requirements << "libcsisms.so.1 (the C library, version 1.x)"
  spec.add_runtime_dependency "ffi", "~> 1.9"
  spec.add_development_dependency "minitest", "~> 5.0"
end
