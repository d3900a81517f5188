// ratchetFrom=HEAD~1 reported b.md alone; an unknown revision failed the build naming it.
def log = new File(basedir, 'build.log').text
assert log.contains('spec-lint: 1 of 3 specs changed since HEAD~1')
assert log.contains("[ERROR] docs/specs/b.md:9:5: unfilled placeholder '[another thing]'")
assert !log.contains('[ERROR] docs/specs/a.md:')
assert !log.contains('[ERROR] docs/specs/c.md:')
assert log.contains('spec-lint found 4 violations of severity error')
assert log =~ /spec-lint: ratchetFrom: unknown git revision 'no-such-branch'/
