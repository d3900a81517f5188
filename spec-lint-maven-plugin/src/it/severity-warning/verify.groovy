// violationSeverity=warning: one warning fails the build; the text report has the line.
def log = new File(basedir, 'build.log').text
def line = 'docs/specs/SPEC-PAY-101-payment-retries.md:15:14: TODO left in the spec: finish the text [todo-marker]'
assert log.contains('[WARNING] ' + line)
def report = new File(basedir, 'target/spec-lint-result.txt')
assert report.text.contains('docs/specs/SPEC-PAY-101-payment-retries.md:15:14: warning: TODO left in the spec')
assert log.contains('spec-lint found 1 violation of severity warning or higher (0 errors, 1 warning), '
        + 'more than the 0 allowed by maxAllowedViolations; report: ' + report.canonicalPath)
