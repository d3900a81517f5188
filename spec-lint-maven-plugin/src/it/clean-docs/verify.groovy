// A clean spec passes; the default JSON report says so.
def log = new File(basedir, 'build.log').text
assert log.contains('spec-lint: 1 file, 0 errors, 0 warnings')
assert !log.contains('[ERROR] docs/specs/')
def report = new File(basedir, 'target/spec-lint-result.json')
assert report.isFile()
def json = new groovy.json.JsonSlurper().parse(report)
assert json.summary.files == 1
assert json.summary.errors == 0
assert json.violations.isEmpty()
assert log.contains('spec-lint: report written to ' + report.canonicalPath)
