// spec-lint:baseline wrote every legacy finding; check with baselineFile reported only the new spec's.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'spec-lint-baseline.json')
assert file.isFile()
def json = new groovy.json.JsonSlurper().parse(file)
assert json.version == 1
def legacy = json.entries.size()
assert legacy >= 5
assert json.entries.every { it.file == 'docs/specs/SPEC-NTF-7-notification-digest.md' && it.fingerprint ==~ /[0-9a-f]{64}/ }
assert log.contains("spec-lint: wrote ${legacy} baseline entries for 2 files to ${file.canonicalPath}")
assert log.contains("spec-lint: ${legacy} findings suppressed by the baseline")
// the legacy findings are never logged; the new spec's are, and they alone fail the build
assert !log.contains('[ERROR] docs/specs/SPEC-NTF-7-notification-digest.md:')
assert log.contains("[ERROR] docs/new/SPEC-NEW-1-new.md:7:7: unfilled placeholder '[something]'")
assert log.contains('spec-lint found 3 violations of severity error (3 errors, 0 warnings)')
