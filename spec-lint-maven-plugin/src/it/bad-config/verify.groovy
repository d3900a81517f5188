// Each bad setting fails the build with a message naming the setting, the problem and what to do.
def log = new File(basedir, 'build.log').text
assert log.contains("spec-lint: configLocation 'config/missing.yaml' is neither a file (" + new File(basedir, 'config/missing.yaml').canonicalPath + " does not exist) nor a resource on the plugin's classpath")
assert log.contains("spec-lint: profile 'no-such-profile' is neither a built-in profile (technical-spec) nor a template file")
assert log.contains("spec-lint: unknown outputFileFormat 'pdf': use one of ")
