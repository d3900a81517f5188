/**
 * A third-party rule jar used by the invoker ITs: one rule found through {@code META-INF/services}.
 * Depends on the core rule SPI only.
 */
package dev.speclint.it.todo;
