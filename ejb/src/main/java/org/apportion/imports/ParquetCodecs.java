package org.apportion.imports;

import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Decompresses Parquet pages in pure Java (aircompressor, java.util.zip): parquet-hadoop's own codec factory
 * would need Hadoop's codecs and native libraries. Apportion only reads Parquet, so there are no compressors.
 */
final class ParquetCodecs implements CompressionCodecFactory {

    /** The codecs bill exports use; Brotli, LZO and Hadoop-framed LZ4 are refused when the file is opened. */
    static final Set<CompressionCodecName> READ = EnumSet.of(CompressionCodecName.UNCOMPRESSED,
            CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD,
            CompressionCodecName.LZ4_RAW);

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        if (!READ.contains(codec)) {
            throw new IllegalArgumentException("pages compressed with " + codec + " are not read");
        }
        return new PageDecompressor(codec);
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("Apportion reads Parquet files, it does not write them");
    }

    @Override
    public void release() {
        // nothing pooled
    }

    private static final class PageDecompressor implements BytesInputDecompressor {
        private final CompressionCodecName codec;

        PageDecompressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            if (codec == CompressionCodecName.UNCOMPRESSED) {
                return bytes;
            }
            return BytesInput.from(decompress(bytes.toByteArray(), decompressedSize));
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            output.put(codec == CompressionCodecName.UNCOMPRESSED
                    ? compressed : decompress(compressed, decompressedSize));
        }

        private byte[] decompress(byte[] in, int size) throws IOException {
            byte[] out = new byte[size];
            int length = switch (codec) {
                case SNAPPY -> block(new SnappyDecompressor(), in, out);
                case ZSTD -> block(new ZstdDecompressor(), in, out);
                case LZ4_RAW -> block(new Lz4Decompressor(), in, out);
                case GZIP -> gunzip(in, out);
                default -> throw new IOException("pages compressed with " + codec + " are not read");
            };
            if (length != size) {
                throw new IOException(codec + " page holds " + length + " bytes, its header says " + size);
            }
            return out;
        }

        private static int block(Decompressor decompressor, byte[] in, byte[] out) throws IOException {
            try {
                return decompressor.decompress(in, 0, in.length, out, 0, out.length);
            } catch (MalformedInputException | IndexOutOfBoundsException e) {
                throw new IOException("a compressed page is damaged: " + e.getMessage(), e);
            }
        }

        private static int gunzip(byte[] in, byte[] out) throws IOException {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(in))) {
                return gzip.readNBytes(out, 0, out.length);
            }
        }

        @Override
        public void release() {
            // nothing pooled
        }
    }
}
