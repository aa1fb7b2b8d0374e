package org.apportion.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** Opens a bill file in the form its content shows: JSON when it starts with a brace or bracket, else CSV. */
public final class BillFiles {

    private BillFiles() {
    }

    public static BillFile open(Path path) throws IOException {
        if (ParquetBillFile.isParquet(path)) {
            return ParquetBillFile.open(path);
        }
        return startsLikeJson(path) ? JsonBillFile.open(path) : CsvBillFile.open(path);
    }

    private static boolean startsLikeJson(Path path) throws IOException {
        try (BufferedReader reader = CsvBillFile.openDecodingReader(path)) {
            int c = reader.read();
            while (c >= 0 && Character.isWhitespace(c)) {
                c = reader.read();
            }
            return c == '{' || c == '[';
        } catch (CharacterCodingException | java.io.EOFException | java.util.zip.ZipException e) {
            return false; // CsvBillFile reports what is wrong with the bytes, naming the line
        }
    }

    /** The first bytes of the file (decompressed when gzip), for recognising binary forms. */
    static byte[] magic(Path path, int length) throws IOException {
        try (InputStream in = CsvBillFile.openBytes(path)) {
            return in.readNBytes(length);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            return new byte[0];
        }
    }
}
