package dev.speclint.core.config;

/**
 * A config, profile or template cannot be used. The message names the file, the line where known,
 * the problem and what to do.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * A config error with nothing underneath.
     *
     * @param message names the file, the line where known, the problem and what to do
     */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * A config error caused by another failure (an unreadable file, a YAML syntax error).
     *
     * @param message names the file, the line where known, the problem and what to do
     * @param cause the failure underneath
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
