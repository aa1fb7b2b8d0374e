package org.apportion.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Parquet bill files (FOCUS and CUR 2.0 exports). Placeholder until the Parquet reader lands. */
final class ParquetBillFile {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetBillFile() {
    }

    static boolean isParquet(Path path) throws IOException {
        return Arrays.equals(BillFiles.magic(path, MAGIC.length), MAGIC);
    }

    static BillFile open(Path path) {
        throw new MalformedBillFileException(path.getFileName().toString(), 1,
                "Parquet bill files are not read yet; export the bill as CSV", null);
    }
}
