package org.apportion.imports;

import io.airlift.compress.Compressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/** Writes Parquet test files with parquet's own writer, compressing pages in pure Java like the reader. */
public final class ParquetTestFiles {

    private ParquetTestFiles() {
    }

    public static ParquetWriter<Group> writer(Path file, MessageType schema, CompressionCodecName codec,
                                              int rowGroupRows) throws IOException {
        return ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(new Compressors())
                .withCompressionCodec(codec)
                .withType(schema)
                .withRowGroupRowCountLimit(rowGroupRows)
                .build();
    }

    public static ParquetWriter<Group> writer(Path file, MessageType schema) throws IOException {
        return writer(file, schema, CompressionCodecName.SNAPPY, 100_000);
    }

    /** An exact decimal as Spark writes DECIMAL(38, s): two's complement, big-endian, in 16 bytes. */
    public static Binary fixedDecimal(BigDecimal value, int scale) {
        byte[] unscaled = value.setScale(scale).unscaledValue().toByteArray();
        byte[] fixed = new byte[16];
        Arrays.fill(fixed, 0, 16 - unscaled.length, value.signum() < 0 ? (byte) 0xff : 0);
        System.arraycopy(unscaled, 0, fixed, 16 - unscaled.length, unscaled.length);
        return Binary.fromConstantByteArray(fixed);
    }

    /**
     * Page compressors for the writer. BROTLI leaves the bytes as they are: it only serves to write a file
     * that claims a codec the reader refuses.
     */
    private static final class Compressors implements CompressionCodecFactory {
        @Override
        public BytesInputCompressor getCompressor(CompressionCodecName codec) {
            return new BytesInputCompressor() {
                @Override
                public BytesInput compress(BytesInput bytes) throws IOException {
                    byte[] in = bytes.toByteArray();
                    return switch (codec) {
                        case UNCOMPRESSED, BROTLI -> BytesInput.from(in);
                        case SNAPPY -> block(new SnappyCompressor(), in);
                        case ZSTD -> block(new ZstdCompressor(), in);
                        case LZ4_RAW -> block(new Lz4Compressor(), in);
                        case GZIP -> gzip(in);
                        default -> throw new UnsupportedOperationException(codec.name());
                    };
                }

                @Override
                public CompressionCodecName getCodecName() {
                    return codec;
                }

                @Override
                public void release() {
                }
            };
        }

        private static BytesInput block(Compressor compressor, byte[] in) {
            byte[] out = new byte[compressor.maxCompressedLength(in.length)];
            int length = compressor.compress(in, 0, in.length, out, 0, out.length);
            return BytesInput.from(out, 0, length);
        }

        private static BytesInput gzip(byte[] in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(in);
            }
            return BytesInput.from(out.toByteArray());
        }

        @Override
        public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
            throw new UnsupportedOperationException("write only");
        }

        @Override
        public void release() {
        }
    }
}
