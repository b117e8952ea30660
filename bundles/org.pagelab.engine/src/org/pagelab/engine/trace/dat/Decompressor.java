package org.pagelab.engine.trace.dat;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import io.airlift.compress.zstd.ZstdDecompressor;

/** Decompresses trace.dat v7 sections and data chunks: zstd (aircompressor, pure Java) or zlib (java.util.zip). */
abstract class Decompressor {
    /** Decompresses in[off, off+len) into exactly outSize bytes; DatFormatException on damage. */
    abstract byte[] decompress(byte[] in, int off, int len, int outSize, long fileOffset) throws DatFormatException;

    /** The decompressor for a v7 compression header name, or null for "none"; unknown names fail. */
    static Decompressor forName(String name, long fileOffset) throws DatFormatException {
        switch (name) {
            case "none":
            case "":
                return null;
            case "zstd":
                return new Zstd();
            case "zlib":
                return new Zlib();
            default:
                throw new DatFormatException("unsupported compression '" + name + "' (Pagelab reads zstd and zlib)",
                        fileOffset, false);
        }
    }

    private static final class Zstd extends Decompressor {
        @Override
        byte[] decompress(byte[] in, int off, int len, int outSize, long fileOffset) throws DatFormatException {
            byte[] out = new byte[outSize];
            try {
                int n = new ZstdDecompressor().decompress(in, off, len, out, 0, outSize);
                if (n != outSize) {
                    throw new DatFormatException("zstd data gives " + n + " bytes, the header says " + outSize,
                            fileOffset, false);
                }
                return out;
            } catch (RuntimeException e) {
                // aircompressor reports damaged input as MalformedInputException (and may throw
                // index errors on hostile input): both mean the chunk is unusable
                throw new DatFormatException("damaged zstd data: " + e.getMessage(), fileOffset, false);
            }
        }
    }

    private static final class Zlib extends Decompressor {
        @Override
        byte[] decompress(byte[] in, int off, int len, int outSize, long fileOffset) throws DatFormatException {
            byte[] out = new byte[outSize];
            Inflater inf = new Inflater();
            try {
                inf.setInput(in, off, len);
                int n = 0;
                while (n < outSize && !inf.finished()) {
                    int r = inf.inflate(out, n, outSize - n);
                    if (r == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        break;
                    }
                    n += r;
                }
                if (n != outSize) {
                    throw new DatFormatException("zlib data gives " + n + " bytes, the header says " + outSize,
                            fileOffset, false);
                }
                return out;
            } catch (DataFormatException e) {
                throw new DatFormatException("damaged zlib data: " + e.getMessage(), fileOffset, false);
            } finally {
                inf.end();
            }
        }
    }
}
