// The aggregate page of the top project lists the specs of both modules, paths from the top;
// each module still has its own page with its own specs.
def specsTable = { File page ->
    def html = page.text
    def t = html.substring(html.indexOf('id="spec-lint-specs"'))
    t.substring(0, t.indexOf('</table>'))
}
def rows = { String table -> table.findAll(/<tr[\s>]/).size() - 1 }

def top = new File(basedir, 'target/site/spec-lint.html')
assert top.isFile()
def all = specsTable(top)
assert rows(all) == 3
assert all.contains('SPEC-PAY-101') && all.contains('SPEC-NTF-7') && all.contains('SPEC-EXPORT')
// findings name their file from the top project
assert top.text.contains('(module-a/docs/specs/SPEC-PAY-101-payment-retries.md)')
assert top.text.contains('(module-b/docs/specs/SPEC-NTF-7-notification-digest.md)')

def a = specsTable(new File(basedir, 'module-a/target/site/spec-lint.html'))
assert rows(a) == 1 && a.contains('SPEC-PAY-101')
def b = specsTable(new File(basedir, 'module-b/target/site/spec-lint.html'))
assert rows(b) == 2 && !b.contains('SPEC-PAY-101')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')
