package org.pagelab.cli;

/** A bad command line or unusable input file: printed as one line, exit code 2. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
