// Violations are logged as errors, path:line:col: message [rule-id]; the build fails saying how many and where the report is.
def log = new File(basedir, 'build.log').text
def spec = 'docs/specs/SPEC-NTF-7-notification-digest.md'
assert log.contains("[ERROR] ${spec}:4:12: metadata field 'Title' still holds the template's placeholder '[Feature/Component Name]'")
assert log.contains("[ERROR] ${spec}:7:14: metadata field 'Created' still holds the template's placeholder '[Run: date +\"%Y-%m-%d\"]'")
assert log.contains("[ERROR] ${spec}:28:3: unfilled placeholder '[Specific, measurable goal 3]'")
assert log =~ /\[ERROR\] docs\/specs\/SPEC-NTF-7-notification-digest\.md:288:1: missing section 'Rollback Plan'.* \[required-section\]/
// the clean spec next to it has no finding
assert !log.contains('SPEC-PAY-101-payment-retries.md:')

def report = new File(basedir, 'target/spec-lint-result.json')
def json = new groovy.json.JsonSlurper().parse(report)
assert json.summary.files == 2
def errors = json.summary.errors
assert errors >= 4
assert json.violations.any { it.file == spec && it.line == 4 && it.column == 12 && it.rule == 'unfilled-placeholder' }
assert json.violations.any { it.file == spec && it.line == 288 && it.column == 1 && it.rule == 'required-section' }

// the failure names the count, the severity and the report
assert log.contains("spec-lint found ${errors} violations of severity error (${errors} errors, 0 warnings), "
        + "more than the 0 allowed by maxAllowedViolations; report: ${report.canonicalPath}")
assert log.contains('BUILD FAILURE')
