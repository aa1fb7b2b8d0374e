package org.apportion.imports;

import java.io.IOException;

/** An upload larger than {@code apportion.import.max.bytes}; nothing of it is kept. */
public class BillFileTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BillFileTooLargeException(String fileName, long limitBytes) {
        super(fileName + " is larger than the " + limitBytes + " bytes an import may have (apportion.import.max.bytes).");
    }
}
