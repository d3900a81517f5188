// spec-lint.yaml at the module root names templates/rfc-template.md: the specs are linted against it.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] docs/specs/rfc-0002-read-replicas.md:15:1: missing section 'Alternatives'")
assert !log.contains('Executive Summary')
assert log.contains('spec-lint: 2 files, 1 error, 0 warnings')
// a broken config fails the build naming the file and the line of the problem
def broken = new File(basedir, 'config/broken.yaml').canonicalPath
assert log.readLines().any { it.contains("spec-lint: ${broken}:") && it =~ /\.yaml:\d+: not valid YAML/ }
