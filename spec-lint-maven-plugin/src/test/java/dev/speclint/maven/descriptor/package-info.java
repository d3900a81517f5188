/**
 * The generated plugin descriptor (plugin.xml) read back by tests: the goal reference the help goal and the
 * site pages show, checked for descriptions and against docs/maven-plugin.md.
 */
package dev.speclint.maven.descriptor;
