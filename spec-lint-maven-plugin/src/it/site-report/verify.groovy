// mvn site renders the spec-lint page: one row per spec in the specs table, findings with the line quoted.
def page = new File(basedir, 'target/site/spec-lint.html')
assert page.isFile()
def html = page.text
def table = html.substring(html.indexOf('id="spec-lint-specs"'))
table = table.substring(0, table.indexOf('</table>'))
def rows = table.findAll(/<tr[\s>]/).size() - 1 // the header row
assert rows == 3
assert table.contains('SPEC-PAY-101') && table.contains('SPEC-NTF-7') && table.contains('SPEC-EXPORT')
assert table.contains('16/18 (88%)') // SPEC-EXPORT: Approved with two unticked items
assert html.contains('Specs by status') && html.contains('Findings by rule')
assert html.contains('checklist-incomplete')
// the offending line is quoted, escaped by the site's sink
assert html.contains('[Risk 3]')
// the site's skin wraps it, and the project's report menu names it
assert new File(basedir, 'target/site/project-reports.html').text.contains('spec-lint.html')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
