package org.pagelab.engine.trace.dat;

import java.util.ArrayList;
import java.util.List;

/**
 * One event description from tracefs {@code events/SYSTEM/NAME/format}, as
 * stored in trace.dat:
 *
 * <pre>
 * name: mm_page_alloc
 * ID: 653
 * format:
 *     field:unsigned short common_type;  offset:0;  size:2;  signed:0;
 *     ...
 *     field:unsigned long pfn;  offset:8;  size:8;  signed:0;
 * print fmt: "page=%p pfn=0x%lx ...", REC->pfn ...
 * </pre>
 */
final class EventFormat {
    final String system;
    final String name;
    final int id;
    final List<Field> fields; // without the common_ fields
    final List<Field> common;
    final String printFmt;
    PrintFormat print; // parsed lazily by the decoder

    /** A field of the record. */
    static final class Field {
        final String name;
        final String type;
        final int offset;
        final int size;
        final boolean signed;
        final int arrayLen; // -1 not an array, 0 flexible ([])
        final boolean dataLoc;
        final boolean relLoc;
        final boolean pointer;
        final boolean charArray;

        Field(String type, String name, int arrayLen, int offset, int size, boolean signed) {
            this.type = type;
            this.name = name;
            this.arrayLen = arrayLen;
            this.offset = offset;
            this.size = size;
            this.signed = signed;
            this.dataLoc = type.startsWith("__data_loc");
            this.relLoc = type.startsWith("__rel_loc");
            this.pointer = type.contains("*");
            this.charArray = arrayLen >= 0 && (type.endsWith("char") || type.endsWith("char[]")
                    || type.contains(" char"));
        }

        /** Size of one element for arrays. */
        int elementSize() {
            if (arrayLen > 0) {
                return Math.max(1, size / arrayLen);
            }
            return size;
        }

        @Override
        public String toString() {
            return type + " " + name + (arrayLen >= 0 ? "[" + arrayLen + "]" : "") + "@" + offset + "/" + size;
        }
    }

    private EventFormat(String system, String name, int id, List<Field> common, List<Field> fields, String printFmt) {
        this.system = system;
        this.name = name;
        this.id = id;
        this.common = common;
        this.fields = fields;
        this.printFmt = printFmt;
    }

    /** The common_pid field (offset 4, size 4 on every kernel so far). */
    Field commonPid() {
        for (Field f : common) {
            if (f.name.equals("common_pid")) {
                return f;
            }
        }
        return null;
    }

    /** Field by name, or null. */
    Field field(String n) {
        for (Field f : fields) {
            if (f.name.equals(n)) {
                return f;
            }
        }
        return null;
    }

    /** Parses one format file; IllegalArgumentException with a one-line reason if it is not one. */
    static EventFormat parse(String system, String text) {
        String name = null;
        int id = -1;
        List<Field> common = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        String print = "";
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("name:")) {
                name = line.substring(5).trim();
            } else if (line.startsWith("ID:")) {
                try {
                    id = Integer.parseInt(line.substring(3).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad ID line '" + line + "'");
                }
            } else if (line.startsWith("field:")) {
                Field f = parseField(line);
                if (f != null) {
                    (f.name.startsWith("common_") ? common : fields).add(f);
                }
            } else if (line.startsWith("print fmt:")) {
                print = line.substring(10).trim();
            }
        }
        if (name == null || id < 0) {
            throw new IllegalArgumentException("no name or ID");
        }
        return new EventFormat(system, name, id, common, fields, print);
    }

    /** "field:unsigned long caller[8];	offset:16;	size:64;	signed:0;" */
    static Field parseField(String line) {
        String[] parts = line.split(";");
        if (parts.length < 3) {
            return null;
        }
        String decl = parts[0].substring(parts[0].indexOf(':') + 1).trim();
        int offset = -1;
        int size = -1;
        boolean signed = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                if (p.startsWith("offset:")) {
                    offset = Integer.parseInt(p.substring(7).trim());
                } else if (p.startsWith("size:")) {
                    size = Integer.parseInt(p.substring(5).trim());
                } else if (p.startsWith("signed:")) {
                    signed = p.substring(7).trim().equals("1");
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (offset < 0 || size < 0 || decl.isEmpty()) {
            return null;
        }
        int arrayLen = -1;
        String d = decl;
        if (d.endsWith("]")) {
            int open = d.lastIndexOf('[');
            if (open < 0) {
                return null;
            }
            String n = d.substring(open + 1, d.length() - 1).trim();
            d = d.substring(0, open).trim();
            if (n.isEmpty()) {
                arrayLen = 0;
            } else {
                try {
                    arrayLen = Integer.parseInt(n);
                } catch (NumberFormatException e) {
                    arrayLen = 0; // e.g. [TASK_COMM_LEN]: treat as sized by "size"
                }
            }
        }
        int sp = d.length() - 1;
        while (sp >= 0 && (Character.isLetterOrDigit(d.charAt(sp)) || d.charAt(sp) == '_')) {
            sp--;
        }
        String name = d.substring(sp + 1);
        String type = d.substring(0, sp + 1).trim();
        if (name.isEmpty()) {
            return null;
        }
        if (type.startsWith("__data_loc") || type.startsWith("__rel_loc")) {
            // "__data_loc char[] name": the [] belongs to the type
            arrayLen = -1;
        }
        return new Field(type, name, arrayLen, offset, size, signed);
    }

    @Override
    public String toString() {
        return system + "/" + name + "#" + id;
    }
}
