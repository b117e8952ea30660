package org.pagelab.engine.report.mail;

/**
 * A mail or mbox file that cannot be used: the message names the file and,
 * when known, the line, column and byte offset
 * ({@code thread.mbox:12:7: byte 431: ...}).
 */
public class MailException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;
    private final long offset;
    private final String detail;

    /**
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column (in bytes), or 0
     * @param offset byte offset in the file, or -1
     */
    public MailException(String file, int line, int column, long offset, String detail) {
        super(location(file, line, column, offset) + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.offset = offset;
        this.detail = detail;
    }

    private static String location(String file, int line, int column, long offset) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (offset >= 0) {
            b.append("byte ").append(offset).append(": ");
        }
        return b.toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in bytes, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** Byte offset in the file, or -1 when unknown. */
    public long offset() {
        return offset;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
