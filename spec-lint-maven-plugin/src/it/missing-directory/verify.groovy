// A source directory that does not exist: an info line, nothing linted, success.
def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'specs').canonicalPath
assert log.contains('[INFO] spec-lint: no spec directory ' + dir + ', skipped')
assert log.contains('[INFO] spec-lint: nothing to lint')
assert log.contains('BUILD SUCCESS')
