/**
 * The built-in rules and profiles (the technical-spec template), found by
 * {@link java.util.ServiceLoader} through {@code META-INF/services}. Depends on the core SPI
 * ({@code rule}, {@code document}, {@code template}, {@code profile}) only, never on the engine.
 */
package dev.speclint.rules;
