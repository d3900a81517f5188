// One template for three modules: compiled by the first module's check, reused by the others.
def log = new File(basedir, 'build.log').text
def template = new File(basedir, 'templates/rfc-template.md').canonicalPath
def compiled = log.readLines().findAll { it.contains("spec-lint: template ${template} compiled in ") }
assert compiled.size() == 1 : "expected one compilation of ${template}, found ${compiled}"
// it is module-a's (the first module with specs) check that compiles it
def a = log.indexOf(':check (default) @ module-a')
def b = log.indexOf(':check (default) @ module-b')
def at = log.indexOf(compiled[0])
assert a >= 0 && b > a && at > a && at < b
// every module is still checked against that template
assert log.contains('[ERROR] module-c/docs/specs/rfc-0002-read-replicas.md:15:1: missing section \'Alternatives\'')
def slurper = new groovy.json.JsonSlurper()
['a': 1, 'b': 1, 'c': 2].each { m, files ->
    def r = slurper.parse(new File(basedir, "module-${m}/target/spec-lint-result.json"))
    assert r.summary.files == files
}
assert log.contains('BUILD SUCCESS')
