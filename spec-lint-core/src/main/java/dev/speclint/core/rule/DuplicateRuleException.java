package dev.speclint.core.rule;

/** Two rules claim one id: a setup error, raised when the rules are loaded. */
public final class DuplicateRuleException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DuplicateRuleException(String message) {
        super(message);
    }
}
