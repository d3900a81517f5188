/**
 * The incremental cache: {@link dev.speclint.core.engine.cache.LintCache} keeps each file's result
 * between runs, in {@link dev.speclint.core.engine.cache.CacheCodec}'s binary format, valid while the
 * file's bytes, its rules' file checks and the {@link dev.speclint.core.engine.cache.RunFingerprint}
 * are unchanged. Values and storage only: may depend on {@code profile}, {@code rule},
 * {@code document}, {@code io} and the root package, not on the {@code engine} that consults it.
 */
package dev.speclint.core.engine.cache;
