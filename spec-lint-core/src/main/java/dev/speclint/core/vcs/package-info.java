/**
 * Which specs changed in version control, for runs that report only those ({@code lint
 * --changed-since REF}, the Maven plugin's {@code ratchetFrom}). Git is run as the {@code git}
 * executable: no library joins core's dependencies, and the answer is exactly what the user's own
 * git says (its config, worktrees, ignore rules).
 */
package dev.speclint.core.vcs;
