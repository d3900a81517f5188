import java.time.LocalDate

// spec-lint:new fills the template's metadata and H1, numbers after the highest existing Spec ID, refuses a title twice.
def log = new File(basedir, 'build.log').text
def today = LocalDate.now().toString()

def first = new File(basedir, 'docs/specs/SPEC-PAY-5-payment-retries.md')
assert first.isFile()
def lines = first.readLines('UTF-8')
assert lines[0] == '# Payment retries'
assert lines.contains('**Spec ID:** SPEC-PAY-5  ')
assert lines.contains('**Title:** Payment retries  ')
assert lines.contains('**Version:** 1.0  ')
assert lines.contains('**Author:** Ada Lovelace  ')
assert lines.contains("**Created:** ${today}  ".toString())
assert lines.contains('**Status:** Draft  ')
// the rest of the template is left for the author
assert lines.contains('## 📋 Executive Summary')
assert lines.contains('**Purpose:** [1-2 sentences on what this spec defines]')

assert log.contains('already has the title \'Payment retries\'; edit that spec or choose another title')

def second = new File(basedir, 'docs/specs/SPEC-PAY-6-refund-flow-partial-refunds.md')
assert second.isFile()
def text = second.getText('UTF-8')
assert text.startsWith('# Refund flow: partial refunds\n')
assert text.contains('**Spec ID:** SPEC-PAY-6  \n')
// no author given: the template's line is left as it is
assert text.contains('**Author:** Architect Agent  \n')

// nothing else was written, and no temporary file is left behind
def names = new File(basedir, 'docs/specs').list().sort()
assert names == ['SPEC-PAY-5-payment-retries.md', 'SPEC-PAY-6-refund-flow-partial-refunds.md', 'legacy-checkout.md']
