package org.pagelab.engine.trace.dat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.pagelab.engine.trace.EventSource;
import org.pagelab.engine.trace.Trace;
import org.pagelab.engine.trace.TraceEvent;

/** Re-reads and decodes trace.dat records by locator (virtual offset over the CPUs' page streams). */
final class DatEventSource implements EventSource {
    private final TraceDatFile f;
    private final List<CpuData> cpus;
    private final long[] virtBase;
    private final Map<Integer, EventFormat> formats;
    private final EventDecoder decoder;
    private final int typeOff;
    private final int typeSize;

    private final java.util.function.LongSupplier kallsymsBytes;

    DatEventSource(TraceDatFile f, List<CpuData> cpus, long[] virtBase, Map<Integer, EventFormat> formats,
            EventDecoder decoder, java.util.function.LongSupplier kallsymsBytes) {
        this.kallsymsBytes = kallsymsBytes;
        this.f = f;
        this.cpus = cpus;
        this.virtBase = virtBase;
        this.formats = formats;
        this.decoder = decoder;
        int to = 0;
        int ts = 2;
        for (EventFormat ef : formats.values()) {
            for (EventFormat.Field c : ef.common) {
                if (c.name.equals("common_type")) {
                    to = c.offset;
                    ts = c.size;
                }
            }
            break;
        }
        this.typeOff = to;
        this.typeSize = ts;
    }

    @Override
    public TraceEvent read(Trace trace, int index) throws IOException {
        long loc = trace.locator(index);
        int k = java.util.Arrays.binarySearch(virtBase, loc);
        if (k < 0) {
            k = -k - 2;
        }
        CpuData c = cpus.get(Math.max(0, k));
        long so = loc - virtBase[Math.max(0, k)];
        long page = so / f.pageSize;
        int at = (int) (so % f.pageSize);
        byte[] buf = new byte[f.pageSize];
        int avail = c.page(page, buf);
        String where = c.where(so);
        if (avail < 0 || at + 8 > avail) {
            throw new IOException("cannot re-read the record (" + where + ")");
        }
        long hdr = DatBytes.u32(buf, at, f.le);
        int typeLen = (int) (f.le ? hdr & 0x1F : hdr >>> 27);
        int dataPos;
        int dataLen;
        if (typeLen == 0) {
            dataPos = at + 8;
            dataLen = (int) Math.min(avail - dataPos, DatBytes.u32(buf, at + 4, f.le) - 4);
        } else if (typeLen <= 28) {
            dataPos = at + 4;
            dataLen = Math.min(avail - dataPos, typeLen * 4);
        } else {
            throw new IOException("locator does not point at a data record (" + where + ")");
        }
        int id = dataLen < typeOff + typeSize ? -1 : typeSize == 2 ? DatBytes.u16(buf, dataPos + typeOff, f.le)
                : (int) DatBytes.u32(buf, dataPos + typeOff, f.le);
        EventFormat ef = formats.get(id);
        String name = trace.typeName(trace.type(index));
        if (ef == null) {
            return new TraceEvent(index, trace.ts(index), trace.cpu(index), trace.pid(index), trace.comm(index), name,
                    "", Map.of(), "<no format for event type id " + id + ">", List.of(), where);
        }
        EventDecoder.Decoded d = decoder.decode(ef, buf, dataPos, dataLen);
        String latency = latency(buf, dataPos, dataLen);
        return new TraceEvent(index, trace.ts(index), trace.cpu(index), trace.pid(index), trace.comm(index), name,
                latency, d.fields, d.text, d.stack, where);
    }

    /** The irq-flags/preempt column as tracefs prints it, from common_flags and common_preempt_count. */
    private static String latency(byte[] b, int p, int len) {
        if (len < 4) {
            return "";
        }
        int flags = b[p + 2] & 0xFF;
        int preempt = b[p + 3] & 0xFF;
        boolean irqsOff = (flags & 0x01) != 0;
        boolean noSupport = (flags & 0x02) != 0;
        boolean resched = (flags & 0x04) != 0;
        boolean hardirq = (flags & 0x08) != 0;
        boolean softirq = (flags & 0x10) != 0;
        boolean preemptResched = (flags & 0x20) != 0;
        boolean nmi = (flags & 0x40) != 0;
        boolean bhOff = (flags & 0x80) != 0;
        char irq = irqsOff && bhOff ? 'D' : irqsOff ? 'd' : bhOff ? 'b' : noSupport ? 'X' : '.';
        char need = resched && preemptResched ? 'N' : resched ? 'n' : preemptResched ? 'p' : '.';
        char ctx = nmi && hardirq ? 'Z' : nmi ? 'z' : hardirq && softirq ? 'H' : hardirq ? 'h' : softirq ? 's' : '.';
        char depth = (preempt & 0xF) == 0 ? '.' : (preempt & 0xF) < 10 ? (char) ('0' + (preempt & 0xF)) : '+';
        char migrate = (preempt >> 4) == 0 ? '.' : (preempt >> 4) < 10 ? (char) ('0' + (preempt >> 4)) : '+';
        return "" + irq + need + ctx + depth + migrate;
    }

    @Override
    public long residentBytes() {
        long b = 64 + 8L * virtBase.length;
        for (CpuData c : cpus) {
            b += c.residentBytes();
        }
        return b + kallsymsBytes.getAsLong();
    }

    @Override
    public void close() throws IOException {
        f.ch.close();
    }
}
