// The help goal lists the goals and, with -Ddetail, their parameters and user properties.
def log = new File(basedir, 'build.log').text
assert log.contains('spec-lint:check')
assert log.contains('spec-lint:new')
assert log.contains('maxAllowedViolations')
assert log.contains('User property: speclint.maxAllowedViolations')
assert log.contains('User property: speclint.outputFileFormat')
