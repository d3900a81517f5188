// The first check lints and writes target/spec-lint.cache; the second takes every file from it.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('spec-lint: 1 file, 0 errors, 0 warnings') }
assert summaries.size() == 2 : log
assert !summaries[0].contains('from cache')
assert summaries[1].contains(', 1 from cache)')
assert new File(basedir, 'target/spec-lint.cache').isFile()
