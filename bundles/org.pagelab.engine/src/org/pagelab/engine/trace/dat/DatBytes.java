package org.pagelab.engine.trace.dat;

/** Endian-aware reads from byte arrays, with the bounds checked by the caller. */
final class DatBytes {
    private DatBytes() {
    }

    static int u8(byte[] b, int o) {
        return b[o] & 0xFF;
    }

    static int u16(byte[] b, int o, boolean le) {
        return le ? (b[o] & 0xFF) | (b[o + 1] & 0xFF) << 8 : (b[o] & 0xFF) << 8 | (b[o + 1] & 0xFF);
    }

    static long u32(byte[] b, int o, boolean le) {
        return le ? (b[o] & 0xFFL) | (b[o + 1] & 0xFFL) << 8 | (b[o + 2] & 0xFFL) << 16 | (b[o + 3] & 0xFFL) << 24
                : (b[o] & 0xFFL) << 24 | (b[o + 1] & 0xFFL) << 16 | (b[o + 2] & 0xFFL) << 8 | (b[o + 3] & 0xFFL);
    }

    static long u64(byte[] b, int o, boolean le) {
        long lo = u32(b, o, le);
        long hi = u32(b, o + 4, le);
        return le ? lo | hi << 32 : hi | lo << 32;
    }

    /** An integer of size 1, 2, 4 or 8 bytes, sign-extended if signed. */
    static long read(byte[] b, int o, int size, boolean signed, boolean le) {
        switch (size) {
            case 1:
                return signed ? b[o] : b[o] & 0xFF;
            case 2: {
                int v = u16(b, o, le);
                return signed ? (short) v : v;
            }
            case 4: {
                long v = u32(b, o, le);
                return signed ? (int) v : v;
            }
            case 8:
                return u64(b, o, le);
            default:
                return 0;
        }
    }
}
