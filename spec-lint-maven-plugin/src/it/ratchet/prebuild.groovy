// A git repository of three legacy specs; the last commit changes b.md only.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def p = command.execute(null, basedir)
    def out = new StringBuilder()
    p.waitForProcessOutput(out, out)
    assert p.exitValue() == 0 : "${command}: ${out}"
}
git('init', '-q')
git('add', 'docs', 'pom.xml')
git('commit', '-q', '-m', 'three legacy specs')
new File(basedir, 'docs/specs/b.md') << '\nAnd [another thing].\n'
git('commit', '-q', '-am', 'edit b')
