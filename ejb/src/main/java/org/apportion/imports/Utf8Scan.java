package org.apportion.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Finds the line of the first byte sequence that is not UTF-8, so that an encoding error can name it. */
final class Utf8Scan {

    private Utf8Scan() {
    }

    static OptionalLong lineOfFirstInvalidSequence(Path path) {
        try (InputStream in = CsvBillFile.openBytes(path)) {
            return scan(in);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong scan(InputStream in) throws IOException {
        long line = 1;
        int continuationBytesDue = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            boolean continuation = (b & 0xC0) == 0x80;
            if (continuationBytesDue > 0) {
                if (!continuation) {
                    return OptionalLong.of(line);
                }
                continuationBytesDue--;
                continue;
            }
            continuationBytesDue = leadingByteExpects(b);
            if (continuationBytesDue < 0) {
                return OptionalLong.of(line);
            }
            if (b == '\n') {
                line++;
            }
        }
        return continuationBytesDue > 0 ? OptionalLong.of(line) : OptionalLong.empty();
    }

    /** How many continuation bytes a leading byte announces; -1 for a byte that cannot start a character. */
    private static int leadingByteExpects(int b) {
        if (b < 0x80) {
            return 0;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        return -1;
    }
}
