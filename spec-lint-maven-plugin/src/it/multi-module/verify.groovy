// -T 2: each module lints its own docs/specs and writes its own report; console paths are from the root.
def log = new File(basedir, 'build.log').text
assert log.contains('with a thread count of 2') || log.contains('MultiThreadedBuilder')
assert log.contains("[ERROR] module-b/docs/specs/SPEC-NTF-7-notification-digest.md:4:12: metadata field 'Title' still holds the template's placeholder '[Feature/Component Name]'")
assert !log.contains('module-a/docs/specs/SPEC-PAY-101-payment-retries.md:')
assert log.contains('(not failing: failOnViolation is false)')
// the parent has no spec directory
assert log.contains('[INFO] spec-lint: nothing to lint')

def slurper = new groovy.json.JsonSlurper()
def a = slurper.parse(new File(basedir, 'module-a/target/spec-lint-result.json'))
assert a.summary.files == 1 && a.summary.errors == 0
// module-b asks for SARIF: the file is named after the format
def sarif = new File(basedir, 'module-b/target/spec-lint-result.sarif')
def b = slurper.parse(sarif)
assert b.version == '2.1.0'
assert b.runs[0].results.size() >= 4
assert b.runs[0].results.any { it.ruleId == 'unfilled-placeholder' }
// report paths are relative to each module
assert sarif.text.contains('"docs/specs/SPEC-NTF-7-notification-digest.md"')
assert !sarif.text.contains('module-b/docs')
assert log.contains('BUILD SUCCESS')
