package dev.speclint.core.engine.cache;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A relative link target a rule asked about (through {@code RuleContext.fileExists}) and the answer; a
 * cached result holds only while every answer is still the same.
 *
 * @param target the target, relative to the linted file's directory
 * @param exists whether it existed when the file was linted
 */
public record FileCheck(String target, boolean exists) {

    /** Asks now whether {@code target} exists relative to {@code directory}; a malformed path does not. */
    public static FileCheck of(Path directory, String target) {
        boolean exists;
        try {
            exists = Files.exists(directory.resolve(target));
        } catch (InvalidPathException e) {
            exists = false;
        }
        return new FileCheck(target, exists);
    }
}
