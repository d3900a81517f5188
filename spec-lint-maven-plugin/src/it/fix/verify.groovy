// spec-lint:fix inserted the missing sections, field and checklist item in template order, kept CRLF, only inserted
def log = new File(basedir, 'build.log').getText('UTF-8')
def spec = new File(basedir, 'docs/specs/SPEC-PAY-101-payment-retries.md')
def text = spec.getText('UTF-8')

// the dry run showed the diff
assert log.contains('+++ b/docs/specs/SPEC-PAY-101-payment-retries.md')
assert log.contains('+### Non-Goals')
assert log.contains('spec-lint: would apply 5 fixes to 1 file (dry run: nothing written)')

// the fix
assert log.contains('spec-lint: applied 5 fixes to 1 file')
assert log.contains('spec-lint:   required-section: 3')
assert log.contains('spec-lint:   metadata-field: 1')
assert log.contains('spec-lint:   checklist-item: 1')
assert text.contains('**Title:** Payment Retry Scheduler  \r\n**Version:** 1.0  \r\n**Author:**')
assert text.contains('- [x] XSS prevention\r\n- [ ] CSRF protection\r\n- [x] Rate limiting\r\n')
assert text.indexOf('### Goals\r\n') < text.indexOf('### Non-Goals\r\n')
assert text.indexOf('### Non-Goals\r\n') < text.indexOf('## 🏗️ System Architecture\r\n')
assert text.indexOf('### Database Schema\r\n') < text.indexOf('### Data Flow\r\n')
assert text.indexOf('### Data Migration\r\n') < text.indexOf('### Feature Flags\r\n')
assert text.replace('\r\n', '').indexOf('\n') < 0
// an inserted section holds the template's guidance; what is left needs the author: the failure names it
assert text.contains('### Non-Goals\r\n\r\n- [Explicitly out of scope 1]\r\n')
assert log.contains("unfilled placeholder '[Explicitly out of scope 1]'")
assert !log.contains("missing section 'Non-Goals'")

// the second run
assert log.contains('spec-lint: no fix to apply')
return true
