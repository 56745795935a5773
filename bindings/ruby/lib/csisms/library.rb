# frozen_string_literal: true
# SPDX-License-Identifier: MIT

require_relative "native"

module Csisms
  # Finding and opening libcsisms (hand-written; the tables are in native.rb,
  # generated from the header): attaches every function of Native::FUNCTIONS.
  module Native
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

    FUNCTIONS.each do |name, (args, result)|
      attach_function name, args, result
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
