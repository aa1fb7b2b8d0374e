package org.apportion.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps uploaded bill files on disk, in {@code apportion.import.dir} (default: the server's data directory
 * under {@code apportion/imports}), so that an import job can read and re-read them after a restart.
 */
@ApplicationScoped
public class BillFileStaging {

    private static final int MAX_NAME_LENGTH = 200;
    private static final long DEFAULT_MAX_BYTES = 4L << 30;

    /** Copies the upload to the staging folder, hashing it on the way; refuses one over the size limit. */
    public StagedBillFile stage(String fileName, InputStream content) throws IOException {
        Path dir = Files.createDirectories(stagingDirectory());
        Path temporary = Files.createTempFile(dir, "upload-", ".part");
        long limit = maxBytes();
        try (DigestInputStream in = new DigestInputStream(content, sha256());
             OutputStream out = Files.newOutputStream(temporary)) {
            long size = copy(in, out, limit, fileName);
            String digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
            return new StagedBillFile(displayName(fileName), size, digest, temporary);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static long copy(InputStream in, OutputStream out, long limit, String fileName) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long size = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            size += read;
            if (size > limit) {
                throw new BillFileTooLargeException(displayName(fileName), limit);
            }
            out.write(buffer, 0, read);
        }
        return size;
    }

    /** The largest upload accepted, from {@code apportion.import.max.bytes}; 4 GiB by default. */
    static long maxBytes() {
        return Long.getLong("apportion.import.max.bytes", DEFAULT_MAX_BYTES);
    }

    /** Gives the staged file its batch's name, so an operator can find it: {@code <batchId>-<fileName>}. */
    public Path keepFor(long batchId, StagedBillFile file) throws IOException {
        Path target = file.path().resolveSibling(batchId + "-" + safeFileName(file.fileName()));
        return Files.move(file.path(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    public void discard(StagedBillFile file) throws IOException {
        Files.deleteIfExists(file.path());
    }

    static Path stagingDirectory() {
        String configured = System.getProperty("apportion.import.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(dataDir, "apportion", "imports");
    }

    /** The last path segment of what the client sent: the name users see on the batch. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "unnamed";
        }
        return name.length() > 512 ? name.substring(0, 512) : name;
    }

    /** The display name reduced to characters safe on any file system. */
    static String safeFileName(String fileName) {
        String name = displayName(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "bill";
        }
        return name.length() > MAX_NAME_LENGTH ? name.substring(name.length() - MAX_NAME_LENGTH) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
