package dev.speclint.core.config;

/**
 * A config, profile or template cannot be used. The message names the file, the line where known,
 * the problem and what to do.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
