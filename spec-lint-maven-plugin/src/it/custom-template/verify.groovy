// The specs are linted against templates/rfc-template.md, not the built-in technical-spec template.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] docs/specs/rfc-0002-read-replicas.md:15:1: missing section 'Alternatives'")
assert !log.contains('rfc-0001-event-log.md:')
// nothing of the built-in template is asked for
assert !log.contains('Executive Summary')
assert log.contains('spec-lint: 2 files, 1 error, 0 warnings')
