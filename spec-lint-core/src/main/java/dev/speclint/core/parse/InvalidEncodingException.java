package dev.speclint.core.parse;

/** The input is not valid UTF-8. Carries the position of the first malformed byte. */
public final class InvalidEncodingException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final long byteOffset;

    public InvalidEncodingException(int line, int column, long byteOffset) {
        super("invalid UTF-8 at line " + line + ", column " + column + " (byte offset " + byteOffset
                + "): save the file as UTF-8");
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public long byteOffset() {
        return byteOffset;
    }
}
