// 2 violations pass with maxAllowedViolations=2 and fail with 1.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] docs/specs/cache-warm-up.md:7:1: missing section 'Risks'")
assert log.contains("[ERROR] docs/specs/cache-warm-up.md:7:1: unfilled placeholder '[One paragraph on what this is]'")
assert log.contains('spec-lint: 1 file, 2 errors, 0 warnings')
assert log.contains('spec-lint found 2 violations of severity error (2 errors, 0 warnings), more than the 1 allowed by maxAllowedViolations')
assert !log.contains('more than the 2 allowed')
