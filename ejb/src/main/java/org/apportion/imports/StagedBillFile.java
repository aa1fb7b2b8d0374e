package org.apportion.imports;

import java.nio.file.Path;

/** An uploaded bill file kept on the server's disk until its import is done, with its size and SHA-256. */
public record StagedBillFile(String fileName, long size, String sha256, Path path) {
}
